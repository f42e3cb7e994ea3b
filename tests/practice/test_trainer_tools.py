"""Trainers' gestures on timeline posts (highlight with a note, hide, and their undo) and
learners' reports: who may do what (the role matrix), what each gesture records, and the
discussions' moderation rules applied to posts."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import ModelLogEntry

from practice.models import Post, PostReport

pytestmark = pytest.mark.django_db

DECISIONS = ["highlight", "unhighlight", "hide", "show"]


@pytest.fixture
def post(make_post, peer):
    return make_post(peer, body="Premier point : on prépare la veille #RencontreGZ")


def gesture(client, decision, post, **data):
    return client.post(reverse(f"practice:{decision}", args=[post.pk]), data)


def test_a_trainer_highlights_a_post_with_a_note_kept_as_typed_without_controls(
    client, trainer, post
):
    """The note is stored cleaned (no control characters) with who chose the post and when;
    the trainer comes back to the post on the session's timeline."""
    client.force_login(trainer)
    response = gesture(client, "highlight", post, note="  Bel exemple\x07 de citation.  ")
    post.refresh_from_db()
    assert post.highlighted_at is not None
    assert post.highlighted_by == trainer
    assert post.highlight_note == "Bel exemple de citation."
    assert response.status_code == 302
    assert response["Location"].endswith(f"?session={post.session_id}#post-{post.pk}")


def test_removing_the_highlight_forgets_the_note(client, trainer, post):
    client.force_login(trainer)
    gesture(client, "highlight", post, note="À suivre")
    gesture(client, "unhighlight", post)
    post.refresh_from_db()
    assert (post.highlighted_at, post.highlighted_by, post.highlight_note) == (None, None, "")


def test_a_note_over_500_characters_is_refused_and_nothing_is_highlighted(client, trainer, post):
    client.force_login(trainer)
    response = gesture(client, "highlight", post, note="x" * 501)
    post.refresh_from_db()
    assert post.highlighted_at is None
    assert response.status_code == 302  # back to the post, with the message
    assert "500" in str(next(iter(get_messages(response.wsgi_request))))


def test_a_trainer_hides_a_post_then_shows_it_again(client, trainer, post):
    """Hide records who and when; "show again" undoes it."""
    client.force_login(trainer)
    gesture(client, "hide", post)
    post.refresh_from_db()
    assert post.hidden_at is not None and post.hidden_by == trainer
    gesture(client, "show", post)
    post.refresh_from_db()
    assert post.hidden_at is None and post.hidden_by is None


def test_each_decision_is_written_to_the_audit_log(client, trainer, post):
    """As comment decisions are: Wagtail's ModelLogEntry, with the trainer."""
    client.force_login(trainer)
    for decision in DECISIONS:
        gesture(client, decision, post)
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(post.pk))
        .order_by("pk")
        .values_list("action", "user_id")
    )
    assert actions == [(f"practice.{decision}", trainer.pk) for decision in DECISIONS]


@pytest.mark.parametrize("decision", DECISIONS)
@pytest.mark.parametrize("who", ["author", "learner of the session"])
def test_a_learner_can_neither_hide_nor_highlight(
    client, post, peer, learner, enrolment, who, decision
):
    """403 for a learner who sees the post, its author included; the post is unchanged."""
    client.force_login(peer if who == "author" else learner)
    response = gesture(client, decision, post, note="Moi aussi")
    assert response.status_code == 403
    fresh = Post.objects.get(pk=post.pk)
    assert (fresh.hidden_at, fresh.highlighted_at, fresh.highlight_note) == (None, None, "")


@pytest.mark.parametrize("decision", DECISIONS)
def test_a_learner_of_another_session_is_told_nothing(client, post, outsider, decision):
    """404: the post of another session's timeline does not exist for them."""
    client.force_login(outsider)
    assert gesture(client, decision, post).status_code == 404


@pytest.mark.parametrize("decision", DECISIONS)
def test_a_visitor_is_sent_to_sign_in(client, post, decision):
    response = gesture(client, decision, post)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert Post.objects.get(pk=post.pk).hidden_at is None


