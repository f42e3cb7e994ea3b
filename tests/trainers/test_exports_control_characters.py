"""Exports carry text with control characters: CSV and XLSX, never an error.

A vertical tab (what word processors paste as a soft line break) or another
character XML forbids in a learner's name or a comment made openpyxl raise
IllegalCharacterError in the middle of an XLSX download. Every exported cell
goes through `course.text.xml_safe`.
"""

import csv
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from openpyxl import load_workbook

from course.models import Enrolment, TestimonialPage
from discussions.models import Comment, CommentStatus
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAME = "Léa\x0bMartin\x01"  # PostgreSQL stores no NUL byte: \x01 is forbidden in XML too
BODY = "Une ligne\x0bune autre\x1b."


@pytest.fixture
def hostile(session, course):
    user = UserFactory(display_name=NAME)
    Enrolment.objects.create(user=user, session=session)
    page = TestimonialPage.objects.first()
    Comment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=str(page.pk),
        author=user,
        body=BODY,
        status=CommentStatus.HELD,
    )
    return user


def export(client, report, export_format) -> bytes:
    response = client.get(reverse(f"trainers_reports:{report}"), {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(("report", "text"), [("learners", NAME), ("comments", BODY)])
def test_the_xlsx_export_writes_control_characters_as_line_breaks_or_nothing(
    trainer_client, hostile, report, text
):
    workbook = load_workbook(io.BytesIO(export(trainer_client, report, "xlsx")))
    cells = {cell.value for row in workbook.worksheets[0].iter_rows(min_row=2) for cell in row}
    expected = {NAME: "Léa\nMartin", BODY: "Une ligne\nune autre."}[text]
    assert expected in cells


@pytest.mark.parametrize(("report", "text"), [("learners", NAME), ("comments", BODY)])
def test_the_csv_export_has_no_character_xml_forbids(trainer_client, hostile, report, text):
    content = export(trainer_client, report, "csv").decode("utf-8-sig")
    # A French admin's CSV separates cells with ";" (trainers/reports/exports.py).
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    cells = {cell for row in rows[1:] for cell in row}
    expected = {NAME: "Léa\nMartin", BODY: "Une ligne\nune autre."}[text]
    assert expected in cells
    assert not any(c in content for c in "\x00\x01\x0b\x1b")
