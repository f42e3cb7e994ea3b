"""A learner answers a quiz: the plain form (one post, every question), the check of one
question (JSON, as the page's script asks), scores, attempts and what the page shows."""

import pytest
from django.utils import translation

from quizzes.models import QuizAttempt, QuizResponse
from tests.factories import UserFactory
from tests.quizzes.conftest import ALL_RIGHT, MOSTLY_WRONG, add_quiz, submit

pytestmark = pytest.mark.django_db


def check(client, quiz, question, attempt=1, **fields):
    return client.post(
        quiz.url,
        {"action": "check", "attempt": attempt, "question": question, **fields},
        HTTP_ACCEPT="application/json",
    )


@pytest.fixture
def signed_in(client, learner, enrolment):
    client.force_login(learner)
    return client


def test_the_plain_form_scores_every_question_in_one_post(signed_in, quiz, learner):
    """No JavaScript: one post records each answer with its points and scores the attempt."""
    response = submit(signed_in, quiz, MOSTLY_WRONG)
    assert response.status_code == 303
    assert response["Location"].endswith("#quiz-result")
    attempt = QuizAttempt.objects.get(user=learner, page=quiz)
    # 0 + 0 + 1 + 1/3 + 1 over five questions: 46.7 %.
    assert (attempt.number, attempt.score) == (1, 47)
    assert attempt.submitted_at is not None
    answers = {r.question_id: (r.answer, r.correct) for r in attempt.responses.all()}
    assert answers["multiple"] == (["m-a", "m-c"], False)
    assert answers["order"] == (["o-3", "o-2", "o-1"], False)
    assert answers["truefalse"] == (["false"], True)


def test_after_submitting_the_page_shows_each_choice_feedback_and_explanations(signed_in, quiz):
    """The learner's choices come back checked and disabled, with their own feedback
    (the wrong pick's), whether they were right, the score and every explanation."""
    submit(signed_in, quiz, MOSTLY_WRONG)
    html = signed_in.get(quiz.url).content.decode()
    assert "Trop\u00a0: la bio devient illisible." in html  # the wrong choice's feedback
    assert "Jamais\u202f!" in html
    assert "Une bio courte se lit d&#x27;un coup d&#x27;œil." in html
    assert "On choisit avant d&#x27;écrire." in html
    assert "Tentative 1\u00a0: 47\u202f%" in html
    assert 'value="s-wrong" checked disabled' in html
    # Not the last attempt: the right answer of a missed question is not given away.
    assert "La bonne réponse." not in html


def test_a_reload_shows_the_checked_questions_of_the_open_attempt(signed_in, quiz, learner):
    """With the script: a checked question is recorded at once; reloading shows it
    answered, with its feedback, while the other questions stay open."""
    response = check(signed_in, quiz, "single", **{"q-single": "s-right"})
    assert response.status_code == 200
    data = response.json()
    assert data["ok"] and not data["finished"]
    assert data["status"] == "Question 1\u00a0: Juste."
    assert "Oui\u00a0: au-delà, on dilue." in data["html"]
    attempt = QuizAttempt.objects.get(user=learner, page=quiz)
    assert attempt.submitted_at is None and attempt.score is None
    html = signed_in.get(quiz.url).content.decode()
    assert 'value="s-right" checked disabled' in html
    assert 'name="q-multiple" id="q-multiple-m-a" value="m-a">' in html  # still open
    assert 'name="attempt" value="1"' in html


def test_checking_the_last_question_submits_the_attempt(signed_in, quiz, learner):
    """The attempt is scored when every question is checked; the script is sent to the results."""
    for question, fields in [
        ("single", {"q-single": "s-right"}),
        ("multiple", {"q-multiple": ["m-a", "m-b"]}),
        ("truefalse", {"q-truefalse": "false"}),
        ("order", {"q-order-o-1": "1", "q-order-o-2": "2", "q-order-o-3": "3"}),
    ]:
        assert check(signed_in, quiz, question, **fields).json()["finished"] is False
    data = check(signed_in, quiz, "best", **{"q-best": "b-good"}).json()
    assert data["finished"] is True
    assert data["url"].endswith("#quiz-result")
    assert "100\u202f%" in data["status"]
    assert QuizAttempt.objects.get(user=learner, page=quiz).score == 100


