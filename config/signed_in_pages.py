"""Signed-in pages served from their shared HTML before Wagtail routes them.

A course page a signed-in person reads is, but for a few parts, the same for every
reader: it is rendered once per page, live revision, path, language and site without
the request or the user (config/shared_html.py), with slots where one person's parts
go (`personal_part` in templates: the account menu, messages, the CSRF token, the
step-done form...). The page's own serving stores that HTML here under the path it
answered (`store`), with what the page's filler needs to fill it (the course, the
page); the next signed-in GET of that path finds it before Wagtail routes, checks
privacy or reads ancestors, and fills its slots from what is kept for the reader under
their generation (config/generations.py: their row, their record, their part of a
thread), read in a few round trips to the cache: the content's and the reader's
generations (one), the stored page with their row and record (one, `PREFETCH`), and
what the page's parts read (one, `PARTS_PREFETCH`). Parts that are the same for every
reader in the same state are rendered once per process (`render_kept`).

Only pages under no view restriction are stored (a private page keeps Wagtail's own
serving), never for staff (Wagtail's user bar), never for a path with a query string.
Everything is keyed by the content generation (config/generations.py): a page
published, moved, deleted, a privacy or moderation change stops every stored copy.
"""

import datetime
import hashlib
from collections.abc import Callable
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import engines
from django.template.loader import get_template
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from config import generations, shared_html
from config import typography as rules

HIT_HEADER = "X-Signed-In-Page"

# name -> function(context: dict, key: str, shared: str) -> HTML of one reader's part for
# the slot's key (context holds `request`; it lasts one request: a part may keep there
# what it read for its other slots).
PARTS: dict[str, Callable[[dict], str]] = {}
# name -> function(request, data, html) -> slot values, or None to let the page serve
# itself (`html`: the stored page, a shared_html.Cut).
FILLERS: dict[str, Callable] = {}
# function(user_pk) -> the keys of the shared cache a stored page's filling reads for the
# person (their row, their record), read with the stored page in one round trip.
PREFETCH: list[Callable] = []


# function(context, slots) -> the keys of the shared cache the parts of these slots will
# read for the reader of `context` (a thread's: its reader's data, its shared HTML).
PARTS_PREFETCH: list[Callable] = []


def parts_prefetched(func):
    """Register a function of (context, slots) -> cache keys the parts will read."""
    PARTS_PREFETCH.append(func)
    return func


def prefetched(func):
    """Register a function of a person's pk -> cache keys to read with the stored page."""
    PREFETCH.append(func)
    return func


def part(name: str):
    """Register how `name`'s slot is filled for one reader."""

    def register(func):
        PARTS[name] = func
        return func

    return register


def filler(name: str):
    def register(func):
        FILLERS[name] = func
        return func

    return register


def render_part(name: str, context: dict, key: str = "", shared: str = "") -> str:
    return str(PARTS[name](context, key, shared))


def part_values(html: str, context: dict) -> dict[tuple[str, str], str]:
    """The value of every registered part's slot in `html`, for the reader of `context`
    (what the parts read in the shared cache read ahead in one round trip)."""
    slots = shared_html.slots_in(html)
    generations.prefetch([key for func in PARTS_PREFETCH for key in func(context, slots)])
    return {
        (name, key): render_part(name, context, key, shared)
        for name, key, shared in slots
        if name in PARTS
    }


def render_for_reader(template_name: str, context: dict) -> str:
    """`template_name` rendered with `context` (which holds `request`) and what the
    template context processors give for that request, computed once for every part of
    the request: `render_to_string(..., request=)` ran them all again for each part."""
    if "csrf_token" in context:  # already a request's context, flattened
        return get_template(template_name).render(context)
    values = context.get(_REQUEST_VALUES)
    if values is None:
        request = context["request"]
        values = {}
        for processor in engines["django"].engine.template_context_processors:
            values.update(processor(request))
        context[_REQUEST_VALUES] = values
    return get_template(template_name).render({**values, **context})


_REQUEST_VALUES = "_request_values"

# What the CSRF token of a kept part's form is until the request's is written in.
_CSRF_MARK = "csrf-token-of-the-request"
_KEPT: dict[tuple, str] = {}
_KEPT_MAX = 4096


def render_kept(template_name: str, key: tuple, context: dict, request) -> SafeString:
    """`template_name` rendered once per process, language and `key`, then reused, with
    the request's CSRF token written in: a reader's part that is the same for every
    reader in the same state (a step's "mark as done" form, the account menu).

    `key` must name everything the template shows of `context`, which holds stand-ins
    with those values only, never the person's objects: a value missing from the key
    could not then be shown to another reader. Templates change with a deployment
    only, which restarts the process.
    """
    full = (template_name, translation.get_language(), *key)
    html = _KEPT.get(full)
    if html is None:
        html = str(get_template(template_name).render({**context, "csrf_token": _CSRF_MARK}))
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        _KEPT[full] = html
    if _CSRF_MARK in html:
        html = html.replace(_CSRF_MARK, _csrf_token(request))
    return mark_safe(html)  # noqa: S308 - a template's output, the token Django's


