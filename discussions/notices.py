"""What the learner's dashboard shows: recent replies to their comments and feedback
on what they own (a top-level comment that answers them, see `access.owner_id`)."""

from discussions import access
from discussions.models import Comment, CommentStatus

# How many recent replies are read to find `limit` the user may still read.
CANDIDATES_PER_REPLY = 4


def recent_replies_for(user, limit: int = 5, request=None) -> list[Comment]:
    """The latest published replies by others to the user (to their comments, or
    feedback on what they own), newest first.

    Each comment links to itself with `get_absolute_url()` (the permalink), and
    has `author_name`. Found on an index of whom each reply answers, so it costs
    the same however many comments the site and the learner have; replies in a
    thread the user may no longer read (a page made private since) are left out,
    each distinct thread target asked once (`request`, the user's, carries page
    passwords).
    """
    if not (user and user.is_authenticated):
        return []
    candidates = (
        Comment.objects.filter(
            replied_to_author=user, status=CommentStatus.PUBLISHED, deleted_at__isnull=True
        )
        .exclude(author=user)
        .select_related("author")
        .prefetch_related("target")
        .order_by("-created_at", "-pk")[: limit * CANDIDATES_PER_REPLY]
    )
    readable: dict[tuple[int, int], bool] = {}
    shown = []
    for comment in candidates:
        key = comment.thread_key.target_key
        if key not in readable:
            target = comment.target
            readable[key] = (
                target is not None
                and getattr(target, "live", True) is not False
                and access.can_read(target, user, request)
            )
        if readable[key]:
            shown.append(comment)
            if len(shown) == limit:
                break
    return shown
