"""The site's content generation: one number in the shared cache that every stored copy
of shared content is keyed with, replaced when content that pages show changes.

It is replaced (`bump`) on every page saved, published, unpublished, moved or deleted,
on every change of page privacy, and on every moderation decision (config/apps.py
connects the signals, so the task worker and `publish_scheduled` bump it too). Then
every process stops using what it stored under the old number at once:

- visitors' whole pages (config/pagecache.py),
- the shared HTML of signed-in pages (config/shared_html.py),
- the Python objects a process keeps for itself (`memo`: a course's outline pages,
  page privacy, the exercise an autosave writes to), which would be slow to move
  through Redis on every request.

A thing that changes more often than pages (a comment thread) has a generation of its
own beside it (`of(name)`, `bump_named(name)`): a comment posted replaces its thread's,
not the whole site's.

Each learner has one too (`learner_generation(pk)`, `bump_learner(pk)`): whatever their
personal parts show (their account row, enrolments, completions, scores, certificates,
the revision requests on their answers, the replies to them, the threads they follow,
their confirmed address, their groups) replaces it when it changes, so that what is
kept for them (their record of a course, their user row, their dashboard) is read
from the cache until then, by every process, and never after.

Without a reachable cache there is no generation (`current()` is None) and nothing
is reused. Objects are kept by a process only when the cache is shared between
processes (settings.PROCESS_MEMO): a local-memory cache cannot tell one process
that another changed a page.
"""

import contextlib
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "content:generation"
# A few entries per course (its pages, privacy answers, exercises): bounded all the same.
MAX_ENTRIES = 512

_lock = threading.Lock()
_entries: OrderedDict = OrderedDict()


_pinned = threading.local()


@contextlib.contextmanager
def pinned(generation: int | None, named: dict | None = None):
    """`current()` answers `generation` without asking Redis again, for the length of a
    request that already read it (a signed-in page reads it four or five times); `of()`
    answers the named generations of `named`, and those it reads meanwhile, the same way.

    Only around reading: a write in the block would not see its own bump."""
    _pinned.value = generation
    _pinned.named = dict(named or {}) if generation is not None else None
    _pinned.found = {} if generation is not None else None
    try:
        yield generation
    finally:
        _pinned.value = None
        _pinned.named = None
        _pinned.found = None


@contextlib.contextmanager
def pinned_with(*names: str):
    """`pinned` with the content generation and the generations of `names` read in one
    round trip (a signed-in GET: the content's and the learner's)."""
    keys = [GENERATION_KEY, *(_named_key(name) for name in names)]
    found = cache.get_many(keys)
    if any(found.get(key) is None for key in keys):
        generation, values = current(), of(*names) if names else ()
    else:
        generation, values = found[GENERATION_KEY], tuple(found[key] for key in keys[1:])
    named = dict(zip(names, values, strict=True)) if values is not None else {}
    with pinned(generation if values is not None else None, named) as value:
        yield value


def prefetch(keys) -> None:
    """Inside `pinned`: read `keys` of the shared cache in one round trip, for the
    request's `cached` reads of them (a signed-in page: the stored page, the reader's
    row, their record)."""
    found = getattr(_pinned, "found", None)
    if found is None or not keys:
        return
    values = cache.get_many(keys)
    found.update({key: values.get(key) for key in keys})


def cached(key: str):
    """`cache.get(key)`, answered by `prefetch` when it read the key for this request
    (once: a later read goes to the cache)."""
    found = getattr(_pinned, "found", None)
    if found is not None and key in found:
        return found.pop(key)
    return cache.get(key)


def current() -> int | None:
    """The generation in force, or None when the cache cannot be reached."""
    value = getattr(_pinned, "value", None)
    if value is not None:
        return value
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A flushed or new cache: start a generation no process has used before.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def bump(**kwargs) -> None:
    """Start a new generation: everything stored under the old one is dropped."""
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def _named_key(name: str) -> str:
    return f"{GENERATION_KEY}:{name}"


