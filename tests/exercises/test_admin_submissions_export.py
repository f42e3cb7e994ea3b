"""The submissions export (admin) carries answers with control characters, CSV and XLSX."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook

from exercises.models import Submission
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    user = UserFactory(display_name="Formatrice")
    group = Group.objects.create(name="Formateurs")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_submission"),
    )
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_an_answer_pasted_with_a_soft_line_break_is_exported(
    trainer_client, exercise, learner, export_format
):
    """U+000B (a soft line break from a word processor) becomes a line break: no error."""
    Submission.objects.create(exercise=exercise, user=learner, text="Bio\x0bligne deux\x00")
    response = trainer_client.get(f"/admin/submissions/?export={export_format}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "xlsx":
        sheet = load_workbook(io.BytesIO(content)).worksheets[0]
        cells = {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}
    else:
        cells = content.decode()
    assert "Bio\nligne deux" in cells
