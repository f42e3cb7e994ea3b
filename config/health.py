"""`/healthz`: whether the database and the cache answer, for load balancers and probes."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any failure means "down" to a probe
        return False


def _cache_ok() -> bool:
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        return False


@never_cache
def healthz(request):
    """200 when the database answers (the cache is reported, not required), 503 otherwise."""
    database, cache_status = _database_ok(), _cache_ok()
    return JsonResponse(
        {"database": "ok" if database else "down", "cache": "ok" if cache_status else "down"},
        status=200 if database else 503,
    )
