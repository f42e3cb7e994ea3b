"""A comment thread's shared HTML and each reader's parts in it (config/shared_html.py).

The first page of a thread (its comments, authors, dates, sanitised bodies, replies and
count) is the same for every reader of one standing: a visitor, a learner who may post,
one who must first confirm their address, one for whom comments are closed. It is
rendered once per standing, language and thread generation, without request or user,
and kept in the shared cache. The thread's generation (config/generations.py) is
bumped by every comment posted, edited, deleted, held by reports or moderated on the
thread's object (`comments_changed`); the authors' generation by a new public name
or a deleted account (`authors_changed`); the content generation drops all of it.

Per reader, one query says what is theirs (`Reader`: whether their address is
confirmed, whether they follow the thread, whether they are a moderator or have a
comment awaiting moderation in it), then the slots are filled on the server: the
CSRF token, the follow form, and each comment's controls (reply and report as anyone
of their standing has them, kept with the shared HTML; edit and delete on their own
comments, rendered for them).

A moderator, and an author whose comment awaits moderation, see comments others do
not: their thread is rendered for them alone, as are later pages of a thread (a
cursor in the query string, which must not fill the cache with copies).
"""

import enum
import functools
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.confirmation import remember_confirmed_email
from config import generations, shared_html, signed_in_pages
from discussions import access, threads
from discussions.counts import comment_counts_by_anchor
from discussions.forms import HONEYPOT_FIELD
from discussions.keys import ThreadKey, target_type_id
from discussions.models import Comment, CommentStatus, ThreadFollow

AUTHORS = generations.AUTHORS
# What a person's public name is made of (accounts.models.User.get_public_name).
PUBLIC_NAME_FIELDS = {"display_name", "first_name", "last_name", "email"}


class Standing(enum.StrEnum):
    """What a reader may do in a thread, which decides its shared HTML."""

    VISITOR = "visitor"
    POSTER = "poster"
    CONFIRM = "confirm"  # signed in, the email address not yet confirmed
    CLOSED = "closed"  # signed in, comments closed for them here


def thread_generation_name(content_type_id: int, object_id: int) -> str:
    """The generation of every thread on one object (each answer's of a round table too)."""
    return f"thread:{content_type_id}:{object_id}"


def comments_changed(comments) -> None:
    """Drop the shared HTML of the threads these comments are in, now and once the
    change is committed (another process may have read the rows before it was)."""
    names = {
        thread_generation_name(c.content_type_id, int(c.object_id))
        for c in comments
        if c.object_id is not None
    }
    _bump_now_and_after_commit(names)
    # A reply is on the dashboard of the person it answers (discussions/notices.py).
    generations.bump_learner(*(c.replied_to_author_id for c in comments))


def comment_saved(sender, instance, **kwargs) -> None:
    comments_changed([instance])


def author_saved(sender, instance, update_fields=None, **kwargs) -> None:
    """A person's public name is in every thread they wrote in: a save that may change
    it (not a sign-in's `last_login`) drops every thread's shared HTML."""
    if update_fields is not None and not set(update_fields) & PUBLIC_NAME_FIELDS:
        return
    _bump_now_and_after_commit({AUTHORS})


def author_deleted(sender, instance, **kwargs) -> None:
    authors_changed()


def authors_changed() -> None:
    """Drop every thread's shared HTML (an account erased: its comments and the
    "in reply to" naming it are gone from every thread)."""
    _bump_now_and_after_commit({AUTHORS})


def _bump_now_and_after_commit(names) -> None:
    def bump():
        for name in names:
            generations.bump_named(name)

    bump()
    transaction.on_commit(bump)


@dataclass(frozen=True)
class Reader:
    """What one signed-in person's view of a thread depends on."""

    standing: Standing
    follows: bool = False
    # A moderator or the author of a held comment: comments others do not see.
    sees_more: bool = False


def reader_of(target, key: ThreadKey, user, request=None) -> Reader:
    """`user`'s standing in the thread on `target` (which they may read): one query."""
    if not (user and user.is_authenticated):
        return Reader(Standing.VISITOR)
    confirmed, follows, holds, moderator = _kept_reader(key, user.pk)
    remember_confirmed_email(user, confirmed)
    if access.can_post(target, user, request):
        standing = Standing.POSTER
    elif not confirmed or not user.is_active:
        standing = Standing.CONFIRM
    else:
        standing = Standing.CLOSED
    moderator = user.is_active and (user.is_superuser or moderator)
    return Reader(standing, follows=follows, sees_more=bool(holds or moderator))


