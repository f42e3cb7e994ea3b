"""Every admin export in one format a trainer can trust: local time, a CSV a French
spreadsheet opens as columns, real XLSX dates, labels instead of codes, absolute links,
each exercise kind's answers; the inspect view in local time too."""

import datetime
import io
import zoneinfo

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from course.models import ModulePage
from exercises import services
from exercises.answers import Answer
from exercises.models import Submission
from tests.exercises.conftest import add_exercise, one_or_two_questions
from tests.factories import UserFactory
from tests.trainers.spreadsheets import CSV_BOM, csv_rows

pytestmark = pytest.mark.django_db

SUBMISSIONS_ADMIN = "/admin/submissions/"
REPORT = reverse("trainers_reports:submissions")
# 10:05 UTC on a summer day is 12:05 in Paris (TIME_ZONE).
SUMMER_UTC = datetime.datetime(2026, 7, 1, 10, 5, tzinfo=datetime.UTC)
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def module(course):
    return ModulePage.objects.child_of(course).order_by("path").first()


def submit(exercise, user, **answer):
    submission = services.submit(exercise, user, Answer(**answer), "shared")
    Submission.objects.filter(pk=submission.pk).update(
        submitted_at=SUMMER_UTC, updated_at=SUMMER_UTC
    )
    return submission


def in_english(user):
    from wagtail.users.models import UserProfile

    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


def test_a_french_csv_starts_with_a_bom_and_separates_cells_with_semicolons(trainer_client, module):
    """French admin: UTF-8 BOM, `;`, French headings and labels."""
    exercise = add_exercise(module)
    submit(exercise, UserFactory(display_name="Léa"), text="Bibliothécaire, Auray")
    content = body(trainer_client.get(SUBMISSIONS_ADMIN, {"export": "csv"}))
    assert content.startswith(CSV_BOM)
    heading = content.removeprefix(CSV_BOM).splitlines()[0]
    assert heading.startswith("Apprenant;E-mail;Exercice;Statut;")


def test_an_english_csv_has_no_bom_and_separates_cells_with_commas(client, trainer, module):
    """English admin: no BOM, comma separated, English labels."""
    in_english(trainer)
    client.force_login(trainer)
    exercise = add_exercise(module)
    submit(exercise, UserFactory(display_name="Léa"), text="Librarian")
    content = body(client.get(SUBMISSIONS_ADMIN, {"export": "csv"}))
    assert not content.startswith(CSV_BOM)
    rows = csv_rows(client.get(SUBMISSIONS_ADMIN, {"export": "csv"}))
    assert rows[0][:4] == ["Learner", "Email", "Exercise", "Status"]
    assert rows[1][3] == "Submitted"


def test_the_submissions_csv_gives_local_times_labels_versions_and_absolute_links(
    trainer_client, module
):
    """Times in Paris time, "Soumis"/"Partagé…" instead of codes, version 1 as the
    learner sees it, and a link that opens from the downloaded file."""
    exercise = add_exercise(module)
    submission = submit(exercise, UserFactory(display_name="Léa"), text="Bibliothécaire")
    rows = csv_rows(trainer_client.get(SUBMISSIONS_ADMIN, {"export": "csv"}))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Statut"] == "Soumis"
    assert row["Visibilité"].startswith("Partagé")
    assert row["Version"] == "1"
    assert row["Soumis le"] == "2026-07-01 12:05"
    assert row["Lien"] == f"http://testserver{submission.get_url()}"


