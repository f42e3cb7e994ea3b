"""What "export my data" and "delete my account" cover, filled in by the other apps.

`accounts` imports no other app: each app that keeps personal data registers a
section here (in its AppConfig.ready), with how to export it as JSON-ready data
and how to erase or anonymise it when the account is deleted.

Deleting an account, and why it is done this way:

1. every registered section's `erase(user)` runs first, inside one transaction
   with the deletion. What the learner wrote elsewhere (comments, submissions,
   peer reviews...) is removed or anonymised by the app that owns it, which
   alone knows whether other people's contributions hang from it: a reply
   written by someone else stays, attached to an anonymised parent. Nothing of
   anyone else's is lost.
2. then the user row is deleted. Everything that only makes sense with the
   account goes with it through the database's cascades: allauth's email
   addresses and two-factor authenticators, sessions end with the logout.

The accounts app registers its own sections below (`register_account_sections`,
called from AccountsConfig.ready): the profile, the email addresses and the
two-factor status. Their erase functions do nothing, since the row and its
cascades take everything with them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PersonalDataSection:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]


_sections: dict[str, PersonalDataSection] = {}


def register(name: str, export: Callable[[Any], Any], erase: Callable[[Any], None]) -> None:
    _sections[name] = PersonalDataSection(name, export, erase)


def sections() -> list[PersonalDataSection]:
    return list(_sections.values())


def export_user_data(user) -> dict[str, Any]:
    return {section.name: section.export(user) for section in _sections.values()}


def erase_user_data(user) -> None:
    for section in _sections.values():
        section.erase(user)


# The accounts app's own sections ---------------------------------------------


def export_profile(user) -> dict[str, Any]:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "display_name": user.display_name,
        "twitter_handle": user.twitter_handle,
        "mastodon_handle": user.mastodon_handle,
        "linkedin_url": user.linkedin_url,
        "preferred_language": user.preferred_language,
        "notify_replies": user.notify_replies,
        "notify_announcements": user.notify_announcements,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def export_email_addresses(user) -> list[dict[str, Any]]:
    from allauth.account.models import EmailAddress

    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    ]


def export_two_factor(user) -> dict[str, Any]:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import is_mfa_enabled

    # The kinds only: secrets and recovery codes never leave the database.
    kinds = Authenticator.objects.filter(user=user).values_list("type", flat=True)
    return {"enabled": is_mfa_enabled(user), "methods": sorted(kinds)}


def erase_nothing(user) -> None:
    """The user row's deletion and its cascades remove this section."""


def register_account_sections() -> None:
    register("profile", export_profile, erase_nothing)
    register("email_addresses", export_email_addresses, erase_nothing)
    register("two_factor", export_two_factor, erase_nothing)
