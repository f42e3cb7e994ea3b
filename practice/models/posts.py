"""The posts of a practice timeline, one timeline per page and session.

A post is stored as typed (`body`); it is rendered through the one sanitiser
(discussions/sanitize.py) when shown. Its mentions and hashtags are written as
rows when it is posted (`Mention`, `Tag`) so that the filters and the
notifications read an index, not the text.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The weighted length (practice/counting.py) is what limits a post to 280; the
# column's limit only stops absurd input (a very long link counts 23).
MAX_BODY_CHARS = 4000
MAX_NOTE_LENGTH = 500
MAX_TAG_LENGTH = 100


class Post(models.Model):
    wagtail_reference_index_ignore = True

    session = models.ForeignKey(
        "course.CourseSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="practice_posts",
    )
    page = models.ForeignKey(
        "practice.PracticePage",
        verbose_name=_("practice timeline"),
        on_delete=models.CASCADE,
        related_name="posts",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="practice_posts",
    )
    body = models.TextField(_("text"), max_length=MAX_BODY_CHARS)
    created_at = models.DateTimeField(_("posted at"), default=timezone.now)
    # Replies and quotes outlive the post they answer (its author may delete their account).
    reply_to = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
    )
    quote_of = models.ForeignKey(
        "self",
        verbose_name=_("quotes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    # Posts written together as a thread: every post after the first points to the first.
    thread_head = models.ForeignKey(
        "self",
        verbose_name=_("thread"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="thread_posts",
    )
    # Live-tweet: the moment of the recording the post refers to.
    moment_seconds = models.PositiveIntegerField(_("moment (seconds)"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    highlighted_at = models.DateTimeField(_("highlighted at"), null=True, blank=True)
    highlighted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("highlighted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    highlight_note = models.TextField(_("trainer's note"), blank=True, max_length=MAX_NOTE_LENGTH)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [
            models.Index(F("page"), F("session"), F("id").desc(), name="practice_post_timeline"),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="practice_post_body_not_empty"),
            models.CheckConstraint(
                condition=~Q(reply_to=F("id")), name="practice_post_not_reply_to_itself"
            ),
            models.CheckConstraint(
                condition=~Q(quote_of=F("id")), name="practice_post_not_quoting_itself"
            ),
        ]

    def __str__(self):
        return self.body[:60]

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    @property
    def is_highlighted(self) -> bool:
        return self.highlighted_at is not None


class Like(models.Model):
    wagtail_reference_index_ignore = True

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="likes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_likes"
    )
    created_at = models.DateTimeField(_("liked at"), default=timezone.now)

    class Meta:
        verbose_name = _("like")
        verbose_name_plural = _("likes")
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="practice_like_once"),
        ]

    def __str__(self):
        return f"{self.user_id} likes {self.post_id}"


class Mention(models.Model):
    """A learner of the session named by their handle in a post."""

    wagtail_reference_index_ignore = True

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="mentions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_mentions"
    )

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        constraints = [
            models.UniqueConstraint(fields=["user", "post"], name="practice_mention_once"),
        ]

    def __str__(self):
        return f"{self.post_id} mentions {self.user_id}"


class Tag(models.Model):
    """A hashtag of a post, folded (lower case) without its #."""

    wagtail_reference_index_ignore = True

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="tags")
    name = models.CharField(_("hashtag"), max_length=MAX_TAG_LENGTH)

    class Meta:
        verbose_name = _("hashtag")
        verbose_name_plural = _("hashtags")
        constraints = [
            models.UniqueConstraint(fields=["name", "post"], name="practice_tag_once"),
            models.CheckConstraint(condition=~Q(name=""), name="practice_tag_name_not_empty"),
        ]

    def __str__(self):
        return f"#{self.name}"
