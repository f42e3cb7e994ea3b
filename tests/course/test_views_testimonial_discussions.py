"""Testimonial pages carry their discussions: the page's thread, one thread per
round-table answer that opens on request, and comment counts on the module's list."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from course.models import TestimonialPage
from tests.discussions.conftest import make_comment
from tests.discussions.test_queries import seed
from tests.discussions.test_views_posting import post_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def answer_anchors(html: str) -> list[str]:
    return re.findall(r'href="\?comments_thread=([^"#]+)#discussion-', html)


@pytest.fixture
def round_table(course):
    return TestimonialPage.objects.filter(format="round_table").first()


def test_visitor_reads_the_comments_under_a_testimonial(client, round_table, learner):
    make_comment(round_table, learner, "Merci pour ces réponses franches.")

    html = client.get(round_table.url).content.decode()

    assert "Merci pour ces réponses franches." in html
    assert "1 commentaire" in html
    assert "pour participer à la discussion" in html  # the sign-in invitation


def test_each_round_table_answer_offers_its_own_thread(client, round_table):
    html = client.get(round_table.url).content.decode()

    anchors = answer_anchors(html)
    answers = sum(len(block.value["answers"]) for block in round_table.questions)
    assert len(anchors) == answers
    assert len(set(anchors)) == answers
    assert "Commenter la réponse de" in html


def test_an_answer_thread_opens_with_its_comments_and_form(client, round_table, learner):
    html = client.get(round_table.url).content.decode()
    anchor = answer_anchors(html)[1]
    make_comment(round_table, learner, "Sur cette réponse précise.", anchor=anchor)
    make_comment(round_table, learner, "Sur la page entière.")
    client.force_login(learner)

    closed = client.get(round_table.url).content.decode()
    opened = client.get(round_table.url, {"comments_thread": anchor}).content.decode()

    assert "Sur cette réponse précise." not in closed
    assert "Lire 1 commentaire sur la réponse de" in closed
    assert "Sur cette réponse précise." in opened
    assert f'id="discussion-{anchor}"' in opened
    assert f'name="anchor" value="{anchor}"' in opened


def test_a_comment_posted_on_an_answer_is_shown_where_it_was_written(client, round_table, learner):
    anchor = answer_anchors(client.get(round_table.url).content.decode())[0]
    client.force_login(learner)

    response = client.post(
        reverse("discussions:post"), post_data(round_table, "Je m’y reconnais.", anchor=anchor)
    )
    permalink = client.get(response.url)

    assert permalink.status_code == 302
    assert f"comments_thread={anchor}" in permalink.url
    page = client.get(permalink.url).content.decode()
    assert "Je m’y reconnais." in page


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "learner"])
def test_round_table_page_queries_do_not_grow_from_20_to_2000_comments(
    client, round_table, learner, signed_in
):
    authors = [learner, *UserFactory.create_batch(3)]
    if signed_in:
        client.force_login(learner)

    def count_queries():
        client.get(round_table.url)  # renditions and caches warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get(round_table.url)
        assert response.status_code == 200
        return len(queries)

    seed(round_table, 20, authors)
    few = count_queries()
    seed(round_table, 1980, authors)
    anchors = answer_anchors(client.get(round_table.url).content.decode())
    for n in range(40):
        make_comment(round_table, authors[n % 4], f"Sur une réponse {n}", anchor=anchors[n % 3])
    many = count_queries()

    assert many == few
    # A visitor's whole page, thread included, stays within the budget for
    # the thread alone; a learner's adds their progress in the outline.
    assert many <= (15 if not signed_in else 22), many


def test_module_page_shows_comment_counts_in_one_query(client, round_table, learner):
    module = round_table.get_parent()
    make_comment(round_table, learner, "Premier.")
    make_comment(round_table, learner, "Second.")
    make_comment(round_table, learner, "Sur une réponse.", anchor="q.1")

    def render():
        with CaptureQueriesContext(connection) as queries:
            html = client.get(module.url).content.decode()
        comment_queries = [q for q in queries if "discussions_comment" in q["sql"]]
        return html, len(comment_queries)

    html, comment_queries = render()

    assert re.search(r'step-list__comments">\s*3 commentaires', html)
    assert comment_queries == 1


def test_dashboard_tells_of_replies_and_stops_their_emails_in_one_click(
    client, round_table, learner
):
    other = UserFactory(display_name="Noé Valette")
    mine = make_comment(round_table, learner, "Ma question.")
    make_comment(round_table, other, "Ma réponse.", parent=mine)
    client.force_login(learner)

    html = client.get(reverse("dashboard")).content.decode()

    assert "Noé Valette vous a répondu" in html
    stop_url = re.search(r'<form method="post" action="([^"]+)" class="dashboard__stop"', html)[1]
    assert client.post(stop_url).status_code == 200
    learner.refresh_from_db()
    assert learner.notify_replies is False
    html = client.get(reverse("dashboard")).content.decode()
    assert "Noé Valette vous a répondu" in html
    assert "dashboard__stop" not in html


def test_every_comment_links_to_its_permalink_route(client, round_table, learner):
    """A comment's date links to /discussions/comment/<id>/, not to a bare #comment-N."""
    comment = make_comment(round_table, learner, "Un lien qui tient.")
    html = client.get(round_table.url).content.decode()
    permalink = reverse("discussions:permalink", args=[comment.pk])
    assert f'class="comment__permalink" href="{permalink}"' in html
    assert f'href="#comment-{comment.pk}"' not in html


def test_a_permalink_opens_the_answer_thread_and_the_page_that_hold_the_comment(
    client, round_table, learner
):
    """Past the first 20 of an answer's thread, and as a reply there, the link finds it."""
    import datetime

    from django.utils import timezone

    anchor = answer_anchors(client.get(round_table.url).content.decode())[2]
    start = timezone.now() - datetime.timedelta(hours=2)
    comments = [
        make_comment(
            round_table,
            learner,
            f"réponse numéro {n}",
            anchor=anchor,
            created_at=start + datetime.timedelta(minutes=n),
        )
        for n in range(25)
    ]
    late = comments[22]
    reply = make_comment(round_table, UserFactory(), "une réponse au numéro 22", parent=late)

    for comment, text in ((late, "réponse numéro 22"), (reply, "une réponse au numéro 22")):
        opened = client.get(comment.get_absolute_url(), follow=True)
        html = opened.content.decode()
        assert opened.redirect_chain[-1][0].endswith(f"#comment-{comment.pk}")
        assert f'id="comment-{comment.pk}"' in html
        assert text in html
        assert f'id="discussion-{anchor}"' in html
        assert "réponse numéro 0<" not in html  # the second page of the thread, not the first
