"""Reply and report forms: one copy per thread for the script, a page of their own without it."""

import re

import pytest
from django.urls import reverse

from discussions.models import Comment, CommentStatus
from tests.discussions.conftest import make_comment, thread_html

pytestmark = pytest.mark.django_db


def test_a_thread_carries_one_reply_form_and_one_report_form_whatever_its_length(
    testimonial, learner, other_learner
):
    for n in range(12):
        make_comment(testimonial, other_learner, f"Commentaire {n}")
    html = thread_html(testimonial, learner)
    assert html.count('data-form-slot="reply"') == 12
    assert html.count('data-form-slot="report"') == 12
    assert html.count('data-discussion-form="reply"') == 1
    assert html.count('data-discussion-form="report"') == 1
    assert len(re.findall(r'name="csrfmiddlewaretoken"', html)) == 4  # follow, post, templates


def test_each_comment_links_to_its_reply_and_report_pages(testimonial, learner, other_learner):
    comment = make_comment(testimonial, other_learner, "Bonjour")
    html = thread_html(testimonial, learner)
    assert f'href="{reverse("discussions:reply", args=[comment.pk])}"' in html
    assert f'href="{reverse("discussions:report", args=[comment.pk])}"' in html
    assert f'data-heading="Your reply to {comment.author_name}"' in html


def test_the_reply_page_shows_the_form_and_posting_it_replies(
    client, testimonial, learner, other_learner
):
    comment = make_comment(testimonial, other_learner, "Bonjour")
    client.force_login(learner)
    url = reverse("discussions:reply", args=[comment.pk])
    page = client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    assert f"Your reply to {comment.author_name}" in text
    assert f'action="{url}"' in text
    client.post(url, {"body": "Bienvenue !", "website": ""})
    assert Comment.objects.filter(parent=comment, body="Bienvenue !", author=learner).exists()


def test_the_report_page_shows_the_reasons(client, testimonial, learner, other_learner):
    comment = make_comment(testimonial, other_learner, "Bonjour")
    client.force_login(learner)
    page = client.get(reverse("discussions:report", args=[comment.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Why are you reporting this comment?" in text
    assert f'for="report-{comment.pk}-details"' in text
    assert "__ID__" not in text


def test_visitors_are_sent_to_sign_in_from_the_reply_and_report_pages(
    client, testimonial, other_learner
):
    comment = make_comment(testimonial, other_learner, "Bonjour")
    for name in ("discussions:reply", "discussions:report"):
        url = reverse(name, args=[comment.pk])
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]
        assert "next=" in response["Location"]


def test_a_held_comment_has_no_reply_or_report_page_for_others(
    client, testimonial, learner, other_learner
):
    comment = make_comment(testimonial, other_learner, "En attente", status=CommentStatus.HELD)
    client.force_login(learner)
    assert client.get(reverse("discussions:reply", args=[comment.pk])).status_code == 404
    assert client.get(reverse("discussions:report", args=[comment.pk])).status_code == 404


@pytest.mark.parametrize("kind", ["too long", "rate limited"])
def test_a_refused_comment_without_javascript_says_why_once_beside_the_field(
    client, testimonial, learner, write_limit, kind
):
    """One error, in the field's alert (role="alert", described by the field), text kept."""
    from tests.discussions.test_views_posting import post_data

    client.force_login(learner)
    body = "x" * 5001 if kind == "too long" else "Encore moi."
    if kind == "rate limited":
        write_limit("comment_post", "1/m")
        client.post(reverse("discussions:post"), post_data(testimonial, "Premier."))
    response = client.post(reverse("discussions:post"), post_data(testimonial, body))
    html = response.content.decode()
    assert response.status_code == (400 if kind == "too long" else 429)
    message = "5001 characters long" if kind == "too long" else "posting too quickly"
    assert html.count(message) == 1
    alert = re.search(
        r'<p class="comment-form__error" id="comment-page-error" role="alert"[^>]*>([^<]*)<', html
    )
    assert alert and message in alert.group(1)
    assert 'aria-describedby="comment-page-help comment-page-error" aria-invalid="true"' in html
    assert f">{body}</textarea>" in html