def of(*names: str) -> tuple | None:
    """The generation of each of `names` (a thread's, the authors'), read in one round
    trip (none for those a `pinned` request already read); None when the cache cannot
    be reached."""
    remembered = getattr(_pinned, "named", None)
    if remembered is not None:
        if all(name in remembered for name in names):
            return tuple(remembered[name] for name in names)
        values = _read_named(names)
        if values is not None:
            remembered.update(zip(names, values, strict=True))
        return values
    return _read_named(names)


def _read_named(names) -> tuple | None:
    keys = [_named_key(name) for name in names]
    found = cache.get_many(keys)
    missing = [key for key in keys if found.get(key) is None]
    for key in missing:
        cache.add(key, time.time_ns(), timeout=None)
    if missing:
        found.update(cache.get_many(missing))
    values = tuple(found.get(key) for key in keys)
    return None if None in values else values


def bump_named(name: str) -> None:
    """Start a new generation of `name`: what was stored under the old one is dropped."""
    cache.set(_named_key(name), time.time_ns(), timeout=None)


# What every learner's dashboard shows from others than them: the trainers' announcements
# (trainers/apps.py bumps it when one is saved or deleted).
NOTICES = "notices"
# People's public names and accounts, in every thread and in the replies a dashboard
# lists (discussions/thread_html.py bumps it).
AUTHORS = "comment-authors"
# Read with the content's and the reader's generation by a signed-in GET.
READERS_SEE = (NOTICES, AUTHORS)


def learner_generation_name(pk) -> str:
    return f"learner:{pk}"


def learner_generation_key(pk) -> str:
    """The cache key of learner `pk`'s generation, for a caller that reads it in the same
    round trip as what it keeps under it (a value that is not a number: not kept yet)."""
    return _named_key(learner_generation_name(pk))


def learner_generation(pk) -> int | None:
    """The generation of what learner `pk`'s personal parts show; None without a cache."""
    values = of(learner_generation_name(pk))
    return None if values is None else values[0]


def learner_generation_and(pk, key: str) -> tuple[int | None, object]:
    """(`learner_generation(pk)`, `cache.get(key)`) in one round trip: what is kept for
    the learner is read with the generation that tells whether it is still good (their
    user row, on every signed-in request). A request that read both already (`pinned`,
    `prefetch`) reads nothing."""
    name = learner_generation_name(pk)
    remembered = getattr(_pinned, "named", None)
    if remembered is not None and name in remembered:
        return remembered[name], cached(key)
    named_key = learner_generation_key(pk)
    found = cache.get_many([named_key, key])
    generation = found.get(named_key)
    if generation is None:  # never bumped, or the cache was flushed: start it
        return learner_generation(pk), found.get(key)
    if remembered is not None:
        remembered[name] = generation
    return generation, found.get(key)


def bump_learner(*pks) -> None:
    """Drop what is kept for these learners, now and, inside a transaction, once it is
    committed: a process that read their rows before the commit may have kept them
    under the generation it read then, which the second bump retires."""
    names = [_named_key(learner_generation_name(pk)) for pk in {*pks} - {None}]
    if not names:
        return

    def bump():
        cache.set_many(dict.fromkeys(names, time.time_ns()), timeout=None)

    bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump)


def bump_named_now_and_after_commit(name: str) -> None:
    bump_named(name)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: bump_named(name))


def bump_now_and_after_commit(**kwargs) -> None:
    """Also drop what another process stored from what it read before the change was
    committed (page privacy), which would otherwise last until the next change."""
    bump()
    transaction.on_commit(bump)


def bump_for_page(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump()


def memo(key: tuple, load):
    """`load()` kept by this process under `key` for the current generation; None is not kept.

    The value is shared between requests and threads: callers must not change it.
    """
    if not getattr(settings, "PROCESS_MEMO", False):
        return load()
    generation = current()
    if generation is None:
        return load()
    full_key = (*key, generation)
    with _lock:
        value = _entries.get(full_key)
        if value is not None:
            _entries.move_to_end(full_key)
            return value
    value = load()
    if value is None:
        return value
    with _lock:
        for stale in [k for k in _entries if k[-1] != generation]:
            del _entries[stale]
        _entries[full_key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value
