"""What trainers do to a timeline's posts, and learners' reports: the discussions' rules.

- Who moderates: the trainers, who see every session's timeline (`access.is_trainer`, a
  permission of the Trainers group, as comment moderation is). They highlight a post
  as a good example with a note (shown to the session), hide a post (learners no
  longer see it, its author included; trainers still do, marked) and undo both.
- Reports: a learner who can see a post reports it with one of the discussions'
  reasons (`ReportReason`), once, never their own post. As for comments, when
  `DISCUSSIONS_REPORTS_TO_HOLD` open reports are on a post it is held: hidden from the
  learners with nobody as `hidden_by` until a trainer decides. Hiding keeps it so;
  showing it again is the decision to keep it. Either way its open reports are marked
  as dealt with (kept, no longer counted to hold it again).
- Every gesture is limited per user (WRITE_RATE_LIMITS: practice_moderate,
  practice_report); a refusal is the discussions' `Refused`, with its message and status.
- Each decision is written to Wagtail's audit log (ModelLogEntry), as comment decisions are.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from accounts import ratelimit
from discussions import conf
from discussions.services import Refused
from practice import access
from practice.models import Post, PostReport

# The log action of each decision, with its label and message in the history.
DECISIONS = {
    "hide": ("practice.hide", _("Hide post"), _("Hidden")),
    "show": ("practice.show", _("Show post again"), _("Shown again")),
    "highlight": ("practice.highlight", _("Highlight post"), _("Highlighted as a good example")),
    "unhighlight": ("practice.unhighlight", _("Remove the highlight"), _("No longer highlighted")),
}


def register_log_actions(actions) -> None:
    for action, label, message in DECISIONS.values():
        actions.register_action(action, label, message)


def can_moderate(user) -> bool:
    """The trainers who see every session's timeline (practice/access.py) moderate it."""
    return access.is_trainer(user)


def _check_moderator(user, too_fast=ratelimit.TOO_FAST_NOTHING_TYPED) -> None:
    if not can_moderate(user):
        raise Refused(_("Only the teaching team can do this."), 403)
    if not ratelimit.allow("practice_moderate", user):
        raise Refused(too_fast, 429)


def _log(post: Post, decision: str, user, now) -> None:
    log(
        post,
        DECISIONS[decision][0],
        user=user,
        # Not the post's text: the log outlives a post erased with its author's account.
        title=str(_("post #%(id)s") % {"id": post.pk}),
        timestamp=now,
    )


def highlight(*, post: Post, user, note: str) -> Post:
    """Mark `post` as a good example with the trainer's `note` (which may be empty)."""
    _check_moderator(user, too_fast=ratelimit.TOO_FAST)
    now = timezone.now()
    post.highlighted_at, post.highlighted_by, post.highlight_note = now, user, note
    post.save(update_fields=["highlighted_at", "highlighted_by", "highlight_note"])
    _log(post, "highlight", user, now)
    return post


def unhighlight(*, post: Post, user) -> Post:
    _check_moderator(user)
    now = timezone.now()
    post.highlighted_at, post.highlighted_by, post.highlight_note = None, None, ""
    post.save(update_fields=["highlighted_at", "highlighted_by", "highlight_note"])
    _log(post, "unhighlight", user, now)
    return post


def hide(*, post: Post, user) -> Post:
    """Hide `post` from the learners; its open reports are dealt with."""
    _check_moderator(user)
    now = timezone.now()
    with transaction.atomic():
        post.hidden_at, post.hidden_by = post.hidden_at or now, user
        post.save(update_fields=["hidden_at", "hidden_by"])
        post.reports.open().update(resolved_at=now)
        _log(post, "hide", user, now)
    return post


def show(*, post: Post, user) -> Post:
    """Undo a hide (a trainer's, or the hold of enough reports): the post is seen again."""
    _check_moderator(user)
    now = timezone.now()
    with transaction.atomic():
        post.hidden_at, post.hidden_by = None, None
        post.save(update_fields=["hidden_at", "hidden_by"])
        post.reports.open().update(resolved_at=now)
        _log(post, "show", user, now)
    return post


def report(*, post: Post, user, reason: str, details: str = "") -> PostReport:
    """A learner's report; enough open reports hold the post (hidden, by nobody)."""
    if not (user and user.is_authenticated):
        raise Refused(_("Sign in to report a post."), 403)
    if post.author_id == user.pk:
        raise Refused(_("You cannot report your own post."), 400)
    if post.hidden_at is not None:
        raise Refused(_("This post is already out of sight."), 400)
    if not ratelimit.allow("practice_report", user):
        raise Refused(ratelimit.TOO_FAST, 429)
    try:
        with transaction.atomic():
            made = PostReport.objects.create(
                post=post, reporter=user, reason=reason, details=details
            )
    except IntegrityError as error:
        raise Refused(_("You have already reported this post."), 400) from error
    if post.reports.open().count() >= conf.reports_to_hold():
        Post.objects.filter(pk=post.pk, hidden_at__isnull=True).update(hidden_at=timezone.now())
    return made
