"""A Redis cache that the site survives losing.

Everything kept in the cache can be rebuilt (sessions are `cached_db`, so they live
in the database too; cached pages render again; rate-limit counters restart), so
when Redis does not answer the cache is treated as empty rather than failing the
request: reads miss, writes are dropped, the error is logged once per outage.

While Redis is down no request waits on it for more than the short socket timeout:
after a failure the cache is skipped for `retry_after` seconds, then tried again.
When it answers again it is flushed first, because writes made during the outage
(a sign-out, a published page) could not remove the entries they made stale.
The flush clears the Redis database of REDIS_URL: give the site a database of its own.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger("config.cache")

_MISSING = object()


class _Outage:
    """Shared by every thread of the process (Django builds one cache object per thread)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.needs_flush = False


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


def _outage_for(location: str) -> _Outage:
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


class KeptClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, but one `redis.Redis` per connection pool, kept.

    Django makes a new `redis.Redis` for every command; setting one up (its table of
    response callbacks) costs more than the GET it sends: a signed-in page that reads
    a few shared parts spent more time there than in Redis. A `redis.Redis` is safe
    to share between threads (each command takes a connection from the pool).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class TolerantRedisCache(RedisCache):
    """Django's RedisCache whose connection errors are logged and taken as cache misses."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("retry_after", 5))
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        options.setdefault("retry_on_timeout", False)
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = KeptClientRedisCacheClient
        self._outage = _outage_for(str(server))

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._outage.down_until

    def _call(self, name, default, *args, **kwargs):
        return self._guarded(default, getattr(super(), name), *args, **kwargs)

    def _guarded(self, default, method, *args, **kwargs):
        outage = self._outage
        if not self.available:
            return default
        try:
            if outage.needs_flush:
                with outage.lock:
                    if outage.needs_flush:
                        super().clear()
                        outage.needs_flush = False
                        logger.warning("cache is back: flushed the entries the outage left stale")
            return method(*args, **kwargs)
        except (RedisError, OSError) as error:
            with outage.lock:
                first = not outage.needs_flush
                outage.down_until = time.monotonic() + self.retry_after
                outage.needs_flush = True
            log = logger.error if first else logger.info
            log("cache unavailable, serving without it for %ss: %s", self.retry_after, error)
            return default

    def add(self, key, value, timeout=_MISSING, version=None):
        args = (key, value) if timeout is _MISSING else (key, value, timeout)
        # Taken as stored: a lock or counter built on add() (allauth's rate limits)
        # must let the request through while Redis is away, not wait for it.
        return self._call("add", True, *args, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version=version)

    def set(self, key, value, timeout=_MISSING, version=None):
        args = (key, value) if timeout is _MISSING else (key, value, timeout)
        self._call("set", None, *args, version=version)

    def touch(self, key, timeout=_MISSING, version=None):
        args = (key,) if timeout is _MISSING else (key, timeout)
        return self._call("touch", False, *args, version=version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version=version)

    def incr(self, key, delta=1, version=None):
        # Counters (rate limits) start again from zero while Redis is away.
        return self._call("incr", delta, key, delta, version=version)

    def set_many(self, data, timeout=_MISSING, version=None):
        args = (data,) if timeout is _MISSING else (data, timeout)
        return self._call("set_many", list(data), *args, version=version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version=version)

    def clear(self):
        return self._call("clear", False)

    def incr_counters(self, timeouts: dict[str, int], version=None) -> dict[str, int]:
        """Add one to each counter, made at 0 for its timeout (seconds) when missing; the
        counts after it. One round trip for them all (a pipeline of SET NX EX and INCR per
        key), where `add` then `incr` cost three each (Django's `incr` asks EXISTS first):
        every rate-limited write counts two windows (accounts/ratelimit.py). While Redis
        is away each count reads 1: counters start again from zero, as with `incr`."""
        return self._guarded(dict.fromkeys(timeouts, 1), self._incr_counters, timeouts, version)

    def _incr_counters(self, timeouts, version):
        keys = {key: self.make_and_validate_key(key, version=version) for key in timeouts}
        pipeline = self._cache.get_client(write=True).pipeline(transaction=False)
        for key, timeout in timeouts.items():
            pipeline.set(keys[key], 0, ex=max(int(timeout), 1), nx=True)
            pipeline.incr(keys[key])
        results = pipeline.execute()
        return {key: int(count) for key, count in zip(timeouts, results[1::2], strict=True)}
