"""Progress stays right when trainers change the course, and certificates are kept."""

import pytest

from course import learning
from course.models import Completion, Enrolment, LessonPage, ModulePage
from course.navigation import course_navigation
from tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


def _progress(enrolment, course):
    outline = course_navigation(course)["outline"]
    return learning.learner_state(enrolment.user, course, outline).progress


def _finish(enrolment, course):
    for step in course_navigation(course)["outline"].steps:
        learning.set_step_done(enrolment, step, True)
    enrolment.refresh_from_db()


def test_a_lesson_added_later_is_one_more_step(course, enrolment):
    before = _progress(enrolment, course).total
    LessonPageFactory(parent=ModulePage.objects.first(), slug="nouvelle")
    assert _progress(enrolment, course).total == before + 1


def test_a_deleted_lesson_no_longer_counts_done_or_not(course, enrolment):
    steps = course_navigation(course)["outline"].steps
    learning.set_step_done(enrolment, steps[0], True)
    before = _progress(enrolment, course)
    LessonPage.objects.get(pk=steps[0].pk).delete()
    after = _progress(enrolment, course)
    assert (after.done, after.total) == (before.done - 1, before.total - 1)
    assert not Completion.objects.filter(enrolment=enrolment).exists()


def test_an_unpublished_lesson_no_longer_counts_and_counts_again_when_back(course, enrolment):
    step = LessonPage.objects.get(pk=course_navigation(course)["outline"].steps[0].pk)
    learning.set_step_done(enrolment, step, True)
    step.unpublish()
    assert _progress(enrolment, course).done == 0
    step.save_revision().publish()
    assert _progress(enrolment, course).done == 1


def test_a_lesson_moved_to_another_module_keeps_its_completion(course, enrolment):
    step = LessonPage.objects.get(pk=course_navigation(course)["outline"].steps[0].pk)
    learning.set_step_done(enrolment, step, True)
    step.move(ModulePage.objects.last(), pos="last-child")
    progress = _progress(enrolment, course)
    assert progress.done == 1
    assert progress.modules[-1].done == 1


def test_finishing_every_step_issues_a_certificate_with_a_code(course, enrolment):
    _finish(enrolment, course)
    assert enrolment.completed_at is not None
    assert len(enrolment.certificate_code) == 14


def test_the_certificate_is_kept_when_a_lesson_is_added_afterwards(course, enrolment):
    _finish(enrolment, course)
    issued = (enrolment.completed_at, enrolment.certificate_code)
    LessonPageFactory(parent=ModulePage.objects.first(), slug="ajout")
    learning.set_step_done(enrolment, LessonPage.objects.get(slug="ajout"), False)
    enrolment.refresh_from_db()
    assert (enrolment.completed_at, enrolment.certificate_code) == issued
    assert not _progress(enrolment, course).is_complete


def test_no_certificate_while_a_step_is_left(course, enrolment):
    steps = course_navigation(course)["outline"].steps
    for step in steps[:-1]:
        learning.set_step_done(enrolment, step, True)
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None


def test_a_live_lesson_under_an_unpublished_module_is_not_required_for_the_certificate(
    course, enrolment
):
    """Unreachable steps (their module is unpublished) do not hold the certificate back."""
    module = ModulePage.objects.child_of(course).last()
    module.unpublish()  # its lessons stay live, but nobody can reach them
    assert LessonPage.objects.child_of(module).live().exists()
    _finish(enrolment, course)
    assert enrolment.completed_at is not None
