"""Emails about a new post: its reply to someone, and the learners it mentions.

The same preference as replies to comments (`notify_replies`, "replies to my
comments") and the same one-click unsubscribe, through the one sending function
(discussions/notifications.py). Only learners the page still lets in are written to.
"""

from discussions.notifications import REPLIES, absolute_url, send_with_unsubscribe, wants_replies
from practice import counting


def recipients_of(posts) -> list[tuple]:
    """Who is told of `posts`, and why ("reply", "mention"), before the page's privacy is
    asked: posts that answer nobody and mention no handle cost no query."""
    if not posts:
        return []
    first = posts[0]
    author = first.author
    recipients: dict[int, tuple] = {}
    replied = first.reply_to.author if first.reply_to_id and first.reply_to else None
    if replied is not None and replied.pk != author.pk and wants_replies(replied):
        recipients[replied.pk] = (replied, "reply")
    if any(counting.handles(post.body) for post in posts):  # a Mention row needs a handle
        for post in posts:
            for mention in post.mentions.select_related("user"):
                person = mention.user
                if person.pk not in recipients and person.pk != author.pk and wants_replies(person):
                    recipients[person.pk] = (person, "mention")
    return list(recipients.values())


def notify_new_posts(page, posts, request=None, recipients=None) -> None:
    """Write to the recipients (`recipients_of`, unless the caller has them already)."""
    recipients = recipients_of(posts) if recipients is None else recipients
    if not recipients:
        return
    first = posts[0]
    author = first.author
    for recipient, reason in recipients:
        if not page.accepts_viewer(recipient):
            continue

        def context(reason=reason):
            return {
                "reason": reason,
                "author_name": author.get_public_name(),
                "title": page.title,
                "text": "\n\n".join(post.body for post in posts),
                "post_url": absolute_url(request, f"{page.url}?conversation={first.pk}"),
            }

        send_with_unsubscribe(recipient, REPLIES, "practice/email/notification", context, request)
