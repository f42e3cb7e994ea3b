"""Loading a page of a thread in a constant number of queries, whatever its size.

One query for the page of top-level comments (newest last, one more than the
page to know whether there is a next one), one for all their replies (through
`root`), one for the count; authors come with select_related.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from discussions import access, conf
from discussions.keys import ThreadKey
from discussions.models import Comment, CommentStatus, ThreadFollow
from discussions.policy import within_edit_window
from discussions.sanitize import render_comment

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def make_cursor(comment: Comment) -> str:
    micros = (comment.created_at - _EPOCH) // datetime.timedelta(microseconds=1)
    return f"{micros}-{comment.pk}"


def parse_cursor(cursor: str | None) -> tuple[datetime.datetime, int] | None:
    """(created_at, id) from a cursor, or None for a missing or malformed one."""
    micros, _sep, pk = (cursor or "").partition("-")
    if not (micros.isdigit() and pk.isdigit()) or len(micros) > 20 or len(pk) > 19:
        return None
    try:
        return _EPOCH + datetime.timedelta(microseconds=int(micros)), int(pk)
    except OverflowError:
        return None


def after_cursor_q(cursor) -> Q:
    created_at, pk = cursor
    return Q(created_at__gt=created_at) | Q(created_at=created_at, pk__gt=pk)


@dataclass
class CommentNode:
    """A comment as one person sees it, with what they may do to it."""

    comment: Comment
    children: list = field(default_factory=list)
    can_reply: bool = False
    can_edit: bool = False
    can_delete: bool = False
    can_report: bool = False
    is_own: bool = False

    @property
    def body_html(self):
        return render_comment(self.comment.body)

    @property
    def is_held(self) -> bool:
        return self.comment.status == CommentStatus.HELD

    @property
    def is_hidden(self) -> bool:
        return self.comment.status == CommentStatus.HIDDEN


def make_node(comment: Comment, user, *, may_post: bool, now=None) -> CommentNode:
    now = now or timezone.now()
    is_own = bool(user and user.is_authenticated and comment.author_id == user.pk)
    alive = comment.deleted_at is None and comment.status != CommentStatus.REMOVED
    return CommentNode(
        comment=comment,
        is_own=is_own,
        can_reply=may_post and alive,
        can_edit=is_own
        and alive
        and within_edit_window(comment.created_at, now, conf.edit_window_minutes()),
        can_delete=is_own and comment.deleted_at is None,
        can_report=bool(user and user.is_authenticated)
        and not is_own
        and alive
        and comment.status == CommentStatus.PUBLISHED,
    )


@dataclass
class ThreadPage:
    target: object
    key: ThreadKey
    nodes: list
    next_cursor: str | None
    total: int
    may_read: bool
    may_post: bool
    is_following: bool
    after: str | None

    @property
    def anchor(self) -> str:
        return self.key.anchor


def load_thread(
    target, user, anchor: str = "", after: str | None = None, request=None
) -> ThreadPage:
    """A page of the thread as `user` sees it; `request` (theirs) carries page passwords."""
    key = ThreadKey.of(target, anchor)
    may_read = access.can_read(target, user, request)
    if not may_read:
        return ThreadPage(target, key, [], None, 0, False, False, False, None)
    may_post = access.can_post(target, user, request)
    is_following = bool(
        user
        and user.is_authenticated
        and ThreadFollow.objects.in_thread(key).filter(user=user).exists()
    )
    return read_page(target, key, user, may_post=may_post, is_following=is_following, after=after)


def read_page(
    target, key: ThreadKey, user, *, may_post: bool, is_following: bool = False, after=None
) -> ThreadPage:
    """A page of the thread on `target` that its reader may read: its comments as `user`
    sees them (None: as everyone sees them, published ones only), replies, the count."""
    base = Comment.objects.in_thread(key)
    visible = access.visible_statuses_q(user)
    size = conf.page_size()
    cursor = parse_cursor(after)

    tops_query = base.filter(visible, depth=0).select_related("author")
    if cursor:
        tops_query = tops_query.filter(after_cursor_q(cursor))
    tops = list(tops_query.order_by("created_at", "pk")[: size + 1])
    next_cursor = make_cursor(tops[size - 1]) if len(tops) > size else None
    tops = tops[:size]

    now = timezone.now()
    nodes = {c.pk: make_node(c, user, may_post=may_post, now=now) for c in tops}
    if tops:
        replies = (
            Comment.objects.filter(visible, root_id__in=list(nodes))
            .select_related("author", "replied_to_author")
            .order_by("created_at", "pk")
        )
        for reply in replies:
            parent = nodes.get(reply.parent_id)
            if parent is None:  # its parent is hidden from this person: so is the branch
                continue
            node = make_node(reply, user, may_post=may_post, now=now)
            parent.children.append(node)
            nodes[reply.pk] = node

    total = base.published().count()
    top_nodes = [nodes[c.pk] for c in tops]
    return ThreadPage(
        target=target,
        key=key,
        nodes=top_nodes,
        next_cursor=next_cursor,
        total=total,
        may_read=True,
        may_post=may_post,
        is_following=is_following,
        after=after if cursor else None,
    )


def walk(nodes):
    """Every node of a page, replies after their parent."""
    for node in nodes:
        yield node
        yield from walk(node.children)


def cursor_for_comment_page(comment: Comment, user) -> str | None:
    """The cursor of the page that shows `comment` (None: the first page)."""
    root = comment.root if comment.root_id else comment
    size = conf.page_size()
    earlier = (
        Comment.objects.in_thread(root.thread_key)
        .filter(access.visible_statuses_q(user), depth=0)
        .filter(Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk))
        .order_by("created_at", "pk")
    )
    position = earlier.count()
    page_start = (position // size) * size
    if page_start == 0:
        return None
    return make_cursor(earlier[page_start - 1])
