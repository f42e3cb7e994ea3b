"""Trainers' admin screens and workflow emails speak the language of their account.

Wagtail reads the language of its screens and of its workflow emails ("submitted
for review", "changes requested") from its own user profile, empty by default: the
email then took the language of whoever's click sent it, and a French trainer could
get English mail. The account's preferred language (chosen on the profile page) is
copied to Wagtail's profile whenever a staff account is saved, and for every staff
account after `migrate`.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_noop


def sync_admin_language(user) -> None:
    from wagtail.users.models import UserProfile

    language = getattr(user, "preferred_language", "")
    if not language:
        return
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])


def on_user_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # Only staff use the admin: learners get no Wagtail profile row.
    if raw or not (instance.is_staff or instance.is_superuser):
        return
    if update_fields is not None and "preferred_language" not in update_fields:
        # A partial save that leaves the language alone (a sign-in's last_login) keeps
        # whatever the trainer chose since in Wagtail's own preferences.
        return
    sync_admin_language(instance)


def sync_all_staff() -> None:
    from django.db.models import Q

    for user in get_user_model().objects.filter(Q(is_staff=True) | Q(is_superuser=True)):
        sync_admin_language(user)


# Wagtail's admin says "just now" when Django's timesince gives exactly "0 minutes";
# Django's French says "0 minute" (0 is singular in French), so our catalogue maps the
# English words to the French ones and Wagtail's check matches. Named here so that
# extraction keeps the entry (locale/fr: "0 minutes" -> "0 minute").
JUST_NOW_MINUTES = gettext_noop("0 minutes")
