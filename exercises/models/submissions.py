"""What learners hand in: one submission per learner and exercise, its submitted
versions, and the peers' submissions each learner is handed for feedback.

A submission holds the learner's working draft (autosaved; `version` counts the
saves, so that a stale save is refused) and points to its last submitted
version, which is what peers and the class distribution read.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from exercises.choices import AccountChoice, Agreement, SubmissionStatus, Visibility

MAX_TEXT_LENGTH = 20_000  # far above any exercise; refuses megabyte bodies early
MAX_NOTE_LENGTH = 4000

ANSWER_FIELDS = (
    "text",
    "picture_answer",
    "answers",
    "stand",
    "choice",
    "agreement",
    "agreement_reason",
)


class AnswerFields(models.Model):
    """The answer of any kind of exercise: a draft and each submitted version have them."""

    text = models.TextField(_("text"), blank=True, max_length=MAX_TEXT_LENGTH)
    picture_answer = models.TextField(_("about the picture"), blank=True, max_length=2000)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    stand = models.CharField(_("stand"), max_length=64, blank=True)
    choice = models.CharField(
        _("recommendation"), max_length=20, choices=AccountChoice.choices, blank=True
    )
    agreement = models.CharField(
        _("agreement"), max_length=10, choices=Agreement.choices, blank=True
    )
    agreement_reason = models.TextField(_("why"), blank=True, max_length=2000)

    # The one list of the answer's fields: exercises/answers.py derives the others from it.
    ANSWER_FIELDS = ANSWER_FIELDS

    class Meta:
        abstract = True

    def answer_values(self) -> dict:
        return {name: getattr(self, name) for name in self.ANSWER_FIELDS}


class Submission(AnswerFields):
    # Learners' answers are not content: Wagtail's reference index (one more write per
    # save) has nothing to learn from them.
    wagtail_reference_index_ignore = True

    exercise = models.ForeignKey(
        "exercises.ExercisePage",
        verbose_name=_("exercise"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="exercise_submissions",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.DRAFT,
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    version = models.PositiveIntegerField(
        _("draft version"),
        default=1,
        help_text=_("Counts the saves of the draft: a save based on an older one is refused."),
    )
    submitted_version = models.PositiveIntegerField(_("draft version last submitted"), default=0)
    last_version = models.ForeignKey(
        "exercises.SubmissionVersion",
        verbose_name=_("last submitted version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("saved"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        constraints = [
            models.UniqueConstraint(
                fields=["exercise", "user"], name="exercises_one_submission_per_learner"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=SubmissionStatus.values),
                name="exercises_submission_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(visibility__in=Visibility.values),
                name="exercises_submission_visibility_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(status=SubmissionStatus.DRAFT)
                | models.Q(submitted_at__isnull=False),
                name="exercises_submitted_has_date",
            ),
        ]
        indexes = [models.Index(fields=["exercise", "status", "visibility"])]

    def __str__(self):
        return f"{self.user} · {self.exercise_id}"

    # What discussions needs of a target (discussions/access.py) -----------------

    @property
    def title(self) -> str:
        return str(_("%(name)s’s answer") % {"name": self.user.get_public_name()})

    def get_url(self) -> str:
        return reverse("exercises:submission", args=[self.pk])

    @property
    def live(self) -> bool:
        return self.exercise.live

    @property
    def is_shared(self) -> bool:
        return self.visibility == Visibility.SHARED and self.last_version_id is not None

    @property
    def is_submitted(self) -> bool:
        return self.status == SubmissionStatus.SUBMITTED

    @property
    def has_unsubmitted_changes(self) -> bool:
        return self.is_submitted and self.version != self.submitted_version

    @property
    def discussion_owner_id(self) -> int:
        """Peers' feedback is told to the learner who wrote the answer."""
        return self.user_id

    def discussion_can_read(self, user, request=None) -> bool:
        """Those who may read the answer, if the exercise page's privacy lets them in."""
        from exercises.access import can_read_submission

        return can_read_submission(self, user) and self.exercise.accepts_viewer(user, request)

    def discussion_can_post(self, user, request=None) -> bool:
        return self.discussion_can_read(user, request)

    def discussion_author_role(self, user) -> str:
        """A trainer's comment on someone else's answer is the teaching team's feedback."""
        from exercises.access import is_trainer

        return "trainer" if user.pk != self.user_id and is_trainer(user) else ""


