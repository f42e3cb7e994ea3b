"""Importing a quiz's questions from GIFT in the admin (paste or file, preview, a new draft)
and exporting them: who may, what the preview shows, what is refused and why."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from quizzes.gift import parse_gift
from quizzes.models import QuizPage
from tests.factories import UserFactory
from tests.trainers.quiz_data import QUESTIONS, add_quiz
from trainers.quiz_gift import MAX_GIFT_BYTES, MAX_IMPORTED_QUESTIONS

pytestmark = pytest.mark.django_db

GIFT = """// Deux questions et une que le quiz ne sait pas poser
::Q1:: Une bio se relit avant d'être publiée. {T#Relisez toujours.#Oui.}

Combien de temps pour écrire une bio ? {#10:5}

Quelle bio choisir ? {
    =Celle qui dit le métier #Oui : on sait qui parle.
    ~Celle qui dit tout #Trop long.
    ####Le métier d'abord.
}
"""


def import_url(quiz):
    with translation.override("en"):
        return reverse("trainers_quizzes:gift_import", args=[quiz.pk])


def export_url(quiz):
    with translation.override("en"):
        return reverse("trainers_quizzes:gift_export", args=[quiz.pk])


def preview(client, quiz, **data):
    return client.post(import_url(quiz), {"preview": "1", **data}, follow=True)


def test_the_preview_shows_each_question_as_learners_see_it_and_what_is_refused(
    trainer_client, session
):
    """Two questions shown with their right answers; the numerical one named by number and line."""
    quiz = add_quiz(session.course)
    response = preview(trainer_client, quiz, text=GIFT)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="quiz-question ') == 2
    assert "Une bio se relit avant d&#x27;être publiée." in html
    assert "Relisez toujours." in html and "Le métier d&#x27;abord." in html
    problems = [str(problem) for problem in response.context["result"].problems]
    assert len(problems) == 1 and problems[0].startswith("Question 2 du fichier (ligne 4)")
    assert QuizPage.objects.get(pk=quiz.pk).get_latest_revision() is None


def test_confirming_appends_the_questions_to_a_new_draft_and_leaves_the_live_page(
    trainer_client, trainer, session
):
    quiz = add_quiz(session.course)
    page = preview(trainer_client, quiz, text=GIFT)
    gift = page.context["confirm_form"]["gift"].value()

    response = trainer_client.post(import_url(quiz), {"confirm": "1", "gift": gift})

    assert response.status_code == 302
    assert response.url.endswith(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))
    quiz.refresh_from_db()
    assert len(quiz.questions) == len(QUESTIONS)  # the live page is unchanged
    revision = quiz.get_latest_revision()
    assert revision.user == trainer
    draft = revision.as_object()
    types = [child.block_type for child in draft.questions]
    assert types == [q["type"] for q in QUESTIONS] + ["true_false", "single"]
    stored = draft.questions.raw_data[-1]["value"]["choices"]
    assert all(item["id"] for item in stored)  # each choice keeps one id, for the answers


def test_a_utf8_file_with_a_byte_order_mark_is_read(trainer_client, session):
    quiz = add_quiz(session.course)
    upload = SimpleUploadedFile("quiz.gift", ("\ufeff" + GIFT).encode())
    response = preview(trainer_client, quiz, file=upload)
    assert len(response.context["result"].questions) == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("quiz.gift", "Une bio très courte ? {T}".encode("latin-1"), "UTF-8"),
        ("quiz.docx", b"Q {T}", ".gift ou .txt"),
        ("quiz.txt", b"x" * (MAX_GIFT_BYTES + 1), "512\u00a0Ko"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_why(
    trainer_client, session, name, content, message
):
    """The trainer reads why, in the admin's language (French here)."""
    quiz = add_quiz(session.course)
    response = preview(trainer_client, quiz, file=SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert "result" not in response.context
    assert message in str(response.context["form"].errors)


def test_nothing_to_read_or_too_much_is_refused(trainer_client, session):
    quiz = add_quiz(session.course)
    assert preview(trainer_client, quiz, text="  ").context["form"].errors
    many = "\n\n".join(f"Q{n} ? {{T}}" for n in range(MAX_IMPORTED_QUESTIONS + 1))
    response = preview(trainer_client, quiz, text=many)
    assert "result" not in response.context
    assert str(MAX_IMPORTED_QUESTIONS) in str(response.context["form"].non_field_errors())


def test_a_question_its_block_would_refuse_is_a_problem_not_a_draft(trainer_client, session):
    """A handle longer than the card allows is reported; the other question is kept."""
    quiz = add_quiz(session.course)
    long_handle = "x" * 60
    text = (
        "Vrai ? {T}\n\n"
        f"::best_example:: Laquelle ? {{=Inès\\n@{long_handle}\\nBio claire ~Marc\\n@marc\\nBio}}"
    )
    result = preview(trainer_client, quiz, text=text).context["result"]
    assert [q["type"] for q in result.questions] == ["true_false"]
    assert [(p.number, p.line) for p in result.problems] == [(2, 3)]
    assert "40" in result.problems[0].message  # the card's limit, from its block


def test_what_the_file_says_is_shown_as_text_never_as_markup(trainer_client, session):
    """A prompt, a choice and a feedback holding a script tag are shown escaped."""
    quiz = add_quiz(session.course)
    text = "<script>alert(1)</script> Vrai ? {=<b>oui</b>#<img src=x onerror=alert(2)> ~non}"
    html = preview(trainer_client, quiz, text=text).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>oui" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.fixture
def admin_without_pages(client):
    """Someone who may enter the admin but edit no page."""
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client


def test_someone_who_may_not_edit_the_quiz_cannot_import_or_export(admin_without_pages, session):
    """Wagtail sends them back to the admin's home, and nothing is written."""
    quiz = add_quiz(session.course)
    client = admin_without_pages
    home = reverse("wagtailadmin_home")
    assert client.get(import_url(quiz)).url == home
    assert client.post(import_url(quiz), {"confirm": "1", "gift": GIFT}).url == home
    assert QuizPage.objects.get(pk=quiz.pk).get_latest_revision() is None
    assert client.get(export_url(quiz)).url == home


def test_a_page_that_is_not_a_quiz_is_not_found(trainer_client, session):
    lesson = session.course.get_children().first().get_children().first()
    with translation.override("en"):
        url = reverse("trainers_quizzes:gift_import", args=[lesson.pk])
    assert trainer_client.get(url, follow=True).status_code == 404


def test_the_import_is_limited_per_person(trainer_client, session, write_limit):
    """A refused post says so and keeps the pasted text."""
    write_limit("quiz_import", "1/m")
    quiz = add_quiz(session.course)
    assert preview(trainer_client, quiz, text=GIFT).status_code == 200
    response = trainer_client.post(import_url(quiz), {"preview": "1", "text": GIFT})
    assert response.status_code == 429
    assert "Une bio se relit" in response.content.decode()


def test_the_export_downloads_the_quiz_as_gift_that_reads_back_the_same(trainer_client, session):
    quiz = add_quiz(session.course, title="Quiz de la semaine 1")
    response = trainer_client.get(export_url(quiz))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="quiz-de-la-semaine-1.gift"'
    result = parse_gift(response.content.decode())
    assert result.problems == []
    assert result.questions == QUESTIONS


def test_the_quiz_s_more_menu_offers_import_and_export_to_its_editors(trainer_client, session):
    quiz = add_quiz(session.course)
    html = trainer_client.get(
        reverse("wagtailadmin_pages:edit", args=[quiz.pk]), follow=True
    ).content.decode()
    assert reverse("trainers_quizzes:gift_import", args=[quiz.pk]).split("/admin/")[1] in html
    assert reverse("trainers_quizzes:gift_export", args=[quiz.pk]).split("/admin/")[1] in html
    lesson = session.course.get_children().first().get_children().first()
    other = trainer_client.get(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]), follow=True
    ).content.decode()
    assert "/gift/import/" not in other


def test_a_quiz_locked_by_another_editor_gets_no_new_draft(trainer_client, session, superuser):
    """Wagtail's lock holds for the import too: the trainer reads why, nothing is written."""
    from django.utils import timezone

    quiz = add_quiz(session.course)
    QuizPage.objects.filter(pk=quiz.pk).update(
        locked=True, locked_by=superuser, locked_at=timezone.now()
    )
    response = trainer_client.post(import_url(quiz), {"confirm": "1", "gift": GIFT}, follow=True)
    assert QuizPage.objects.get(pk=quiz.pk).get_latest_revision() is None
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