@functools.cache
def _reader_sql() -> str:
    """One statement, written once: building it with the ORM on every request cost more
    CPU than the rest of the thread (four correlated subqueries compiled each time).
    It asks what `has_confirmed_email`, a follow, `visible_statuses_q` (a held comment of
    theirs) and `is_moderator` (the permission, the person's own or a group's) ask."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    user_model = get_user_model()

    def table(model) -> str:
        return connection.ops.quote_name(model._meta.db_table)

    def column(model, name: str) -> str:
        return connection.ops.quote_name(model._meta.get_field(name).column)

    def in_thread(model, person: str) -> str:
        return (
            f"{column(model, person)} = %s AND {column(model, 'content_type')} = %s"
            f" AND {column(model, 'object_id')} = %s AND {column(model, 'anchor')} = %s"
        )

    own_perms = user_model.user_permissions.through
    group_perms = Group.permissions.through
    groups = user_model.groups.through
    return (
        "SELECT"  # noqa: S608 - names from the models, values passed as parameters
        f" EXISTS (SELECT 1 FROM {table(EmailAddress)} WHERE {column(EmailAddress, 'user')} = %s"
        f" AND {column(EmailAddress, 'verified')}),"
        f" EXISTS (SELECT 1 FROM {table(ThreadFollow)} WHERE {in_thread(ThreadFollow, 'user')}),"
        f" EXISTS (SELECT 1 FROM {table(Comment)} WHERE {in_thread(Comment, 'author')}"
        f" AND {column(Comment, 'status')} = %s),"
        f" EXISTS (SELECT 1 FROM {table(Permission)} p JOIN {table(ContentType)} t"
        f" ON t.{column(ContentType, 'id')} = p.{column(Permission, 'content_type')}"
        f" WHERE t.{column(ContentType, 'app_label')} = %s"
        f" AND p.{column(Permission, 'codename')} = %s AND ("
        f"p.{column(Permission, 'id')} IN (SELECT {column(own_perms, 'permission')}"
        f" FROM {table(own_perms)} WHERE {column(own_perms, 'user')} = %s)"
        f" OR p.{column(Permission, 'id')} IN (SELECT gp.{column(group_perms, 'permission')}"
        f" FROM {table(group_perms)} gp JOIN {table(groups)} ug"
        f" ON ug.{column(groups, 'group')} = gp.{column(group_perms, 'group')}"
        f" WHERE ug.{column(groups, 'user')} = %s)))"
    )


def _kept_reader(key: ThreadKey, user_pk) -> tuple[bool, bool, bool, bool]:
    """`_read_reader`, kept in the shared cache under the content generation (a group's
    permissions: accounts/user_cache.py), the reader's (their address confirmed, a
    thread followed, their own permissions and groups) and the thread's (a comment of
    theirs held): no query while none of them changes."""
    generation = generations.current()
    named = generations.of(
        generations.learner_generation_name(user_pk),
        thread_generation_name(*key.target_key),
        AUTHORS,  # not read here: read with the others for the thread's own HTML
    )
    if generation is None or named is None:
        return _read_reader(key, user_pk)
    cache_key = _reader_key(key, user_pk, generation, named)
    found = generations.cached(cache_key)
    if found is None:
        found = _read_reader(key, user_pk)
        cache.set(cache_key, found, getattr(settings, "SHARED_HTML_SECONDS", 24 * 3600))
    return found


def _reader_key(key: ThreadKey, user_pk, generation, named) -> str:
    stamp = ".".join(str(value) for value in (generation, *named[:2]))
    # The anchor is checked (access.is_valid_anchor): letters, digits and ._:- only.
    thread = f"{key.content_type_id}:{key.object_id}:{key.anchor}"
    return f"thread_reader:{stamp}:{user_pk}:{thread}"


def _read_reader(key: ThreadKey, user_pk) -> tuple[bool, bool, bool, bool]:
    """(address confirmed, follows the thread, has a held comment in it, holds the
    moderation permission) for the person `user_pk`."""
    thread = (key.content_type_id, key.object_id, key.anchor)
    app_label, codename = access.MODERATE_PERMISSION.split(".")
    params = (
        user_pk,
        user_pk,
        *thread,
        user_pk,
        *thread,
        CommentStatus.HELD.value,
        app_label,
        codename,
        user_pk,
        user_pk,
    )
    with connection.cursor() as cursor:
        cursor.execute(_reader_sql(), params)
        row = cursor.fetchone()
    return tuple(bool(value) for value in row)


@dataclass
class SharedThread:
    """A thread's first page for one standing, and what its readers' slots need."""

    html: str
    # Each comment's controls for a reader who did not write it, by slot.
    others: dict[tuple[str, str], str] = field(default_factory=dict)
    # What a comment's own controls read: its author, date, state and text, by pk.
    comments: dict[str, tuple] = field(default_factory=dict)


def thread_dom_id(anchor: str) -> str:
    return f"discussion-{anchor}" if anchor else "discussion"


def next_page_url(base_url: str, thread) -> str:
    """The no-JavaScript "more comments" link: the same page, the next comments."""
    if not thread.next_cursor:
        return ""
    query = urlencode({"comments_thread": thread.anchor, "comments_after": thread.next_cursor})
    return f"{base_url}?{query}#{thread_dom_id(thread.anchor)}"


def thread_context(thread, standing: Standing, path: str) -> dict:
    """The thread template's context, the same for every reader of `standing`."""
    dom_id = thread_dom_id(thread.anchor)
    login_url = ""
    if standing == Standing.VISITOR:
        login_url = reverse("account_login") + "?" + urlencode({"next": path})
    return {
        "thread": thread,
        "dom_id": dom_id,
        "first_page_url": f"{path}#{dom_id}",
        "next_page_url": next_page_url(path, thread),
        "honeypot_field": HONEYPOT_FIELD,
        "standing": standing,
        "login_url": login_url,
    }


