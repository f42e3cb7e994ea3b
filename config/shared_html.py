"""HTML that is the same for everyone who may read a page, rendered once and shared by
every process through the cache (Redis in production), with named slots where one
person's parts go.

A shared part (a course's outline, a lesson's article, a round table's questions) is
rendered per what it shows (the page and its live revision), language and site,
under the content generation (config/generations.py): publishing, moving, deleting
a page or a moderation decision drops every shared part at once.

Its template context never holds the request or the user (`render` refuses them and
renders without context processors), so no `{% if user %}` in a shared template can
show one person's data to another. What belongs to one person on one page (a
checkmark, their progress, their dates, the current step, the comment count they see
or the thread they opened) goes through `slot(name, key)`: a marker that `fill`
replaces, per request and on the server, so the page is complete without JavaScript.
Markers carry a token derived from SECRET_KEY: the same in every process, and no
title or text typed by someone can imitate one.
"""

import functools
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.safestring import SafeString, mark_safe

from config import generations

# Never in a shared template's context: they belong to one person.
PERSONAL_NAMES = frozenset({"request", "user", "perms", "csrf_token", "messages", "learner"})


class PersonalContextError(ValueError):
    """A shared template was handed something that belongs to one person."""


@functools.cache
def _token() -> str:
    return salted_hmac("config.shared_html", "slot", algorithm="sha256").hexdigest()[:16]


@functools.cache
def _slot_pattern() -> re.Pattern:
    return re.compile(rf"<!--slot:{_token()}:([a-z-]+):([\w.-]*)(?::([\w.%~-]*))?-->")


def slot(name: str, key="", shared: str = "") -> SafeString:
    """Where `fill` puts one person's `name` for `key` (a page's pk, a thread's anchor).

    `shared` is what the filler needs that is the same for everyone (a speaker's name),
    carried in the marker, percent-encoded, and read back by `slots_in`.
    """
    extra = f":{quote(str(shared), safe='')}" if shared else ""
    return mark_safe(f"<!--slot:{_token()}:{name}:{key}{extra}-->")  # noqa: S308 - encoded


@dataclass(frozen=True)
class Cut:
    """Shared HTML cut at its slots once, when it is kept: filling it for a request is a
    join, and its slots are known without reading it again (a lesson's 70 KB and 250
    slots cost a regular expression's pass twice per request otherwise)."""

    texts: tuple[str, ...]  # one more than the slots: the text before each, and the end
    slots: tuple[tuple[str, str, str], ...]

    def __str__(self) -> str:
        return fill(self, {})


def cut(html: str) -> Cut:
    texts, slots, end = [], [], 0
    for m in _slot_pattern().finditer(html):
        texts.append(html[end : m.start()])
        slots.append((m[1], m[2], unquote(m[3] or "")))
        end = m.end()
    texts.append(html[end:])
    return Cut(tuple(texts), tuple(slots))


def fill(html: str | Cut, values: dict[tuple[str, str], str]) -> SafeString:
    """`html` with each slot replaced by `values[(name, key)]` (escaped HTML), or nothing."""
    if isinstance(html, Cut):
        parts = [html.texts[0]]
        for (name, key, _shared), text in zip(html.slots, html.texts[1:], strict=True):
            parts.append(str(values.get((name, key), "")))
            parts.append(text)
        return mark_safe("".join(parts))  # noqa: S308 - as below
    return mark_safe(  # noqa: S308 - shared HTML with slots filled with escaped HTML
        _slot_pattern().sub(lambda m: str(values.get((m[1], m[2]), "")), html)
    )


def slots_in(html: str | Cut) -> list[tuple[str, str, str]]:
    """The (name, key, shared) of every slot in `html`, in order."""
    if isinstance(html, Cut):
        return list(html.slots)
    return [(m[1], m[2], unquote(m[3] or "")) for m in _slot_pattern().finditer(html)]


def render_uncached(template_name: str, context: dict) -> str:
    """As `render`, for HTML that must not be kept (a preview)."""
    _refuse_personal(template_name, context)
    return str(render_to_string(template_name, context))


def _refuse_personal(template_name: str, context: dict) -> None:
    personal = PERSONAL_NAMES & set(context)
    if personal:
        raise PersonalContextError(f"{template_name}: {', '.join(sorted(personal))}")


def render(parts: tuple, template_name: str, context: dict) -> str:
    """`template_name` rendered with `context` (nothing personal in it), once per `parts`,
    language and content generation, then kept in the shared cache.

    `parts` names what the HTML shows: e.g. ("lesson", page.pk, page.live_revision_id,
    site.pk).
    """
    _refuse_personal(template_name, context)

    def render_now() -> str:
        return render_uncached(template_name, context)

    return keep((template_name, *parts), render_now)


def kept_key(parts: tuple, named: tuple[str, ...] = ()) -> str | None:
    """Where `keep` keeps what `parts` names (to read it ahead: `generations.prefetch`);
    None without a cache."""
    generation = generations.current()
    kept = generations.of(*named) if named else ()
    if generation is None or kept is None:
        return None
    raw = repr((translation.get_language(), *parts))
    stamp = ".".join(str(g) for g in (generation, *kept))
    return f"shared_html:{stamp}:{hashlib.sha256(raw.encode()).hexdigest()}"


def keep(parts: tuple, build, named: tuple[str, ...] = ()):
    """`build()` (HTML, or a value holding shared HTML and what fills it) made once per
    `parts`, language and content generation, then kept in the shared cache.

    `named`: the generations of its own it is kept under too (a thread's: `generations.of`).
    """
    key = kept_key(parts, named)
    if key is None:
        return build()
    value = generations.cached(key)
    if value is None:
        value = build()
        cache.set(key, value, getattr(settings, "SHARED_HTML_SECONDS", 24 * 3600))
    return value
