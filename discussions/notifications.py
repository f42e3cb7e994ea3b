"""Emails about new comments: replies, feedback, mentions and followed threads.

Feedback is a top-level comment on something a person owns (a learner's answer,
see `access.owner_id`): it is told to the owner like a reply, under the same
preference ("replies") and with the same one-click unsubscribe.

Each email carries a signed one-click unsubscribe link (and List-Unsubscribe
headers). "replies" turns the user's `notify_replies` off (when the user model
has it); "follow:<content type>:<object id>:<anchor>" stops following a thread.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.emails import send_email
from config import generations
from discussions.access import can_read, target_url
from discussions.keys import ThreadKey
from discussions.models import Comment, CommentStatus, ThreadFollow

UNSUBSCRIBE_SALT = "discussions.unsubscribe"
REPLIES = "replies"


def unsubscribe_token(user, topic: str) -> str:
    return signing.dumps({"u": user.pk, "t": topic}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    if not isinstance(data.get("t"), str):
        return None
    return data["u"], data["t"]


def follow_topic(key: ThreadKey) -> str:
    return f"follow:{key.content_type_id}:{key.object_id}:{key.anchor}"


def _followed_thread(topic: str) -> ThreadKey | None:
    """The thread a "follow:" topic names, or None."""
    subject, _sep, rest = topic.partition(":")
    content_type_id, _sep, rest = rest.partition(":")
    object_id, _sep, anchor = rest.partition(":")
    if subject != "follow" or not (content_type_id.isdigit() and object_id.isdigit()):
        return None
    return ThreadKey(int(content_type_id), int(object_id), anchor)


def unsubscribe(user_id: int, topic: str) -> bool:
    """Apply an unsubscribe; False if the user is gone or the topic unknown."""
    user = get_user_model()._default_manager.filter(pk=user_id).first()
    if user is None:
        return False
    if topic == REPLIES:
        if hasattr(user, "notify_replies"):
            user.notify_replies = False
            user.save(update_fields=["notify_replies"])
        return True
    key = _followed_thread(topic)
    if key is None:
        return False
    ThreadFollow.objects.in_thread(key).filter(user=user).delete()
    generations.bump_learner(user.pk)  # the follow form they see (thread_html.Reader)
    return True


def wants_replies(user) -> bool:
    return bool(user and user.is_active and user.email and getattr(user, "notify_replies", True))


def _mention_forms(name: str) -> set[str]:
    name = " ".join(name.lower().split())
    return {name, name.replace(" ", ""), name.replace(" ", "_"), name.replace(" ", "-")} - {""}


def mentioned_users(comment: Comment, limit: int = 200) -> list:
    """Participants of the thread named in the comment as @display name or @handle."""
    if "@" not in comment.body:
        return []
    author_ids = (
        Comment.objects.in_thread(comment.thread_key)
        .filter(status=CommentStatus.PUBLISHED, author__isnull=False)
        .exclude(author_id=comment.author_id)
        .values("author_id")
        .distinct()[:limit]
    )
    participants = get_user_model()._default_manager.filter(pk__in=author_ids)
    text = comment.body.lower()
    found = []
    for person in participants:
        names = _mention_forms(person.get_public_name()) | _mention_forms(
            person.email.split("@")[0]
        )
        if any(re.search("@" + re.escape(form) + r"(?![\w-])", text) for form in names):
            found.append(person)
    return found


def absolute_url(request, path: str) -> str:
    """`path` as a link that works from an email (the request's host, or the admin's base)."""
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_with_unsubscribe(recipient, topic: str, templates: str, make_context, request) -> None:
    """Render `<templates>_subject.txt`, `.txt` and `.html` in the recipient's language,
    with a signed one-click unsubscribe link for `topic`, and queue the email.

    `make_context()` is called in the recipient's language, so its links are too.
    Every notification of the site goes through here, so each carries the same
    unsubscribe link and List-Unsubscribe headers.
    """
    language = getattr(recipient, "preferred_language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        unsubscribe_url = absolute_url(
            request,
            reverse("discussions:unsubscribe", args=[unsubscribe_token(recipient, topic)]),
        )
        context = {"recipient": recipient, "unsubscribe_url": unsubscribe_url, **make_context()}
        subject = " ".join(render_to_string(f"{templates}_subject.txt", context).split())
        body = render_to_string(f"{templates}.txt", context)
        html_body = render_to_string(f"{templates}.html", context)
    send_email(
        subject,
        body,
        [recipient.email],
        html_body=html_body,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _send(recipient, reason: str, topic: str, comment: Comment, target, request) -> None:
    def context():
        return {
            "reason": reason,
            "comment": comment,
            "author_name": comment.author_name,
            "title": getattr(target, "title", ""),
            "comment_url": absolute_url(request, comment.get_absolute_url()),
            "page_url": absolute_url(request, target_url(target)),
        }

    send_with_unsubscribe(recipient, topic, "discussions/email/notification", context, request)


def notify_new_comment(comment: Comment, *, target, replied_to=None, request=None) -> None:
    """Email the author replied to, the people mentioned, and (top level) the followers.

    Only those who may read the thread on their own: the poster's request proves
    nothing for them.
    """
    recipients: dict[int, tuple] = {}
    if (
        replied_to is not None
        and replied_to.author_id
        and replied_to.author_id != comment.author_id
    ):
        author = replied_to.author
        if wants_replies(author):
            recipients[author.pk] = (author, "reply", REPLIES)
    # Told of feedback by this rule or not at all: following their own thread does not
    # bring back emails that the owner turned off.
    owner_id = comment.replied_to_author_id if comment.parent_id is None else None
    if owner_id is not None and owner_id != comment.author_id:
        owner = comment.replied_to_author
        if wants_replies(owner):
            recipients[owner.pk] = (owner, "feedback", REPLIES)
    for person in mentioned_users(comment):
        if person.pk not in recipients and person.pk != owner_id and wants_replies(person):
            recipients[person.pk] = (person, "mention", REPLIES)
    if comment.depth == 0:
        topic = follow_topic(comment.thread_key)
        follows = (
            ThreadFollow.objects.in_thread(comment.thread_key)
            .filter(user__is_active=True)
            .exclude(user_id=comment.author_id)
            .select_related("user")
        )
        for follow in follows:
            if follow.user_id == owner_id:
                continue
            if follow.user_id not in recipients and follow.user.email:
                recipients[follow.user_id] = (follow.user, "follow", topic)
    for recipient, reason, topic in recipients.values():
        # Someone the thread's page keeps out (privacy set after they followed it, a
        # password they can only give in a browser) is not sent its text.
        if can_read(target, recipient):
            _send(recipient, reason, topic, comment, target, request)
