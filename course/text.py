"""Pure text rules for social-media posts: how the platform counts and highlights them.

No database and no Django models here, so that the rules are tested on their own
and mirrored exactly wherever they are needed.
"""

import re
import unicodedata

from django.utils.html import escape

POST_MAX_LENGTH = 280

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
