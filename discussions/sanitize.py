"""The one place that turns what a person typed into HTML: `render_comment(text)`.

Comments are stored exactly as typed and rendered here, on display, by one
function:

1. `clean_text` normalises the text (CRLF to LF; null bytes, other control
   characters, bidi overrides and invisible zero-width spaces removed);
2. a CommonMark parser (markdown-it-py) restricted to the small markup of the
   help text turns it into HTML: paragraphs (a blank line), line breaks,
   *emphasis*, **strong**, lists with "- " or "1. " (with or without a blank
   line before them, as CommonMark says), and [text](url) links whose scheme is
   http, https or mailto (any other, javascript: or data: included, leaves the
   text alone). Raw HTML, headings, quotes, code, images and the rest of
   CommonMark are off: what they would have turned into markup stays as typed.
   A kept parser rather than our own regular expressions: lists right after a
   line, nested emphasis and brackets in links are where hand-made converters
   go wrong;
3. bleach cleans the result against a strict allowlist (p, br, em, strong, ul,
   ol[start], li, a[href]) and linkifies bare URLs, every link getting
   rel="nofollow ugc noopener".

Nothing else in the project may import bleach: it is deprecated upstream, and
keeping it behind this module means swapping it (for nh3, say) touches one file.
"""

import functools
import html
import unicodedata
from functools import partial
from urllib.parse import urlsplit

import bleach
from bleach.linkifier import LinkifyFilter, build_url_re
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "ul", "ol", "li", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href", "rel"], "ol": ["start"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# Bidi embeddings, overrides and isolates can make text read differently from
# what it is (the "Trojan source" trick); zero-width spaces and the BOM hide
# words from moderators. Zero-width (non-)joiners stay: scripts and emoji need them.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
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


def _safe_href(url: str) -> bool:
    if not url or any(unicodedata.category(c) in ("Cc", "Zs") for c in url):
        return False
    return urlsplit(url).scheme.lower() in ALLOWED_PROTOCOLS


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _text(self, tokens, idx, options, env):
    return _escape(tokens[idx].content)


def _line_break(self, tokens, idx, options, env):
    return "<br>"


def _link_open(self, tokens, idx, options, env):
    href = tokens[idx].attrGet("href") or ""
    return f'<a href="{_escape(href)}">' if tokens[idx].meta.get("safe") else ""


def _link_close(self, tokens, idx, options, env):
    return "</a>" if tokens[idx].meta.get("safe") else ""


def _parser() -> MarkdownIt:
    # "zero" turns every CommonMark rule off; only the help text's constructs come back.
    parser = MarkdownIt("zero", {"html": False, "breaks": True})
    parser.enable(["list", "newline", "escape", "entity", "emphasis", "link"])
    # Every link is parsed, so that a refused one keeps its label as plain text;
    # which ones stay links is decided when rendering.
    parser.validateLink = lambda url: True
    for name, rule in (
        ("text", _text),
        ("softbreak", _line_break),
        ("hardbreak", _line_break),
        ("link_open", _link_open),
        ("link_close", _link_close),
    ):
        parser.add_render_rule(name, rule)
    return parser


_markdown = _parser()


def _mark_links(tokens) -> None:
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        opened = []
        for child in token.children:
            if child.type == "link_open":
                child.meta["safe"] = _safe_href(child.attrGet("href") or "")
                opened.append(child)
            elif child.type == "link_close" and opened:
                child.meta["safe"] = opened.pop().meta["safe"]


def _markup_to_html(text: str) -> str:
    tokens = _markdown.parse(clean_text(text))
    _mark_links(tokens)
    # The renderer puts a line end after each block tag; line ends inside the text
    # are <br> (see _line_break), so every "\n" left is between tags.
    return _markdown.renderer.render(tokens, _markdown.options, {}).replace("\n", "")


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
