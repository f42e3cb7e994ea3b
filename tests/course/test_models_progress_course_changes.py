"""Progress stays right when trainers change the course, and certificates are kept."""

import pytest

from course import learning
from course.models import Completion, Enrollment, LessonPage, ModulePage
from course.navigation import course_navigation
from tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


def _progress(enrollment, course):
    outline = course_navigation(course)["outline"]
    return learning.learner_state(enrollment.user, course, outline).progress


def _finish(enrollment, course):
    for step in course_navigation(course)["outline"].steps:
        learning.set_step_done(enrollment, step, True)
    enrollment.refresh_from_db()


def test_a_lesson_added_later_is_one_more_step(course, enrollment):
    before = _progress(enrollment, course).total
    LessonPageFactory(parent=ModulePage.objects.first(), slug="nouvelle")
    assert _progress(enrollment, course).total == before + 1


def test_a_deleted_lesson_no_longer_counts_done_or_not(course, enrollment):
    steps = course_navigation(course)["outline"].steps
    learning.set_step_done(enrollment, steps[0], True)
    before = _progress(enrollment, course)
    LessonPage.objects.get(pk=steps[0].pk).delete()
    after = _progress(enrollment, course)
    assert (after.done, after.total) == (before.done - 1, before.total - 1)
    assert not Completion.objects.filter(enrollment=enrollment).exists()


def test_an_unpublished_lesson_no_longer_counts_and_counts_again_when_back(course, enrollment):
    step = LessonPage.objects.get(pk=course_navigation(course)["outline"].steps[0].pk)
    learning.set_step_done(enrollment, step, True)
    step.unpublish()
    assert _progress(enrollment, course).done == 0
    step.save_revision().publish()
    assert _progress(enrollment, course).done == 1


def test_a_lesson_moved_to_another_module_keeps_its_completion(course, enrollment):
    step = LessonPage.objects.get(pk=course_navigation(course)["outline"].steps[0].pk)
    learning.set_step_done(enrollment, step, True)
    step.move(ModulePage.objects.last(), pos="last-child")
    progress = _progress(enrollment, course)
    assert progress.done == 1
    assert progress.modules[-1].done == 1


def test_finishing_every_step_issues_a_certificate_with_a_code(course, enrollment):
    _finish(enrollment, course)
    assert enrollment.completed_at is not None
    assert len(enrollment.certificate_code) == 14


def test_the_certificate_is_kept_when_a_lesson_is_added_afterwards(course, enrollment):
    _finish(enrollment, course)
    issued = (enrollment.completed_at, enrollment.certificate_code)
    LessonPageFactory(parent=ModulePage.objects.first(), slug="ajout")
    learning.set_step_done(enrollment, LessonPage.objects.get(slug="ajout"), False)
    enrollment.refresh_from_db()
    assert (enrollment.completed_at, enrollment.certificate_code) == issued
    assert not _progress(enrollment, course).is_complete


def test_no_certificate_while_a_step_is_left(course, enrollment):
    steps = course_navigation(course)["outline"].steps
    for step in steps[:-1]:
        learning.set_step_done(enrollment, step, True)
    assert Enrollment.objects.get(pk=enrollment.pk).completed_at is None


def test_a_live_lesson_under_an_unpublished_module_is_not_required_for_the_certificate(
    course, enrollment
):
    """Unreachable steps (their module is unpublished) do not hold the certificate back."""
    module = ModulePage.objects.child_of(course).last()
    module.unpublish()  # its lessons stay live, but nobody can reach them
    assert LessonPage.objects.child_of(module).live().exists()
    _finish(enrollment, course)
    assert enrollment.completed_at is not None
