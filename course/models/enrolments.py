"""Sessions (cohorts), enrolments and completions: a learner's path through a course."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from course.panels import ReleaseSchedulePanel
from course.sessions import SessionState, compute_session_state, session_date_problems

CERTIFICATE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely


def new_certificate_code() -> str:
    raw = "".join(secrets.choice(CERTIFICATE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


class CourseSession(models.Model):
    course = models.ForeignKey(
        "course.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    title = models.CharField(_("title"), max_length=120, help_text=_("For example: Spring 2027"))
    enrolment_opens_on = models.DateField(_("enrolment opens on"))
    enrolment_closes_on = models.DateField(_("enrolment closes on"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("enrolment_opens_on"), FieldPanel("enrolment_closes_on")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        ReleaseSchedulePanel(heading=_("Module releases")),
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["course", "starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="course_session_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(enrolment_closes_on__gte=F("enrolment_opens_on")),
                name="course_session_enrolment_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(enrolment_closes_on__lte=F("ends_on")),
                name="course_session_enrolment_closes_before_end",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        problems = session_date_problems(
            self.enrolment_opens_on, self.enrolment_closes_on, self.starts_on, self.ends_on
        )
        if problems:
            raise ValidationError(problems)

    def state_on(self, today) -> SessionState:
        return compute_session_state(
            today, self.enrolment_opens_on, self.enrolment_closes_on, self.ends_on
        )

    @property
    def state(self) -> SessionState:
        return self.state_on(timezone.localdate())


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(left_at__isnull=True)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    session = models.ForeignKey(
        CourseSession,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    last_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("last page done"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    certificate_code = models.CharField(
        _("certificate code"), max_length=14, null=True, blank=True, unique=True
    )
    certificate_revoked_at = models.DateTimeField(
        _("certificate revoked at"), null=True, blank=True
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "session"], name="course_one_enrolment_per_session"
            ),
            models.CheckConstraint(
                condition=Q(completed_at__isnull=True) | Q(certificate_code__isnull=False),
                name="course_completed_enrolment_has_certificate",
            ),
        ]
        indexes = [models.Index(fields=["session", "last_activity_at"])]

    def __str__(self):
        return f"{self.user} · {self.session}"

    @property
    def is_active(self) -> bool:
        return self.left_at is None

    @property
    def has_valid_certificate(self) -> bool:
        return self.completed_at is not None and self.certificate_revoked_at is None


class CertificateAction(models.TextChoices):
    REVOKED = "revoked", _("Revoked")
    REISSUED = "reissued", _("Reissued")


class CertificateEvent(models.Model):
    """A trainer revoked or reissued a learner's certificate: who, when, why, which code.

    The log keeps every code ever revoked, so the public check page of an old code
    says "revoked" rather than "unknown" once a new certificate has been issued.
    """

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="certificate_events",
    )
    action = models.CharField(_("action"), max_length=10, choices=CertificateAction.choices)
    code = models.CharField(_("certificate code"), max_length=14, db_index=True)
    reason = models.TextField(_("reason"), max_length=1000)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=CertificateAction.values),
                name="course_certificate_event_action_known",
            ),
            models.CheckConstraint(
                condition=~Q(reason=""), name="course_certificate_event_has_reason"
            ),
        ]

    def __str__(self):
        return f"{self.code} · {self.get_action_display()}"


class Completion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    # Deleting a page deletes its completions: progress only counts pages that exist.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("completion")
        verbose_name_plural = _("completions")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "page"], name="course_one_completion_per_page"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment_id} · {self.page_id}"


class StepScore(models.Model):
    """A learner's counted score on a scored step (a quiz), 0 to 100: the certificate's
    minimum average reads these (course/learning.py). The step's own app keeps the
    attempts; this row is what counts, updated in place."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="scores")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(_("score (%)"))
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("step score")
        verbose_name_plural = _("step scores")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "page"], name="course_one_score_per_page"),
            models.CheckConstraint(condition=models.Q(score__lte=100), name="course_score_percent"),
        ]

    def __str__(self):
        return f"{self.enrolment_id} · {self.page_id} · {self.score}"
