"""The exercise page sits under a module only, is a leaf, checks its configuration,
and the learner's submissions are part of "export my data" and "delete my account"."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from accounts.privacy import erase_user_data, export_user_data
from course.models import CoursePage, LessonPage, ModulePage
from exercises.models import ExercisePage, Submission, SubmissionVersion
from home.models import HomePage
from tests.exercises.conftest import GOOD_BIO


class ExercisePageTreeTests(WagtailPageTestCase):
    def test_an_exercise_lives_under_a_module_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ExercisePage, {ModulePage})
        self.assertCanCreateAt(ModulePage, ExercisePage)
        self.assertCanNotCreateAt(CoursePage, ExercisePage)
        self.assertCanNotCreateAt(HomePage, ExercisePage)
        self.assertCanNotCreateAt(LessonPage, ExercisePage)
        self.assertAllowedSubpageTypes(ExercisePage, set())


# A page's constructor looks up its content type: the database must be reachable.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "one_or_two"}, "questions"),
        ({"kind": "reflection", "prompt": "  "}, "prompt"),
        ({"kind": "reflection", "prompt": "Ok ?", "min_words": 50, "max_words": 10}, "max_words"),
    ],
)
def test_an_incomplete_exercise_is_refused_in_the_admin(fields, field):
    page = ExercisePage(title="Exercice", slug="exercice", **fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


@pytest.mark.django_db
def test_the_outline_labels_the_exercise_with_a_capital(client, exercise):
    content = client.get(exercise.url).content.decode()
    assert '<span class="outline__step-kind">Exercice</span>' in content


@pytest.mark.django_db
def test_export_holds_the_draft_and_every_version_and_deletion_removes_them(
    client, exercise, enrolment, learner
):
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": "Bibliothécaire."})
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO})
    exported = export_user_data(learner)["submissions"]
    assert len(exported) == 1
    assert [v["text"] for v in exported[0]["versions"]] == ["Bibliothécaire.", GOOD_BIO]
    erase_user_data(learner)
    assert not Submission.objects.exists()
    assert not SubmissionVersion.objects.exists()


@pytest.mark.django_db
def test_export_holds_the_kept_drafts_and_deletion_removes_them(client, exercise, learner):
    """Texts kept from a two-tab conflict are the learner's data: exported, then erased."""
    from django.urls import reverse

    from exercises.models import KeptDraft

    client.force_login(learner)
    url = reverse("exercises:autosave", args=[exercise.pk])
    for version, text in ((0, "un"), (1, "deux"), (1, "deux bis")):
        client.post(url, {"version": version, "text": text}, content_type="application/json")
    exported = export_user_data(learner)["submissions"]
    assert {kept["text"] for kept in exported[0]["kept_drafts"]} == {"deux", "deux bis"}
    erase_user_data(learner)
    assert not KeptDraft.objects.exists()
