"""Writing on a timeline: post (alone, as a reply, a quote or a thread) and like.

The text is kept as typed (cleaned as practice/counting.py says) and checked
against X's 280; its mentions of the session's learners and its hashtags become
rows for the filters and the notifications. Each post ends the cached "newest post"
of its timeline, so that the next poll sees it.
"""

import functools

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, connections, transaction
from django.db.models import Count, Exists, OuterRef, Q, sql
from django.db.models.functions import Lower
from django.db.models.signals import post_save
from django.utils.translation import gettext as _

from course.learning import set_step_done
from course.models import Completion, Enrolment
from practice import counting, goals, timeline
from practice.models import MAX_BODY_CHARS, Like, Mention, Post, Tag
from practice.models.posts import MAX_TAG_LENGTH

MAX_THREAD_POSTS = 10


class PostRefused(Exception):
    """A post not written; `messages` say why, in the reader's language."""

    def __init__(self, messages):
        super().__init__(messages)
        self.messages = messages


def problems(bodies: list[str]) -> list[str]:
    """Why these texts cannot be posted (empty: they can)."""
    found = []
    if not bodies:
        return [_("Write something before you post.")]
    if len(bodies) > MAX_THREAD_POSTS:
        found.append(_("A thread has at most %(count)d posts.") % {"count": MAX_THREAD_POSTS})
    for number, body in enumerate(bodies, start=1):
        length = counting.weighted_length(body)
        if len(body) > MAX_BODY_CHARS or length > counting.MAX_WEIGHTED_LENGTH:
            if len(bodies) == 1:
                message = _(
                    "Your post counts %(length)d characters as X counts them; the limit is "
                    "%(limit)d. Shorten it, then post again: your text is kept."
                )
            else:
                message = _(
                    "Post %(number)d of your thread counts %(length)d characters as X counts "
                    "them; the limit is %(limit)d. Shorten it: your text is kept."
                )
            found.append(
                message
                % {"length": length, "limit": counting.MAX_WEIGHTED_LENGTH, "number": number}
            )
    return found


def _usable_target(page_id, session_id, post_id, viewer_is_trainer):
    if post_id is None:
        return None
    target = (
        Post.objects.filter(pk=post_id, page_id=page_id, session_id=session_id)
        .select_related("author")
        .first()
    )
    if target is None or (target.hidden_at is not None and not viewer_is_trainer):
        raise PostRefused([_("This post is no longer on the timeline.")])
    return target


def publish(page, session, author, texts: list[str], **options) -> list[Post]:
    """Post `texts` on the session's timeline: one post, or a thread of several; the
    posts, their hashtags and mentions written together or not at all. Only `page.pk`
    and `session.pk` are read; `options` are `publish_to`'s."""
    return publish_to(page.pk, session.pk, author, texts, **options)


def publish_to(
    page_id: int,
    session_id: int,
    author,
    texts: list[str],
    *,
    reply_to_id=None,
    quote_of_id=None,
    moment_seconds=None,
    trainer=False,
) -> list[Post]:
    """`publish`, given the page's and the session's ids: what the post endpoint knows of
    a writer it has let in (practice/access.py `Writer`), without building either."""
    bodies = [counting.clean_text(text) for text in texts]
    bodies = [body for body in bodies if body]
    found = problems(bodies)
    if found:
        raise PostRefused(found)
    reply_to = _usable_target(page_id, session_id, reply_to_id, trainer)
    quote_of = _usable_target(page_id, session_id, quote_of_id, trainer)
    handles = {h for body in bodies for h in counting.handles(body)}
    mentioned = (
        dict(
            get_user_model()
            ._default_manager.filter(
                enrolments__session_id=session_id,
                enrolments__left_at__isnull=True,
                is_active=True,
            )
            .exclude(pk=author.pk)
            .annotate(handle=Lower("twitter_handle"))
            .filter(handle__in=handles)
            .values_list("handle", "pk")
        )
        if handles
        else {}
    )
    posts = [
        Post(
            page_id=page_id,
            session_id=session_id,
            author=author,
            body=body,
            reply_to=reply_to if index == 0 else None,
            quote_of=quote_of if index == 0 else None,
            moment_seconds=moment_seconds if index == 0 else None,
        )
        for index, body in enumerate(bodies)
    ]
    mentions = [
        [mentioned[handle] for handle in counting.handles(post.body) if handle in mentioned]
        for post in posts
    ]
    tags = [[name[:MAX_TAG_LENGTH] for name in counting.hashtags(post.body)] for post in posts]
    connection = transaction.get_connection()
    if len(posts) == 1 and connection.vendor == "postgresql":
        _insert_in_one_statement(connection, posts[0], tags[0], mentions[0])
    else:
        _insert_in_a_transaction(posts, tags, mentions)
    # Now for the next poll; and, inside an enclosing transaction, again once it commits,
    # in case a poll read the newest post in between (outside one, it is committed).
    timeline.forget_last_post(page_id, session_id)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: timeline.forget_last_post(page_id, session_id))
    return posts


