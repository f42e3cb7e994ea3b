"""The demo has a quiz a week, and its learners' attempts give the quiz reports content."""

import pytest

from quizzes.models import QuizAttempt, QuizPage, QuizResponse

pytestmark = pytest.mark.django_db


def test_the_demo_has_one_quiz_a_week_with_six_to_eight_questions(demo):
    quizzes = list(QuizPage.objects.live().order_by("path"))
    assert len(quizzes) == 5
    assert [q.get_parent().slug.split("-")[1] for q in quizzes] == ["1", "2", "3", "4", "5"]
    assert all(6 <= len(q.questions) <= 8 for q in quizzes)
    week_1_types = {child.block_type for child in quizzes[0].questions}
    assert "best_example" in week_1_types
    assert {c.block_type for q in quizzes for c in q.questions} == {
        "single",
        "multiple",
        "true_false",
        "order",
        "best_example",
    }


def test_the_demo_quizzes_are_valid_for_the_admin(demo):
    """Every question passes its block's own validation, as the trainer's editor checks it."""
    for quiz in QuizPage.objects.all():
        quiz.questions.stream_block.clean(quiz.questions)


def test_demo_learners_and_classmates_have_scored_attempts(demo_learners):
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False)
    assert attempts.values("user").distinct().count() >= 8
    assert attempts.filter(score__lt=70).exists() and attempts.filter(score__gte=70).exists()
    assert not QuizAttempt.objects.filter(submitted_at__isnull=True).exists()
    assert QuizResponse.objects.filter(correct=False).exists()


def test_loading_the_learners_again_adds_no_attempt(demo_learners):
    from io import StringIO

    from django.core.management import call_command

    before = (QuizAttempt.objects.count(), QuizResponse.objects.count())
    call_command("load_demo_learners", stdout=StringIO())
    assert (QuizAttempt.objects.count(), QuizResponse.objects.count()) == before


def test_a_demo_quiz_renders_for_a_demo_learner(client, demo_learners):
    client.login(email="apprenante@demo.gazouillis.test", password="gazouillis-apprenante")
    quiz = QuizPage.objects.live().order_by("path").first()
    html = client.get(quiz.url).content.decode()
    assert "Quelle bio" in html or "bios" in html
    assert "Tentative 1" in html
