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
MAX_COURSES = 64

_lock = threading.Lock()
_pages: "OrderedDict[tuple[int, int], list]" = OrderedDict()


def generation() -> int | None:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A flushed or new cache: start a generation no process has used before.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate(**kwargs) -> None:
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate_for_page(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        invalidate()


def cached_pages(course_pk: int, load) -> list:
    """The course's outline pages from this process's copy, or `load()` read and kept.

    The pages are shared between requests and threads: callers must not change them.
    """
    if not getattr(settings, "OUTLINE_CACHE", False):
        return load()
    current = generation()
    if current is None:
        return load()
    key = (course_pk, current)
    with _lock:
        pages = _pages.get(key)
        if pages is not None:
            _pages.move_to_end(key)
            return pages
    pages = load()
    with _lock:
        for stale in [k for k in _pages if k[1] != current]:
            del _pages[stale]
        _pages[key] = pages
        while len(_pages) > MAX_COURSES:
            _pages.popitem(last=False)
    return pages
