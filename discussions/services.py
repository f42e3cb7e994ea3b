"""What people do to comments: post, reply, edit, delete, report, follow a thread.

Views translate a `Refused` into a message (and an HTTP status); nothing here
knows about requests except for the site's moderation setting.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import ratelimit
from accounts.confirmation import has_confirmed_email
from config import generations
from discussions import access, conf, thread_html
from discussions.keys import ThreadKey
from discussions.models import (
    Comment,
    CommentReport,
    CommentStatus,
    DiscussionSettings,
    Premoderation,
    ThreadFollow,
)
from discussions.policy import attach_point, initial_status, within_edit_window
from discussions.sanitize import count_links


class Refused(Exception):
    """An action that is not allowed, with the message the person sees."""

    def __init__(self, message, status: int = 403):
        super().__init__(str(message))
        self.message = message
        self.status = status


def moderation_settings(request):
    """(policy, max_links) for the request's site; pre-moderation off without a site."""
    if request is None:
        return Premoderation.OFF, 2
    try:
        current = DiscussionSettings.for_request(request)
    except DiscussionSettings.DoesNotExist:
        return Premoderation.OFF, 2
    return current.premoderation, current.max_links


def _status_for(user, body: str, request, *, editing: bool = False) -> str:
    policy, max_links = moderation_settings(request)
    if policy == Premoderation.OFF:
        return CommentStatus.PUBLISHED
    if editing and policy == Premoderation.FIRST_COMMENT:
        policy = Premoderation.OFF  # only a new account's first comment waits
    is_first = (
        policy == Premoderation.FIRST_COMMENT
        and not Comment.objects.filter(author=user, status=CommentStatus.PUBLISHED).exists()
    )
    return initial_status(
        policy,
        max_links=max_links,
        link_count=count_links(body) if policy == Premoderation.LINKS else 0,
        is_first_comment=is_first,
        is_moderator=access.is_moderator(user),
    )


def _check_can_post(user, target, request=None):
    if not (user and user.is_authenticated):
        raise Refused(_("Sign in to take part in the discussion."), 403)
    if not has_confirmed_email(user):
        raise Refused(_("Confirm your email address before you comment."), 403)
    if not access.can_post(target, user, request):
        raise Refused(_("You cannot comment here."), 403)
    if not ratelimit.allow("comment_post", user):
        raise Refused(
            _("You are posting too quickly. Wait a little, then try again: your text is kept."),
            429,
        )


def _check_rate(user, action: str, message=ratelimit.TOO_FAST) -> None:
    """Refuse with 429 once the user's writes of `action` pass the limit (the views keep
    the typed text: the form comes back with it, or the script keeps its own copy)."""
    if not ratelimit.allow(action, user):
        raise Refused(message, 429)


def post_comment(*, user, target, body: str, anchor: str = "", parent=None, request=None):
    """A new comment (or a reply to `parent`); returns (comment, replied_to)."""
    if not access.is_valid_anchor(anchor):
        raise Refused(_("This discussion does not exist."), 404)
    _check_can_post(user, target, request)
    replied_to = parent
    depth, root, reply_to_name = 0, None, ""
    if parent is not None:
        if parent.deleted_at is not None or not access.can_see_comment(parent, user):
            raise Refused(_("This comment can no longer be answered."), 400)
        anchor = parent.anchor
        if attach_point(parent.depth, conf.max_depth()) == "sibling":
            reply_to_name = parent.author_name
            parent = parent.parent  # a reply beyond the depth limit joins its parent's level
        if parent is not None:
            depth, root = parent.depth + 1, parent.root_id or parent.pk
    if replied_to is not None:
        answered = {"replied_to_author": replied_to.author}
    else:
        # Feedback on what someone owns answers them: the same index finds it for
        # their dashboard, and the same preference governs the email.
        owner = access.owner_id(target)
        answered = {"replied_to_author_id": owner if owner != user.pk else None}
    comment = Comment.objects.create(
        **ThreadKey.of(target, anchor).lookups(),
        author=user,
        parent=parent,
        root_id=root,
        depth=depth,
        body=body,
        reply_to_name=reply_to_name[:120],
        author_role=access.author_role(target, user),
        **answered,
        status=_status_for(user, body, request),
    )
    if comment.status == CommentStatus.PUBLISHED:
        from discussions.notifications import notify_new_comment

        notify_new_comment(comment, target=target, replied_to=replied_to, request=request)
    return comment, replied_to


