"""Visitors' pages come whole from the cache; signed-in pages are never served or stored."""

import pytest
from django.test import override_settings
from django.urls import reverse

from config.pagecache import HIT_HEADER
from course.models import LessonPage, ModulePage, TestimonialPage

pytestmark = pytest.mark.django_db

LOGOUT = reverse("account_logout")


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=60):
        yield


@pytest.fixture
def lesson(course):
    return LessonPage.objects.first()


@pytest.mark.parametrize("kind", ["home", "course", "lesson", "testimonial"])
def test_a_visitors_second_request_is_served_from_the_cache_without_queries(
    client, course, kind, django_assert_num_queries
):
    page = {
        "home": course.get_parent(),
        "course": course,
        "lesson": LessonPage.objects.first(),
        "testimonial": TestimonialPage.objects.first(),
    }[kind]
    first = client.get(page.url)
    assert first[HIT_HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(page.url)
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second


def test_other_pages_are_not_stored(client, course):
    module = ModulePage.objects.first()
    client.get(module.url)
    assert HIT_HEADER not in client.get(module.url)
    client.get("/fr/search/?q=compte")
    assert HIT_HEADER not in client.get("/fr/search/?q=compte")


def test_a_signed_in_learner_never_gets_the_visitors_page(client, lesson, learner):
    client.get(lesson.url)  # stored for visitors
    client.force_login(learner)
    response = client.get(lesson.url)
    assert HIT_HEADER not in response
    assert LOGOUT in response.content.decode()


def test_a_learners_page_is_never_stored_for_visitors(client, lesson, learner):
    client.force_login(learner)
    client.get(lesson.url)
    client.get(lesson.url)
    client.logout()
    client.cookies.clear()
    response = client.get(lesson.url)
    assert response[HIT_HEADER] == "miss"  # rendered for the visitor, not the learner's copy
    html = response.content.decode()
    assert LOGOUT not in html
    assert learner.email not in html


def test_a_request_with_a_session_cookie_is_neither_served_nor_stored(client, lesson, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "anything"
    client.get(lesson.url)
    assert HIT_HEADER not in client.get(lesson.url)
    client.cookies.clear()
    assert client.get(lesson.url)[HIT_HEADER] == "miss"


def test_a_page_that_sets_a_cookie_or_holds_a_csrf_token_is_not_stored(client, course, learner):
    # Signed in, the course page holds the enrol form and its CSRF token; the
    # visitor's copy does not, and is the only one stored.
    client.force_login(learner)
    assert HIT_HEADER not in client.get(course.url)
    client.logout()
    client.cookies.clear()
    assert client.get(course.url)[HIT_HEADER] == "miss"
    assert "csrfmiddlewaretoken" not in client.get(course.url).content.decode()


def test_languages_are_stored_apart(client, lesson):
    french = client.get(lesson.url)
    english = client.get(lesson.url.replace("/fr/", "/en/", 1))
    assert english[HIT_HEADER] == "miss"
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="fr">' in french.content.decode()


def test_publishing_a_page_drops_the_stored_pages(client, lesson):
    client.get(lesson.url)
    assert client.get(lesson.url)[HIT_HEADER] == "hit"
    lesson.title = "Un titre tout neuf"
    lesson.save_revision().publish()
    response = client.get(lesson.url)
    assert response[HIT_HEADER] == "miss"
    assert "Un titre tout neuf" in response.content.decode()


def test_unpublishing_a_page_drops_it_for_visitors(client, lesson):
    client.get(lesson.url)
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404
