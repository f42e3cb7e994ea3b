"""Blocks validate what they must and render with their templates."""

import pytest
from django.core.exceptions import ValidationError

from course import blocks

STRUCT_BLOCKS_WITH_STATIC_PREVIEW = [
    blocks.HeadingBlock,
    blocks.QuoteBlock,
    blocks.CalloutBlock,
    blocks.ExamplePostBlock,
    blocks.KeyPointsBlock,
    blocks.ThinkAboutBlock,
    blocks.DebateBlock,
]


def test_example_post_over_280_characters_is_refused_with_the_count():
    block = blocks.ExamplePostBlock()
    value = block.to_python({"author": "A", "handle": "a", "text": "x" * 281})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "281" in str(error.value.block_errors["text"])


def test_example_post_of_exactly_280_combined_characters_is_accepted():
    block = blocks.ExamplePostBlock()
    value = block.to_python({"author": "A", "handle": "a", "text": "e\u0301" * 280})
    assert block.clean(value)["text"]


def test_example_post_rejects_a_handle_with_markup():
    block = blocks.ExamplePostBlock()
    value = block.to_python({"author": "A", "handle": "<b>x</b>", "text": "ok"})
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.parametrize("block_class", STRUCT_BLOCKS_WITH_STATIC_PREVIEW)
def test_every_block_declares_icon_description_template_and_renders_its_preview(block_class):
    block = block_class()
    assert block.meta.icon and block.meta.description and block.meta.template
    html = block.render(block.get_preview_value())
    assert html.strip()


def test_example_post_renders_highlighted_and_escaped():
    block = blocks.ExamplePostBlock()
    value = block.to_python(
        {"author": "Zoé", "handle": "@zoe_doc", "text": "<b>gras</b> #veille @collegue"}
    )
    html = block.render(value)
    assert "&lt;b&gt;gras&lt;/b&gt;" in html
    assert "post__hashtag" in html and "post__mention" in html
    assert "@zoe_doc" in html and "@@zoe_doc" not in html


@pytest.mark.django_db
def test_previews_that_need_content_use_what_the_site_has(course):
    """The round-table and testimonial-link previews show real participants and pages."""
    from course.models import Participant

    question = blocks.RoundTableQuestionBlock()
    html = question.render(question.get_preview_value())
    assert Participant.objects.first().display_name in html

    link = blocks.TestimonialLinkBlock()
    assert "table-ronde" in link.render(link.get_preview_value())
