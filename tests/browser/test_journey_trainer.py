"""A trainer logs in to the admin, writes a lesson in a module and publishes it; a learner
then finds it in the course outline."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_journey_discussion import log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LESSON_TITLE = "Répondre à une critique sans s’emporter"


@pytest.fixture
def page(browser, viewport):
    # As the shared fixture, but axe-core is injected as an inline script, which the
    # site's Content-Security-Policy rightly blocks: the test context bypasses it
    # (tests/browser/test_content_security_policy.py checks the policy itself).
    context = browser.new_context(viewport=viewport, locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on(
        "response",
        lambda r: r.status >= 400 and page.console_errors.append(f"{r.status} {r.url}"),
    )
    yield page
    context.close()


def make_trainer(lead=True):
    """A trainer; a lead trainer (the default here) also publishes without review."""
    from django.contrib.auth.models import Group

    from trainers.groups import LEAD_TRAINERS_GROUP, TRAINERS_GROUP

    trainer = UserFactory(display_name="Odile Marchetti", is_staff=True)
    names = [TRAINERS_GROUP, LEAD_TRAINERS_GROUP] if lead else [TRAINERS_GROUP]
    trainer.groups.add(*Group.objects.filter(name__in=names))
    return trainer


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_a_trainer_writes_and_publishes_a_lesson_that_learners_see(
    live_server, demo, page, settings
):
    # The test server's threads share one in-memory SQLite connection: the editor's
    # background requests (autosave every 500 ms, the editing-session ping) would run
    # at the same moment as the publication and fail. Off here; PostgreSQL has no such
    # limit, and the editing itself is the same.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    from course.models import CoursePage, Enrolment, ModulePage
    from tests.factories import CourseSessionFactory

    course = CoursePage.objects.get()
    module = ModulePage.objects.child_of(course).order_by("path").first()
    learner = UserFactory(display_name="Maëlle Quintin")
    session = course.sessions.first() or CourseSessionFactory(course=course)
    Enrolment.objects.create(user=learner, session=session)
    trainer = make_trainer()

    log_in(page, live_server.url, trainer, "/admin/")
    expect(page.get_by_role("heading", name="Apprenants et progression")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/")
    page.get_by_role("link", name="Ajouter une sous-page").first.click()
    page.get_by_role("link", name="Leçon", exact=True).click()
    page.wait_for_url("**/add/course/lessonpage/**")
    page.locator("#id_title").fill(LESSON_TITLE)
    page.get_by_role("button", name="Insérer un bloc").first.click()
    page.get_by_role("option", name="Texte enrichi").or_(
        page.get_by_text("Texte enrichi", exact=True)
    ).first.click()
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    expect(editor).to_be_focused()
    page.keyboard.type("Respirez, relisez, puis répondez avec une question.")
    expect(editor).to_contain_text("Respirez, relisez")
    # What is published is what the editor has stored in the form, a moment after typing.
    expect(page.locator("input[name='body-0-value']")).to_have_value(
        re.compile("Respirez, relisez")
    )
    page.get_by_role("tab", name="Promotion").click()
    page.locator("#id_slug").fill("repondre-a-une-critique")

    page.get_by_role("button", name="Plus d'actions").last.click()
    page.get_by_role("button", name="Publier").click()
    expect(page.locator(".messages")).to_contain_text(LESSON_TITLE)

    page.context.clear_cookies()
    log_in(page, live_server.url, learner, course.url)
    outline = page.locator(".outline")
    expect(outline).to_contain_text(LESSON_TITLE)
    outline.get_by_role("link", name=LESSON_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON_TITLE)
    expect(page.locator("main")).to_contain_text("Respirez, relisez")
    assert_accessible(page)
    assert page.console_errors == []
