"""A learner's attempts at a quiz and their answer to each question.

An attempt is open (submitted_at and score empty) while the learner checks its
questions one by one; submitting it (or checking its last question) gives it its
score. Each response keeps the answer as the ids the learner chose (choices or
items, in order; ["true"] or ["false"]), with the points it earned then.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    page = models.ForeignKey(
        "quizzes.QuizPage",
        verbose_name=_("quiz"),
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["page", "user", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "page", "number"], name="quizzes_attempt_number_unique"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="quizzes_attempt_number_min"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=100),
                name="quizzes_attempt_score_range",
            ),
            # An attempt has a score exactly when it is submitted.
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True, score__isnull=True)
                | Q(submitted_at__isnull=False, score__isnull=False),
                name="quizzes_attempt_scored_when_submitted",
            ),
        ]

    def __str__(self):
        return f"{self.page_id}/{self.user_id}#{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class QuizResponse(models.Model):
    attempt = models.ForeignKey(
        QuizAttempt,
        verbose_name=_("attempt"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    question_id = models.CharField(_("question"), max_length=64)
    answer = models.JSONField(_("answer"), default=list)
    correct = models.BooleanField(_("correct"), default=False)
    points = models.FloatField(_("points"), default=0)
    answered_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz response")
        verbose_name_plural = _("quiz responses")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="quizzes_response_one_per_question"
            ),
            models.CheckConstraint(
                condition=Q(points__gte=0, points__lte=1), name="quizzes_response_points_range"
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id}:{self.question_id}"
