"""What discussions knows of the objects it is attached to, and who may do what.

A target object may define `discussion_can_read(user, request=None)`,
`discussion_can_post(user, request=None)` and `discussion_author_role(user)` (a
value of `AuthorRole`, e.g. a trainer's feedback on a learner's answer); it must
have `title` and `get_url()` or `url`. A target that belongs to someone (a
learner's answer) names them with `discussion_owner_id`: each new top-level
comment on it is then told to them as a reply is (email and dashboard notice,
under the same preference). Without the hooks everyone reads, and signed-in
people whose email address is confirmed post. Posting always needs a confirmed
address and the right to read, whatever the hook says.

`request`, when given, is that person's own request: its session carries what
they proved, such as the shared password of a private page (Wagtail's page
privacy, which course pages apply in their hook). Without it (an email sent in
the background) the target judges the person alone. Every endpoint passes it.
"""

import re
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from accounts.confirmation import has_confirmed_email
from discussions.models import Comment, CommentStatus

ANCHOR_RE = re.compile(r"^[A-Za-z0-9_.:-]{0,100}$")
MODERATE_PERMISSION = "discussions.moderate_comment"


def is_valid_anchor(anchor: str) -> bool:
    return bool(ANCHOR_RE.match(anchor or ""))


def is_moderator(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active) and user.has_perm(
        MODERATE_PERMISSION
    )


def _own_request(user, request):
    """`request` only when it is `user`'s: another person's session proves nothing for them."""
    if request is None or getattr(request, "user", None) != user:
        return None
    return request


def can_read(target, user, request=None) -> bool:
    hook = getattr(target, "discussion_can_read", None)
    return bool(hook(user, request=_own_request(user, request))) if callable(hook) else True


def can_post(target, user, request=None) -> bool:
    if not has_confirmed_email(user) or not can_read(target, user, request):
        return False
    hook = getattr(target, "discussion_can_post", None)
    return bool(hook(user, request=_own_request(user, request))) if callable(hook) else True


def readable_target_or_404(target, request):
    """`target` when the request's person may read its threads; 404 otherwise.

    A page Wagtail keeps private (password, sign-in, groups) answers like a page
    that does not exist, so that its comments say nothing of it to outsiders.
    """
    if not can_read(target, request.user, request):
        raise Http404
    return target


def author_role(target, user) -> str:
    """The role the target gives the author (`discussion_author_role(user)`), or ""."""
    hook = getattr(target, "discussion_author_role", None)
    return (hook(user) or "") if callable(hook) else ""


def owner_id(target) -> int | None:
    """The id of the person the target belongs to, or None (a course page belongs to nobody)."""
    value = getattr(target, "discussion_owner_id", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def target_url(target) -> str:
    get_url = getattr(target, "get_url", None)
    url = get_url() if callable(get_url) else getattr(target, "url", None)
    return url or "/"


def thread_url(target, anchor: str = "") -> str:
    """Where a thread is seen: the target's page; a part's thread opens on request."""
    url = target_url(target)
    if anchor:
        url += "?" + urlencode({"comments_thread": anchor})
    return url


def resolve_target(content_type_id, object_id):
    """The object a form names, or 404: unknown, not commentable or not live."""
    try:
        content_type = ContentType.objects.get_for_id(int(content_type_id))
    except (ContentType.DoesNotExist, TypeError, ValueError) as error:
        raise Http404 from error
    model = content_type.model_class()
    if model is None or not (
        hasattr(model, "title") and (hasattr(model, "get_url") or hasattr(model, "url"))
    ):
        raise Http404
    try:
        target = model._default_manager.get(pk=object_id)
    except (model.DoesNotExist, ValueError, TypeError) as error:
        raise Http404 from error
    # A Wagtail page must be named by its specific type, so that the hooks apply.
    if getattr(target, "specific_class", model) is not model:
        raise Http404
    if getattr(target, "live", True) is False:
        raise Http404
    return target


def comment_target(comment):
    target = comment.target
    if target is None or getattr(target, "live", True) is False:
        raise Http404
    return target


def visible_statuses_q(user):
    """Which comments a person sees in a thread (placeholders of deleted ones included)."""
    from django.db.models import Q

    if is_moderator(user):
        return Q(status__in=[CommentStatus.PUBLISHED, CommentStatus.HELD, CommentStatus.HIDDEN])
    if user is not None and user.is_authenticated:
        return Q(status=CommentStatus.PUBLISHED) | Q(status=CommentStatus.HELD, author=user)
    return Q(status=CommentStatus.PUBLISHED)


def can_see_comment(comment: Comment, user) -> bool:
    if comment.status == CommentStatus.PUBLISHED:
        return True
    if is_moderator(user):
        return comment.status != CommentStatus.REMOVED
    return (
        comment.status == CommentStatus.HELD
        and user is not None
        and user.is_authenticated
        and comment.author_id == user.pk
    )