def test_a_checked_question_cannot_be_changed_within_its_attempt(signed_in, quiz, learner):
    """Checking it again with another choice keeps the first answer (and its points)."""
    check(signed_in, quiz, "single", **{"q-single": "s-wrong"})
    check(signed_in, quiz, "single", **{"q-single": "s-right"})
    submit(signed_in, quiz, ALL_RIGHT)
    response = QuizResponse.objects.get(attempt__user=learner, question_id="single")
    assert (response.answer, response.points) == (["s-wrong"], 0.0)
    assert QuizAttempt.objects.get(user=learner, page=quiz).score == 80


def test_a_missing_answer_brings_the_form_back_with_the_choices_kept(signed_in, quiz):
    """Nothing is recorded; the page says which questions are left and keeps the rest."""
    answers = {k: v for k, v in ALL_RIGHT.items() if k != "q-truefalse"}
    response = submit(signed_in, quiz, answers)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Répondez à toutes les questions avant d’envoyer\u00a0: 3." in html
    assert 'value="s-right" checked' in html
    assert 'value="b-good" checked' in html
    assert '<option value="2" selected>2</option>' in html
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize(
    "bad",
    [
        {"q-single": "no-such-choice"},
        {"q-single": "x" * 5000},
        {"q-order-o-1": "1", "q-order-o-2": "1", "q-order-o-3": "2"},
        {"q-order-o-1": "9"},
        {"q-order-o-1": "-1"},
        {"q-truefalse": "maybe"},
        {"q-best": ["b-good", "b-bad"]},
    ],
)
def test_an_answer_that_cannot_be_read_says_so_and_records_nothing(signed_in, quiz, bad):
    """Forged or broken fields: a 400 with a clear message, never a 500, nothing saved."""
    response = submit(signed_in, quiz, {**ALL_RIGHT, **bad})
    assert response.status_code == 400
    assert "Certaines réponses n’ont pas pu être lues" in response.content.decode()
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"question": "nope", "q-single": "s-right"},
        {"question": "single"},
        {"question": "single", "q-single": "nope"},
    ],
)
def test_a_check_that_cannot_be_read_answers_json_with_the_reason(signed_in, quiz, fields):
    response = signed_in.post(
        quiz.url, {"action": "check", "attempt": 1, **fields}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert response.json()["error"]
    assert not QuizResponse.objects.exists()


@pytest.mark.parametrize("attempt", ["2", "0", "", "abc", "99999999"])
def test_answers_for_another_attempt_are_refused_with_the_choices_kept(signed_in, quiz, attempt):
    """A stale tab (or a forged number) does not add to the wrong attempt: 409, kept."""
    response = submit(signed_in, quiz, ALL_RIGHT, attempt=attempt)
    assert response.status_code == 409
    assert 'value="b-good" checked' in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_try_again_opens_a_new_attempt_and_the_best_counts(signed_in, quiz, learner):
    submit(signed_in, quiz, ALL_RIGHT)
    page = signed_in.get(quiz.url + "?retry=1").content.decode()
    assert 'name="attempt" value="2"' in page
    assert 'value="s-right" checked' not in page  # a fresh form
    submit(signed_in, quiz, MOSTLY_WRONG, attempt=2)
    scores = list(
        QuizAttempt.objects.filter(user=learner).order_by("number").values_list("score", flat=True)
    )
    assert scores == [100, 47]
    html = signed_in.get(quiz.url).content.decode()
    assert "Vous avez réussi ce quiz" in html  # the best attempt (100 %) counts


def test_the_last_attempt_counts_when_the_trainer_says_so(signed_in, module, learner):
    quiz = add_quiz(module, slug="quiz-derniere", counts="last")
    submit(signed_in, quiz, ALL_RIGHT)
    submit(signed_in, quiz, MOSTLY_WRONG, attempt=2)
    html = signed_in.get(quiz.url).content.decode()
    assert "Votre dernière tentative compte." in html
    assert "Pas encore réussi" in html


def test_no_attempt_beyond_the_limit(signed_in, module, learner):
    """Two attempts allowed: a third is refused and the page no longer offers one."""
    quiz = add_quiz(module, slug="quiz-deux", attempts_allowed=2)
    submit(signed_in, quiz, MOSTLY_WRONG)
    assert "1 tentative restante." in signed_in.get(quiz.url).content.decode()
    submit(signed_in, quiz, MOSTLY_WRONG, attempt=2)
    html = signed_in.get(quiz.url).content.decode()
    assert "Réessayer" not in html
    assert "Vous avez utilisé toutes vos tentatives pour ce quiz." in html
    response = submit(signed_in, quiz, ALL_RIGHT, attempt=3)
    assert response.status_code == 403
    assert QuizAttempt.objects.filter(user=learner).count() == 2
    # Asking for a new attempt by the address shows the last one, not a form.
    assert (
        'name="action" value="submit"' not in signed_in.get(quiz.url + "?retry=1").content.decode()
    )


def test_the_right_answers_show_after_the_last_attempt_when_allowed(signed_in, module):
    quiz = add_quiz(module, slug="quiz-revele", attempts_allowed=1, show_answers_after_last=True)
    submit(signed_in, quiz, MOSTLY_WRONG)
    html = signed_in.get(quiz.url).content.decode()
    assert "Plus de tentative\u00a0: les bonnes réponses sont affichées." in html
    assert "La bonne réponse." in html  # the missed right choice of question 1 (and 2)
    assert "Le bon ordre\u00a0:" in html


def test_the_right_answers_stay_hidden_when_the_trainer_says_so(signed_in, module):
    quiz = add_quiz(module, slug="quiz-cache", attempts_allowed=1, show_answers_after_last=False)
    submit(signed_in, quiz, MOSTLY_WRONG)
    html = signed_in.get(quiz.url).content.decode()
    assert "La bonne réponse." not in html
    assert "Le bon ordre" not in html


def test_the_page_reads_in_english(signed_in, quiz):
    submit(signed_in, quiz, MOSTLY_WRONG)
    with translation.override("en"):
        url = quiz.url.replace("/fr/", "/en/", 1)
    html = signed_in.get(url).content.decode()
    assert "Attempt 1: 47%" in html
    assert "Your choice: not right." in html
    assert "Not passed yet: the step is done from 70%." in html


def test_a_visitor_reads_the_questions_and_is_invited_to_enrol(client, quiz):
    html = client.get(quiz.url).content.decode()
    assert "Combien de hashtags dans une bio" in html
    assert "et inscrivez-vous au cours pour répondre à ce quiz." in html
    assert 'name="action" value="submit"' not in html
    response = submit(client, quiz, ALL_RIGHT)
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "connexion" in response["Location"]
    assert not QuizAttempt.objects.exists()


def test_a_learner_not_enrolled_is_invited_to_enrol_and_cannot_answer(client, quiz, session):
    user = UserFactory()
    client.force_login(user)
    html = client.get(quiz.url).content.decode()
    assert "Inscrivez-vous au cours pour répondre à ce quiz" in html
    assert 'name="action" value="submit"' not in html
    assert submit(client, quiz, ALL_RIGHT).status_code == 403
    assert not QuizAttempt.objects.exists()


def test_a_trainer_who_may_edit_the_quiz_tries_it_without_enrolling(client, quiz):
    from trainers.groups import trainers_group

    trainer = UserFactory(is_staff=True)
    trainer.groups.add(trainers_group())
    client.force_login(trainer)
    assert submit(client, quiz, ALL_RIGHT).status_code == 303
    assert QuizAttempt.objects.get(user=trainer).score == 100


def test_too_many_submissions_are_refused_with_the_choices_kept(signed_in, quiz, write_limit):
    write_limit("quiz_submit", "1/m")
    submit(signed_in, quiz, MOSTLY_WRONG)
    response = submit(signed_in, quiz, ALL_RIGHT, attempt=2)
    assert response.status_code == 429
    assert 'value="b-good" checked' in response.content.decode()
    assert QuizAttempt.objects.count() == 1


def test_too_many_checks_are_refused_in_json(signed_in, quiz, write_limit):
    write_limit("quiz_check", "1/m")
    check(signed_in, quiz, "single", **{"q-single": "s-right"})
    response = check(signed_in, quiz, "truefalse", **{"q-truefalse": "false"})
    assert response.status_code == 429
    assert response.json()["ok"] is False
    assert QuizResponse.objects.count() == 1


def test_a_quiz_without_questions_offers_no_form_and_takes_no_attempt(signed_in, module):
    quiz = add_quiz(module, slug="quiz-vide", questions=[])
    assert 'name="action" value="submit"' not in signed_in.get(quiz.url).content.decode()
    response = submit(signed_in, quiz, {})
    assert response.status_code == 400
    assert "Ce quiz n’a pas encore de questions." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_the_outline_names_the_quiz_a_quiz_with_its_own_sign(signed_in, quiz):
    html = signed_in.get(quiz.url).content.decode()
    assert (
        f'outline__step outline__step--quiz outline__step--current" data-step="{quiz.pk}"' in html
    )
    assert '<span class="outline__icon" aria-hidden="true">▲</span>' in html
