"""A step is reachable only when its module and its course are live.

Wagtail's router checks the last page only, so a live lesson under an unpublished
module used to answer 200 and be listed by search and the feed.
"""

import pytest
from django.urls import reverse

from course.models import LessonPage, ModulePage, TestimonialPage
from tests.factories import paragraph

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_lesson(course):
    """A live lesson with a findable word, whose module is then unpublished (not its steps)."""
    module = ModulePage.objects.child_of(course).first()
    lesson = LessonPage.objects.child_of(module).first()
    lesson.body = paragraph("ornithorynque")
    lesson.save_revision().publish()
    url = lesson.url
    module.unpublish()  # Wagtail leaves the steps under it live
    lesson.refresh_from_db()
    assert lesson.live
    return lesson, url


def test_a_live_lesson_under_an_unpublished_module_answers_404_to_visitors_and_learners(
    client, hidden_lesson, learner
):
    _lesson, url = hidden_lesson
    assert client.get(url).status_code == 404
    client.force_login(learner)
    assert client.get(url).status_code == 404


def test_a_live_module_under_an_unpublished_course_answers_404(client, course):
    module = ModulePage.objects.child_of(course).first()
    lesson = LessonPage.objects.child_of(module).first()
    urls = [module.url, lesson.url]
    course.unpublish()
    for url in urls:
        assert client.get(url).status_code == 404


def test_a_live_lesson_under_a_live_module_still_answers_200(client, course):
    assert client.get(LessonPage.objects.first().url).status_code == 200


def test_a_trainer_still_previews_a_lesson_under_an_unpublished_module(
    client, hidden_lesson, django_user_model
):
    lesson, _url = hidden_lesson
    admin = django_user_model.objects.create_superuser(email="root@example.org", password="x")
    client.force_login(admin)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    assert "ornithorynque" in response.content.decode()


def test_search_does_not_list_a_lesson_under_an_unpublished_module(client, hidden_lesson):
    response = client.get("/fr/search/", {"q": "ornithorynque"})
    assert response.status_code == 200
    assert list(response.context["search_results"]) == []


def test_the_feed_does_not_list_a_testimonial_under_an_unpublished_module(client, course):
    testimonial = TestimonialPage.objects.first()
    feed = reverse("testimonials_feed")
    assert testimonial.title in client.get(feed).content.decode()
    testimonial.get_parent().unpublish()
    assert testimonial.title not in client.get(feed).content.decode()


def test_the_outline_does_not_list_a_lesson_under_an_unpublished_module(client, hidden_lesson):
    lesson, _url = hidden_lesson
    course_page = lesson.get_parent().get_parent()
    html = client.get(course_page.url).content.decode()
    assert lesson.title not in html
