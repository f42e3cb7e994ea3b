"""Moderation in the Wagtail admin: the listing, its filters, the bulk actions."""

import pytest
from django.urls import reverse
from django.utils import translation

from discussions.models import CommentReport, CommentStatus, ReportReason
from discussions.moderation import DECISIONS
from discussions.services import report_comment
from tests.discussions.conftest import make_comment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_discussions_comment:list"
EDIT = "wagtailsnippets_discussions_comment:edit"


def test_the_listing_shows_comments_and_filters_by_status(client, testimonial, learner, moderator):
    make_comment(testimonial, learner, "visible words")
    make_comment(testimonial, learner, "waiting words", status=CommentStatus.HELD)
    client.force_login(moderator)
    everything = client.get(reverse(LIST)).content.decode()
    assert "visible words" in everything and "waiting words" in everything
    held = client.get(reverse(LIST), {"status": "held"}).content.decode()
    assert "waiting words" in held and "visible words" not in held


def test_the_listing_filters_reported_comments(client, testimonial, learner, moderator):
    reported = make_comment(testimonial, learner, "reported words")
    make_comment(testimonial, learner, "quiet words")
    CommentReport.objects.create(comment=reported, reporter=UserFactory(), reason="spam")
    client.force_login(moderator)
    page = client.get(reverse(LIST), {"reported": "true"}).content.decode()
    assert "reported words" in page and "quiet words" not in page


def test_the_listing_offers_the_bulk_actions(client, testimonial, learner, moderator):
    make_comment(testimonial, learner, "x")
    client.force_login(moderator)
    page = client.get(reverse(LIST)).content.decode()
    for action in ("approve", "hide", "remove"):
        assert reverse("wagtail_bulk_action", args=["discussions", "comment", action]) in page


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "published"), ("hide", "hidden"), ("remove", "removed")],
)
def test_bulk_actions_set_the_status_for_a_moderator(
    client, testimonial, learner, moderator, action, status
):
    first = make_comment(testimonial, learner, "a", status=CommentStatus.HELD)
    second = make_comment(testimonial, learner, "b", status=CommentStatus.HELD)
    untouched = make_comment(testimonial, learner, "c", status=CommentStatus.HELD)
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", action])
    query = f"?id={first.pk}&id={second.pk}&next={reverse(LIST)}"
    confirm = client.get(url + query)
    assert confirm.status_code == 200
    response = client.post(url + query)
    assert response.status_code == 302
    for comment in (first, second, untouched):
        comment.refresh_from_db()
    assert first.status == second.status == status
    assert untouched.status == CommentStatus.HELD


def test_approving_keeps_the_reports_marked_dealt_with_so_they_do_not_hold_it_again(
    client, testimonial, learner, moderator, settings
):
    """Reports outlive the decision (kept, marked dealt with); only later reports count to hold."""
    settings.DISCUSSIONS_REPORTS_TO_HOLD = 2
    comment = make_comment(testimonial, learner, "a", status=CommentStatus.HELD)
    CommentReport.objects.create(comment=comment, reporter=UserFactory(), reason="spam")
    CommentReport.objects.create(comment=comment, reporter=UserFactory(), reason="abuse")
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", "approve"])
    client.post(f"{url}?id={comment.pk}")
    assert CommentReport.objects.count() == 2
    assert not CommentReport.objects.open().exists()

    comment.refresh_from_db()
    report_comment(user=UserFactory(), comment=comment, reason="off_topic")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED  # one open report of the two needed


def test_the_moderation_screen_shows_author_place_reports_and_decisions(
    client, testimonial, learner, other_learner, moderator
):
    """Who wrote it (linked), the page, thread and parent, each report in full, who decided what."""
    learner.display_name = "Alice Autrice"
    learner.save()
    question = make_comment(testimonial, other_learner, "Une question de départ.")
    reply = make_comment(testimonial, learner, "Achetez mes abonnés", parent=question)
    reporter = UserFactory(display_name="Rémi Rapporteur")
    CommentReport.objects.create(
        comment=reply, reporter=reporter, reason="spam", details="Un lien vers une boutique."
    )
    client.force_login(moderator)
    hide = reverse("wagtail_bulk_action", args=["discussions", "comment", "hide"])
    client.post(f"{hide}?id={reply.pk}")

    html = client.get(reverse(EDIT, args=[reply.pk])).content.decode()
    assert "Alice Autrice" in html and learner.email in html
    assert reverse("trainers_follow:learner", args=[learner.pk]) in html  # the learner page
    assert testimonial.title in html
    assert f'href="{testimonial.url}"' in html
    assert reverse("discussions:permalink", args=[reply.pk]) in html
    assert reverse(EDIT, args=[question.pk]) in html and "Une question de départ." in html
    with translation.override("fr"):  # the admin speaks the moderator's language
        spam, hidden = str(ReportReason.SPAM.label), str(DECISIONS[CommentStatus.HIDDEN][2])
    assert spam in html and "Un lien vers une boutique." in html
    assert "Rémi Rapporteur" in html and reporter.email in html
    assert hidden in html and moderator.get_public_name() in html
    assert "content type" not in html.lower() and "object id" not in html.lower()