def _own_comment(user, comment: Comment):
    if not (user and user.is_authenticated) or comment.author_id != user.pk:
        raise Refused(_("You can only change your own comments."), 403)
    if comment.deleted_at is not None or comment.status == CommentStatus.REMOVED:
        raise Refused(_("This comment has been deleted."), 404)


def edit_comment(*, user, comment: Comment, body: str, request=None) -> Comment:
    _own_comment(user, comment)
    if comment.status == CommentStatus.HIDDEN:
        raise Refused(_("A moderator has hidden this comment: it cannot be edited."), 403)
    if not within_edit_window(comment.created_at, timezone.now(), conf.edit_window_minutes()):
        raise Refused(
            _("Comments can only be edited during the %(minutes)d minutes after posting.")
            % {"minutes": conf.edit_window_minutes()},
            403,
        )
    _check_rate(user, "comment_edit")
    comment.body = body
    comment.edited_at = timezone.now()
    if comment.status == CommentStatus.PUBLISHED:
        comment.status = _status_for(user, body, request, editing=True)
    comment.save(update_fields=["body", "edited_at", "status"])
    return comment


def delete_comment(*, user, comment: Comment) -> bool:
    """Delete one's own comment; True when it stays as a placeholder for its replies."""
    if not (user and user.is_authenticated) or comment.author_id != user.pk:
        raise Refused(_("You can only change your own comments."), 403)
    if comment.deleted_at is not None:
        raise Refused(_("This comment has been deleted."), 404)
    _check_rate(user, "comment_delete", ratelimit.TOO_FAST_NOTHING_TYPED)
    if comment.replies.exists():
        comment.body = ""
        comment.deleted_at = timezone.now()
        comment.save(update_fields=["body", "deleted_at"])
        return True
    comment.delete()
    return False


def report_comment(*, user, comment: Comment, reason: str, details: str = "") -> CommentReport:
    if not (user and user.is_authenticated):
        raise Refused(_("Sign in to report a comment."), 403)
    if comment.author_id == user.pk:
        raise Refused(_("You cannot report your own comment."), 400)
    if comment.status != CommentStatus.PUBLISHED or comment.deleted_at is not None:
        raise Refused(_("This comment is already out of sight."), 400)
    _check_rate(user, "comment_report")
    try:
        with transaction.atomic():
            report = CommentReport.objects.create(
                comment=comment, reporter=user, reason=reason, details=details
            )
    except IntegrityError as error:
        raise Refused(_("You have already reported this comment."), 400) from error
    if comment.reports.open().count() >= conf.reports_to_hold():
        Comment.objects.filter(pk=comment.pk, status=CommentStatus.PUBLISHED).update(
            status=CommentStatus.HELD
        )
        thread_html.comments_changed([comment])
    return report


def set_following(*, user, target, anchor: str, follow: bool, request=None) -> None:
    if not (user and user.is_authenticated):
        raise Refused(_("Sign in to follow a discussion."), 403)
    if not access.is_valid_anchor(anchor) or not access.can_read(target, user, request):
        raise Refused(_("This discussion does not exist."), 404)
    _check_rate(user, "thread_follow", ratelimit.TOO_FAST_NOTHING_TYPED)
    key = ThreadKey.of(target, anchor)
    if follow:
        ThreadFollow.objects.get_or_create(user=user, **key.lookups())
    else:
        ThreadFollow.objects.in_thread(key).filter(user=user).delete()
    generations.bump_learner(user.pk)  # the follow form they see (thread_html.Reader)
