"""The outline is rendered once per course and language; each learner gets their own marks."""

import pytest
from django.urls import reverse

from course.models import Enrolment, LessonPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OUTLINE = "components/course_outline.html"


def _templates(response) -> list[str]:
    return [t.name for t in response.templates]


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def _learner(session, client, lessons, done: int):
    user = UserFactory()
    Enrolment.objects.create(user=user, session=session)
    client.force_login(user)
    for lesson in lessons[:done]:
        client.post(reverse("mark_step", args=[lesson.pk]), {"done": "1"})
    return user


def test_two_learners_share_the_outline_but_each_sees_their_own_checkmarks(
    client, session, lessons
):
    _learner(session, client, lessons, done=1)
    first = client.get(lessons[0].url)
    _learner(session, client, lessons, done=3)
    second = client.get(lessons[0].url)

    assert OUTLINE not in _templates(second)  # the shared part was kept from the first
    assert first.content.decode().count("outline__step--done") == 1
    assert second.content.decode().count("outline__step--done") == 3
    assert "1 sur 16 terminées" in first.content.decode()
    assert "3 sur 16 terminées" in second.content.decode()


def test_the_current_page_is_marked_on_each_page_of_the_same_outline(client, lessons):
    one = client.get(lessons[0].url).content.decode()
    two = client.get(lessons[1].url).content.decode()
    current = 'outline__step--current" data-step="{}">'
    assert current.format(lessons[0].pk) in one and current.format(lessons[1].pk) not in one
    assert current.format(lessons[1].pk) in two and current.format(lessons[0].pk) not in two
    outline = two[two.index('<nav class="outline"') :]
    outline = outline[: outline.index("</nav>")]
    assert outline.count('aria-current="page"') == 1


def test_each_language_has_its_own_outline(client, lessons):
    french = client.get(lessons[0].url).content.decode()
    english = client.get(lessons[0].url.replace("/fr/", "/en/", 1)).content.decode()
    assert "Semaine 1" in french and "Week 1" not in french
    assert "Week 1" in english and "Semaine 1" not in english


def test_no_marker_is_left_in_the_page(client, session, lessons):
    _learner(session, client, lessons, done=2)
    html = client.get(lessons[0].url).content.decode()
    assert "\x00" not in html
