"""Trainers' journeys in the admin: moderating a reported comment with its reasons in
sight, and a page reviewed by a second trainer (the one who submitted it cannot)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import test_journey_trainer
from tests.browser.conftest import assert_accessible
from tests.browser.test_journey_discussion import log_in
from tests.browser.test_journey_trainer import make_trainer
from tests.factories import UserFactory, paragraph

# The admin journeys' page fixture: axe-core is injected although the admin's CSP says no.
page = test_journey_trainer.page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT = "Suivez mon compte pour des promotions exceptionnelles"
DETAILS = "Il fait de la publicité pour sa boutique."


def reported_comment():
    from django.contrib.contenttypes.models import ContentType

    from course.models import TestimonialPage
    from discussions.models import Comment, CommentReport, CommentStatus

    table = TestimonialPage.objects.get(slug="table-ronde-se-presenter")
    comment = Comment.objects.create(
        content_type=ContentType.objects.get_for_model(table),
        object_id=str(table.pk),
        author=UserFactory(display_name="Vincent Vendeur"),
        body=COMMENT,
        status=CommentStatus.HELD,
    )
    CommentReport.objects.create(
        comment=comment,
        reporter=UserFactory(display_name="Rose Rapporteuse"),
        reason="spam",
        details=DETAILS,
    )
    CommentReport.objects.create(
        comment=comment, reporter=UserFactory(display_name="Paul Prudent"), reason="spam"
    )
    return comment


def test_a_trainer_moderates_a_reported_comment_with_its_reasons_in_sight(live_server, demo, page):
    from discussions.models import CommentReport, CommentStatus

    comment = reported_comment()
    trainer = make_trainer(lead=False)
    log_in(page, live_server.url, trainer, "/admin/trainers/reports/comments/")

    row = page.get_by_role("row").filter(has_text="Suivez mon compte")
    expect(row).to_contain_text("Spam ou publicité (2)")
    assert_accessible(page)
    row.get_by_role("link").first.click()

    context = page.locator(".moderation-context")
    expect(context).to_contain_text("Vincent Vendeur")
    expect(context).to_contain_text("Table ronde")
    expect(context).to_contain_text(DETAILS)
    expect(context).to_contain_text("Rose Rapporteuse")
    expect(context).to_contain_text("Paul Prudent")
    expect(context).to_contain_text("Aucune décision pour l’instant.")
    assert_accessible(page)

    page.get_by_role("combobox", name="Décision").select_option(label="Masqué")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator(".messages")).to_be_visible()

    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN
    assert CommentReport.objects.filter(comment=comment).count() == 2  # kept, dealt with
    assert not CommentReport.objects.filter(comment=comment).open().exists()

    page.goto(f"{live_server.url}/admin/snippets/discussions/comment/edit/{comment.pk}/")
    decisions = page.locator(".moderation-context__decisions")
    expect(decisions).to_contain_text("Masqué")
    expect(decisions).to_contain_text(trainer.get_public_name())
    assert page.console_errors == []


def submitted_lesson(submitter):
    from course.models import LessonPage, ModulePage

    module = ModulePage.objects.order_by("path").first()
    lesson = LessonPage(
        title="Relire avant de publier",
        slug="relire-avant-de-publier",
        body=paragraph("Une leçon relue par une autre paire d’yeux."),
        live=False,
    )
    module.add_child(instance=lesson)
    lesson.save_revision(user=submitter)
    lesson.get_workflow().start(lesson, submitter)
    return lesson


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_a_second_trainer_approves_the_page_the_first_submitted(live_server, demo, page, settings):
    # As in test_journey_trainer: the editor's background requests off on in-memory SQLite.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    first = make_trainer(lead=False)
    second = UserFactory(display_name="Bastien Leclerc", is_staff=True)
    second.groups.set(first.groups.all())  # a trainer too, not a lead trainer
    lesson = submitted_lesson(first)
    edit = f"/admin/pages/{lesson.pk}/edit/"

    log_in(page, live_server.url, first, edit)
    page.get_by_role("button", name="Plus d'actions").last.click()
    expect(page.get_by_role("button", name="Enregistrer le brouillon").first).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Approuver"))).to_have_count(0)
    expect(page.get_by_role("button", name="Demander des modifications")).to_have_count(0)
    expect(page.get_by_role("button", name="Publier", exact=True)).to_have_count(0)

    page.context.clear_cookies()
    log_in(page, live_server.url, second, edit)
    page.get_by_role("button", name="Plus d'actions").last.click()
    expect(page.get_by_role("button", name="Publier", exact=True)).to_have_count(0)
    page.get_by_role("button", name="Approuver et Publier", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Relire avant de publier")

    lesson.refresh_from_db()
    assert lesson.live
    page.context.clear_cookies()
    page.goto(f"{live_server.url}{lesson.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Relire avant de publier")
    assert_accessible(page)
