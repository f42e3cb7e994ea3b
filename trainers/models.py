"""What trainers own: the permission to read reports, and announcements to learners."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, DraftStateMixin, RevisionMixin

from accounts.validators import validate_single_line_text


class TrainerAccess(models.Model):
    """No table: only carries the permissions of the trainers' screens."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_reports", _("Can read the trainers' reports and exports"))]

    def __str__(self):
        return str(self._meta.verbose_name)


class Audience(models.TextChoices):
    COURSE = "course", _("The learners of the course (or of the session)")
    CHOSEN = "chosen", _("Chosen learners")


class Announcement(DraftStateMixin, RevisionMixin, models.Model):
    """A message from the trainers to the learners of a course (or of one session).

    Publishing it sends it by email once (background tasks) and shows it on the
    learners' dashboard; a later edit corrects the dashboard, not the inboxes.
    """

    course = models.ForeignKey(
        "course.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    session = models.ForeignKey(
        "course.CourseSession",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leave empty to write to the learners of every running session."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.COURSE,
        editable=False,
    )
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("chosen learners"),
        through="AnnouncementRecipient",
        blank=True,
        related_name="+",
    )
    subject = models.CharField(_("subject"), max_length=150, validators=[validate_single_line_text])
    body = models.TextField(
        _("message"),
        max_length=5000,
        help_text=_(
            "A blank line starts a paragraph; *emphasis*, **bold**, lists with “- ” "
            "and links [text](https://…) as in comments."
        ),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0, editable=False)

    panels = [
        FieldPanel("course"),
        FieldPanel("session"),
        FieldPanel("subject"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["course", "live", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(audience__in=Audience.values),
                name="trainers_announcement_audience_known",
            )
        ]

    def __str__(self):
        return self.subject

    def clean(self):
        super().clean()
        if self.session_id and self.course_id and self.session.course_id != self.course_id:
            raise ValidationError({"session": _("This session belongs to another course.")})


class AnnouncementRecipient(models.Model):
    """One learner an announcement to chosen learners was written to."""

    announcement = models.ForeignKey(
        Announcement, on_delete=models.CASCADE, related_name="chosen_recipients"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="announcements_received"
    )

    class Meta:
        verbose_name = _("announcement recipient")
        verbose_name_plural = _("announcement recipients")
        constraints = [
            models.UniqueConstraint(
                fields=["announcement", "user"], name="trainers_one_recipient_row_per_learner"
            )
        ]

    def __str__(self):
        return f"{self.announcement_id} · {self.user_id}"


def submitter_of(obj):
    """Who asked for the review now under way on `obj` (None when none is)."""
    state = getattr(obj, "current_workflow_state", None)
    return state.requested_by if state is not None else None


class TrainerReviewTask(AbstractGroupApprovalTask):
    """A group approval in which the reviewer is never the person who submitted.

    Wagtail's GroupApprovalTask lets any member of the group approve, the submitter
    included: the review would then be a formality. Here the submitter keeps editing
    the page (to answer "changes requested") but is offered no review action, and an
    action posted anyway is refused.
    """

    def _is_submitter(self, obj, user) -> bool:
        submitter = submitter_of(obj)
        return submitter is not None and user is not None and submitter.pk == user.pk

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) and not self._is_submitter(obj, user)

    def get_actions(self, obj, user):
        if self._is_submitter(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if task_state.workflow_state.requested_by_id == getattr(user, "pk", None):
            raise PermissionDenied(_("You submitted this page: another trainer reviews it."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups review it, never the person who submitted it")

    class Meta:
        verbose_name = _("review by another trainer")
        verbose_name_plural = _("reviews by another trainer")


class ScheduledPublishingRun(models.Model):
    """When `publish_scheduled` last ran (one row): the admin warns when it stops running."""

    finished_at = models.DateTimeField(_("finished at"))

    class Meta:
        verbose_name = _("scheduled publishing run")
        verbose_name_plural = _("scheduled publishing runs")
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="trainers_one_scheduling_row")
        ]

    def __str__(self):
        return f"{self.finished_at:%Y-%m-%d %H:%M}"
