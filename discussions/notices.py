"""What the learner's dashboard shows: recent replies to their comments and feedback
on what they own (a top-level comment that answers them, see `access.owner_id`)."""

from discussions.models import Comment, CommentStatus


def recent_replies_for(user, limit: int = 5) -> list[Comment]:
    """The latest published replies by others to the user (to their comments, or
    feedback on what they own), newest first.

    Each comment links to itself with `get_absolute_url()` (the permalink), and
    has `author_name`; one query, on an index of whom each reply answers, so it
    costs the same however many comments the site and the learner have.
    """
    if not (user and user.is_authenticated):
        return []
    return list(
        Comment.objects.filter(
            replied_to_author=user, status=CommentStatus.PUBLISHED, deleted_at__isnull=True
        )
        .exclude(author=user)
        .select_related("author")
        .order_by("-created_at", "-pk")[:limit]
    )