def _others_actions(node, standing: Standing) -> str:
    """A comment's controls for a reader of `standing` who did not write it."""
    comment = node.comment
    alive = comment.deleted_at is None and comment.status != CommentStatus.REMOVED
    other = threads.CommentNode(
        comment=comment,
        can_reply=node.can_reply,
        can_report=standing != Standing.VISITOR
        and alive
        and comment.status == CommentStatus.PUBLISHED,
    )
    return render_to_string("discussions/comment_actions.html", {"node": other})


def _build(target, key: ThreadKey, standing: Standing, path: str) -> SharedThread:
    thread = threads.read_page(target, key, None, may_post=standing == Standing.POSTER)
    html = shared_html.render_uncached(
        "discussions/thread.html", thread_context(thread, standing, path)
    )
    shared = SharedThread(html)
    for node in threads.walk(thread.nodes):
        c = node.comment
        shared.others[("comment-actions", str(c.pk))] = _others_actions(node, standing)
        shared.comments[str(c.pk)] = (c.author_id, c.created_at, c.deleted_at, c.status, c.body)
    return shared


def _shared_thread_parts(key: ThreadKey, standing: Standing, path: str) -> tuple:
    return ("thread", *key.lookups().values(), standing.value, path)


def shared_thread(target, key: ThreadKey, standing: Standing, path: str) -> SharedThread:
    """The thread's first page for `standing`, kept for its generation."""
    return shared_html.keep(
        _shared_thread_parts(key, standing, path),
        lambda: _build(target, key, standing, path),
        named=(thread_generation_name(*key.target_key), AUTHORS),
    )


def _counts_parts(target) -> tuple:
    return ("answer-counts", target_type_id(target), target.pk)


def counts_by_anchor(target) -> dict[str, int]:
    """Published comments on each part of `target` (a round table's answers), kept for
    the thread's generation: one query when it changed, none otherwise."""
    return shared_html.keep(
        _counts_parts(target),
        lambda: comment_counts_by_anchor(target),
        named=(thread_generation_name(target_type_id(target), int(target.pk)),),
    )


