"""How long a post is, counted as X (Twitter) counts it, and what it contains.

The one home of the rule; static/js/practice.js carries the same for the live counter,
and the cases of tests/practice/counting_cases.json are run against both.

The weighted length (X's "twitter-text" version 3 rule), at most 280:

1. The text is cleaned first (`clean_text`): Unicode NFC normalisation (so "é" typed
   as e + combining accent is one character), CRLF and CR turned into LF, null bytes
   removed, surrounding spaces trimmed.
2. Every web address counts 23, whatever its length, as X shortens it: one with its
   scheme (http://, https://), one starting with www., or a bare domain ending in one
   of the common endings of `BARE_DOMAIN_ENDINGS` ("mairie-exemple.fr/agenda").
   Punctuation that ends a sentence after it (. , ; : ! ? ) » " ') is not part of it.
3. An emoji counts 2, even when it is a sequence of several code points: a skin
   tone, people joined by zero-width joiners (a family), a flag (two regional
   indicator letters), a keycap (1️⃣), a subdivision flag (tag characters). The
   pictographs of `_PICTO` start an emoji; © and ® only with the emoji variation
   selector (U+FE0F) after them: alone they are letters of the first range.
4. Any other character counts 1 when its code point is in the ranges X weighs 1
   (`LIGHT_RANGES`: U+0000-U+10FF, which holds Latin with every accented letter,
   Greek, Cyrillic, Hebrew, Arabic, the Indic scripts..., and the general
   punctuation U+2000-U+200D, U+2010-U+201F, U+2032-U+2037), and 2 otherwise
   (Chinese, Japanese, Korean, symbols and emoji outside a sequence).

Hashtags ("#" then letters, digits or _, not after a letter or digit) and mentions
("@" then a handle of 1 to 15 letters, digits or _, as on X) are found in the same
cleaned text, outside web addresses.
"""

import re
import unicodedata

MAX_WEIGHTED_LENGTH = 280
URL_WEIGHT = 23
LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
BARE_DOMAIN_ENDINGS = ("fr", "com", "org", "net", "eu", "be", "ch", "ca", "io", "info", "edu")

# Spaces, as an explicit set the same in Python and JavaScript (their \s differ slightly).
SPACES = " \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_TRIM_RE = re.compile(f"^[{SPACES}]+|[{SPACES}]+$")
_URL_END = f"[^{SPACES}.,;:!?)»\"']"
_URL = (
    rf"(?:https?://|www\.)[^{SPACES}]*{_URL_END}"
    rf"|(?<![\w@.#-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{'|'.join(BARE_DOMAIN_ENDINGS)})"
    rf"(?![\w.-]*\w)(?:/(?:[^{SPACES}]*{_URL_END})?)?"
)
# An emoji and what may follow it in one sequence: variation selector 16, a skin tone,
# tag characters; sequences joined by U+200D; pairs of regional indicators; keycaps.
_PICTO = (
    "\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328"
    "\u23cf\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe"
    "\u2600-\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001f1e5\U0001f200-\U0001faff"
)
_MODIFIERS = "(?:\ufe0f|[\U0001f3fb-\U0001f3ff]|[\U000e0020-\U000e007f])*"
_EMOJI = (
    "[\U0001f1e6-\U0001f1ff]{2}"
    "|[\u00a9\u00ae]\ufe0f"
    "|[0-9#*]\ufe0f?\u20e3"
    f"|[{_PICTO}]{_MODIFIERS}(?:\u200d[{_PICTO}]{_MODIFIERS})*"
)
_TOKEN_RE = re.compile(f"(?P<url>{_URL})|(?P<emoji>{_EMOJI})|(?P<char>.)", re.DOTALL | re.I)
_HASHTAG_RE = re.compile(r"(?<![\w&])#(\w+)")
_HANDLE_RE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])")
_URL_RE = re.compile(_URL, re.I)


def clean_text(text: str) -> str:
    """The text as it is stored and counted (see the module docstring)."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _TRIM_RE.sub("", text.replace("\x00", ""))


def _char_weight(char: str) -> int:
    code = ord(char)
    return 1 if any(low <= code <= high for low, high in LIGHT_RANGES) else 2


def weighted_length(text: str) -> int:
    """The length X shows for `text` (see the module docstring)."""
    total = 0
    for match in _TOKEN_RE.finditer(clean_text(text)):
        if match.group("url") is not None:
            total += URL_WEIGHT
        elif match.group("emoji") is not None:
            total += 2
        else:
            total += _char_weight(match.group("char"))
    return total


def is_too_long(text: str) -> bool:
    return weighted_length(text) > MAX_WEIGHTED_LENGTH


def _outside_urls(text: str) -> str:
    return _URL_RE.sub(" ", clean_text(text))


def hashtags(text: str) -> list[str]:
    """The post's hashtags, folded to lower case, without #, each once, in order."""
    found = [name.lower() for name in _HASHTAG_RE.findall(_outside_urls(text))]
    return list(dict.fromkeys(found))


def handles(text: str) -> list[str]:
    """The handles mentioned (without @, lower case), each once, in order."""
    found = [name.lower() for name in _HANDLE_RE.findall(_outside_urls(text))]
    return list(dict.fromkeys(found))
