"""A learner takes the week's quiz: checks one answer with the mouse and hears whether it
is right, submits the rest and fails, tries again (a reload keeps the choices not sent
yet) and passes; the step is then done in the outline, and the certificate, which waited
for the quiz, is issued. Every page is checked with axe-core and fits the screen."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"


def log_in(page, base_url, user, next_path):
    page.goto(f"{base_url}/fr/account/login/?next={next_path}")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}{next_path}")


class Quiz:
    """The demo's week 1 quiz, its questions and choices named by their place."""

    def __init__(self, page):
        from quizzes.models import QuizPage

        self.page = page
        self.model = QuizPage.objects.get(slug="quiz-semaine-1")
        self.ids = [
            (child.id, [item.id for item in self._items(child)]) for child in self.model.questions
        ]

    @staticmethod
    def _items(child):
        for name in ("choices", "cards", "items"):
            if name in child.value:
                return child.value[name].bound_blocks
        return []

    def question(self, number):
        return self.page.locator(f"#question-{self.ids[number - 1][0]}")

    def choose(self, number, *places):
        """Click the label of each choice (1 = the first one written by the trainer)."""
        question_id, item_ids = self.ids[number - 1]
        for place in places:
            self.page.locator(f"label[for='q-{question_id}-{item_ids[place - 1]}']").click()

    def choose_answer(self, number, value):
        question_id = self.ids[number - 1][0]
        self.page.locator(f"label[for='q-{question_id}-{value}']").click()

    def order(self, number, places):
        """Give the items (in the trainer's order) the places `places`."""
        question_id, item_ids = self.ids[number - 1]
        for item_id, place in zip(item_ids, places, strict=True):
            select = self.page.locator(f"#q-{question_id}-{item_id}")
            select.click()
            select.select_option(str(place))


def test_a_learner_fails_the_quiz_then_passes_it_and_the_step_is_done(
    live_server, demo, page, viewport
):
    from course import learning
    from course.models import Completion, CoursePage, CourseSession, Enrolment
    from course.navigation import course_navigation

    user = UserFactory(display_name="Soline Arnaud")
    enrolment = Enrolment.objects.create(user=user, session=CourseSession.objects.get())
    quiz = Quiz(page)
    # Every other required step is done: the quiz is what the certificate waits for.
    course = CoursePage.objects.get()
    for step in course_navigation(course)["outline"].steps:
        if step.pk != quiz.model.pk:
            learning.set_step_done(enrolment, step, True)
    path = quiz.model.url
    log_in(page, live_server.url, user, path)
    expect(page.locator("h1")).to_have_text("Quiz\u00a0: se présenter")
    assert_accessible(page)
    assert_fits_the_screen(page)

    # The first question, checked on its own: its feedback shows in place and is announced.
    quiz.choose(1, 2)
    quiz.question(1).get_by_role("button", name="Vérifier cette réponse").click()
    status = page.locator("[data-quiz-status]")
    expect(status).to_have_text("Question 1\u00a0: Pas juste.")
    expect(quiz.question(1)).to_contain_text("Votre choix\u00a0: pas juste.")
    expect(quiz.question(1)).to_contain_text("Le retweet relaie le message tel quel")
    expect(quiz.question(1).locator("input").first).to_be_disabled()

    # The rest in one go, mostly wrong: the page shows the score and the feedback.
    quiz.choose(2, 2)
    quiz.order(3, [3, 2, 1])
    quiz.choose(4, 1, 4)
    quiz.choose_answer(5, "true")
    quiz.choose(6, 1)
    quiz.choose_answer(7, "false")
    page.get_by_role("button", name="Envoyer mes réponses").click()
    expect(page.locator(".messages")).to_contain_text("Tentative 1 envoyée")
    summary = page.locator("#quiz-result")
    expect(summary).to_contain_text("Tentative 1\u00a0: 33\u202f%")
    expect(summary).to_contain_text("Pas encore réussi")
    expect(quiz.question(2)).to_contain_text("Quatre mots-clés et aucun métier")
    expect(quiz.question(5)).to_contain_text("Explication")
    assert not Completion.objects.filter(enrolment=enrolment, page_id=quiz.model.pk).exists()
    assert_accessible(page)
    assert_fits_the_screen(page)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    # A second attempt, every answer right.
    page.get_by_role("link", name="Réessayer").click()
    expect(page.locator(".quiz__title")).to_have_text("Tentative 2")
    quiz.choose(1, 1)
    quiz.choose(2, 1)
    # Reloading keeps the choices not sent yet (in the browser) and says so.
    page.reload()
    expect(status).to_have_text(
        "Nous avons remis les réponses que vous aviez choisies sans les envoyer."
    )
    expect(quiz.question(2).locator("input").first).to_be_checked()
    quiz.order(3, [1, 2, 3])
    quiz.choose(4, 1, 2, 3)
    quiz.choose_answer(5, "false")
    quiz.choose(6, 1)
    quiz.choose_answer(7, "false")
    page.get_by_role("button", name="Envoyer mes réponses").click()
    expect(summary).to_contain_text("Tentative 2\u00a0: 100\u202f%")
    expect(summary).to_contain_text("Vous avez réussi ce quiz\u00a0: l’étape est faite.")
    expect(page.locator(f"[data-step='{quiz.model.pk}']")).to_have_class(
        "outline__step outline__step--quiz outline__step--current outline__step--done"
    )
    assert Completion.objects.filter(enrolment=enrolment, page_id=quiz.model.pk).exists()
    assert_accessible(page)
    assert page.console_errors == []

    # The certificate waited for the quiz: the course page now leads to it.
    page.goto(f"{live_server.url}{course.url}")
    page.get_by_role("link", name="Voir mon certificat").click()
    expect(page.locator("h1")).to_contain_text("Certificat")


def test_a_question_is_answered_and_checked_with_the_keyboard_alone(
    live_server, demo, page, viewport
):
    """Arrow keys choose, Tab reaches "Check this answer", Enter checks: the verdict is
    announced and the focus moves to the question's feedback, not lost with the button."""
    from course.models import CourseSession, Enrolment

    user = UserFactory(display_name="Elouan Prigent")
    Enrolment.objects.create(user=user, session=CourseSession.objects.get())
    quiz = Quiz(page)
    log_in(page, live_server.url, user, quiz.model.url)
    question_id, choice_ids = quiz.ids[0]
    page.locator(f"#q-{question_id}-{choice_ids[0]}").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Vérifier cette réponse")
    page.keyboard.press("Enter")
    expect(page.locator("[data-quiz-status]")).to_have_text("Question 1\u00a0: Juste.")
    expect(page.locator(":focus")).to_have_attribute("data-question-result", "")
    expect(page.locator(":focus")).to_contain_text("Explication")
    assert_accessible(page)
