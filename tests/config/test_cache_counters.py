"""Rate-limit counters in Redis: every window of a write counted in one round trip
(config/cache.py `incr_counters`, accounts/ratelimit.py), each made with its window's
expiry, and the writes let through while Redis is away."""

import pytest
from django.test import override_settings

from accounts import ratelimit
from tests.accounts.conftest import make_user

pytestmark = pytest.mark.django_db


def _redis_cache(port: int) -> dict:
    return {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "counters-test",
        }
    }


def test_every_window_is_counted_in_one_round_trip_with_its_own_expiry(redis_server):
    port, admin = redis_server
    alice, bob = make_user("a@example.org"), make_user("b@example.org")
    with override_settings(
        CACHES=_redis_cache(port), WRITE_RATE_LIMITS={"x": "2/m,3/d", "y": "1/m"}
    ):
        admin.config_resetstat()
        assert [ratelimit.allow("x", alice) for _ in range(3)] == [True, True, False]
        # Three writes, two windows each: one pipeline of SET NX and INCR per write.
        stats = admin.info("commandstats")
        assert stats["cmdstat_incrby"]["calls"] == 6
        assert stats["cmdstat_set"]["calls"] == 6
        assert "cmdstat_exists" not in stats
        assert ratelimit.allow("x", bob) is True
        assert [ratelimit.allow("y", alice) for _ in range(2)] == [True, False]
    expiries = {
        key.decode().split(":")[-2]: admin.ttl(key)
        for key in admin.keys(f"*ratelimit:x:{alice.pk}:*")
    }
    assert set(expiries) == {"60", "86400"}
    assert 0 < expiries["60"] <= 60
    assert 60 < expiries["86400"] <= 86400
    assert [int(admin.get(key)) for key in sorted(admin.keys(f"*ratelimit:x:{alice.pk}:*"))] == [
        3,
        3,
    ]


def test_writes_are_let_through_while_redis_is_away(db):
    alice = make_user("a@example.org")
    # Nothing listens on port 1. A database of its own: the outage is remembered per
    # address, and another test asserts the first one's log.
    closed = {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/3",
        }
    }
    with override_settings(CACHES=closed, WRITE_RATE_LIMITS={"x": "1/m,1/d"}):
        assert [ratelimit.allow("x", alice) for _ in range(3)] == [True, True, True]
