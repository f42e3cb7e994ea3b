"""The rules of pre-moderation and edit windows as pure functions (no database)."""

import datetime

from discussions.models import CommentStatus, Premoderation


def initial_status(
    policy: str, *, max_links: int, link_count: int, is_first_comment: bool, is_moderator: bool
) -> str:
    """The status a new (or edited) comment gets under the site's pre-moderation policy."""
    if is_moderator:
        return CommentStatus.PUBLISHED
    held = (
        policy == Premoderation.ALL
        or (policy == Premoderation.FIRST_COMMENT and is_first_comment)
        or (policy == Premoderation.LINKS and link_count > max_links)
    )
    return CommentStatus.HELD if held else CommentStatus.PUBLISHED


def within_edit_window(
    created_at: datetime.datetime, now: datetime.datetime, window_minutes: int
) -> bool:
    return now - created_at <= datetime.timedelta(minutes=window_minutes)


def attach_point(parent_depth: int, max_depth: int) -> str:
    """Where a reply goes: 'child' of the comment, or 'sibling' (its parent's level)."""
    return "child" if parent_depth + 1 < max_depth else "sibling"
