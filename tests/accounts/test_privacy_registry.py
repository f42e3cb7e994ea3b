"""Export and deletion cover every table that holds a learner's data.

The registry walk: every foreign key to the user, in every installed app, is covered by
a section of accounts/privacy.py (exported and erased) or listed there as kept
anonymised, with its reason. A model added with a user foreign key and no section
fails here, by name. Then a learner with data in every table exports it all and,
once deleted, leaves no row pointing to them.
"""

import json

import pytest
from django.apps import apps
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageLogEntry

from accounts import privacy
from course import learning
from course.models import ModulePage, TestimonialPage
from course.navigation import course_navigation
from discussions.models import Comment, CommentReport, ThreadFollow
from exercises.models import PeerAssignment, Submission
from practice import posting
from practice.models import Mention, Post
from tests.accounts.conftest import PASSWORD, activate_totp, make_user, sign_in, url
from tests.exercises.conftest import add_exercise
from tests.practice.conftest import add_practice

pytestmark = pytest.mark.django_db


def foreign_keys_to_the_user() -> dict[str, str]:
    """'app_label.Model.field' -> its on_delete, for every concrete foreign key or
    one-to-one field to the user, listed once on the model that declares it."""
    user_model = get_user_model()
    found = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not (field.concrete and (field.many_to_one or field.one_to_one)):
                continue
            if field.related_model is not user_model or field.model is not model:
                continue
            on_delete = field.remote_field.on_delete.__name__
            found[f"{model._meta.label}.{field.name}"] = on_delete
    return found


def covered() -> set[str]:
    return {key for section in privacy.sections() for key in section.covers}


def test_every_foreign_key_to_the_user_is_exported_and_erased_or_kept_anonymised():
    """A model holding a learner's data must say what happens to it: fails with the
    model and field that no section of accounts/privacy.py covers."""
    missing = sorted(
        f"{key} (on_delete={on_delete})"
        for key, on_delete in foreign_keys_to_the_user().items()
        if key not in covered() and key not in privacy.KEPT_ANONYMISED
    )
    assert not missing, (
        "These foreign keys to the user are in no privacy section and not in "
        "accounts.privacy.KEPT_ANONYMISED: register them with `covers=` in their app's "
        "privacy section (export and erase), or list them as kept anonymised with why: "
        + ", ".join(missing)
    )


def test_every_registered_foreign_key_exists_and_none_is_both_kept_and_erased():
    """A misspelt or stale entry would cover nothing: each names a real foreign key."""
    real = foreign_keys_to_the_user()
    stale = sorted((covered() | set(privacy.KEPT_ANONYMISED)) - set(real))
    assert not stale, f"Not a foreign key to the user: {stale}"
    assert not covered() & set(privacy.KEPT_ANONYMISED)


def test_kept_anonymised_keys_do_not_cascade_so_they_can_outlive_the_account():
    """A key kept anonymised is set to NULL (or left to an eraser), never cascaded."""
    real = foreign_keys_to_the_user()
    for key in privacy.KEPT_ANONYMISED:
        assert real[key] in {"SET_NULL", "DO_NOTHING"}, key


@pytest.fixture
def full_learner(learner, enrolment, course, other_learner):
    """A learner with a row in every table that can hold their data."""
    steps = course_navigation(course)["outline"].steps
    learning.set_step_done(enrolment, steps[0], True)
    enrolment.completed_at = timezone.now()
    enrolment.certificate_code = "ABCD-EFGH-JKLM"
    enrolment.save()
    module = ModulePage.objects.child_of(course).order_by("path").first()
    exercise = add_exercise(module)
    testimonial = TestimonialPage.objects.descendant_of(course).first()
    target_type = ContentType.objects.get_for_model(testimonial)
    mine = Comment.objects.create(
        content_type=target_type, object_id=str(testimonial.pk), author=learner, body="Moi"
    )
    Comment.objects.create(
        content_type=target_type,
        object_id=str(testimonial.pk),
        author=other_learner,
        body="Réponse",
        parent=mine,
        root=mine,
        depth=1,
        replied_to_author=learner,
    )
    theirs = Comment.objects.create(
        content_type=target_type, object_id=str(testimonial.pk), author=other_learner, body="x"
    )
    CommentReport.objects.create(
        comment=theirs, reporter=learner, reason="other", details="Mes détails"
    )
    ThreadFollow.objects.create(
        user=learner, content_type=target_type, object_id=str(testimonial.pk)
    )
    Submission.objects.create(exercise=exercise, user=learner, text="Ma bio")
    peer = Submission.objects.create(exercise=exercise, user=other_learner, visibility="shared")
    PeerAssignment.objects.create(exercise=exercise, reviewer=learner, submission=peer)
    PageLogEntry.objects.log_action(testimonial, "wagtail.edit", user=learner)
    practice = add_practice(module)
    posting.publish(practice, enrolment.session, learner, ["Mon post"])
    (other,) = posting.publish(practice, enrolment.session, other_learner, ["Leur post"])
    posting.set_like(other, learner, True)
    Mention.objects.create(post=other, user=learner)
    Post.objects.filter(pk=other.pk).update(
        hidden_at=timezone.now(), hidden_by=learner, highlighted_by=learner
    )
    return learner


