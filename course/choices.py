"""The sets of states of course pages, shared by the models and the navigation."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonFormat(models.TextChoices):
    LESSON = "lesson", _("Lesson")
    CASE_STUDY = "case_study", _("Case study")
    DEBATE = "debate", _("Debate")


class TestimonialFormat(models.TextChoices):
    ROUND_TABLE = "round_table", _("Round table")
    TESTIMONY = "testimony", _("Single testimony")


class TestimonialLayout(models.TextChoices):
    SIDE_BY_SIDE = "side_by_side", _("Answers side by side")
    SEQUENCE = "sequence", _("Answers one after another")


class DoneWhen(models.TextChoices):
    """What makes a step done for a learner (course/steps.py, course/learning.py)."""

    MARKED = "marked", _("Marked as done by the learner")
    SUBMITTED = "submitted", _("Exercise submitted")
    QUIZ_PASSED = "quiz_passed", _("Quiz passed (the quiz's pass mark)")
    GOAL_MET = "goal_met", _("Practice goal met")
