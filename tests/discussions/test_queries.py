"""Query budgets: a thread's first page costs the same with 20 or 2,000 comments, and so
does each later page."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from config import generations
from discussions.models import Comment
from discussions.thread_html import comments_changed
from tests.discussions.conftest import make_comment, thread_html
from tests.discussions.test_views_posting import post_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def seed(target, count, authors):
    """`count` comments: a third top-level, the rest replies spread over them."""
    ct = ContentType.objects.get_for_model(target)
    start = timezone.now() - datetime.timedelta(days=30)
    tops = Comment.objects.bulk_create(
        Comment(
            content_type=ct,
            object_id=str(target.pk),
            author=authors[n % len(authors)],
            body=f"Commentaire {n} avec un lien https://example.org/{n}",
            created_at=start + datetime.timedelta(minutes=n),
        )
        for n in range(max(1, count // 3))
    )
    replies = Comment.objects.bulk_create(
        Comment(
            content_type=ct,
            object_id=str(target.pk),
            author=authors[(n + 1) % len(authors)],
            parent=tops[n % len(tops)],
            root=tops[n % len(tops)],
            depth=1,
            body=f"Réponse {n}",
            created_at=start + datetime.timedelta(minutes=n, seconds=30),
        )
        for n in range(count - len(tops))
    )
    # Bulk writes send no signal: they say themselves that the thread changed.
    comments_changed(tops)
    return tops, replies


def count_queries(func) -> int:
    with CaptureQueriesContext(connection) as queries:
        func()
    return len(queries)


@pytest.mark.parametrize("who", ["anonymous", "learner", "moderator"])
def test_thread_rendering_is_constant_and_within_budget(testimonial, learner, moderator, who):
    """Both when the thread has just changed (its shared HTML rendered again) and when it
    is kept, whatever its size."""
    user = {"anonymous": None, "learner": learner, "moderator": moderator}[who]
    authors = [learner, *UserFactory.create_batch(4)]

    def measure():
        # Fresh user objects: permission and email caches must not hide queries.
        fresh = user and type(user).objects.get(pk=user.pk)
        changed = count_queries(lambda: thread_html(testimonial, fresh))
        fresh = user and type(user).objects.get(pk=user.pk)
        html_holder = []
        kept = count_queries(lambda: html_holder.append(thread_html(testimonial, fresh)))
        return changed, kept, html_holder[0]

    seed(testimonial, 20, authors)
    thread_html(testimonial, user)  # warm the caches a running site has (site root paths)
    seed(testimonial, 0, authors)  # a change: the thread is rendered again
    small = measure()
    seed(testimonial, 1980, authors)
    assert Comment.objects.count() == 2001
    large = measure()
    assert small[:2] == large[:2]
    assert large[0] <= 15 and large[1] <= 15
    assert large[2].count('class="comment"') >= 20


def _next_cursor(html: str) -> str:
    return html.split("comments_after=")[1].split("#")[0].split('"')[0]


def test_every_later_page_costs_the_same(client, testimonial, learner):
    """A later page (a cursor in the query string) is read for its reader alone, in as
    many queries as any other later page, however far into the thread."""
    seed(testimonial, 600, [learner])
    html = thread_html(testimonial, learner)
    assert "Show more comments" in html
    second_cursor = _next_cursor(html)
    second_html = thread_html(testimonial, learner, comments_after=second_cursor)
    third_cursor = _next_cursor(second_html)
    assert third_cursor != second_cursor
    second = count_queries(lambda: thread_html(testimonial, learner, comments_after=second_cursor))
    third = count_queries(lambda: thread_html(testimonial, learner, comments_after=third_cursor))
    assert second == third
    assert third <= 8


def test_the_first_page_of_a_kept_thread_costs_one_query_then_none_for_a_signed_in_reader(
    testimonial, learner
):
    """Its shared HTML is kept for the thread's generation: only what is the reader's
    own (confirmed address, follow, held comments, moderation) is read, then kept under
    the reader's and the thread's generations until one changes."""
    seed(testimonial, 600, [learner])
    thread_html(testimonial, learner)
    generations.bump_learner(learner.pk)  # something of theirs changed
    reader = type(learner).objects.get(pk=learner.pk)
    assert count_queries(lambda: thread_html(testimonial, reader)) == 1
    assert count_queries(lambda: thread_html(testimonial, reader)) == 0


def test_comment_count_is_one_query_and_counts_published_only(testimonial, learner):
    from django.template import Context, Template

    make_comment(testimonial, learner, "a")
    make_comment(testimonial, learner, "b", anchor="q1-x")
    make_comment(testimonial, learner, "held", status="held")
    make_comment(testimonial, learner, "gone", deleted_at=timezone.now())
    template = Template("{% load discussions_tags %}{% comment_count page %}")
    rendered = []
    assert (
        count_queries(lambda: rendered.append(template.render(Context({"page": testimonial})))) == 1
    )
    assert rendered == ["2"]


def test_posting_a_comment_costs_at_most_ten_queries(client, testimonial, learner):
    seed(testimonial, 200, [learner, *UserFactory.create_batch(3)])
    client.force_login(learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "warm-up"))
    data = post_data(testimonial, "Un commentaire de plus @Learner")
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("discussions:post"), data)
    assert response.status_code == 302
    assert len(queries) <= 10, "\n".join(q["sql"][:150] for q in queries)


def test_replying_costs_at_most_ten_queries(client, testimonial, learner, other_learner):
    parent = make_comment(testimonial, other_learner, "Q")
    client.force_login(learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "warm-up"})
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "R"})
    assert response.status_code == 302
    assert len(queries) <= 10, "\n".join(q["sql"][:150] for q in queries)