def test_the_submissions_export_carries_the_answers_of_every_kind(trainer_client, module):
    """A bio's text and picture, one-or-two answers as question → answer with the
    recommendation, a reflection's text and stand: in words, not keys or codes."""
    bio = add_exercise(module, picture_question="Et votre photo ?")
    one_or_two = add_exercise(
        module,
        title="Un compte ou deux ?",
        slug="un-ou-deux",
        kind="one_or_two",
        questions=one_or_two_questions(),
    )
    reflection = add_exercise(
        module,
        title="Prendre position",
        slug="position",
        kind="reflection",
        prompt="Un compte par métier ?",
        positions=[{"type": "position", "value": {"label": "Oui, un seul", "description": ""}}],
    )
    user = UserFactory(display_name="Léa")
    submit(bio, user, text="Bibliothécaire", picture_answer="Mon visage, souriant")
    keys = [q["key"] for q in one_or_two.question_list()]
    submit(one_or_two, user, answers={keys[0]: 1, keys[1]: 0})
    stand = reflection.position_choices[0][0]
    submit(reflection, user, text="Un seul compte suffit.", stand=stand)

    rows = csv_rows(trainer_client.get(SUBMISSIONS_ADMIN, {"export": "csv"}))
    by_exercise = {row[2]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_exercise[bio.title]["Texte"] == "Bibliothécaire"
    assert by_exercise[bio.title]["À propos de la photo"] == "Mon visage, souriant"
    answers = by_exercise[one_or_two.title]["Réponses aux questions"]
    assert "Parlez-vous au nom d'une structure ? → Non, en mon nom" in answers
    assert "Voulez-vous parler aussi de votre vie privée ? → Oui, beaucoup" in answers
    assert by_exercise[one_or_two.title]["Recommandation"] == "Deux comptes"
    assert by_exercise[reflection.title]["Prise de position"] == "Oui, un seul"
    assert by_exercise[reflection.title]["Texte"] == "Un seul compte suffit."


def test_the_xlsx_exports_hold_real_dates_in_local_time_shown_day_first(trainer_client, module):
    """Both the Submissions menu and the submissions report: a datetime cell, 12:05 Paris
    time, with a day-first number format."""
    exercise = add_exercise(module)
    submit(exercise, UserFactory(display_name="Léa"), text="Bibliothécaire")
    for url in (SUBMISSIONS_ADMIN, REPORT):
        response = trainer_client.get(url, {"export": "xlsx"})
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).worksheets[0]
        headings = [cell.value for cell in sheet[1]]
        cell = sheet.cell(row=2, column=headings.index("Soumis le") + 1)
        assert cell.value == datetime.datetime(2026, 7, 1, 12, 5)
        assert cell.number_format == "dd/mm/yyyy hh:mm"


def test_the_report_shows_the_version_number_the_learner_sees(trainer_client, module):
    """Three submissions after many autosaves: "3", as the learner's page says, not the
    count of draft saves."""
    exercise = add_exercise(module)
    user = UserFactory(display_name="Léa")
    for text in ("Un", "Deux", "Trois"):
        submission = submit(exercise, user, text=text)
    Submission.objects.filter(pk=submission.pk).update(version=14, submitted_version=14)
    rows = csv_rows(trainer_client.get(REPORT, {"export": "csv"}))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Version"] == "3"
    assert row["Lien"].startswith("http://testserver/")
    html = trainer_client.get(REPORT).content.decode()
    assert "<td>14</td>" not in html.replace(" ", "")


def test_the_inspect_view_shows_times_in_local_time(trainer_client, module):
    """12:05 in Paris, not the 10:05 stored in UTC."""
    exercise = add_exercise(module)
    submission = submit(exercise, UserFactory(display_name="Léa"), text="Bibliothécaire")
    html = trainer_client.get(f"{SUBMISSIONS_ADMIN}inspect/{submission.pk}/").content.decode()
    assert "12:05" in html
    assert "10:05" not in html


def test_the_comments_report_export_links_to_moderation_with_an_absolute_address(
    trainer_client, module
):
    """The moderation link opens from the downloaded file."""
    from django.contrib.contenttypes.models import ContentType

    from discussions.models import Comment, CommentStatus

    Comment.objects.create(
        content_type=ContentType.objects.get_for_model(module),
        object_id=str(module.pk),
        author=UserFactory(display_name="Léa"),
        body="En attente",
        status=CommentStatus.HELD,
    )
    rows = csv_rows(trainer_client.get(reverse("trainers_reports:comments"), {"export": "csv"}))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Lien de modération"].startswith("http://testserver/admin/")


def test_the_inspect_view_gives_one_or_two_answers_and_a_stand_in_words(trainer_client, module):
    """Question → chosen answer, and the position's label, not keys and block ids."""
    one_or_two = add_exercise(
        module,
        title="Un compte ou deux ?",
        slug="un-ou-deux",
        kind="one_or_two",
        questions=one_or_two_questions(),
    )
    reflection = add_exercise(
        module,
        title="Prendre position",
        slug="position",
        kind="reflection",
        prompt="Un compte par métier ?",
        positions=[{"type": "position", "value": {"label": "Oui, un seul", "description": ""}}],
    )
    user = UserFactory(display_name="Léa")
    keys = [q["key"] for q in one_or_two.question_list()]
    first = submit(one_or_two, user, answers={keys[0]: 1, keys[1]: 0})
    stand = reflection.position_choices[0][0]
    second = submit(reflection, user, text="Un seul compte suffit.", stand=stand)
    html = trainer_client.get(f"{SUBMISSIONS_ADMIN}inspect/{first.pk}/").content.decode()
    assert "Non, en mon nom" in html
    html = trainer_client.get(f"{SUBMISSIONS_ADMIN}inspect/{second.pk}/").content.decode()
    assert "Oui, un seul" in html and stand not in html
