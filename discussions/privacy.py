"""The discussions sections of "export my data" and "delete my account": comments,
reports filed, discussions followed."""

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from discussions import thread_html
from discussions.access import target_url
from discussions.models import Comment, CommentReport, ThreadFollow


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
    # Others' replies to the user stay, without saying whom they answered: no copy of
    # the user's name, no link to the account.
    Comment.objects.filter(replied_to_author=user).update(reply_to_name="", replied_to_author=None)
    thread_html.authors_changed()


def export_reports(user) -> list[dict]:
    """The reports the user filed: which comment (its link, not its text: it is someone
    else's), why, and the details they wrote."""
    reports = CommentReport.objects.filter(reporter=user).order_by("created_at", "pk")
    return [
        {
            "comment_url": reverse("discussions:permalink", args=[report.comment_id]),
            "reason": report.reason,
            "details": report.details,
            "created_at": report.created_at,
        }
        for report in reports
    ]


def erase_reports(user) -> None:
    # The comment's status already reflects the reports; who filed them goes.
    CommentReport.objects.filter(reporter=user).delete()


def export_follows(user) -> list[dict]:
    # One query per kind of target (pages, submissions), not one per follow.
    follows = (
        ThreadFollow.objects.filter(user=user)
        .prefetch_related("target")
        .order_by("created_at", "pk")
    )
    rows = []
    for follow in follows:
        target = follow.target
        rows.append(
            {
                "target_url": target_url(target) if target is not None else "",
                "target_title": getattr(target, "title", ""),
                "anchor": follow.anchor,
                "followed_at": follow.created_at,
            }
        )
    return rows


def erase_follows(user) -> None:
    ThreadFollow.objects.filter(user=user).delete()