def test_a_gesture_is_a_post_request_only(client, trainer, post):
    client.force_login(trainer)
    assert client.get(reverse("practice:hide", args=[post.pk])).status_code == 405


def test_the_trainers_gestures_are_limited_per_user(client, trainer, post, write_limit):
    """Past WRITE_RATE_LIMITS["practice_moderate"], 429 and nothing changes."""
    write_limit("practice_moderate", "1/m")
    client.force_login(trainer)
    assert gesture(client, "hide", post).status_code == 302
    assert gesture(client, "show", post).status_code == 429
    assert Post.objects.get(pk=post.pk).hidden_at is not None


def report(client, post, reason="spam", details=""):
    return client.post(
        reverse("practice:report", args=[post.pk]), {"reason": reason, "details": details}
    )


def test_a_learner_reports_a_peers_post_with_a_reason(client, learner, enrolment, post):
    client.force_login(learner)
    response = report(client, post, "off_topic", "Hors sujet\x07 complet")
    assert response.status_code == 302
    made = PostReport.objects.get()
    assert (made.post, made.reporter, made.reason, made.details) == (
        post,
        learner,
        "off_topic",
        "Hors sujet complet",
    )


def test_the_report_page_shows_the_form_without_script(client, learner, enrolment, post):
    client.force_login(learner)
    response = client.get(reverse("practice:report", args=[post.pk]))
    assert response.status_code == 200
    assert 'name="reason"' in response.content.decode()


def test_other_needs_details_and_the_form_comes_back(client, learner, enrolment, post):
    client.force_login(learner)
    response = report(client, post, "other", "")
    assert response.status_code == 400
    assert not PostReport.objects.exists()


def test_nobody_reports_their_own_post_or_twice(client, learner, enrolment, peer, post):
    client.force_login(peer)
    report(client, post)
    client.force_login(learner)
    report(client, post)
    report(client, post)
    assert list(PostReport.objects.values_list("reporter_id", flat=True)) == [learner.pk]


def test_enough_reports_hold_the_post_until_a_trainer_decides(
    client, settings, session, post, trainer
):
    """As for comments: DISCUSSIONS_REPORTS_TO_HOLD open reports hide the post with nobody
    as `hidden_by`; the trainer's "show again" keeps it and deals with the reports."""
    from course.models import Enrolment
    from tests.factories import UserFactory

    settings.DISCUSSIONS_REPORTS_TO_HOLD = 2
    for _n in range(2):
        reporter = UserFactory()
        Enrolment.objects.create(user=reporter, session=session)
        client.force_login(reporter)
        report(client, post)
    post.refresh_from_db()
    assert post.hidden_at is not None and post.hidden_by is None
    client.force_login(trainer)
    gesture(client, "show", post)
    post.refresh_from_db()
    assert post.hidden_at is None
    assert not PostReport.objects.open().exists()
    assert PostReport.objects.count() == 2  # kept for the record


def test_a_hidden_post_can_no_longer_be_reported_nor_seen(
    client, learner, enrolment, post, trainer
):
    client.force_login(trainer)
    gesture(client, "hide", post)
    client.force_login(learner)
    assert report(client, post).status_code == 404
    assert not PostReport.objects.exists()


def test_reports_are_limited_per_user(client, learner, enrolment, make_post, peer, write_limit):
    write_limit("practice_report", "1/m")
    client.force_login(learner)
    first, second = make_post(peer), make_post(peer)
    report(client, first)
    assert report(client, second).status_code == 429
    assert PostReport.objects.count() == 1


def test_a_learners_reports_are_exported_and_erased_with_their_account(learner, enrolment, post):
    """The privacy registry covers PostReport.reporter."""
    from accounts import privacy

    PostReport.objects.create(post=post, reporter=learner, reason="spam")
    exported = privacy.export_user_data(learner)
    assert exported["practice_reports"][0]["reason"] == "spam"
    privacy.erase_user_data(learner)
    assert not PostReport.objects.exists()