def _insert_in_a_transaction(posts: list[Post], tags, mentions) -> None:
    with transaction.atomic():
        for post in posts:
            if post is not posts[0]:
                post.thread_head = posts[0]
            post.save(force_insert=True)
        Mention.objects.bulk_create(
            [
                Mention(post=post, user_id=user_id)
                for post, user_ids in zip(posts, mentions, strict=True)
                for user_id in user_ids
            ]
        )
        Tag.objects.bulk_create(
            [
                Tag(post=post, name=name)
                for post, names in zip(posts, tags, strict=True)
                for name in names
            ],
            ignore_conflicts=True,
        )


# A practice post is a rehearsal in a session's private sandbox, and the timeline's hot
# write: PostgreSQL commits it without waiting for its WAL to reach the disk, for that
# statement alone (`SET LOCAL` in the statement's own implicit transaction; nothing else
# the site writes changes). Waiting for the disk was a quarter of a post's time under
# load (the bench's posting row). What it trades, in PostgreSQL's words ("Asynchronous
# Commit"): if the database server itself crashes, the posts of its last fraction of a
# second (at most three times wal_writer_delay, 200 ms by default) may be lost, never
# half-written and never out of order; a crash of an app server loses nothing.
ASYNC_COMMIT = "SET LOCAL synchronous_commit TO OFF; "


def _insert_in_one_statement(connection, post: Post, tags: list[str], user_ids: list[int]):
    """One post, its hashtags and mentions in one statement (PostgreSQL's data-modifying
    WITH): one round trip, atomic as any statement, instead of five (BEGIN, three
    INSERTs, COMMIT). Posting is the practice timeline's hot write (issue 17's bench:
    posting at 20 % of a visitor's lesson). The post's INSERT is the one Django builds,
    once per process (`_one_statement`); its values are converted as `save` converts
    them, and `post_save` is sent as `save` sends it. Outside a transaction it is
    committed asynchronously (ASYNC_COMMIT); inside one, with it, as the caller commits."""
    statement, fields = _one_statement(connection.alias)
    values = [field.get_db_prep_save(field.pre_save(post, True), connection) for field in fields]
    alone = not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute((ASYNC_COMMIT if alone else "") + statement, [*values, tags, user_ids])
        if alone:
            cursor.nextset()
        returned = cursor.fetchone()
    meta = Post._meta
    for value, field in zip(returned, meta.db_returning_fields, strict=True):
        setattr(post, field.attname, value)
    post._state.adding = False
    post._state.db = connection.alias
    post_save.send(
        Post, instance=post, created=True, update_fields=None, raw=False, using=connection.alias
    )


