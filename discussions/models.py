"""Comments on any object, their reports, thread follows and the moderation setting.

A comment (and a thread follow) is in a thread: an object, through (content_type,
object_id), and an optional `anchor` (one part of the page, e.g. "q2-ines_svt"),
named as one value by `ThreadKey` (discussions.keys). Every object discussed has an
integer primary key, so `object_id` is an integer: joins need no cast.
No IP address is stored.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from discussions.conf import MAX_BODY_LENGTH
from discussions.keys import ThreadKey, target_type_id

MAX_STORED_DEPTH = 10  # the hard cap in the database; DISCUSSIONS_MAX_DEPTH is the live one


class CommentStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Awaiting moderation")
    HIDDEN = "hidden", _("Hidden")
    REMOVED = "removed", _("Removed")


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Abusive or hateful")
    OFF_TOPIC = "off_topic", _("Off-topic")
    OTHER = "other", _("Something else")


class AuthorRole(models.TextChoices):
    """Who wrote a comment, as the thread's target sees it: a trainer's feedback is
    marked as such, apart from the learners' (and keeps its mark afterwards)."""

    LEARNER = "", _("Learner")
    TRAINER = "trainer", _("Teaching team")


class Premoderation(models.TextChoices):
    OFF = "off", _("Off: comments appear at once")
    FIRST_COMMENT = "first_comment", _("The first comment of each account is held")
    LINKS = "links", _("Comments with too many links are held")
    ALL = "all", _("Every comment is held")


class ThreadQuerySet(models.QuerySet):
    """How rows filed in threads (comments, follows) are found."""

    def in_thread(self, key: ThreadKey):
        return self.filter(**key.lookups())

    def on_targets(self, model, ids):
        """On every part of the objects of `model` (a model, or an instance for its type)
        whose ids are `ids`: a list, a query of ids, or an outer reference (`OuterRef`)
        to one object for a correlated subquery."""
        if isinstance(ids, F):
            return self.filter(content_type_id=target_type_id(model), object_id=ids)
        return self.filter(content_type_id=target_type_id(model), object_id__in=ids)


class OnThread(models.Model):
    """The thread a row is filed in: an object (any model) and one part of it."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    anchor = models.CharField(_("anchor"), max_length=100, blank=True)

    class Meta:
        abstract = True

    @property
    def thread_key(self) -> ThreadKey:
        return ThreadKey.of_comment(self)


class CommentQuerySet(ThreadQuerySet):
    def published(self):
        return self.filter(status=CommentStatus.PUBLISHED, deleted_at__isnull=True)


class Comment(OnThread):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="discussion_comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    # The top-level comment of the thread branch: all replies of a page of
    # top-level comments come in one query, whatever their depth.
    root = models.ForeignKey(
        "self",
        verbose_name=_("top-level comment"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="descendants",
    )
    depth = models.PositiveSmallIntegerField(_("depth"), default=0)
    body = models.TextField(_("comment"), max_length=MAX_BODY_LENGTH, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CommentStatus.choices, default=CommentStatus.PUBLISHED
    )
    reply_to_name = models.CharField(_("in reply to (name)"), max_length=120, blank=True)
    author_role = models.CharField(
        _("author's role"), max_length=20, choices=AuthorRole.choices, default="", blank=True
    )
    # Whom a reply answers (kept even when a reply past the depth limit hangs under
    # another comment): a learner's "recent replies" are found by this index, not by
    # walking every comment of the site.
    replied_to_author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        db_index=False,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]
        permissions = [("moderate_comment", _("Can moderate comments"))]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "anchor", "status", "created_at"],
                name="discussions_thread_page_idx",
            ),
            models.Index(
                fields=["replied_to_author", "-created_at"], name="discussions_replies_to_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=CommentStatus.values),
                name="discussions_comment_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(depth__lte=MAX_STORED_DEPTH),
                name="discussions_comment_depth_capped",
            ),
            # A top-level comment has neither parent nor root; a reply has both.
            models.CheckConstraint(
                condition=(
                    models.Q(depth=0, parent__isnull=True, root__isnull=True)
                    | models.Q(depth__gt=0, parent__isnull=False, root__isnull=False)
                ),
                name="discussions_comment_shape",
            ),
        ]

    def __str__(self):
        text = " ".join(self.body.split())
        return text[:60] + ("…" if len(text) > 60 else "") if text else f"#{self.pk}"

    def get_absolute_url(self):
        return reverse("discussions:permalink", args=[self.pk])

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def in_reply_to_name(self) -> str:
        """Whom a reply answers, shown on every reply ("in reply to @name"), whatever its depth.

        One rule for all replies: the current public name of the author of the comment
        it answers, read from `replied_to_author` (a reply past the depth limit hangs
        under another comment, so its parent is not always whom it answers); nothing
        once that account is deleted, and nothing on a top-level comment.
        """
        if self.parent_id is None or self.replied_to_author_id is None:
            return ""
        return self.replied_to_author.get_public_name()

    @property
    def author_name(self) -> str:
        if self.author is None:
            return str(_("Deleted account"))
        return self.author.get_public_name()


class ReportQuerySet(models.QuerySet):
    def open(self):
        """Reports no moderator has decided on yet."""
        return self.filter(resolved_at__isnull=True)


class Report(models.Model):
    """What a report says and whether it was dealt with, whatever it reports (a comment
    here, a practice timeline's post in practice/models/reports.py)."""

    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Reports are kept after a moderator's decision (the moderation screen shows them);
    # a report dealt with no longer counts towards holding the reported text again.
    resolved_at = models.DateTimeField(_("dealt with"), null=True, blank=True, editable=False)

    objects = ReportQuerySet.as_manager()

    class Meta:
        abstract = True


class CommentReport(Report):
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("comment")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="discussion_reports",
        verbose_name=_("reported by"),
    )

    class Meta:
        verbose_name = _("comment report")
        verbose_name_plural = _("comment reports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="discussions_report_once_per_reporter"
            ),
            models.CheckConstraint(
                condition=models.Q(reason__in=ReportReason.values),
                name="discussions_report_reason_valid",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} (#{self.comment_id})"


class ThreadFollow(OnThread):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="discussion_follows",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("thread follow")
        verbose_name_plural = _("thread follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id", "anchor"],
                name="discussions_follow_once",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.content_type_id}:{self.object_id}#{self.anchor}"


@register_setting(icon="comment")
class DiscussionSettings(BaseSiteSetting):
    premoderation = models.CharField(
        _("pre-moderation"),
        max_length=20,
        choices=Premoderation.choices,
        default=Premoderation.OFF,
        help_text=_("Which new comments wait for a moderator before anyone else sees them."),
    )
    max_links = models.PositiveSmallIntegerField(
        _("links allowed"),
        default=2,
        help_text=_("With the 'links' policy: a comment with more links than this is held."),
    )

    panels = [FieldPanel("premoderation"), FieldPanel("max_links")]

    class Meta:
        verbose_name = _("discussions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(premoderation__in=Premoderation.values),
                name="discussions_settings_premoderation_valid",
            ),
        ]
