"""Whole-page cache for visitors who are not signed in (home, course, lesson and testimonial pages).

A page is stored only when it was rendered for an anonymous visitor, answered 200,
set no cookie, used no CSRF token and left the session untouched: nothing in it
belongs to one person. A request that carries a session or messages cookie never
gets a stored page (it may be a signed-in learner, or have a message to show), and
its own render is never stored. The CSRF cookie alone identifies no one, and a
stored page holds no token, so a visitor who has one still gets stored pages.

Keys are per host, language prefix, path and query string, under the content
generation (config/generations.py), which every page change and moderation decision
replaces. New comments reach visitors within PAGE_CACHE_SECONDS.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from config import generations

logger = logging.getLogger("config.pagecache")

HIT_HEADER = "X-Page-Cache"


def _seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _cacheable_models() -> set[str]:
    return set(getattr(settings, "PAGE_CACHE_MODELS", ()))


def _personal_cookies() -> tuple[str, ...]:
    return (settings.SESSION_COOKIE_NAME, getattr(settings, "MESSAGES_COOKIE_NAME", "messages"))


def _key(request, generation) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"pagecache:{generation}:{hashlib.sha256(raw.encode()).hexdigest()}"


class VisitorPageCacheMiddleware:
    """Serves and stores visitors' pages; place it before SessionMiddleware (see base.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._may_use(request):
            return self.get_response(request)
        generation = generations.current()
        if generation is None:
            return self.get_response(request)
        key = _key(request, generation)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HIT_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if self._may_store(request, response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in {"set-cookie", "content-security-policy"}
            ]
            cache.set(key, (response.status_code, headers, response.content), _seconds())
            response[HIT_HEADER] = "miss"
        return response

    def _may_use(self, request) -> bool:
        return (
            _seconds() > 0
            and request.method in ("GET", "HEAD")
            and not any(name in request.COOKIES for name in _personal_cookies())
        )

    def _may_store(self, request, response) -> bool:
        if request.method != "GET" or response.status_code != 200 or response.streaming:
            return False
        if response.cookies or "private" in response.get("Cache-Control", ""):
            return False
        user = getattr(request, "user", None)
        if user is None or user.is_authenticated:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False  # the page holds a CSRF token
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        page = (getattr(response, "context_data", None) or {}).get("page")
        return page is not None and page._meta.label in _cacheable_models()
