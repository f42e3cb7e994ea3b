"""The poll's fast path: "nothing new" answered before the session is read.

A learner's page polls `updates` (practice/views.py) every few seconds. Most polls find
nothing new, and reading the session and the user for them cost more than the answer.
So the page hands its poller a signed poll token (`issue`: Django's signing, salted,
made when the reader's access was fully checked, valid TOKEN_SECONDS), which the
script sends back in the TOKEN_HEADER header and replaces with the one each answer
of the view brings. The token binds:

- the person (their id and their access stamp, practice/access.py: leaving a session,
  or any change of their enrolments, stops every token they hold),
- the page and the session of the timeline, which must be those of the polled path,
- the browser's session, by a keyed hash of its session cookie (never the key itself):
  a token copied elsewhere, or kept after signing out, does not match.

`PollMiddleware`, placed before SessionMiddleware, recognises the poll's path, checks
the token and reads, in one cache round trip, the timeline's newest post id and the
person's access stamp. When nothing is newer than the cursor (`after`, or If-None-Match
naming the newest post), it answers 304 with the ETag: no session, no user, no query.
Everything else falls through to the view, which checks access fully: no token, a bad,
expired or mismatched token, new posts, a cursor not in the cache, the cache down.

What the fast path reveals is only "no post since the cursor": never a post, never who
wrote. Someone whose access ended within the token's life (a trainer's permission taken
back, a page made private) may still hear "nothing new" until it expires, and nothing
more: any new post sends them to the view, which refuses them.
"""

import re

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpResponseNotModified
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac

from practice import access, timeline

TOKEN_HEADER = "X-Practice-Poll"  # noqa: S105 - a header name, not a secret
TOKEN_SECONDS = 3600
_SALT = "practice.poll"


def etag(last: int) -> str:
    return f'"p{last}"'


def cursor(raw: str) -> int:
    """The `after` of a poll as typed: its digits, or 0."""
    return int(raw) if raw.isdigit() and len(raw) < 12 else 0


def _browser(session_key: str | None) -> str:
    return salted_hmac(_SALT, session_key or "").hexdigest()[:24]


def issue(request, page_id: int, session_id: int) -> str:
    """A poll token for the signed-in reader of this timeline (their access is checked)."""
    return token_for(request.user.pk, _cookie(request), page_id, session_id)


def token_for(user_id: int, session_key: str | None, page_id: int, session_id: int) -> str:
    """The token of `issue` for a person signed in with this session key."""
    return signing.dumps(
        [user_id, access.access_stamp(user_id), page_id, session_id, _browser(session_key)],
        salt=_SALT,
    )


def _cookie(request) -> str | None:
    session = getattr(request, "session", None)
    key = session.session_key if session is not None else None
    return key or request.COOKIES.get(settings.SESSION_COOKIE_NAME)


def _path_pattern() -> re.Pattern:
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(rf"^/(?:(?:{languages})/)?practice/updates/(\d+)/(\d+)/$")


def nothing_new(request, pattern: re.Pattern) -> HttpResponseNotModified | None:
    """The 304 of a poll whose token holds and that nothing is newer than, else None."""
    token = request.headers.get(TOKEN_HEADER)
    found = pattern.match(request.path_info) if token else None
    if found is None:
        return None
    page_id, session_id = int(found[1]), int(found[2])
    try:
        user_id, stamp, token_page, token_session, browser = signing.loads(
            token, salt=_SALT, max_age=TOKEN_SECONDS
        )
    except (signing.BadSignature, TypeError, ValueError):
        return None
    cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not cookie or browser != _browser(cookie):
        return None
    if (token_page, token_session) != (page_id, session_id):
        return None
    last_key = timeline.last_post_key(page_id, session_id)
    kept = cache.get_many([last_key, access.stamp_key(user_id)])
    last = kept.get(last_key)
    if last is None or (kept.get(access.stamp_key(user_id)) or 0) != stamp:
        return None
    after = cursor(request.GET.get("after", ""))
    if last > after and request.headers.get("If-None-Match") != etag(last):
        return None
    response = HttpResponseNotModified()
    response["ETag"] = etag(last)
    add_never_cache_headers(response)
    return response


class PollMiddleware:
    """Answers a poll that finds nothing new without the session or the database; place
    it before SessionMiddleware (config/settings/base.py)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.pattern = _path_pattern()

    def __call__(self, request):
        if request.method == "GET":
            answer = nothing_new(request, self.pattern)
            if answer is not None:
                return answer
        return self.get_response(request)
