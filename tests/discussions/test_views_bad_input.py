"""Hostile and odd input to every discussion form: a clear refusal or inert text, never a 500."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from discussions.models import Comment, CommentReport
from tests.discussions.conftest import make_comment, thread_html
from tests.discussions.test_views_posting import JSON, post_data

pytestmark = pytest.mark.django_db

ODD_BODIES = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[clic](javascript:alert(1))",
    "{{7*7}} {% debug %}",
    "ligne 1\r\nligne 2\r\n\r\nInjected-Header: oops",
    "nul\x00byte",
    "\u202egnp.exe\u202c \u200bzero width \u2066isolate\u2069",
    "e\u0301 👩\u200d💻 ﷽",
    '=HYPERLINK("http://evil","x")',
    "<<<>>>&&&\"'",
]


@pytest.mark.parametrize("body", ODD_BODIES)
@pytest.mark.parametrize("with_js", [False, True])
def test_odd_bodies_are_stored_and_shown_as_inert_text(client, testimonial, learner, body, with_js):
    client.force_login(learner)
    extra = JSON if with_js else {}
    response = client.post(reverse("discussions:post"), post_data(testimonial, body), **extra)
    assert response.status_code in (200, 302)
    comment = Comment.objects.get()
    assert "\x00" not in comment.body and "\r" not in comment.body and "\u202e" not in comment.body
    html = thread_html(testimonial, learner)
    assert "<script>alert" not in html
    assert not re.search(r"<[^>]*\sonerror", html)
    assert 'href="javascript' not in html


def test_template_syntax_is_shown_literally(client, testimonial, learner):
    client.force_login(learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "{{7*7}}"))
    assert "{{7*7}}" in thread_html(testimonial, learner)


def test_a_one_megabyte_body_is_refused_clearly_and_the_text_kept(client, testimonial, learner):
    client.force_login(learner)
    huge = "a" * 1_000_000
    response = client.post(reverse("discussions:post"), post_data(testimonial, huge))
    assert response.status_code == 400
    content = response.content.decode()
    assert "the limit is 5000" in content
    assert huge in content
    assert not Comment.objects.exists()


def test_a_too_long_body_answers_json_with_the_reason(client, testimonial, learner):
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "b" * 5001), **JSON)
    assert response.status_code == 400
    assert "5001 characters" in response.json()["message"]


def test_a_too_long_comment_says_the_text_is_still_in_the_field_not_below_it(
    client, testimonial, learner
):
    """The error is written under the field, so the text it keeps is above it, in the field:
    "conservé ci-dessous" sent the learner looking under the error for nothing."""
    client.force_login(learner)
    with translation.override("fr"):
        url = reverse("discussions:post")
    response = client.post(url, post_data(testimonial, "b" * 5001), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    content = response.content.decode()
    assert "votre texte est toujours dans le champ" in content
    assert "ci-dessous" not in content


def test_exactly_the_limit_is_accepted(client, testimonial, learner):
    client.force_login(learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "c" * 5000))
    assert len(Comment.objects.get().body) == 5000


@pytest.mark.parametrize("body", ["", "   \n\t ", "\x00\u200b\u202e"])
def test_an_empty_or_invisible_body_is_refused(client, testimonial, learner, body):
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, body), **JSON)
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"content_type": "abc", "object_id": "1"},
        {"content_type": "999999", "object_id": "1"},
        {"content_type": "", "object_id": ""},
        {"object_id": "1"},
        {"content_type": "1", "object_id": "\x00"},
    ],
)
def test_garbage_target_fields_are_404_not_500(client, learner, fields):
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), {**fields, "body": "x"})
    assert response.status_code == 404


def test_an_unknown_object_id_on_a_real_type_is_404(client, testimonial, learner):
    client.force_login(learner)
    data = post_data(testimonial, "x")
    data["object_id"] = "not-a-number"
    assert client.post(reverse("discussions:post"), data).status_code == 404


def test_report_with_an_unknown_reason_is_refused(client, testimonial, learner, other_learner):
    comment = make_comment(testimonial, other_learner)
    client.force_login(learner)
    response = client.post(
        reverse("discussions:report", args=[comment.pk]), {"reason": "<script>"}, **JSON
    )
    assert response.status_code == 400
    assert not CommentReport.objects.exists()


@pytest.mark.parametrize("cursor", ["abc", "-", "1-", "99999999999999999999999-1", "1-2-3", "\x00"])
def test_malformed_cursors_show_the_first_page(testimonial, learner, cursor):
    make_comment(testimonial, learner, "premier")
    html = thread_html(testimonial, learner, comments_after=cursor)
    assert "premier" in html


def test_the_more_fragment_survives_a_malformed_cursor(client, testimonial, learner):
    make_comment(testimonial, learner, "premier")
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(testimonial)
    url = reverse("discussions:more", args=[ct.pk, testimonial.pk])
    assert client.get(url, {"after": "zzz", "anchor": "<x>"}).status_code == 404
    assert client.get(url, {"after": "zzz"}).status_code == 200
