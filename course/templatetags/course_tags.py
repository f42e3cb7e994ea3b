"""Template helpers for course pages: kind labels and icons for outline entries."""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

# Plain geometric signs: they exist in every system font, emoji do not.
_ICONS = {
    "lesson": "●",
    "case_study": "◆",
    "debate": "◐",
    "round_table": "◎",
    "testimony": "◉",
    "exercise": "■",
}


def _kind(page) -> str:
    return getattr(page, "kind", None) or getattr(page, "format", None) or ""


@register.filter
def step_kind(page) -> str:
    """The machine name of a step's kind (lesson, case_study, round_table...)."""
    return _kind(page)


@register.filter
def step_label(page):
    label = getattr(page, "kind_label", None)
    return label if label is not None else _("Page")


@register.filter
def step_icon(page) -> str:
    return _ICONS.get(_kind(page), "•")
