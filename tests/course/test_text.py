"""Post length and highlighting: counted and escaped as the platforms do."""

import pytest

from course.text import hashtags, highlight_post, post_length, xml_safe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("abc", 3),
        ("é", 1),
        ("e\u0301", 1),  # e + combining acute accent normalises to one code point
        ("🐦", 1),
        ("a" * 280, 280),
    ],
)
def test_post_length_counts_normalised_code_points(text, expected):
    assert post_length(text) == expected


def test_hashtags_and_mentions_are_wrapped():
    html = highlight_post("Atelier #BioPro avec @mediatheque_vry ce soir")
    assert '<span class="post__hashtag">#BioPro</span>' in html
    assert '<span class="post__mention">@mediatheque_vry</span>' in html


def test_markup_in_a_post_is_escaped_not_interpreted():
    html = highlight_post('<script>alert(1)</script> #ok <img src=x onerror="alert(2)">')
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert '<span class="post__hashtag">#ok</span>' in html


def test_an_email_address_is_not_a_mention_and_entities_are_not_hashtags():
    html = highlight_post("Écrivez à contact@exemple.org, c'est « simple »")
    assert "post__mention" not in html
    assert "post__hashtag" not in html
    assert "&#x27;" in html


def test_hashtags_lists_the_tags_without_sign():
    assert hashtags("#un et #deux, pas@trois") == ["un", "deux"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ligne\x0bsuivante", "ligne\nsuivante"),  # a word processor's soft line break
        ("page\x0csuivante", "page\nsuivante"),
        ("nul\x00 bip\x07 échap\x1b", "nul bip échap"),
        ("tab\tligne\nretour\r", "tab\tligne\nretour\r"),
        ("seul \ud800 demi", "seul  demi"),
        ("non\ufffe\uffffcaractère", "noncaractère"),
        ("é e\u0301 🐦 \u202e", "é e\u0301 🐦 \u202e"),
        ("", ""),
        (None, None),
        (42, 42),
    ],
)
def test_xml_safe_removes_only_what_xml_forbids(value, expected):
    assert xml_safe(value) == expected
