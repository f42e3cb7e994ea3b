"""The sets of states of the exercises."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExerciseKind(models.TextChoices):
    BIO = "bio", _("Write your bio")
    ONE_OR_TWO = "one_or_two", _("One account or two")
    REFLECTION = "reflection", _("Reflection")


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Private: only me and the trainers")
    SHARED = "shared", _("Shared with the other learners of my session")


class AccountChoice(models.TextChoices):
    ONE = "one", _("One account")
    TWO = "two", _("Two accounts")
    ORGANISATION = "organisation", _("An account in the organisation's name")


class Agreement(models.TextChoices):
    AGREE = "agree", _("I agree")
    DISAGREE = "disagree", _("I disagree")
