"""Wagtail page privacy, judged for one person outside Wagtail's own serving.

Wagtail applies a page's view restrictions (its own and its ancestors': a shared
password, "signed-in users", or groups) when it serves the page. Comment threads,
exercise autosaves and submissions are served by other views: they ask the page
through `ContentPage.accepts_viewer`, which applies Wagtail's own rule
(`PageViewRestriction.accept_request`), so both never disagree.

Without the person's request (an email sent in the background) a password
counts as not given: the session that holds it is not there to say otherwise.
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from wagtail.models import PageViewRestriction

from config.generations import memo

REQUEST_CACHE = "_gazouillis_view_restrictions"


def page_view_restrictions(page, request=None) -> list:
    """The restrictions on `page` and its ancestors, as `Page.get_view_restrictions()`.

    One query, where Wagtail's method makes two: the ancestors' paths are
    prefixes of the page's own, and an alias ancestor counts by its source page.
    The answer is kept by the process for the content generation, which a page or
    any page's privacy changing replaces (config/generations.py), and on the request:
    an autosave, or a round table asking for each of its threads, reads it once.
    """
    cache = request.__dict__.setdefault(REQUEST_CACHE, {}) if request is not None else {}
    if page.pk not in cache:
        cache[page.pk] = memo((page.pk, "view-restrictions"), lambda: _read_restrictions(page))
    return cache[page.pk]


def _read_restrictions(page) -> list:
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return list(
        PageViewRestriction.objects.filter(
            # An alias has no restrictions of its own: its source's count.
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()
    )


def restrictions_accept(restrictions, user, request=None) -> bool:
    """Whether every restriction lets `user` in; `request` (theirs) carries passwords."""
    if not restrictions:
        return True
    if request is None or getattr(request, "user", None) != user:
        request = SimpleNamespace(user=user or AnonymousUser(), session={})
    return all(restriction.accept_request(request) for restriction in restrictions)
