"""One content generation (config/generations.py): each process keeps a course's outline
pages until a page changes anywhere, and moderation replaces it too."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from config import generations
from course.models import LessonPage, ModulePage
from tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).order_by("path").first()


def test_a_learners_page_skips_the_outline_and_record_queries_once_a_page_of_the_course_read_them(
    client, enrolment, lesson
):
    """The outline (kept by the process) and the learner's record (kept in the shared cache,
    course/learning.py `learner_record`) are read once per generation."""
    client.force_login(enrolment.user)
    other = lesson.get_next_siblings().first()
    client.get(other.url)
    client.get(lesson.url)
    with override_settings(PROCESS_MEMO=False):
        generations.bump()  # both counted as the first request of the page in a generation
        uncached = _queries(client, lesson.url)
    generations.bump()
    client.get(other.url)  # reads the outline and the record, which the lesson then reuses
    assert _queries(client, lesson.url) == uncached - 2


def test_a_lesson_published_in_another_request_shows_in_the_outline_at_once(
    client, course, enrolment, lesson
):
    client.force_login(enrolment.user)
    client.get(lesson.url)
    module = ModulePage.objects.child_of(course).first()
    new = LessonPageFactory(parent=module, slug="nouvelle", title="Une leçon toute neuve")
    new.save_revision().publish()
    assert "Une leçon toute neuve" in client.get(lesson.url).content.decode()

    new.unpublish()
    assert "Une leçon toute neuve" not in client.get(lesson.url).content.decode()


def test_another_process_replacing_the_generation_drops_this_processs_copy(
    client, enrolment, lesson
):
    client.force_login(enrolment.user)
    client.get(lesson.url)
    warm = _queries(client, lesson.url)
    # What a page saved by another process (the task worker, a second app server) does.
    cache.set(generations.GENERATION_KEY, 12345, timeout=None)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(lesson.url)
    # The page stored for its path (config/signed_in_pages.py) is dropped, and so is the
    # process's outline: it is read again, once.
    assert "X-Signed-In-Page" not in response
    assert sum('AS "release_date"' in query["sql"] for query in captured) == 1
    assert _queries(client, lesson.url) == warm


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_without_a_reachable_cache_the_outline_is_read_every_time(client, enrolment, lesson):
    client.force_login(enrolment.user)
    client.get(lesson.url)
    assert _queries(client, lesson.url) == _queries(client, lesson.url)
    assert generations.current() is None


@override_settings(PROCESS_MEMO=False)
def test_with_a_cache_of_one_process_only_nothing_is_kept(client, enrolment, lesson):
    client.force_login(enrolment.user)
    client.get(lesson.url)
    assert _queries(client, lesson.url) == _queries(client, lesson.url)


def test_only_the_current_generation_is_kept_and_entries_are_bounded(monkeypatch):
    monkeypatch.setattr(generations, "MAX_ENTRIES", 2)
    generations._entries.clear()
    for course_pk in (1, 2, 3):
        generations.memo((course_pk, "outline-pages"), lambda: ["page"])
    assert [key[0] for key in generations._entries] == [2, 3]
    generations.bump()
    generations.memo((4, "outline-pages"), lambda: ["page"])
    assert [key[0] for key in generations._entries] == [4]


def test_a_moderation_decision_starts_a_new_generation(course, learner):
    """A hidden comment must leave every stored page at once, visitors' and shared HTML."""
    from django.contrib.contenttypes.models import ContentType

    from discussions.models import Comment, CommentStatus
    from discussions.moderation import decide

    page = LessonPage.objects.descendant_of(course).first()
    comment = Comment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=str(page.pk),
        author=learner,
        body="Un commentaire à cacher.",
        status=CommentStatus.PUBLISHED,
    )
    before = generations.current()
    decide([comment], CommentStatus.HIDDEN, learner)
    assert generations.current() != before


def test_a_page_published_starts_a_new_generation(course):
    lesson = LessonPage.objects.descendant_of(course).first()
    before = generations.current()
    lesson.save_revision().publish()
    assert generations.current() != before
