"""A lesson page's navigation costs the same number of queries whatever the course size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from course.models import LessonPage, TestimonialPage
from tests.factories import build_course

pytestmark = pytest.mark.django_db

LESSON_PAGE_MAX_QUERIES = 12
# A testimonial also shows its discussion: the thread's first page and the counts
# of the round table's answer threads.
TESTIMONIAL_PAGE_MAX_QUERIES = LESSON_PAGE_MAX_QUERIES + 3


def _queries_for(client, page) -> int:
    client.get(page.url)  # warm the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    ("page_model", "budget"),
    [(LessonPage, LESSON_PAGE_MAX_QUERIES), (TestimonialPage, TESTIMONIAL_PAGE_MAX_QUERIES)],
)
def test_page_queries_do_not_grow_from_12_to_120_lessons(client, home, page_model, budget):
    """Same count for a course of 12 lessons and one of 120, and within the budget."""
    build_course(home, modules=4, lessons_per_module=3)
    small = _queries_for(client, page_model.objects.live().last())
    LessonPage.objects.all().delete()
    home.get_children().delete()

    build_course(home, modules=10, lessons_per_module=12)
    assert LessonPage.objects.count() == 120
    large = _queries_for(client, page_model.objects.live().last())

    assert small == large
    assert large <= budget
