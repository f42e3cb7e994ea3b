"""The profile's text rules as pure functions: no database, no request."""

import pytest
from django.core.exceptions import ValidationError

from accounts.validators import (
    clean_plain_text,
    normalise_handle,
    validate_linkedin_url,
    validate_mastodon_handle,
    validate_single_line_text,
    validate_twitter_handle,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Ali\x00ce", "Alice"),
        ("\u200bAlice\u2060\ufeff", "Alice"),
        ("  two   spaces\tand\nlines ", "two spaces and lines"),
        ("Mae\u0308lle", "Maëlle"),
        ("👩\u200d💻", "👩\u200d💻"),
        ("<b>bold</b>", "<b>bold</b>"),
    ],
)
def test_clean_plain_text_strips_invisibles_and_keeps_the_rest(raw, clean):
    assert clean_plain_text(raw) == clean


@pytest.mark.parametrize("text", ["abc\u202edef", "\u2067x\u2069", "a\u200fb", "a\x07b", "a\x7fb"])
def test_single_line_text_refuses_direction_and_control_characters(text):
    with pytest.raises(ValidationError):
        validate_single_line_text(text)


@pytest.mark.parametrize("text", ["Maëlle Quintin", "José 🐦", "محمد", "<script>"])
def test_single_line_text_accepts_names_in_any_script(text):
    validate_single_line_text(text)


@pytest.mark.parametrize("handle", ["@gazouillis", "gazou_2024", "@a", "@" + "a" * 15])
def test_valid_twitter_handles(handle):
    validate_twitter_handle(handle)


@pytest.mark.parametrize("handle", ["", "@", "@" + "a" * 16, "@with space", "@dash-ed", "@é"])
def test_invalid_twitter_handles(handle):
    with pytest.raises(ValidationError):
        validate_twitter_handle(handle)


@pytest.mark.parametrize("handle", ["@name@mastodon.social", "name@piaille.fr", "@a_b@x.y-z.org"])
def test_valid_mastodon_handles(handle):
    validate_mastodon_handle(handle)


@pytest.mark.parametrize(
    "handle", ["@name", "name@localhost", "@name@instance.", "@na me@x.org", "@n@x.ORG"]
)
def test_invalid_mastodon_handles(handle):
    with pytest.raises(ValidationError):
        validate_mastodon_handle(handle)


@pytest.mark.parametrize(
    "address", ["https://www.linkedin.com/in/alice", "https://linkedin.com/in/alice"]
)
def test_linkedin_addresses_on_linkedin_over_https(address):
    validate_linkedin_url(address)


@pytest.mark.parametrize(
    "address",
    [
        "http://www.linkedin.com/in/alice",
        "https://evil.example/linkedin.com",
        "https://linkedin.com.evil.example/",
        "https://notlinkedin.com/in/alice",
        "javascript:alert(1)",
    ],
)
def test_other_addresses_are_refused(address):
    with pytest.raises(ValidationError):
        validate_linkedin_url(address)


@pytest.mark.parametrize(
    ("typed", "stored"), [("gazou", "@gazou"), ("@gazou", "@gazou"), ("", ""), (" x ", "@x")]
)
def test_handles_are_stored_with_their_at_sign(typed, stored):
    assert normalise_handle(typed) == stored
