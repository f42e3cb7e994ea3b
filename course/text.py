"""Pure text rules: how social-media posts are counted and highlighted, and which
text XML can carry (feeds, spreadsheet exports).

No database and no Django models here, so that the rules are tested on their own
and mirrored exactly wherever they are needed.
"""

import re
import unicodedata

from django.utils.html import escape

POST_MAX_LENGTH = 280

# What XML 1.0 cannot carry: C0 controls other than tab and line breaks, lone
# surrogates, U+FFFE and U+FFFF. Django's feed writer refuses them (a 500) and
# openpyxl raises IllegalCharacterError on them.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A vertical tab is what word processors paste as a soft line break, a form feed
# a page break: both stay line breaks, the rest goes.
_XML_AS_LINE_BREAK = {"\x0b": "\n", "\x0c": "\n"}

# A hashtag or mention starts after a space or the start of the text, as on the
# platforms: "mail@example.org" is not a mention.
_TOKEN = re.compile(r"(?<![\w@#])([#@])(\w+)")


def post_length(text: str) -> int:
    """Length as the platforms count it: code points after NFC normalisation.

    "é" typed as e + combining accent counts once, like the precomposed "é".
    """
    return len(unicodedata.normalize("NFC", text or ""))


def highlight_post(text: str) -> str:
    """HTML of a post with its hashtags and mentions wrapped; everything else escaped."""
    escaped = escape(unicodedata.normalize("NFC", text or ""))

    def wrap(match: re.Match) -> str:
        sigil, word = match.group(1), match.group(2)
        css = "post__hashtag" if sigil == "#" else "post__mention"
        return f'<span class="{css}">{sigil}{word}</span>'

    # Escaping turns "&" into "&amp;" and "#" stays "#": an entity such as "&#x27;"
    # starts with "&", so the lookbehind on "&"-free tokens keeps entities intact.
    return re.sub(r"(?<!&)" + _TOKEN.pattern, wrap, escaped)


def hashtags(text: str) -> list[str]:
    return [m.group(2) for m in _TOKEN.finditer(text or "") if m.group(1) == "#"]


def xml_safe(value):
    """`value` with what XML 1.0 forbids removed (breaks kept as "\\n"); non-text unchanged.

    For everything written into a feed or a spreadsheet file (XLSX is XML, and a
    CSV is opened by the same programs).
    """
    if not isinstance(value, str):
        return value
    return _XML_FORBIDDEN.sub(lambda match: _XML_AS_LINE_BREAK.get(match.group(), ""), value)
