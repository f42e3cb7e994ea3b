"""What a learner may write in their profile: plain-text cleaning and handle formats.

Pure functions and Django validators with no database, shared by the model (so
that every way in, the admin included, is checked) and the profile form.
"""

import unicodedata
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Invisible characters with no use in a name: stripped silently. The zero-width
# joiner and non-joiner are kept: emoji sequences and several scripts need them.
INVISIBLE_CHARACTERS = frozenset("\u200b\u2060\ufeff\u180e")

# Characters that reorder the text around them: a name could display as something
# else than what it is ("Trojan source"). Refused with a message.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)

TWITTER_HANDLE_RE = r"^@?[A-Za-z0-9_]{1,15}$"
MASTODON_HANDLE_RE = r"^@?[A-Za-z0-9_]+@[A-Za-z0-9.-]+\.[a-z]{2,}$"


def clean_plain_text(value: str) -> str:
    """Strip null bytes and invisible characters, normalise to NFC, collapse spaces."""
    value = value.replace("\x00", "")
    value = "".join(ch for ch in value if ch not in INVISIBLE_CHARACTERS)
    value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())


def validate_single_line_text(value: str) -> None:
    """Refuse control characters (line breaks included) and text-direction overrides."""
    if any(ch in BIDI_CONTROLS for ch in value):
        raise ValidationError(
            _("Remove the invisible text-direction characters: they can disguise a name."),
            code="bidi_control",
        )
    if any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in value):
        raise ValidationError(
            _("Remove the control characters (line breaks, tabulations and the like)."),
            code="control_character",
        )


validate_twitter_handle = RegexValidator(
    TWITTER_HANDLE_RE,
    message=_(
        "An X (Twitter) handle has 1 to 15 letters, digits or underscores after an "
        "optional @, like @gazouillis."
    ),
    code="invalid_twitter_handle",
)

validate_mastodon_handle = RegexValidator(
    MASTODON_HANDLE_RE,
    message=_("A Mastodon handle looks like @name@instance.social."),
    code="invalid_mastodon_handle",
)


def validate_linkedin_url(value: str) -> None:
    """An https address on linkedin.com: the profile links to nothing else."""
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        raise ValidationError(
            _(
                "Give the https address of your LinkedIn profile, like https://www.linkedin.com/in/name."
            ),
            code="invalid_linkedin_url",
        )


def normalise_handle(value: str) -> str:
    """Handles are stored with their leading "@", whether the learner typed it or not."""
    value = value.strip()
    if value and not value.startswith("@"):
        value = f"@{value}"
    return value
