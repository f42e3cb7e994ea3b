"""The one place that turns what a person typed into HTML: `render_comment(text)`.

Comments are stored exactly as typed and rendered here, on display, by one
function:

1. `clean_text` normalises the text (CRLF to LF; null bytes, other control
   characters, bidi overrides and invisible zero-width spaces removed);
2. everything is HTML-escaped, then a small markup is converted by hand:
   blank-line paragraphs, line breaks, *emphasis*, **strong**, lists with "- "
   or "1. ", and [text](url) links whose scheme is http, https or mailto (any
   other scheme, javascript: or data: included, leaves the text alone);
3. bleach cleans the result against a strict allowlist (p, br, em, strong, ul,
   ol, li, a[href]) and linkifies bare URLs, every link getting
   rel="nofollow ugc noopener".

Nothing else in the project may import bleach: it is deprecated upstream, and
keeping it behind this module means swapping it (for nh3, say) touches one file.
"""

import functools
import html
import re
import unicodedata
from functools import partial
from urllib.parse import urlsplit

import bleach
from bleach.linkifier import LinkifyFilter, build_url_re
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "ul", "ol", "li", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# Bidi embeddings, overrides and isolates can make text read differently from
# what it is (the "Trojan source" trick); zero-width spaces and the BOM hide
# words from moderators. Zero-width (non-)joiners stay: scripts and emoji need them.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_LINK_RE = re.compile(r"\[([^\[\]\n]{1,300})\]\(((?:[^()\s]|\([^()\s]{0,200}\)){1,2000})\)")
_STRONG_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM_RE = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_BULLET_RE = re.compile(r"^\s*[-*]\s+")
_NUMBER_RE = re.compile(r"^\s*\d{1,3}[.)]\s+")
_URL_RE = build_url_re(protocols=["http", "https"])


def clean_text(text: str) -> str:
    """The text as it is stored: LF line ends, no control or invisible characters."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    return "".join(
        char
        for char in text
        if char in "\n\t"
        or unicodedata.category(char) not in ("Cc", "Cs")  # controls, lone surrogates
    ).strip()


def count_links(text: str) -> int:
    """How many links the rendered comment will have (for the 'links' moderation policy)."""
    return str(render_comment(text)).count("<a ")


def _safe_href(url: str) -> str | None:
    url = html.unescape(url).strip()
    if not url or any(unicodedata.category(c) in ("Cc", "Zs") for c in url):
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_PROTOCOLS:
        return None
    return html.escape(url, quote=True)


def _emphasis(escaped: str) -> str:
    escaped = _STRONG_RE.sub(r"<strong>\1</strong>", escaped)
    return _EM_RE.sub(r"<em>\1</em>", escaped)


def _inline(escaped: str) -> str:
    """Links, then emphasis outside the link targets."""
    parts, position = [], 0
    for match in _LINK_RE.finditer(escaped):
        parts.append(_emphasis(escaped[position : match.start()]))
        label, href = _emphasis(match.group(1)), _safe_href(match.group(2))
        parts.append(f'<a href="{href}">{label}</a>' if href else label)
        position = match.end()
    parts.append(_emphasis(escaped[position:]))
    return "".join(parts)


def _block(lines: list[str]) -> str:
    for pattern, tag in ((_BULLET_RE, "ul"), (_NUMBER_RE, "ol")):
        if all(pattern.match(line) for line in lines):
            items = "".join(f"<li>{_inline(pattern.sub('', line))}</li>" for line in lines)
            return f"<{tag}>{items}</{tag}>"
    return "<p>" + "<br>".join(_inline(line) for line in lines) + "</p>"


def _markup_to_html(text: str) -> str:
    escaped = html.escape(clean_text(text), quote=True)
    blocks = [block for block in re.split(r"\n\s*\n", escaped) if block.strip()]
    return "".join(_block([line for line in block.split("\n") if line.strip()]) for block in blocks)


def _link_attributes(attrs, new=False):
    href = attrs.get((None, "href"), "")
    if urlsplit(href).scheme.lower() not in ALLOWED_PROTOCOLS:
        return None  # drops the link, keeps its text
    attrs[(None, "rel")] = LINK_REL
    attrs.pop((None, "target"), None)
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[
        partial(
            LinkifyFilter,
            callbacks=[_link_attributes],
            parse_email=False,
            url_re=_URL_RE,
        )
    ],
)


# A thread page shows the same comments to everyone who opens it, and bleach parses
# each one again (a tenth of a signed-in page with 25 comments): the result depends
# on the text alone, so each process keeps the last ones it made.
@functools.lru_cache(maxsize=1024)
def render_comment(text: str) -> SafeString:
    """The comment's HTML, safe to show: the only way a comment body reaches a page."""
    return mark_safe(_cleaner.clean(_markup_to_html(text)))  # noqa: S308 - sanitised by bleach
