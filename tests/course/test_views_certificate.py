"""Certificates: the learner's printable page and the public verification URL."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from course import learning
from course.navigation import course_navigation

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(course, enrolment):
    for step in course_navigation(course)["outline"].steps:
        learning.set_step_done(enrolment, step, True)
    enrolment.refresh_from_db()
    return enrolment


def test_the_learner_sees_their_certificate_with_name_course_date_and_code(client, finished):
    client.force_login(finished.user)
    html = client.get(reverse("certificate", args=[finished.pk])).content.decode()
    assert finished.user.display_name in html
    assert finished.session.course.title in html
    assert finished.certificate_code in html
    assert "Certificat de réussite" in html


def test_the_course_page_offers_the_certificate_once_complete(client, course, finished):
    client.force_login(finished.user)
    assert "Voir mon certificat" in client.get(course.url).content.decode()


def test_verification_confirms_a_code_without_the_learners_name(client, finished):
    response = client.get(reverse("verify_certificate", args=[finished.certificate_code]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "certificat de réussite valide" in html
    assert finished.user.display_name not in html and finished.user.email not in html


@pytest.mark.parametrize("code", ["AAAA-BBBB-CCCC", "<script>x<script>", "x" * 500, "é\u202e"])
def test_verification_of_an_unknown_code_says_so(client, finished, code):
    response = client.get(reverse("verify_certificate", args=["X"]).replace("X", quote(code)))
    assert response.status_code == 404
    assert "<script>x" not in response.content.decode()
