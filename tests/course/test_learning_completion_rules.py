"""Completion rules: which steps count, what makes each done, and the certificate that follows.

Trainers make a step optional or choose what makes it done (course/steps.py); the
certificate waits for every required step and, when the course sets one, for a minimum
average score; a rule changed later issues the certificates it makes due and never takes
one back (course/learning.py).
"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page

from course import learning
from course.choices import DoneWhen
from course.models import CoursePage, Enrolment, LessonPage, ModulePage, StepScore
from course.navigation import course_navigation
from course.outline import build_outline
from course.progress import compute_progress
from exercises.models import ExercisePage
from tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


def _steps(course):
    return course_navigation(course)["outline"].steps


def _progress(enrolment, course):
    outline = course_navigation(course)["outline"]
    return learning.learner_state(enrolment.user, course, outline).progress


def _make_optional(page_id):
    page = Page.objects.get(pk=page_id).specific
    page.required = False
    page.save_revision().publish()
    return page


def _certificate(enrolment):
    enrolment.refresh_from_db()
    return enrolment.completed_at, enrolment.certificate_code


def test_an_optional_step_counts_in_no_total_but_keeps_its_checkmark(course, enrolment):
    steps = _steps(course)
    total = _progress(enrolment, course).total
    _make_optional(steps[0].pk)
    learning.set_step_done(enrolment, steps[0], True)
    progress = _progress(enrolment, course)
    assert (progress.done, progress.total) == (0, total - 1)
    outline = course_navigation(course)["outline"]
    learning.learner_state(enrolment.user, course, outline)
    first = outline.modules[0].items[0]
    assert first.page.is_optional and first.is_done


def test_an_optional_step_does_not_hold_back_the_certificate(course, enrolment):
    steps = _steps(course)
    _make_optional(steps[-1].pk)
    for step in steps[:-1]:
        learning.set_step_done(enrolment, step, True)
    completed_at, code = _certificate(enrolment)
    assert completed_at is not None and len(code) == 14


def test_progress_counts_only_required_steps_as_a_pure_function():
    """Two steps, one optional and done: 0 of 1 required, and the optional one shows done."""

    class Step:
        def __init__(self, pk, depth, path, optional=False):
            self.pk, self.depth, self.path, self.is_optional = pk, depth, path, optional

    pages = [
        Step(1, 3, "000100010001"),
        Step(2, 4, "0001000100010001", optional=True),
        Step(3, 4, "0001000100010002"),
    ]
    outline = build_outline(2, pages, current_id=None)
    progress = compute_progress(outline, {2})
    assert (progress.done, progress.total) == (0, 1)
    assert outline.modules[0].items[0].is_done
    assert progress.next_step.pk == 3


def test_the_outline_says_which_steps_are_optional(client, course, enrolment):
    steps = _steps(course)
    _make_optional(steps[1].pk)
    response = client.get(LessonPage.objects.get(pk=steps[0].pk).url)
    assert response.content.decode().count("· facultatif") == 1


def test_a_learner_cannot_mark_done_a_step_whose_rule_is_not_theirs(client, course, enrolment):
    """An exercise is done when submitted: posting "done" to it answers 404 and records nothing."""
    module = ModulePage.objects.descendant_of(course).first()
    exercise = module.add_child(instance=ExercisePage(title="Ma bio", slug="ma-bio"))
    client.force_login(enrolment.user)
    response = client.post(reverse("mark_step", args=[exercise.pk]), {"done": "1"})
    assert response.status_code == 404
    assert not enrolment.completions.exists()


def test_an_exercise_marked_by_the_learner_offers_the_button_and_is_done_by_it(
    client, course, enrolment
):
    module = ModulePage.objects.descendant_of(course).first()
    exercise = module.add_child(
        instance=ExercisePage(title="Ma bio", slug="ma-bio", done_when=DoneWhen.MARKED)
    )
    client.force_login(enrolment.user)
    page = client.get(exercise.url).content.decode()
    assert reverse("mark_step", args=[exercise.pk]) in page
    response = client.post(reverse("mark_step", args=[exercise.pk]), {"done": "1"})
    assert response.status_code == 303
    assert enrolment.completions.filter(page_id=exercise.pk).exists()


def test_a_rule_a_step_type_does_not_allow_is_refused_in_the_editor():
    lesson = LessonPage(title="Leçon", slug="lecon", done_when=DoneWhen.QUIZ_PASSED)
    with pytest.raises(ValidationError) as refused:
        lesson.clean()
    assert "done_when" in refused.value.message_dict


def test_the_certificate_waits_for_the_courses_minimum_average(course, enrolment, monkeypatch):
    """With a minimum of 70 % over the scored steps, 60 % holds the certificate back and
    an improved score issues it, without marking anything again."""
    monkeypatch.setattr(ExercisePage, "scored", True)
    module = ModulePage.objects.descendant_of(course).first()
    quiz = module.add_child(
        instance=ExercisePage(title="Quiz", slug="quiz", done_when=DoneWhen.MARKED)
    )
    CoursePage.objects.filter(pk=course.pk).update(certificate_min_average=70)
    learning.record_score(enrolment, quiz, 60)
    for step in _steps(course):
        learning.set_step_done(enrolment, step, True)
    assert _certificate(enrolment)[0] is None
    learning.record_score(enrolment, quiz, 80)
    assert _certificate(enrolment)[0] is not None
    assert StepScore.objects.get(enrolment=enrolment, page=quiz).score == 80


def test_a_scored_step_not_taken_counts_zero_in_the_average(course, enrolment, monkeypatch):
    monkeypatch.setattr(ExercisePage, "scored", True)
    module = ModulePage.objects.descendant_of(course).first()
    first = module.add_child(instance=ExercisePage(title="Quiz 1", slug="q1", required=False))
    module.add_child(instance=ExercisePage(title="Quiz 2", slug="q2", required=False))
    CoursePage.objects.filter(pk=course.pk).update(certificate_min_average=50)
    learning.record_score(enrolment, first, 90)  # (90 + 0) / 2 = 45 %
    for step in _steps(course):
        if step.pk != first.pk:
            learning.set_step_done(enrolment, step, True)
    assert _certificate(enrolment)[0] is None


def test_making_the_last_step_optional_issues_the_due_certificates(course, session, enrolment):
    """Learners who did everything but the last step receive their certificate when the
    trainer publishes that step as optional; a learner who did less does not."""
    from tests.factories import UserFactory

    behind = Enrolment.objects.create(user=UserFactory(), session=session)
    steps = _steps(course)
    for step in steps[:-1]:
        learning.set_step_done(enrolment, step, True)
    learning.set_step_done(behind, steps[0], True)
    assert _certificate(enrolment)[0] is None
    _make_optional(steps[-1].pk)
    assert _certificate(enrolment)[0] is not None
    assert _certificate(behind)[0] is None


def test_a_rule_made_harder_never_takes_a_certificate_back(course, enrolment):
    for step in _steps(course):
        learning.set_step_done(enrolment, step, True)
    issued = _certificate(enrolment)
    LessonPageFactory(parent=ModulePage.objects.descendant_of(course).first(), slug="en-plus")
    CoursePage.objects.filter(pk=course.pk).update(certificate_min_average=90)
    assert learning.issue_due_certificates(course) == 0
    assert _certificate(enrolment) == issued


def test_recomputing_certificates_costs_the_same_queries_for_3_or_30_learners(
    course, session, django_assert_num_queries
):
    from tests.factories import UserFactory

    steps = _steps(course)
    CoursePage.objects.filter(pk=course.pk).update(certificate_min_average=10)

    def learners(count):
        for _ in range(count):
            enrolment = Enrolment.objects.create(user=UserFactory(), session=session)
            for step in steps[:-1]:
                learning.set_step_done(enrolment, step, True)

    last = Page.objects.get(pk=steps[-1].pk).specific_class.objects.filter(pk=steps[-1].pk)
    learners(3)
    last.update(required=False)  # as a publish would, without its signal
    with django_assert_num_queries(3):
        assert learning.issue_due_certificates(course) == 3
    last.update(required=True)
    learners(30)
    last.update(required=False)
    with django_assert_num_queries(3):
        assert learning.issue_due_certificates(course) == 30


def test_the_editor_offers_only_the_rules_the_step_type_allows(admin_client, course):
    """A lesson's form has no "done when" choice (one rule); an exercise's offers its usual
    rule, "submitted" and "marked", and nothing a quiz or a timeline would use."""
    module = ModulePage.objects.descendant_of(course).first()
    exercise = module.add_child(instance=ExercisePage(title="Ma bio", slug="ma-bio"))
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson_form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert 'name="done_when"' not in lesson_form.content.decode()
    assert 'name="required"' in lesson_form.content.decode()
    form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[exercise.pk])).content.decode()
    select = form[
        form.index('name="done_when"') : form.index("</select>", form.index('name="done_when"'))
    ]
    assert 'value="submitted"' in select and 'value="marked"' in select
    assert "quiz_passed" not in select and "goal_met" not in select


def test_the_editor_says_plainly_that_an_optional_step_is_not_needed_for_the_certificate(
    admin_client, course
):
    lesson = LessonPage.objects.descendant_of(course).first()
    form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert (
        "Décochez pour une étape facultative\u00a0: les apprenants peuvent obtenir "
        "l’attestation sans la faire." in form
    )


def test_the_course_page_says_the_certificate_waits_for_the_average(
    client, course, enrolment, monkeypatch
):
    monkeypatch.setattr(ExercisePage, "scored", True)
    module = ModulePage.objects.descendant_of(course).first()
    quiz = module.add_child(
        instance=ExercisePage(title="Quiz", slug="quiz", done_when=DoneWhen.MARKED)
    )
    CoursePage.objects.filter(pk=course.pk).update(certificate_min_average=70)
    learning.record_score(enrolment, quiz, 40)
    for step in _steps(course):
        learning.set_step_done(enrolment, step, True)
    client.force_login(enrolment.user)
    page = client.get(CoursePage.objects.get(pk=course.pk).url).content.decode()
    assert "une moyenne d’au moins 70\u00a0% à ses quiz" in page