def test_export_holds_the_courses_reports_follows_peers_and_sessions(client, full_learner):
    """Issue 18 defect 3: the learner's course data is in "export my data", with every
    other table that holds their data."""
    sign_in(client, full_learner.email)
    response = client.post(url("export_data", "en"))
    sections = json.loads(response.content)["sections"]
    (course,) = sections["courses"]
    assert course["certificate_code"] == "ABCD-EFGH-JKLM"
    assert course["certificate_check_url"].endswith("/certificates/ABCD-EFGH-JKLM/")
    assert course["completed_at"] and course["enrolled_at"]
    assert len(course["steps_done"]) == 1
    assert sections["reports"][0]["details"] == "Mes détails"
    assert len(sections["followed_discussions"]) == 1
    assert len(sections["peers_handed"]) == 1
    assert [c["body"] for c in sections["comments"]] == ["Moi"]
    assert [s["draft"]["text"] for s in sections["submissions"]] == ["Ma bio"]
    assert len(sections["sessions"]) == 1
    assert "session_key" not in json.dumps(sections["sessions"])
    assert [p["text"] for p in sections["practice_posts"]] == ["Mon post"]
    assert len(sections["practice_likes"]) == 1
    assert len(sections["practice_mentions"]) == 1


def test_deleting_the_account_leaves_no_row_pointing_to_it(client, full_learner, other_learner):
    """Every foreign key to the user, kept-anonymised ones included, is empty of the
    deleted account; its sessions on another device end; others' rows stay."""
    other_device = Client()
    sign_in(other_device, full_learner.email)
    sign_in(client, full_learner.email)
    activate_totp(full_learner)
    pk = full_learner.pk
    response = client.post(url("delete_account", "en"), {"password": PASSWORD})
    assert response.status_code == 302
    left = {
        key: model_count
        for key in foreign_keys_to_the_user()
        if (model_count := _rows_pointing_to(key, pk))
    }
    assert left == {}
    assert not [s for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) == str(pk)]
    assert other_device.get(url("profile")).status_code == 302
    assert Comment.objects.filter(author=other_learner).count() == 2
    assert PageLogEntry.objects.filter(action="wagtail.edit", user__isnull=True).exists()


def _rows_pointing_to(key: str, pk: int) -> int:
    label, field = key.rsplit(".", 1)
    model = apps.get_model(label)
    return model._base_manager.filter(**{f"{field}_id": pk}).count()


def test_a_second_account_is_untouched_by_the_deletion(client, full_learner):
    """The erasers work on the deleted account only."""
    bystander = make_user("carol@example.org")
    Submission.objects.create(
        exercise=Submission.objects.first().exercise, user=bystander, text="Carol"
    )
    sign_in(client, full_learner.email)
    client.post(url("delete_account", "en"), {"password": PASSWORD})
    assert Submission.objects.filter(user=bystander).exists()


def test_the_export_makes_as_many_queries_with_many_rows_as_with_one(
    full_learner, other_learner, course, enrolment
):
    """More steps done, comments, follows, reports or peers handed add no query."""
    privacy.export_user_data(full_learner)  # the site's root paths, cached once
    with CaptureQueriesContext(connection) as first:
        privacy.export_user_data(full_learner)
    testimonial = TestimonialPage.objects.descendant_of(course).first()
    target = {
        "content_type": ContentType.objects.get_for_model(testimonial),
        "object_id": str(testimonial.pk),
    }
    for n, step in enumerate(course_navigation(course)["outline"].steps[1:4]):
        learning.set_step_done(enrolment, step, True)
        ThreadFollow.objects.create(user=full_learner, anchor=f"q{n}", **target)
        other = Comment.objects.create(author=other_learner, body="y", **target)
        CommentReport.objects.create(comment=other, reporter=full_learner, reason="spam")
        Comment.objects.create(author=full_learner, body="z", **target)
    with CaptureQueriesContext(connection) as second:
        data = privacy.export_user_data(full_learner)
    assert len(data["followed_discussions"]) == 4
    assert len(second.captured_queries) == len(first.captured_queries)
