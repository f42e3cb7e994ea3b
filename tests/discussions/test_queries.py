"""Query budgets: a thread's first page costs the same with 20 or 2,000 comments."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from discussions.models import Comment
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
    return tops, replies


def count_queries(func) -> int:
    with CaptureQueriesContext(connection) as queries:
        func()
    return len(queries)


@pytest.mark.parametrize("who", ["anonymous", "learner", "moderator"])
def test_thread_rendering_is_constant_and_within_budget(testimonial, learner, moderator, who):
    user = {"anonymous": None, "learner": learner, "moderator": moderator}[who]
    authors = [learner, *UserFactory.create_batch(4)]
    seed(testimonial, 20, authors)
    thread_html(testimonial, user)  # warm the caches a running site has (site root paths)
    user = user and type(user).objects.get(pk=user.pk)
    small = count_queries(lambda: thread_html(testimonial, user))
    # Fresh user objects: permission and email caches must not hide queries.
    user = user and type(user).objects.get(pk=user.pk)
    seed(testimonial, 1980, authors)
    assert Comment.objects.count() == 2000
    html_holder = []
    large = count_queries(lambda: html_holder.append(thread_html(testimonial, user)))
    assert small == large
    assert large <= 15
    assert html_holder[0].count('class="comment"') >= 20


def test_the_next_page_costs_the_same(client, testimonial, learner):
    seed(testimonial, 600, [learner])
    html = thread_html(testimonial, learner)
    assert "Show more comments" in html
    first = count_queries(lambda: thread_html(testimonial, learner))
    cursor = html.split("comments_after=")[1].split("#")[0].split('"')[0]
    following = count_queries(lambda: thread_html(testimonial, learner, comments_after=cursor))
    assert following == first


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
