"""Per-user limits on every write a signed-in person makes, counted in the shared cache.

One mechanism for the whole site: comments, exercises, the profile, the data export...
Each write endpoint names its action; `settings.WRITE_RATE_LIMITS[action]` says how many
writes a person may make in which windows ("5/m,50/d": 5 a minute and 50 a day). The
counters live in the default cache, Redis in production, so that every app server counts
the same person the same way.

The defaults are set so that a real learner never meets them (an autosave every two
seconds from two tabs passes); they stop scripts and runaway clients. A refused write
answers 429 and keeps what the person typed: each view says how (its JSON error, or its
form shown again with the text).

allauth's own limits (sign-in, sign-up, password reset) stay allauth's, per address and
per account, with allauth's client-IP function (see ALLAUTH_TRUSTED_PROXY_COUNT).
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

TOO_FAST = _("You are doing this too often. Wait a minute, then try again: your text is kept.")
TOO_FAST_NOTHING_TYPED = _("You are doing this too often. Wait a minute, then try again.")


@dataclass(frozen=True)
class RateLimit:
    count: int
    seconds: int


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate_limits(spec: str) -> list[RateLimit]:
    """'5/m,50/d' -> [RateLimit(5, 60), RateLimit(50, 86400)]; bad parts are ignored."""
    limits = []
    for part in (spec or "").split(","):
        count, _sep, unit = part.strip().partition("/")
        if not count.isdigit():
            continue
        unit = unit.strip().lower()
        multiplier = unit[:-1] if len(unit) > 1 else "1"
        if not unit or unit[-1] not in _UNITS or not multiplier.isdigit():
            continue
        limits.append(RateLimit(int(count), int(multiplier) * _UNITS[unit[-1]]))
    return limits


def limits_for(action: str) -> list[RateLimit]:
    """The action's limits; an action missing from the setting is a programming error."""
    return parse_rate_limits(settings.WRITE_RATE_LIMITS[action])


def _key(action: str, user_id, seconds: int, now: float) -> str:
    return f"ratelimit:{action}:{user_id}:{seconds}:{int(now // seconds)}"


def allow(action: str, user) -> bool:
    """Count one write of `action` by `user`; False when one of its windows is full.

    Fixed windows: at most twice the limit can pass across a window's edge, which is
    enough to stop a flood and costs, with Redis, one cache round trip for every window.
    """
    now = time.time()
    windows = {_key(action, user.pk, limit.seconds, now): limit for limit in limits_for(action)}
    if hasattr(cache, "incr_counters"):  # Redis (config/cache.py)
        counts = cache.incr_counters({key: limit.seconds for key, limit in windows.items()})
    else:  # the local-memory cache of one process (development, the tests)
        counts = {key: _incr(key, limit.seconds) for key, limit in windows.items()}
    return all(counts[key] <= limit.count for key, limit in windows.items())


def _incr(key: str, seconds: int) -> int:
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds)
        return 1


def too_fast_page(request, message, back_url: str):
    """429 for a plain form post that carried no typed text: the message and a way back."""
    if not url_has_allowed_host_and_scheme(back_url, {request.get_host()}, request.is_secure()):
        back_url = "/"
    return TemplateResponse(
        request, "429.html", {"message": message, "back_url": back_url}, status=429
    )
