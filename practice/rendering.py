"""A post's HTML: the one sanitiser (discussions/sanitize.py), then its hashtags and the
handles of the session's learners turned into links to the timeline's filters.

Only the text between tags is touched, never inside a link the sanitiser made, and
it is already escaped there: a "#" or "@" can only come from what was typed.
"""

import re
from urllib.parse import urlencode

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from discussions.sanitize import render_comment

_PIECES_RE = re.compile(r"(<[^>]*>)")
# The same words as practice/counting.py, found in escaped text ("&#x27;" is no hashtag).
_HASHTAG_RE = re.compile(r"(?<![\w&])#(\w+)")
_HANDLE_RE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])")


def _link(filter_url: str, key: str, value: str, text: str, css: str) -> str:
    href = escape(f"{filter_url}{urlencode({key: value})}")
    return f'<a class="{css}" href="{href}">{text}</a>'


def render_post(body: str, known_handles: frozenset[str] | set[str], filter_url: str) -> SafeString:
    """`body` as safe HTML; `known_handles` (lower case) are the handles that become links,
    to `filter_url` (the timeline's address ending in "?" or "&") with the filter added."""
    html = str(render_comment(body))
    pieces = _PIECES_RE.split(html)
    in_link = False
    for index, piece in enumerate(pieces):
        if piece.startswith("<"):
            if piece.startswith("<a "):
                in_link = True
            elif piece == "</a>":
                in_link = False
            continue
        if in_link or not piece:
            continue

        def tag(match):
            return _link(filter_url, "tag", match.group(1).lower(), match.group(0), "post-tag")

        def handle(match):
            name = match.group(1).lower()
            if name not in known_handles:
                return match.group(0)
            return _link(filter_url, "person", name, match.group(0), "post-mention")

        pieces[index] = _HANDLE_RE.sub(handle, _HASHTAG_RE.sub(tag, piece))
    return mark_safe("".join(pieces))  # noqa: S308 - sanitised, then only our own links added
