"""The platform's user: people sign in with their email address, never a username."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from accounts.validators import (
    validate_linkedin_url,
    validate_mastodon_handle,
    validate_single_line_text,
    validate_twitter_handle,
)


class UserManager(DjangoUserManager):
    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    # Django's manager takes the username first; ours takes the email.
    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("The name other learners see."),
        validators=[validate_single_line_text],
    )
    twitter_handle = models.CharField(
        _("X (Twitter) handle"),
        max_length=16,
        blank=True,
        validators=[validate_twitter_handle],
    )
    mastodon_handle = models.CharField(
        _("Mastodon handle"),
        max_length=100,
        blank=True,
        validators=[validate_mastodon_handle],
    )
    linkedin_url = models.URLField(
        _("LinkedIn profile"),
        blank=True,
        validators=[validate_linkedin_url],
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="fr",
        help_text=_("The language of the interface and of the emails you receive."),
    )
    notify_replies = models.BooleanField(
        _("replies to my comments"),
        default=True,
        help_text=_("An email when someone answers one of my comments."),
    )
    notify_announcements = models.BooleanField(
        _("course announcements"),
        default=True,
        help_text=_("An email when a course I follow publishes news."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(
                    preferred_language__in=[code for code, _name in settings.LANGUAGES]
                ),
                name="accounts_user_preferred_language_known",
            ),
        ]

    def __str__(self):
        return self.get_public_name()

    def get_public_name(self) -> str:
        return self.display_name or self.get_full_name() or self.email.split("@", 1)[0]
