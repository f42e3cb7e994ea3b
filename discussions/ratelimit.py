"""Per-user rate limits counted in the shared cache, so every app server agrees."""

import time

from django.core.cache import cache

from discussions.conf import rate_limits


def _key(user_id, seconds: int, now: float) -> str:
    return f"discussions:rate:{user_id}:{seconds}:{int(now // seconds)}"


def hit(user_id) -> bool:
    """Count one post for the user; False when a window's limit is already reached."""
    now = time.time()
    allowed = True
    for limit in rate_limits():
        key = _key(user_id, limit.seconds, now)
        cache.add(key, 0, timeout=limit.seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=limit.seconds)
            count = 1
        if count > limit.count:
            allowed = False
    return allowed