def _csrf_token(request) -> str:
    """One masked token per request (Django masks the secret anew on every call)."""
    if not hasattr(request, "_csrf_token_value"):
        request._csrf_token_value = get_token(request)
    return request._csrf_token_value


@part("account-nav")
def _account_nav(context: dict, key: str = "", shared: str = "") -> str:
    """The account menu: the same for every signed-in reader but for the CSRF token."""
    request = context["request"]
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return render_for_reader("components/account_nav.html", context)
    signed_in = {"user": SimpleNamespace(is_authenticated=True)}
    return render_kept("components/account_nav.html", ("signed-in",), signed_in, request)


@part("messages")
def _messages(context: dict, key: str = "", shared: str = "") -> str:
    """The messages for the reader; without any, nothing to render (nor context
    processors to run). Counting them does not mark them read."""
    if not len(get_messages(context["request"])):
        return ""
    return render_for_reader("components/messages.html", context)


@part("userbar")
def _userbar(context: dict, key: str = "", shared: str = "") -> str:
    """Wagtail's user bar, for staff only (it reads their admin permissions)."""
    user = getattr(context["request"], "user", None)
    if not (user and user.is_staff):
        return ""
    return render_for_reader("components/userbar.html", context)


@part("csrf-input")
def _csrf_input(context: dict, key: str = "", shared: str = "") -> str:
    """What `{% csrf_token %}` writes, for a form in shared HTML: one token per request
    (Django masks the secret anew on every call, which is not free)."""
    request = context["request"]
    if not hasattr(request, "_csrf_input"):
        request._csrf_input = format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', _csrf_token(request)
        )
    return request._csrf_input


@part("csp-nonce")
def _csp_nonce(context: dict, key: str = "", shared: str = "") -> str:
    return escape(getattr(context["request"], "csp_nonce", ""))


TIME_SINCE = "time-since"


@part(TIME_SINCE)
def _time_since(context: dict, key: str = "", shared: str = "") -> str:
    """How long ago the moment of the slot's key (seconds since the epoch) was, now."""
    when = datetime.datetime.fromtimestamp(float(key), tz=datetime.UTC)
    return escape(rules.time_since(when))


def may_share(request) -> bool:
    """Whether this request may get, and store, a page's shared HTML."""
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and not user.is_staff)


def _key(request, generation) -> str:
    raw = f"{request.get_host()}|{translation.get_language()}|{request.path}"
    return f"signed_in_page:{generation}:{hashlib.sha256(raw.encode()).hexdigest()}"


def store(request, html: str, filler_name: str, data: dict) -> None:
    """Keep `html` (shared, with slots) for the next signed-in GET of this path."""
    generation = generations.current()
    if generation is None or not may_share(request):
        return
    seconds = getattr(settings, "SHARED_HTML_SECONDS", 24 * 3600)
    cache.set(_key(request, generation), (filler_name, data, shared_html.cut(html)), seconds)


class SignedInPageMiddleware:
    """Serves a signed-in GET from its stored shared HTML; place it last (see base.py):
    the session, the user, the language, CSRF and messages are there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.SESSION_COOKIE_NAME not in request.COOKIES
            or request.method != "GET"
            or request.META.get("QUERY_STRING")
        ):
            return self.get_response(request)
        # The content's generation, the reader's, and those of what others write that
        # their parts show, in one round trip, then pinned for the request's reads
        # (the reader's row, their record, the stored page).
        user_pk = request.session.get(SESSION_KEY)
        names = (generations.learner_generation_name(user_pk),) if user_pk else ()
        with generations.pinned_with(*names, *generations.READERS_SEE) as generation:
            response = self._stored(request, generation, user_pk)
        return self.get_response(request) if response is None else response

    def _stored(self, request, generation, user_pk) -> HttpResponse | None:
        if generation is None:
            return None
        key = _key(request, generation)
        generations.prefetch([key, *(k for func in PREFETCH for k in func(user_pk))])
        if not may_share(request):
            return None
        stored = generations.cached(key)
        if stored is None:
            return None
        filler_name, data, html = stored
        fill = FILLERS.get(filler_name)
        values = fill(request, data, html) if fill else None
        if values is None:
            return None
        response = HttpResponse(shared_html.fill(html, values))
        response[HIT_HEADER] = "hit"
        return response