@signed_in_pages.parts_prefetched
def _prefetch(context: dict, slots) -> list[str]:
    """A stored page's thread, as a reader who may post will see it: their data, its
    shared HTML, its answers' counts, read in one round trip (another standing reads
    its own copy after)."""
    names = {name for name, _key, _shared in slots}
    request, target = context["request"], context.get("page")
    user = getattr(request, "user", None)
    if not names & {"discussion-thread", "answer-discussion"} or target is None or request.GET:
        return []
    if not (user and user.is_authenticated) or not hasattr(target, "specific_class"):
        return []  # a page's parts that do not read the page (course/signed_in.py StepRef)
    thread = ThreadKey.of(target, "")
    thread_name = thread_generation_name(*thread.target_key)
    generation = generations.current()
    named = generations.of(generations.learner_generation_name(user.pk), thread_name, AUTHORS)
    if generation is None or named is None:
        return []
    keys = []
    if "answer-discussion" in names:
        keys.append(shared_html.kept_key(_counts_parts(target), (thread_name,)))
    if "discussion-thread" in names:
        keys.append(_reader_key(thread, user.pk, generation, named))
        parts = _shared_thread_parts(thread, Standing.POSTER, request.path)
        keys.append(shared_html.kept_key(parts, (thread_name, AUTHORS)))
    return keys


def _own_node(request, data: tuple, pk: str, standing: Standing) -> threads.CommentNode:
    """The reader's own comment as they see it: edit (while its window is open), delete."""
    _author_id, created_at, deleted_at, status, body = data
    comment = Comment(
        pk=int(pk), created_at=created_at, deleted_at=deleted_at, status=status, body=body
    )
    comment.author = request.user
    return threads.make_node(comment, request.user, may_post=standing == Standing.POSTER)


def fill(request, shared: SharedThread, key: ThreadKey, reader: Reader) -> str:
    """`shared` completed for the reader of `request`."""
    values = dict(shared.others)
    context = {"request": request}
    values[("csp-nonce", "")] = signed_in_pages.render_part("csp-nonce", context)
    # A visitor's thread has no form: asking for a CSRF token would set its cookie and
    # keep the page out of the visitors' page cache (config/pagecache.py).
    if reader.standing != Standing.VISITOR:
        values[("csrf-input", "")] = signed_in_pages.render_part("csrf-input", context)
        # One template context for the request's parts (signed_in_pages.render_for_reader).
        context["thread"] = _FollowState(key, reader.follows)
        values[("thread-follow", "")] = signed_in_pages.render_for_reader(
            "discussions/follow_form.html", context
        )
        for pk, data in shared.comments.items():
            if data[0] == request.user.pk:
                context["node"] = _own_node(request, data, pk, reader.standing)
                values[("comment-actions", pk)] = signed_in_pages.render_for_reader(
                    "discussions/comment_actions.html", context
                )
    return shared_html.fill(shared.html, values)


def render_for_reader(target, request, anchor: str, after: str | None, reader: Reader) -> str:
    """The thread rendered for this reader alone (a moderator, a held comment's author,
    a later page)."""
    thread = threads.load_thread(target, request.user, anchor, after=after, request=request)
    if not thread.may_read:
        return ""
    context = thread_context(thread, reader.standing, request.path)
    return render_to_string("discussions/thread.html", context, request=request)


def thread_for(target, request, anchor: str = "", after: str | None = None) -> str:
    """The thread on `target` (its part `anchor`) for the reader of `request`: its shared
    HTML filled for them, or rendered for them alone when they see more than others."""
    if not access.can_read(target, request.user, request):
        return ""
    key = ThreadKey.of(target, anchor)
    reader = reader_of(target, key, request.user, request)
    if reader.sees_more or threads.parse_cursor(after):
        return render_for_reader(target, request, anchor, after, reader)
    return fill(request, shared_thread(target, key, reader.standing, request.path), key, reader)


@dataclass(frozen=True)
class _FollowState:
    """What the follow form reads of a thread."""

    key: ThreadKey
    is_following: bool

    @property
    def anchor(self) -> str:
        return self.key.anchor


@signed_in_pages.part("thread-follow")
def _thread_follow(context: dict, key: str = "", shared: str = "") -> str:
    return render_to_string(
        "discussions/follow_form.html", {"thread": context["thread"]}, request=context["request"]
    )


@signed_in_pages.part("comment-actions")
def _comment_actions(context: dict, key: str = "", shared: str = "") -> str:
    return render_to_string(
        "discussions/comment_actions.html", {"node": context["node"]}, request=context["request"]
    )
