"""The POST data of a StreamField as the admin's JavaScript would send it.

The page editor renders StreamFields in the browser, so the edit page's HTML
holds no inputs for them; previews in tests need them written out.
"""

from wagtail import blocks
from wagtail.fields import StreamField


def block_data(block, value, prefix: str) -> dict:
    data = {}
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(value))
        for i, child in enumerate(value):
            data.update(
                {
                    f"{prefix}-{i}-type": child.block_type,
                    f"{prefix}-{i}-deleted": "",
                    f"{prefix}-{i}-order": str(i),
                    f"{prefix}-{i}-id": child.id or "",
                }
            )
            data.update(block_data(child.block, child.value, f"{prefix}-{i}-value"))
    elif isinstance(block, blocks.ListBlock):
        items = value.bound_blocks
        data[f"{prefix}-count"] = str(len(items))
        for i, item in enumerate(items):
            data.update(
                {
                    f"{prefix}-{i}-deleted": "",
                    f"{prefix}-{i}-order": str(i),
                    f"{prefix}-{i}-id": item.id or "",
                }
            )
            data.update(block_data(block.child_block, item.value, f"{prefix}-{i}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            data.update(block_data(child, value.get(name), f"{prefix}-{name}"))
    elif isinstance(block, blocks.ChooserBlock):
        data[prefix] = str(value.pk) if value else ""
    elif isinstance(block, blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    elif isinstance(block, blocks.FieldBlock):
        field = block.field
        formatted = field.widget.format_value(field.prepare_value(block.value_for_form(value)))
        data[prefix] = "" if formatted is None else formatted
    return data


def stream_fields_data(page) -> dict:
    data = {}
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            data.update(block_data(field.stream_block, getattr(page, field.name), field.name))
    return data