class KeptDraft(models.Model):
    """A draft that met another one, kept so that nothing a learner typed is lost.

    When a save is refused because the draft changed elsewhere (another tab, a
    page reloaded with an older copy), both texts are kept: the one refused and
    the draft it met. The exercise page offers each kept draft that differs from
    the current one, to read and to restore. `digest` names the content, so the
    same text is kept once, in the one query a conflict may add.
    """

    wagtail_reference_index_ignore = True

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="kept_drafts",
    )
    answer = models.JSONField(_("answer"), default=dict)
    digest = models.CharField(_("digest"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("kept"), default=timezone.now)

    class Meta:
        verbose_name = _("kept draft")
        verbose_name_plural = _("kept drafts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "digest"], name="exercises_kept_draft_once"
            ),
        ]

    def __str__(self):
        return f"{self.submission_id} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def text(self) -> str:
        return str(self.answer.get("text", ""))

    @property
    def picture_answer(self) -> str:
        return str(self.answer.get("picture_answer", ""))


class SubmissionVersion(AnswerFields):
    wagtail_reference_index_ignore = True

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveIntegerField(_("number"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("submitted version")
        verbose_name_plural = _("submitted versions")
        ordering = ["submission", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "number"], name="exercises_version_number_unique"
            ),
        ]

    def __str__(self):
        return f"{self.submission_id} v{self.number}"


class PeerAssignment(models.Model):
    """A peer's shared submission handed to a learner for feedback."""

    wagtail_reference_index_ignore = True

    exercise = models.ForeignKey(
        "exercises.ExercisePage", on_delete=models.CASCADE, related_name="peer_assignments"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.CASCADE,
        related_name="peer_assignments",
    )
    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="peer_assignments",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("peer assignment")
        verbose_name_plural = _("peer assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["reviewer", "submission"], name="exercises_assigned_once"
            ),
        ]
        indexes = [models.Index(fields=["exercise", "reviewer"])]

    def __str__(self):
        return f"{self.reviewer_id} → {self.submission_id}"


class RevisionRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(answered_version__isnull=True)


class RevisionRequest(models.Model):
    """A trainer asks the learner to revise a submitted answer.

    The request reopens the step for the learner (it is no longer done) with the
    trainer's note; the learner's next submitted version answers it, so the
    dialogue (note, then the version that answered it) stays readable by both.
    """

    wagtail_reference_index_ignore = True

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="revision_requests",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note to the learner"), max_length=MAX_NOTE_LENGTH)
    about_version = models.ForeignKey(
        SubmissionVersion,
        verbose_name=_("about version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_version = models.ForeignKey(
        SubmissionVersion,
        verbose_name=_("answered by version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answered_requests",
    )
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = RevisionRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("revision request")
        verbose_name_plural = _("revision requests")
        ordering = ["submission", "created_at", "pk"]
        constraints = [
            # One open request at a time: a second note before the learner answers
            # would leave the learner with two lists of changes to reconcile.
            models.UniqueConstraint(
                fields=["submission"],
                condition=models.Q(answered_version__isnull=True),
                name="exercises_one_open_revision_request",
            ),
            models.CheckConstraint(
                condition=models.Q(answered_version__isnull=True, answered_at__isnull=True)
                | models.Q(answered_version__isnull=False, answered_at__isnull=False),
                name="exercises_revision_answered_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.submission_id} · {self.created_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.answered_version_id is None
