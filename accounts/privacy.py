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
   addresses and two-factor authenticators. The sessions section ends the
   account's sessions on every device first (Django's session table has no
   user column to cascade from).

Each section says which foreign keys to the user it covers (`covers`); a foreign key
that outlives the account on purpose, set to NULL, is in KEPT_ANONYMISED with its
reason. A test walks every model's foreign keys to the user and fails on one that is
in neither, naming the model and the field.

The accounts app registers its own sections below (`register_account_sections`,
called from AccountsConfig.ready): the profile (with the notification settings),
the email addresses, the two-factor status, the signed-in sessions and what staff
keep in Wagtail's admin.
"""

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.utils import timezone


@dataclass(frozen=True)
class PersonalDataSection:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]
    # The foreign keys to the user this section exports and erases, as
    # "app_label.Model.field": the registry test (tests/accounts/test_privacy_registry.py)
    # walks every foreign key to the user and fails on one that no section covers.
    covers: tuple[str, ...] = ()


_sections: dict[str, PersonalDataSection] = {}

# Foreign keys to the user that outlive the account, without it: the database (or the
# section named) sets them to NULL when the account goes. Each says why the row stays.
KEPT_ANONYMISED: dict[str, str] = {
    "wagtailcore.Page.owner": "a course page belongs to the course; it keeps no owner",
    "wagtailcore.Page.locked_by": "an editor's lock on a page is released",
    "wagtailcore.Revision.user": "a page's history stays, without who saved each version",
    "wagtailcore.WorkflowState.requested_by": "a review keeps its outcome, not who asked",
    "wagtailcore.TaskState.finished_by": "a review keeps its outcome, not who decided",
    "wagtailcore.Comment.resolved_by": "an editor's comment stays resolved, by nobody",
    "wagtailcore.UploadedFile.uploaded_by_user": "a file being uploaded stays, unowned",
    "wagtailimages.Image.uploaded_by_user": "an image used in the course stays, unowned",
    "wagtaildocs.Document.uploaded_by_user": "a document used in the course stays, unowned",
    "wagtailcore.PageLogEntry.user": "the admin's history of a page stays, without who did it"
    " (the 'admin' section sets it to NULL: Wagtail keeps it otherwise)",
    "wagtailcore.ModelLogEntry.user": "the admin's history of a snippet stays, without who"
    " did it (the 'admin' section sets it to NULL)",
    "trainers.Announcement.author": "an announcement is the course's news; it stays unsigned",
    "discussions.Comment.replied_to_author": "other people's replies stay; they no longer"
    " say whom they answered",
    "exercises.RevisionRequest.requested_by": "a trainer's revision request stays with the"
    " learner's answer (and in the learner's export), unsigned",
    "course.CertificateEvent.actor": "a certificate's log keeps what was done and why for"
    " the learner, not which trainer did it",
    "practice.Post.hidden_by": "a post a trainer hid stays hidden, without which trainer hid it",
    "practice.Post.highlighted_by": "a post a trainer highlighted stays a good example, with"
    " its note, without which trainer chose it",
}


def register(
    name: str,
    export: Callable[[Any], Any],
    erase: Callable[[Any], None],
    covers: tuple[str, ...] = (),
) -> None:
    _sections[name] = PersonalDataSection(name, export, erase, tuple(covers))


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


# Sessions: Django's session table has no user column; the user's id is inside each
# session's signed data. A deleted account's sessions on other devices would stay in
# the table (and in the cache, for cached_db) until they expire, so they are found by
# reading the live sessions: account deletion and exports are rare and rate limited,
# and a site has a few sessions per active learner.
_DATABASE_SESSION_ENGINES = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cached_db",
}


def _user_sessions(user):
    """The stored sessions signed in as `user` (none with cookie or cache-only sessions)."""
    if settings.SESSION_ENGINE not in _DATABASE_SESSION_ENGINES:
        return []
    from django.contrib.sessions.models import Session

    live = Session.objects.filter(expire_date__gt=timezone.now()).iterator(chunk_size=1000)
    return [s for s in live if s.get_decoded().get(SESSION_KEY) == str(user.pk)]


def export_sessions(user) -> list[dict[str, Any]]:
    # When each signed-in session ends; never its key, which would sign one in.
    return [{"expires_at": s.expire_date} for s in _user_sessions(user)]


def erase_sessions(user) -> None:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in _user_sessions(user):
        store(session_key=session.session_key).delete()  # the cache's copy too


# Wagtail's admin keeps what staff did there; learners have none of it.
def export_admin(user) -> dict[str, Any]:
    from wagtail.models import Comment as PageComment
    from wagtail.models import PageSubscription

    comments = PageComment.objects.filter(user=user).select_related("page")
    return {
        "page_comments": [
            {"page": c.page.title, "text": c.text, "created_at": c.created_at}
            for c in comments.order_by("created_at", "pk")
        ],
        "page_subscriptions": list(
            PageSubscription.objects.filter(user=user).values_list("page__title", flat=True)
        ),
    }


def erase_admin(user) -> None:
    """Wagtail's log entries point to the user without a database cascade (DO_NOTHING):
    they stay as the site's history, without who did it. The rest goes with the user."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    PageLogEntry.objects.filter(user_id=user.pk).update(user=None)
    ModelLogEntry.objects.filter(user_id=user.pk).update(user=None)


def register_account_sections() -> None:
    register("profile", export_profile, erase_nothing)
    register(
        "email_addresses", export_email_addresses, erase_nothing, ("account.EmailAddress.user",)
    )
    register("two_factor", export_two_factor, erase_nothing, ("mfa.Authenticator.user",))
    register("sessions", export_sessions, erase_sessions)
    register(
        "admin",
        export_admin,
        erase_admin,
        (
            "wagtailusers.UserProfile.user",
            "wagtailadmin.EditingSession.user",
            "wagtailadmin.FormState.user",
            "wagtailcore.APIToken.user",
            "wagtailcore.Comment.user",
            "wagtailcore.CommentReply.user",
            "wagtailcore.PageSubscription.user",
        ),
    )
