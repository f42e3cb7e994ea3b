"""Site search finds lessons and testimonials by the words of their body."""

import pytest

from course.models import LessonPage
from tests.factories import LessonPageFactory, paragraph

pytestmark = pytest.mark.django_db


def test_search_finds_a_lesson_by_a_word_of_its_body(client, course):
    module = course.get_children().first()
    LessonPageFactory(
        parent=module,
        title="Écrire pour être lu",
        slug="ecrire",
        body=paragraph("Le gazouillis matinal attire les abonnés curieux."),
    )
    response = client.get("/fr/search/", {"q": "gazouillis"})
    assert response.status_code == 200
    titles = [result.title for result in response.context["search_results"]]
    assert titles == ["Écrire pour être lu"]


def test_search_lists_nothing_for_an_unknown_word(client, course):
    response = client.get("/fr/search/", {"q": "zzyzxqv"})
    assert response.status_code == 200
    assert list(response.context["search_results"]) == []
    assert "0 résultat" in response.content.decode()


def test_search_ignores_unpublished_lessons(client, course):
    lesson = LessonPage.objects.first()
    lesson.body = paragraph("ornithorynque")
    lesson.save()
    lesson.unpublish()
    response = client.get("/fr/search/", {"q": "ornithorynque"})
    assert list(response.context["search_results"]) == []


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        "{{7*7}}",
        "a\x00b",
        "x" * 5000,
        "\u202eevil\u200b",
        "' OR 1=1 --",
        "AND OR NOT (",
        '"',
    ],
)
def test_odd_queries_answer_200_and_show_the_query_as_text(client, course, query):
    response = client.get("/fr/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_search_never_lists_a_lesson_kept_private_in_the_admin(client, course, learner, kind):
    """A page under Wagtail privacy (its own or its module's) is left out, even for learners."""
    from wagtail.models import PageViewRestriction

    lesson = LessonPage.objects.first()
    lesson.body = paragraph("ornithorynque")
    lesson.save_revision().publish()
    PageViewRestriction.objects.create(
        page=lesson.get_parent(), restriction_type=kind, password="x" if kind == "password" else ""
    )
    client.force_login(learner)
    response = client.get("/fr/search/", {"q": "ornithorynque"})
    assert list(response.context["search_results"]) == []