@functools.cache
def _one_statement(alias: str) -> tuple[str, list]:
    """The statement of `_insert_in_one_statement` and the post's fields its values are
    for, in order: Django's INSERT of one post (built from a blank one: only its
    placeholders are kept), its hashtags' and its mentions' INSERTs. Building it cost a
    third of the statement's own time."""
    connection = connections[alias]
    meta = Post._meta
    fields = [f for f in meta.local_concrete_fields if not f.generated and f is not meta.auto_field]
    query = sql.InsertQuery(Post)
    query.insert_values(fields, [Post(body="-")])
    compiler = query.get_compiler(connection=connection)
    compiler.returning_fields = meta.db_returning_fields
    ((insert_sql, params),) = compiler.as_sql()
    if len(params) != len(fields):  # a field with its own placeholder: not handled here
        raise ImproperlyConfigured("practice.Post's INSERT has a placeholder per field")
    qn = connection.ops.quote_name
    tag, mention = Tag._meta, Mention._meta
    pk = qn(meta.pk.column)
    # Only the models' own table and column names, quoted, are written in; values are
    # parameters.
    statement = (
        f"WITH new_post AS ({insert_sql}), "  # noqa: S608
        f"new_tags AS (INSERT INTO {qn(tag.db_table)} "
        f"({qn(tag.get_field('post').column)}, {qn(tag.get_field('name').column)}) "
        f"SELECT new_post.{pk}, tag_name FROM new_post, unnest(%s::text[]) AS tag_name "
        "ON CONFLICT DO NOTHING), "
        f"new_mentions AS (INSERT INTO {qn(mention.db_table)} "
        f"({qn(mention.get_field('post').column)}, {qn(mention.get_field('user').column)}) "
        f"SELECT new_post.{pk}, user_id FROM new_post, unnest(%s::bigint[]) AS user_id "
        "ON CONFLICT DO NOTHING) "
        "SELECT * FROM new_post"
    )
    return statement, fields


def set_like(post: Post, user, liked: bool) -> int:
    """Like or unlike (idempotent); the post's number of likes after it."""
    if liked:
        try:
            with transaction.atomic():
                Like.objects.get_or_create(post=post, user=user)
        except IntegrityError:  # liked twice at once: one like
            pass
    else:
        Like.objects.filter(post=post, user=user).delete()
    return Like.objects.filter(post=post).count()


def learner_counts(page_id: int, session_id: int, user_id: int) -> goals.GoalCounts:
    """What the learner's posts count towards the goal (the rule of goals.count_posts),
    in one aggregate query: its cost does not grow with the learner's posts read back
    into Python, only with the rows PostgreSQL counts."""
    mentions_other = Exists(Mention.objects.filter(post=OuterRef("pk")).exclude(user_id=user_id))
    tagged = Exists(Tag.objects.filter(post=OuterRef("pk")))
    # A subquery by primary key rather than a join: PostgreSQL would hash the whole table.
    replies_to_other = Exists(
        Post.objects.filter(pk=OuterRef("reply_to_id")).exclude(author_id=user_id)
    )
    counts = Post.objects.filter(
        page_id=page_id, session_id=session_id, author_id=user_id
    ).aggregate(
        posts=Count("pk"),
        replies=Count("pk", filter=Q(replies_to_other)),
        mentions=Count("pk", filter=Q(mentions_other)),
        hashtags=Count("pk", filter=Q(tagged)),
    )
    return goals.GoalCounts(**counts)


def page_goal(page) -> goals.GoalCounts:
    return goals.GoalCounts(
        posts=page.goal_posts,
        replies=page.goal_replies,
        mentions=page.goal_mentions,
        hashtags=page.goal_hashtags,
    )


def goal_reached(goal: goals.GoalCounts, page_id: int, session_id: int, user_id: int) -> bool:
    """Whether the learner's posts meet the goal: one query."""
    return goals.goal_met(goal, learner_counts(page_id, session_id, user_id))


def record_goal(page, session_id: int, enrolment_id: int, user_id: int, *, done=None) -> bool:
    """Mark the step done for the learner once the goal is met (never undone by it), when
    the goal is what makes the page done (StepRules); True when this call made it done.

    `done`: whether the step was done already, when the caller knows (None: one query
    reads it). A step already done costs nothing more: its goal is not counted again.
    """
    if not page.done_by_goal:
        return False
    if done is None:
        done = Completion.objects.filter(enrolment_id=enrolment_id, page_id=page.pk).exists()
    if done or not goal_reached(page_goal(page), page.pk, session_id, user_id):
        return False
    set_step_done(Enrolment(pk=enrolment_id, user_id=user_id), page, True)
    return True
