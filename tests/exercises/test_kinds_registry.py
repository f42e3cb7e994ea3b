"""A new exercise kind is one module and its template: a throwaway kind registered
here (nothing else changed) is served, checked and submitted like the others."""

from contextlib import contextmanager

import pytest
from django.db import connection
from django.template import engines

from exercises import kinds
from exercises.choices import ExerciseKind
from exercises.kinds.base import ExerciseKindBase
from exercises.models import ExercisePage, Submission
from tests.exercises.conftest import add_exercise

pytestmark = pytest.mark.django_db

HAIKU_FORM = engines["django"].from_string(
    '<label for="exercise-text">Trois vers</label>'
    '<textarea id="exercise-text" name="text" data-exercise-text>{{ answer.text }}</textarea>'
    "<p data-haiku-lines>{{ lines }} vers</p>"
)
HAIKU_RESULT = engines["django"].from_string('<p class="haiku">Haïku rendu : {{ last.text }}</p>')


class Haiku(ExerciseKindBase):
    """Three lines of text: the kind a test adds, as a module of exercises/kinds/ would."""

    value = "haiku"
    label = "Haïku"
    form_title = "Votre haïku"
    form_template = HAIKU_FORM
    result_template = HAIKU_RESULT

    def problems(self, page, answer) -> list[str]:
        lines = [line for line in answer.text.splitlines() if line.strip()]
        return [] if len(lines) == 3 else ["Un haïku a trois vers."]

    def form_context(self, page, answer) -> dict:
        return {"lines": len([line for line in answer.text.splitlines() if line.strip()])}


@contextmanager
def database_takes_kind(value: str):
    """Let the database store a kind value that ExerciseKind does not list (a real kind
    adds its value there, with a migration of the check constraint)."""
    constraint = next(
        c for c in ExercisePage._meta.constraints if c.name == "exercises_page_kind_valid"
    )
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA ignore_check_constraints = ON")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA ignore_check_constraints = OFF")
    else:
        # Inside the test's transaction: the constraint is back when it rolls back.
        with connection.schema_editor(atomic=False) as editor:
            editor.remove_constraint(ExercisePage, constraint)
        yield


@pytest.fixture
def haiku(module):
    kinds.register(Haiku)
    try:
        with database_takes_kind(Haiku.value):
            page = add_exercise(
                module, title="Un haïku", slug="un-haiku", kind="reflection", prompt="Écrivez."
            )
            ExercisePage.objects.filter(pk=page.pk).update(kind=Haiku.value)
            yield ExercisePage.objects.get(pk=page.pk)
    finally:
        kinds.unregister(Haiku.value)


def test_every_kind_a_page_can_take_is_registered():
    assert sorted(kinds.kind_of(value).value for value in ExerciseKind.values) == sorted(
        ExerciseKind.values
    )


def test_a_value_is_registered_once():
    class OtherBio(ExerciseKindBase):
        value = ExerciseKind.BIO

    with pytest.raises(ValueError, match="already registered"):
        kinds.register(OtherBio)
    assert type(kinds.kind_of(ExerciseKind.BIO)).__name__ == "Bio"


def test_a_registered_kind_is_served_checked_and_submitted(client, haiku, enrolment, learner):
    """The page shows the kind's label, title and form; a refused answer comes back with
    the kind's problem and the text typed; a good one is submitted and shown by the
    kind's result template."""
    client.force_login(learner)
    page = client.get(haiku.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Votre haïku" in html
    assert "Haïku</p>" in html
    assert "0 vers" in html

    refused = client.post(haiku.url, {"action": "submit", "text": "Un vers\nDeux vers"})
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "Un haïku a trois vers." in html
    assert "2 vers" in html
    assert Submission.objects.get(user=learner).last_version is None

    poem = "Le vieil étang\nUne grenouille plonge\nLe bruit de l’eau"
    submitted = client.post(haiku.url, {"action": "submit", "text": poem})
    assert submitted.status_code == 303
    submission = Submission.objects.get(user=learner)
    assert submission.is_submitted
    assert submission.last_version.text == poem
    assert "Haïku rendu : Le vieil étang" in client.get(haiku.url).content.decode()
