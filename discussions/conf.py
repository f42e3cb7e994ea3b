"""The discussions settings, read at call time so that tests can override them."""

from django.conf import settings


def max_depth() -> int:
    """How many levels a thread shows: 1 is flat, 3 (the default) is top + 2 reply levels."""
    return max(1, int(getattr(settings, "DISCUSSIONS_MAX_DEPTH", 3)))


def edit_window_minutes() -> int:
    return int(getattr(settings, "DISCUSSIONS_EDIT_WINDOW_MINUTES", 15))


def page_size() -> int:
    return max(1, int(getattr(settings, "DISCUSSIONS_PAGE_SIZE", 20)))


def reports_to_hold() -> int:
    return max(1, int(getattr(settings, "DISCUSSIONS_REPORTS_TO_HOLD", 3)))


MAX_BODY_LENGTH = 5000
