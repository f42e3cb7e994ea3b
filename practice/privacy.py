"""The practice timeline's sections of "export my data" and "delete my account".

Deleting an account deletes the learner's posts (with their likes, mentions and
hashtags), their likes of other posts and the mentions of them. Other learners'
replies to a deleted post stay, no longer in reply to anything; a quote stays
without the quoted post.
"""

from practice.models import Like, Mention, Post, PostReport


def export_posts(user) -> list[dict]:
    posts = (
        Post.objects.filter(author=user)
        .select_related("page", "session")
        .prefetch_related("tags")
        .order_by("created_at", "pk")
    )
    return [
        {
            "timeline": post.page.title,
            "session": post.session.title,
            "posted_at": post.created_at,
            "text": post.body,
            "in_reply_to": post.reply_to_id,
            "quotes": post.quote_of_id,
            "thread": post.thread_head_id,
            "moment_seconds": post.moment_seconds,
            "hashtags": sorted(tag.name for tag in post.tags.all()),
            "hidden": post.hidden_at is not None,
            "highlighted": post.highlighted_at is not None,
            "highlight_note": post.highlight_note,
            "id": post.pk,
        }
        for post in posts
    ]


def erase_posts(user) -> None:
    Post.objects.filter(author=user).delete()


def export_likes(user) -> list[dict]:
    likes = Like.objects.filter(user=user).select_related("post__page").order_by("created_at")
    return [
        {"timeline": like.post.page.title, "post": like.post_id, "liked_at": like.created_at}
        for like in likes
    ]


def erase_likes(user) -> None:
    Like.objects.filter(user=user).delete()


def export_mentions(user) -> list[dict]:
    mentions = Mention.objects.filter(user=user).select_related("post__page").order_by("post_id")
    return [{"timeline": m.post.page.title, "post": m.post_id} for m in mentions]


def erase_mentions(user) -> None:
    Mention.objects.filter(user=user).delete()


def export_reports(user) -> list[dict]:
    reports = PostReport.objects.filter(reporter=user).order_by("created_at", "pk")
    return [
        {
            "post": report.post_id,
            "reason": report.reason,
            "details": report.details,
            "reported_at": report.created_at,
            "dealt_with_at": report.resolved_at,
        }
        for report in reports
    ]


def erase_reports(user) -> None:
    PostReport.objects.filter(reporter=user).delete()
