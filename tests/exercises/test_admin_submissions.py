"""Trainers list, filter, read and export submissions in the Wagtail admin; learners cannot;
an exported cell that starts like a formula is neutralised."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission

from exercises.models import Submission
from tests.factories import UserFactory
from trainers.reports.exports import neutralise_formula

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer():
    user = UserFactory(display_name="Formatrice")
    group = Group.objects.create(name="Formateurs")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_submission"),
    )
    user.groups.add(group)
    return user


@pytest.fixture
def hostile_submission(exercise, learner):
    return Submission.objects.create(
        exercise=exercise, user=learner, text='=HYPERLINK("http://x.test","clic")'
    )


def test_a_trainer_lists_searches_reads_and_exports_submissions(
    client, trainer, hostile_submission
):
    client.force_login(trainer)
    listing = client.get("/admin/submissions/")
    assert listing.status_code == 200
    assert hostile_submission.user.get_public_name() in listing.content.decode()
    assert client.get("/admin/submissions/?q=HYPERLINK").status_code == 200
    assert client.get("/admin/submissions/?status=draft").status_code == 200
    inspect = client.get(f"/admin/submissions/inspect/{hostile_submission.pk}/")
    assert inspect.status_code == 200
    export = client.get("/admin/submissions/?export=csv")
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode()
    assert "'=HYPERLINK" in body
    assert client.get("/admin/submissions/add/").status_code in (302, 403)


def test_a_learner_cannot_open_the_submissions_admin(client, learner, hostile_submission):
    client.force_login(learner)
    response = client.get("/admin/submissions/")
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+33 6", "'+33 6"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("ok", "ok")],
)
def test_formula_cells_are_neutralised(value, expected):
    assert neutralise_formula(value) == expected


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_an_answer_pasted_with_a_soft_line_break_is_exported(
    client, trainer, exercise, learner, export_format
):
    """U+000B (a soft line break from a word processor) becomes a line break: no error."""
    Submission.objects.create(exercise=exercise, user=learner, text="Bio\x0bligne deux\x01")
    client.force_login(trainer)
    response = client.get(f"/admin/submissions/?export={export_format}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
        cells = {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}
    else:
        cells = content.decode()
    assert "Bio\nligne deux" in cells
