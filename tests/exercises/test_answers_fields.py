"""The answer's fields are listed once (ANSWER_FIELDS); the typed answer, the draft
and the form's fields derive from it, leaving out only what they say."""

import pytest

from exercises import answers, services
from exercises.models.submissions import ANSWER_FIELDS, Submission, SubmissionVersion


def test_the_typed_answer_has_every_answer_field_but_the_computed_choice():
    assert answers.Answer.field_names() == answers.DRAFT_FIELDS
    assert set(ANSWER_FIELDS) - set(answers.DRAFT_FIELDS) == {"choice"}
    assert list(answers.Answer().values()) == list(answers.DRAFT_FIELDS)


@pytest.mark.parametrize("model", [Submission, SubmissionVersion])
def test_submissions_and_versions_store_every_answer_field(model):
    stored = {f.name for f in model._meta.get_fields()}
    assert set(ANSWER_FIELDS) <= stored
    assert model.ANSWER_FIELDS == ANSWER_FIELDS


def test_the_servers_draft_leaves_out_the_agreement_given_after_submission():
    draft = services.server_draft(None)
    assert set(draft) == {"version", *answers.FORM_FIELDS}
    assert {"agreement", "agreement_reason"}.isdisjoint(draft)
    assert draft == {"version": 0, "text": "", "picture_answer": "", "answers": {}, "stand": ""}
