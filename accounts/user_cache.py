"""A signed-in person's user row kept in the shared cache between their requests, and the
changes of theirs that retire it and whatever else is kept for them.

Every request of a signed-in person read their row from the database, which cost a
fifth of a signed-in lesson page (building the query more than running it). It is
kept in the cache under the person's generation (config/generations.py
`learner_generation`), which every save or deletion of the row, every change of their
groups or their own permissions and every change of their email addresses bumps
(`connect`): deactivating someone, changing their password (the session's hash), their
staff flag or their name takes effect at their next request, in every process.

Only the lookup of the row is replaced (`get_user`); what Django decides from it is
kept as Django decides it: the session's backend must still be one of
AUTHENTICATION_BACKENDS, the backend must accept the person (`user_can_authenticate`:
active), and the session's hash must match the row's. Anything else (no cache, a
session hash that does not match, a rotated SECRET_KEY, a backend without
`user_can_authenticate`) goes through `django.contrib.auth.get_user` itself, which
flushes the session or falls back as it always did; the row it reads is then kept.

The row is kept as read, before the request uses it (no permission cache rides along).
It holds the password hash, as the database does: the cache is the site's own Redis,
which already holds the sessions that sign people in.
"""

from functools import partial

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.core.cache import cache
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from config import generations, signed_in_pages


def _key(pk) -> str:
    # Kept as (the learner's generation it was read under, the row): read with the
    # generation in one round trip (`generations.learner_generation_and`).
    return f"user:{pk}"


@signed_in_pages.prefetched
def _prefetch(user_pk) -> list[str]:
    """The row, read with a stored signed-in page (config/signed_in_pages.py)."""
    return [_key(user_pk)] if user_pk else []


def get_user(request):
    """As `django.contrib.auth.get_user`, the row read from the cache when it is kept."""
    session = request.session
    try:
        pk = auth._get_user_session_key(request)
        backend_path = session[auth.BACKEND_SESSION_KEY]
    except KeyError:
        return auth.get_user(request)
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return auth.get_user(request)
    generation, kept = generations.learner_generation_and(pk, _key(pk))
    if generation is None:
        return auth.get_user(request)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == generation:
        user = kept[1]
        if _accepts(request, backend_path, user):
            return user
    user = auth.get_user(request)
    if user.is_authenticated and user.pk == pk:
        seconds = getattr(settings, "SHARED_HTML_SECONDS", 24 * 3600)
        cache.set(_key(pk), (generation, user), seconds)
    return user


def _accepts(request, backend_path: str, user) -> bool:
    """Whether Django would sign this session in as `user` without changing the session."""
    backend = auth.load_backend(backend_path)
    can_authenticate = getattr(backend, "user_can_authenticate", None)
    if can_authenticate is None or not can_authenticate(user):
        return False
    session_hash = request.session.get(auth.HASH_SESSION_KEY)
    return bool(session_hash) and constant_time_compare(session_hash, user.get_session_auth_hash())


class CachedUserAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's AuthenticationMiddleware, with `request.user` read through `get_user`."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(partial(_user, request))


def _user(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = get_user(request)
    return request._cached_user


def user_changed(sender, instance, created=False, **kwargs) -> None:
    """Saved or deleted. Nothing is kept yet for a row just created: a batch of sign-ups
    (or of a test's learners) writes no generation."""
    if not created:
        generations.bump_learner(instance.pk)


def memberships_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """A person's groups or own permissions changed (from either side of the relation)."""
    if not action.startswith("post_"):
        return
    if not reverse:
        generations.bump_learner(instance.pk)
    elif pk_set:
        generations.bump_learner(*pk_set)
    else:  # a group or permission cleared of everyone: who they were is not said
        generations.bump_now_and_after_commit()


def email_address_changed(sender, instance, **kwargs) -> None:
    """Whether a person's address is confirmed decides what they may do in threads."""
    generations.bump_learner(instance.user_id)


def group_permissions_changed(sender, action, **kwargs) -> None:
    """A group's permissions (moderating comments) reach every member: all of them."""
    if action.startswith("post_"):
        generations.bump_now_and_after_commit()


def connect() -> None:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db.models.signals import m2m_changed, post_delete, post_save

    user_model = get_user_model()
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(user_changed, sender=user_model, dispatch_uid=f"learner-user-{name}")
        signal.connect(
            email_address_changed, sender=EmailAddress, dispatch_uid=f"learner-email-{name}"
        )
    for relation in (user_model.groups.through, user_model.user_permissions.through):
        m2m_changed.connect(
            memberships_changed, sender=relation, dispatch_uid=f"learner-{relation.__name__}"
        )
    m2m_changed.connect(
        group_permissions_changed,
        sender=Group.permissions.through,
        dispatch_uid="generation-group-permissions",
    )
