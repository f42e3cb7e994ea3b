"""The practice timelines report: a session's timeline listed and exported (CSV, XLSX) in
the one export format, its filters as the trainers' queue, who may open it, and its
queries constant in the number of posts."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from course.models import Enrolment, ModulePage
from practice.models import Like, Mention, Post, PostReport, PracticePage, Tag
from tests.factories import CourseSessionFactory, UserFactory
from tests.trainers.spreadsheets import csv_rows

pytestmark = pytest.mark.django_db

URL = reverse("trainers_reports:practice")


@pytest.fixture
def timeline(course, session):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    page = PracticePage(title="Live-tweeter la rencontre", slug="live-tweet", transcript="00:00 A")
    module.add_child(instance=page)
    page.save_revision().publish()
    author = UserFactory(display_name="Awa Diallo", twitter_handle="awa_d")
    peer = UserFactory(display_name="Jules Morel", twitter_handle="JulesM")
    for user in (author, peer):
        Enrolment.objects.create(user=user, session=session)
    first = Post.objects.create(
        page=page,
        session=session,
        author=author,
        body="Bonjour @JulesM #RencontreGZ",
        moment_seconds=65,
    )
    Tag.objects.create(post=first, name="rencontregz")
    Mention.objects.create(post=first, user=peer)
    Like.objects.create(post=first, user=peer)
    reply = Post.objects.create(
        page=page,
        session=session,
        author=peer,
        body='=HYPERLINK("http://x.example")\x0b',
        reply_to=first,
        hidden_at=timezone.now(),
    )
    PostReport.objects.create(post=reply, reporter=author, reason="spam")
    other = CourseSessionFactory(course=course, title="Autre session")
    Post.objects.create(page=page, session=other, author=peer, body="Dans une autre session")
    return {"page": page, "first": first, "reply": reply, "session": session, "other": other}


def export(client, session, export_format):
    response = client.get(URL, {"session": session.pk, "export": export_format})
    assert response.status_code == 200
    return response


def test_a_sessions_timeline_exports_as_csv_with_every_post_and_its_context(
    trainer_client, timeline
):
    rows = csv_rows(export(trainer_client, timeline["session"], "csv"))
    heading, *posts = rows
    assert len(posts) == 2  # the other session's post is not in it
    first = dict(zip(heading, posts[0], strict=True))
    assert first["Texte"] == "Bonjour @JulesM #RencontreGZ"
    assert first["Auteur"] == "Awa Diallo"
    assert first["Moment de l’enregistrement"] == "1:05"
    assert first["Mots-dièse"] == "#rencontregz"
    assert first["Mentions"] == "Jules Morel (@JulesM)"
    assert first["J’aime reçus"] == "1"
    assert first["Lien"].startswith("http://testserver/")
    assert first["Lien"].endswith(f"#post-{timeline['first'].pk}")
    reply = dict(zip(heading, posts[1], strict=True))
    assert reply["En réponse à la publication"] == str(timeline["first"].pk)
    assert reply["État"] == "Masquée par un formateur" or reply["État"].startswith("Retenue")


def test_a_post_written_as_a_formula_stays_text_in_both_formats(trainer_client, timeline):
    """OWASP's CSV injection: an apostrophe in CSV, a text cell in XLSX; control
    characters XML forbids are removed."""
    rows = csv_rows(export(trainer_client, timeline["session"], "csv"))
    texts = [row[rows[0].index("Texte")] for row in rows[1:]]
    assert any(text.startswith("'=HYPERLINK(") for text in texts)
    response = export(trainer_client, timeline["session"], "xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).worksheets[0]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    formula = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"
    assert "\x0b" not in str(formula.value)


def test_the_reported_filter_is_the_queue_of_posts_to_look_at(trainer_client, timeline):
    html = trainer_client.get(URL, {"state": "reported"}).content.decode()
    assert "HYPERLINK" in html
    assert "Bonjour @JulesM" not in html


def test_a_learner_cannot_open_the_report(client, timeline):
    learner = UserFactory(is_staff=True)
    client.force_login(learner)
    assert client.get(URL).status_code in (302, 403)


def test_a_page_of_the_report_takes_the_same_queries_whatever_the_posts(trainer_client, timeline):
    """Two posts or thirty-two: the same number of queries (tags, mentions and reports
    read in one query each)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page, session = timeline["page"], timeline["session"]
    author, peer = timeline["first"].author, timeline["reply"].author

    def count():
        trainer_client.get(URL, {"session": session.pk})
        with CaptureQueriesContext(connection) as queries:
            assert trainer_client.get(URL, {"session": session.pk}).status_code == 200
        return len(queries)

    few = count()
    posts = Post.objects.bulk_create(
        [Post(page=page, session=session, author=author, body=f"n°{n}") for n in range(30)]
    )
    Tag.objects.bulk_create([Tag(post=post, name="rencontregz") for post in posts])
    Mention.objects.bulk_create([Mention(post=post, user=peer) for post in posts])
    assert count() == few
