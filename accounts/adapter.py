"""allauth adapter: account emails leave through the background email task.

Emails are written in the recipient's preferred language, which starts as the
language of the interface they signed up in, and are signed with the site's
name rather than its host name (the project does not use django.contrib.sites).
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.utils import translation

from accounts.emails import send_message


@dataclass(frozen=True)
class EmailSite:
    """What allauth's email templates read from `current_site`."""

    name: str
    domain: str


def _known_language(code: str | None) -> str | None:
    return code if code in dict(settings.LANGUAGES) else None


def _current_site(request) -> EmailSite:
    domain = request.get_host() if request else urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
    return EmailSite(name=settings.WAGTAIL_SITE_NAME, domain=domain)


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        language = _known_language(translation.get_language())
        if language:
            user.preferred_language = language
        return super().save_user(request, user, form, commit=commit)

    def format_email_subject(self, subject: str) -> str:
        prefix = app_settings.EMAIL_SUBJECT_PREFIX
        if prefix is None:
            prefix = f"[{settings.WAGTAIL_SITE_NAME}] "
        return prefix + str(subject)

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        full_context = {"request": request, "email": email, "current_site": _current_site(request)}
        full_context.update(context)
        user = full_context.get("user")
        language = _known_language(getattr(user, "preferred_language", None))
        with translation.override(language or translation.get_language()):
            message = self.render_mail(template_prefix, email, full_context)
        send_message(message)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        language = _known_language(getattr(user, "preferred_language", None))
        with translation.override(language or translation.get_language()):
            super().send_notification_mail(template_prefix, user, context=context, email=email)
