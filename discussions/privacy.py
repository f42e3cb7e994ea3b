"""The comments section of "export my data" and "delete my account"."""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from discussions.access import target_url
from discussions.models import Comment


def export(user) -> list[dict]:
    comments = (
        Comment.objects.filter(author=user, deleted_at__isnull=True)
        .prefetch_related("target")
        .order_by("created_at", "pk")
    )
    rows = []
    for comment in comments:
        target = comment.target
        rows.append(
            {
                "target_url": target_url(target) if target is not None else "",
                "target_title": getattr(target, "title", ""),
                "anchor": comment.anchor,
                "body": comment.body,
                "status": comment.status,
                "created_at": comment.created_at,
                "edited_at": comment.edited_at,
            }
        )
    return rows


def erase(user) -> None:
    """Delete the user's comments, leaving an empty placeholder where others replied."""
    mine = Comment.objects.filter(author=user)
    has_replies = Exists(Comment.objects.filter(parent=OuterRef("pk")))
    # Leaves first: a comment whose only replies were the user's own goes too.
    for _level in range(11):
        leaves = mine.filter(~has_replies)
        if not leaves.exists():
            break
        leaves.delete()
    mine.update(body="", deleted_at=timezone.now(), reply_to_name="")
    # Others' replies to the user no longer keep a copy of the user's name.
    Comment.objects.filter(replied_to_author=user).update(reply_to_name="")
