"""Reading a session's timeline: its posts newest first, filtered, a page at a time.

Every function costs a fixed number of queries whatever the number of posts: the
posts with their authors, the post they answer or quote and their counts come in
one query (`PAGE_SIZE` at most); the handles that become links in one more.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Lower

from practice.models import Like, Post

PAGE_SIZE = 50
MAX_FILTER_LENGTH = 100


@dataclass(frozen=True)
class Filters:
    tag: str = ""
    person: str = ""
    mentions_me: bool = False
    conversation: int | None = None

    @classmethod
    def from_query(cls, query) -> "Filters":
        def digits(name):
            raw = query.get(name, "")
            return int(raw) if raw.isdigit() and len(raw) < 12 else None

        return cls(
            tag=query.get("tag", "").strip().lstrip("#").lower()[:MAX_FILTER_LENGTH],
            person=query.get("person", "").strip().lstrip("@").lower()[:MAX_FILTER_LENGTH],
            mentions_me=query.get("mentions") == "me",
            conversation=digits("conversation"),
        )

    def as_query(self) -> str:
        """The filters as a query string ending in "&" (empty: none), to keep them."""
        pairs = {
            "tag": self.tag,
            "person": self.person,
            "mentions": "me" if self.mentions_me else "",
            "conversation": self.conversation or "",
        }
        query = urlencode({key: value for key, value in pairs.items() if value})
        return f"{query}&" if query else ""

    @property
    def active(self) -> bool:
        return bool(self.tag or self.person or self.mentions_me or self.conversation)


def last_post_key(page_id: int, session_id: int) -> str:
    return f"practice:last:{page_id}:{session_id}"


def last_post_id(page_id: int, session_id: int) -> int:
    """The newest post's id on the timeline (0: none), kept in the shared cache until the
    next post: a poll that finds nothing new costs no query."""
    key = last_post_key(page_id, session_id)
    found = cache.get(key)
    if found is None:
        found = (
            Post.objects.filter(page_id=page_id, session_id=session_id)
            .order_by("-pk")
            .values_list("pk", flat=True)
            .first()
        ) or 0
        cache.set(key, found, 24 * 3600)
    return found


def forget_last_post(page_id: int, session_id: int) -> None:
    cache.delete(last_post_key(page_id, session_id))


def _count_of(model, field: str):
    counted = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def timeline_posts(
    page_id: int,
    session_id: int,
    viewer,
    filters: Filters = Filters(),
    *,
    show_hidden: bool = False,
    before: int | None = None,
    after: int | None = None,
    limit: int = PAGE_SIZE,
    oldest_first: bool = False,
) -> list[Post]:
    """The posts shown, newest first (a conversation, or `oldest_first`: oldest first), at
    most `limit`."""
    posts = Post.objects.filter(page_id=page_id, session_id=session_id)
    if not show_hidden:
        posts = posts.filter(hidden_at__isnull=True)
    if filters.tag:
        posts = posts.filter(tags__name=filters.tag)
    if filters.person:
        posts = posts.filter(author__twitter_handle__iexact=filters.person)
    if filters.mentions_me:
        posts = posts.filter(mentions__user=viewer)
    if filters.conversation:
        head = filters.conversation
        posts = posts.filter(Q(pk=head) | Q(reply_to_id=head) | Q(thread_head_id=head))
    if before is not None:
        posts = posts.filter(pk__lt=before)
    if after is not None:
        posts = posts.filter(pk__gt=after)
    replies = Post.objects.filter(hidden_at__isnull=True) if not show_hidden else Post.objects
    posts = posts.select_related("author", "reply_to__author", "quote_of__author").annotate(
        like_count=_count_of(Like, "post"),
        reply_count=Coalesce(
            Subquery(
                replies.filter(reply_to=OuterRef("pk"))
                .order_by()
                .values("reply_to")
                .annotate(n=Count("pk"))
                .values("n"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        liked=Exists(Like.objects.filter(post=OuterRef("pk"), user_id=viewer.pk)),
    )
    order = "pk" if filters.conversation or oldest_first else "-pk"
    return list(posts.order_by(order)[:limit])


def authors_of(posts) -> set[int]:
    """Whose names the posts show: their authors and the authors of the posts they quote."""
    ids = {post.author_id for post in posts}
    ids |= {post.quote_of.author_id for post in posts if post.quote_of_id and post.quote_of}
    return ids


def session_handles(session_id: int) -> frozenset[str]:
    """The handles (lower case) of the session's learners: the mentions that become links."""
    return frozenset(
        get_user_model()
        ._default_manager.filter(
            enrolments__session_id=session_id, enrolments__left_at__isnull=True
        )
        .exclude(twitter_handle="")
        .annotate(handle=Lower("twitter_handle"))
        .values_list("handle", flat=True)
    )