def test_each_decision_is_written_to_the_audit_log_with_who_and_when(
    client, testimonial, learner, moderator
):
    """Bulk actions and the moderation screen both log the decision (Wagtail's ModelLogEntry)."""
    from wagtail.models import ModelLogEntry

    comment = make_comment(testimonial, learner, "a", status=CommentStatus.HELD)
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", "approve"])
    client.post(f"{url}?id={comment.pk}")
    client.post(reverse(EDIT, args=[comment.pk]), {"status": "removed"})

    entries = ModelLogEntry.objects.for_instance(comment).order_by("timestamp", "pk")
    assert [(entry.action, entry.user_id) for entry in entries] == [
        ("discussions.approve", moderator.pk),
        ("discussions.remove", moderator.pk),
    ]
    assert all(entry.timestamp is not None for entry in entries)


def test_the_comment_inspect_view_of_raw_fields_is_gone(client, testimonial, learner, moderator):
    """The moderation screen is the one place a comment is looked at: no raw-field inspect view."""
    from django.urls import NoReverseMatch

    comment = make_comment(testimonial, learner, "a")
    client.force_login(moderator)
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsnippets_discussions_comment:inspect", args=[comment.pk])


def test_a_moderator_changes_the_status_but_not_the_text(client, testimonial, learner, moderator):
    comment = make_comment(testimonial, learner, "original", status=CommentStatus.HELD)
    client.force_login(moderator)
    url = reverse("wagtailsnippets_discussions_comment:edit", args=[comment.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"status": "published", "body": "rewritten"})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.body == "original"


def test_nobody_adds_comments_from_the_admin(client, moderator):
    client.force_login(moderator)
    response = client.get(reverse("wagtailsnippets_discussions_comment:add"))
    assert response.status_code in (302, 403)


def test_approving_a_held_reply_notifies_the_person_replied_to_once(
    client, testimonial, learner, other_learner, moderator, mailoutbox
):
    question = make_comment(testimonial, learner, "Une question ?")
    reply = make_comment(
        testimonial, other_learner, "Une réponse.", parent=question, status=CommentStatus.HELD
    )
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", "approve"])

    client.post(f"{url}?id={reply.pk}")
    client.post(f"{url}?id={reply.pk}")  # approving again: already published, no new email

    assert [message.to for message in mailoutbox] == [[learner.email]]
    assert "Une réponse." in mailoutbox[0].body


def test_the_moderation_screen_costs_the_same_queries_with_2_or_20_reports(
    client, testimonial, learner, moderator
):
    """Reports and decisions are read in one query each, whatever their number."""
    # (one decision in both cases: the first one adds Wagtail's "last updated by")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    comment = make_comment(testimonial, learner, "Signalé souvent")
    for _ in range(2):
        CommentReport.objects.create(comment=comment, reporter=UserFactory(), reason="spam")
    client.force_login(moderator)
    hide = reverse("wagtail_bulk_action", args=["discussions", "comment", "hide"])
    client.post(f"{hide}?id={comment.pk}")
    url = reverse(EDIT, args=[comment.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(18):
        CommentReport.objects.create(comment=comment, reporter=UserFactory(), reason="abuse")
    client.post(reverse(EDIT, args=[comment.pk]), {"status": "published"})
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(many) == len(few)


def test_the_decision_log_keeps_no_text_of_the_comment(client, testimonial, learner, moderator):
    """The audit log outlives comments erased with an account: it names them by number only."""
    from wagtail.models import ModelLogEntry

    comment = make_comment(testimonial, learner, "Mon numéro de téléphone est 06 12 34 56 78")
    client.force_login(moderator)
    hide = reverse("wagtail_bulk_action", args=["discussions", "comment", "hide"])
    client.post(f"{hide}?id={comment.pk}")
    [entry] = ModelLogEntry.objects.for_instance(comment)
    assert "06 12" not in entry.label and str(comment.pk) in entry.label


def test_hostile_report_details_are_shown_as_inert_text(client, testimonial, learner, moderator):
    """A report's details are the reporter's words: escaped on the moderation screen."""
    comment = make_comment(testimonial, learner, "a")
    CommentReport.objects.create(
        comment=comment,
        reporter=UserFactory(display_name="<b>Rapporteur</b>"),
        reason="other",
        details='<script>alert(1)</script><img src=x onerror="alert(2)">\nligne 2',
    )
    client.force_login(moderator)
    html = client.get(reverse(EDIT, args=[comment.pk])).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Rapporteur</b>" not in html
