"""The sets of states of a quiz: which attempt counts, a true/false answer."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CountedAttempt(models.TextChoices):
    BEST = "best", _("The best attempt")
    LAST = "last", _("The last attempt")


class TrueFalse(models.TextChoices):
    TRUE = "true", _("True")
    FALSE = "false", _("False")


class QuestionType(models.TextChoices):
    """The block types of `QuizPage.questions` (quizzes/blocks.py)."""

    SINGLE = "single", _("One answer")
    MULTIPLE = "multiple", _("Several answers")
    TRUE_FALSE = "true_false", _("True or false")
    ORDER = "order", _("Put in order")
    BEST_EXAMPLE = "best_example", _("Which example is better")
