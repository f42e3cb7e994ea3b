"""When Redis goes away pages keep being served and learners stay signed in; when it
comes back the cache is used again, without the entries the outage left stale."""

import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from config.cache import TolerantRedisCache

pytestmark = pytest.mark.django_db

CLOSED_PORT_CACHE = {
    "default": {
        "BACKEND": "config.cache.TolerantRedisCache",
        # Nothing listens on port 1: every connection is refused.
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"retry_after": 5},
    }
}


@pytest.fixture
def redis_down():
    with override_settings(
        CACHES=CLOSED_PORT_CACHE, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"
    ):
        yield caches["default"]


def test_the_cache_answers_misses_when_redis_is_down(redis_down, caplog):
    redis_down.set("key", "value")
    assert redis_down.get("key") is None
    assert redis_down.get("key", "fallback") == "fallback"
    assert redis_down.add("key", 1) is True  # fails open: see config/cache.py
    assert redis_down.get_many(["a", "b"]) == {}
    assert redis_down.incr("counter") == 1
    assert "cache unavailable" in caplog.text


def test_pages_are_served_and_a_learner_stays_signed_in_when_redis_is_down(
    redis_down, client, course, learner
):
    assert client.get(course.url).status_code == 200
    client.force_login(learner)
    response = client.get("/fr/my-learning/")
    assert response.status_code == 200
    assert response.wsgi_request.user == learner
    # Signing in again (allauth counts attempts in the cache) still works.
    client.logout()
    response = client.post(
        "/fr/account/login/", {"login": learner.email, "password": "pass-word-123"}
    )
    assert response.status_code == 302
    assert client.get("/fr/my-learning/").wsgi_request.user == learner


def test_the_cache_recovers_by_itself_and_drops_what_the_outage_made_stale(redis_server):
    port, admin = redis_server
    cache = TolerantRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {"OPTIONS": {"socket_timeout": 0.3, "retry_after": 0.5}},
    )
    cache.set("session", "signed in")
    assert cache.get("session") == "signed in"

    # Redis stops answering (as under a network cut): the sign-out cannot remove the
    # cached session, and nothing waits longer than the socket timeout.
    admin.execute_command("CLIENT", "PAUSE", 1200)
    cache.delete("session")
    assert cache.available is False
    assert cache.get("session", "miss") == "miss"  # skipped, not waited for

    time.sleep(1.5)  # the pause is over and retry_after has passed
    assert cache.available is True
    assert cache.get("session") is None  # flushed on return, not the stale value
    cache.set("fresh", 1)
    assert cache.get("fresh") == 1
