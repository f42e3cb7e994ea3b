"""The discussions settings, read at call time so that tests can override them."""

from dataclasses import dataclass

from django.conf import settings


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


def max_depth() -> int:
    """How many levels a thread shows: 1 is flat, 3 (the default) is top + 2 reply levels."""
    return max(1, int(getattr(settings, "DISCUSSIONS_MAX_DEPTH", 3)))


def edit_window_minutes() -> int:
    return int(getattr(settings, "DISCUSSIONS_EDIT_WINDOW_MINUTES", 15))


def page_size() -> int:
    return max(1, int(getattr(settings, "DISCUSSIONS_PAGE_SIZE", 20)))


def reports_to_hold() -> int:
    return max(1, int(getattr(settings, "DISCUSSIONS_REPORTS_TO_HOLD", 3)))


def rate_limits() -> list[RateLimit]:
    return parse_rate_limits(getattr(settings, "DISCUSSIONS_RATE_LIMITS", "5/m,50/d"))


MAX_BODY_LENGTH = 5000
