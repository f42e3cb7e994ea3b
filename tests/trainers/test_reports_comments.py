"""The comments-awaiting-moderation report: held and reported comments, filters, export."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from course.models import Enrolment, TestimonialPage
from discussions.models import Comment, CommentReport, CommentStatus, ReportReason
from tests.factories import CourseSessionFactory, UserFactory
from tests.trainers.spreadsheets import csv_rows

pytestmark = pytest.mark.django_db

URL = reverse("trainers_reports:comments")


def comment(page, author, body, status=CommentStatus.PUBLISHED):
    return Comment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=str(page.pk),
        author=author,
        body=body,
        status=status,
    )


@pytest.fixture
def comments(course, learner):
    page = TestimonialPage.objects.first()
    reporter = UserFactory()
    held = comment(page, learner, "Un commentaire retenu.", CommentStatus.HELD)
    reported = comment(page, learner, "Un commentaire signalé.")
    CommentReport.objects.create(comment=reported, reporter=reporter, reason="spam")
    comment(page, learner, "Un commentaire sans souci.")
    comment(page, learner, "Un commentaire déjà masqué.", CommentStatus.HIDDEN)
    return {"page": page, "held": held, "reported": reported}


def rows(response):
    return csv_rows(response)[1:]


def test_held_and_reported_comments_are_listed_with_their_page_and_a_moderation_link(
    trainer_client, comments
):
    html = trainer_client.get(URL).content.decode()
    assert "Un commentaire retenu." in html
    assert "Un commentaire signalé." in html
    assert "sans souci" not in html and "déjà masqué" not in html
    assert comments["page"].title in html
    edit = reverse("wagtailsnippets_discussions_comment:edit", args=[comments["held"].pk])
    assert edit in html


@pytest.mark.parametrize(
    ("why", "expected"),
    [("held", ["Un commentaire retenu."]), ("reported", ["Un commentaire signalé."])],
)
def test_the_why_filter_separates_held_from_reported(trainer_client, comments, why, expected):
    assert [row[0] for row in rows(trainer_client.get(URL, {"waiting": why, "export": "csv"}))] == (
        expected
    )


def test_the_session_filter_keeps_comments_of_that_sessions_learners(
    trainer_client, comments, course, learner
):
    first = CourseSessionFactory(course=course)
    second = CourseSessionFactory(course=course)
    Enrolment.objects.create(user=learner, session=first)
    assert len(rows(trainer_client.get(URL, {"session": first.pk, "export": "csv"}))) == 2
    assert rows(trainer_client.get(URL, {"session": second.pk, "export": "csv"})) == []


def test_a_formula_in_a_held_comment_is_exported_as_text(trainer_client, course, learner):
    page = TestimonialPage.objects.first()
    comment(page, learner, '=HYPERLINK("http://evil.example","x")', CommentStatus.HELD)
    [row] = rows(trainer_client.get(URL, {"export": "csv"}))
    assert row[0] == '\'=HYPERLINK("http://evil.example","x")'


def test_the_report_costs_the_same_queries_with_3_or_60_comments(
    trainer_client, course, learner, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pages = list(TestimonialPage.objects.all())
    for n in range(3):
        comment(pages[n % len(pages)], learner, f"Retenu {n}", CommentStatus.HELD)
    trainer_client.get(URL)
    with CaptureQueriesContext(connection) as few:
        trainer_client.get(URL)
    for n in range(57):
        comment(pages[n % len(pages)], UserFactory(), f"Encore {n}", CommentStatus.HELD)
    with django_assert_num_queries(len(few)):
        response = trainer_client.get(URL)
    assert response.context["paginator"].count == 60


def test_the_report_and_its_export_carry_the_reasons_of_the_open_reports(
    trainer_client, comments, learner
):
    """Each reported comment says why: reasons (with how many) on screen, details in the export."""
    reported = comments["reported"]
    CommentReport.objects.create(
        comment=reported, reporter=UserFactory(), reason="spam", details="Lien vers une boutique."
    )
    CommentReport.objects.create(comment=reported, reporter=UserFactory(), reason="off_topic")
    with translation.override("fr"):
        spam, off_topic = str(ReportReason.SPAM.label), str(ReportReason.OFF_TOPIC.label)
    html = trainer_client.get(URL).content.decode()
    assert f"{spam} (2), {off_topic}" in html
    [row] = rows(trainer_client.get(URL, {"waiting": "reported", "export": "csv"}))
    assert f"{spam} (2), {off_topic}" in row
    assert f"{spam}: Lien vers une boutique." in row


def test_a_report_dealt_with_no_longer_lists_the_comment_but_is_kept(
    trainer_client, comments, trainer
):
    """After a moderator keeps a reported comment, it leaves the report; its reports stay."""
    from discussions.moderation import decide

    decide([comments["reported"]], CommentStatus.PUBLISHED, trainer)
    assert rows(trainer_client.get(URL, {"waiting": "reported", "export": "csv"})) == []
    assert CommentReport.objects.filter(comment=comments["reported"]).exists()
