"""A moderator's decision on comments: approve, hide or remove, and what it records.

One function for the bulk actions and the moderation screen: it sets the status,
marks the open reports as dealt with (they are kept, and shown), notifies the
people a newly visible comment concerns, and writes the decision to Wagtail's
audit log (ModelLogEntry), which already records who did what and when and is
shown on the comment's history and the site history: no log table of our own.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from discussions.models import Comment, CommentReport, CommentStatus
from discussions.thread_html import comments_changed

# The log action written for each decision, with its label and message in the history.
DECISIONS = {
    CommentStatus.PUBLISHED: ("discussions.approve", _("Approve comment"), _("Approved")),
    CommentStatus.HIDDEN: ("discussions.hide", _("Hide comment"), _("Hidden")),
    CommentStatus.REMOVED: ("discussions.remove", _("Remove comment"), _("Removed")),
    CommentStatus.HELD: ("discussions.hold", _("Hold comment"), _("Held for moderation")),
}
DECISION_ACTIONS = [action for action, _label, _message in DECISIONS.values()]


def register_log_actions(actions) -> None:
    for action, label, message in DECISIONS.values():
        actions.register_action(action, label, message)


def decide(comments, new_status: str, user) -> int:
    """Give `comments` the status `new_status` on behalf of `user`; returns how many."""
    ids = [comment.pk for comment in comments]
    now = timezone.now()
    with transaction.atomic():
        # Every selected comment is logged, even one already in that status: approving
        # a published comment that was reported is the decision to keep it.
        decided = list(
            Comment.objects.filter(pk__in=ids)
            .select_related("author", "parent__author")
            .order_by("created_at", "pk")
        )
        newly_visible = [
            comment
            for comment in decided
            if comment.status == CommentStatus.HELD and comment.deleted_at is None
        ]
        count = Comment.objects.filter(pk__in=ids).update(status=new_status)
        comments_changed(decided)
        if new_status != CommentStatus.HELD:
            # Dealt with: kept for the record, no longer counted to hold the comment again.
            CommentReport.objects.filter(comment_id__in=ids).open().update(resolved_at=now)
        action = DECISIONS[new_status][0]
        for comment in decided:
            previous = comment.status
            comment.status = new_status
            log(
                comment,
                action,
                user=user,
                # Not the comment's text (Wagtail's default label): the log outlives a
                # comment erased with its author's account.
                title=str(_("comment #%(id)s") % {"id": comment.pk}),
                data={"previous_status": previous, "status": new_status},
                timestamp=now,
            )
    if new_status == CommentStatus.PUBLISHED:
        from discussions.notifications import notify_new_comment

        # A held comment notified nobody when it was posted: now it is seen, it does.
        for comment in newly_visible:
            target = comment.target
            if target is not None and getattr(target, "live", True):
                notify_new_comment(comment, target=target, replied_to=comment.parent)
    return count
