"""Each course's outline pages, kept by each process until a page of the site changes.

The outline is read in one query, but that query (three subqueries per row) and
building a Page object per row cost a signed-in page more than the rest of its
render on a long course, and every page of a course repeats the same work.
Visitors' pages are cached whole (config.pagecache); a learner's page carries
their checkmarks and cannot be, but the outline pages they share can.

Django's cache would pickle the Page objects and move them through Redis on every
request; here each process keeps its own copy and Redis holds only a generation
number, replaced whenever a page is saved, moved or deleted (by any process, the
task worker and `publish_scheduled` included), so every process drops its copy
at once. When the cache cannot be reached, or is not shared between processes
(settings.OUTLINE_CACHE), nothing is reused: pages are read from the database.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "course:outline:generation"
# A course's pages and its outline's HTML per language and site: a few entries a course.
MAX_ENTRIES = 256

_lock = threading.Lock()
_entries: OrderedDict = OrderedDict()


def generation() -> int | None:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A flushed or new cache: start a generation no process has used before.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate(**kwargs) -> None:
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate_now_and_after_commit(**kwargs) -> None:
    """For page privacy: also drop a copy that another process read before the change
    was committed, which would otherwise keep the old privacy until the next change."""
    from django.db import transaction

    invalidate()
    transaction.on_commit(invalidate)


def invalidate_for_page(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        invalidate()


def cached_pages(course_pk: int, load) -> list:
    """The course's outline pages from this process's copy, or `load()` read and kept.

    The pages are shared between requests and threads: callers must not change them.
    """
    return cached((course_pk, "pages"), load)


def cached(key: tuple, load):
    """`load()` kept under `key` until a page changes; None is not kept.

    The value is shared between requests and threads: callers must not change it.
    """
    if not getattr(settings, "OUTLINE_CACHE", False):
        return load()
    current = generation()
    if current is None:
        return load()
    full_key = (*key, current)
    with _lock:
        value = _entries.get(full_key)
        if value is not None:
            _entries.move_to_end(full_key)
            return value
    value = load()
    with _lock:
        for stale in [k for k in _entries if k[-1] != current]:
            del _entries[stale]
        _entries[full_key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value
