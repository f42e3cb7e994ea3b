"""A keyboard user reaches the lesson text at once, and the outline by its own skip
link; a screen-reader user hears the bio checklist only when a check changes state."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"


def first_lesson_path():
    from course.models import LessonPage

    return LessonPage.objects.live().order_by("path").first().url


def test_skip_to_content_lands_on_the_lesson_past_the_breadcrumb_and_outline(
    live_server, demo, page
):
    """Tab, Enter, Tab: the focus is on the first control of the lesson, not in the outline."""
    page.goto(live_server.url + first_lesson_path())
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Aller au contenu")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused_in = page.evaluate(
        "() => { const a = document.activeElement;"
        " return [!!a.closest('article.course-frame__content'), !!a.closest('nav')]; }"
    )
    assert focused_in == [True, False]
    assert_accessible(page)


def test_the_outline_has_its_own_landmark_and_skip_link(live_server, demo, page):
    """The second skip link brings the keyboard to the course outline's navigation."""
    page.goto(live_server.url + first_lesson_path())
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Aller au sommaire du cours")
    page.keyboard.press("Enter")
    outline = page.get_by_role("navigation", name="Sommaire du cours")
    expect(outline).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('#course-outline')")


def test_the_bio_checklist_speaks_once_per_change_of_state_never_per_keystroke(
    live_server, demo, page
):
    """Keystrokes that change no check leave every live region untouched."""
    from course.models import CourseSession, Enrolment
    from exercises.models import ExercisePage

    user = UserFactory(display_name="Clémence Arvor")
    Enrolment.objects.create(user=user, session=CourseSession.objects.get())
    path = ExercisePage.objects.get(kind="bio").url
    page.goto(f"{live_server.url}/fr/account/login/?next={path}")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}{path}")

    page.evaluate(
        """() => {
        window.__spoken = [];
        const regions = document.querySelectorAll(
            '.bio-workspace [aria-live], .bio-workspace [role=status]');
        const observer = new MutationObserver((records) => records.forEach((r) =>
            window.__spoken.push(r.target.textContent || r.target.parentNode.textContent)));
        regions.forEach((region) => observer.observe(
            region, {childList: true, characterData: true, subtree: true}));
        window.__regions = regions.length;
    }"""
    )
    assert page.evaluate("window.__regions") == 1
    field = page.get_by_role("textbox", name="Votre bio", exact=True)
    field.press_sequentially("Je range des livres")
    assert page.evaluate("window.__spoken") == []
    field.press_sequentially(" en bibliothécaire")
    status = page.locator("[data-checklist-status]")
    expect(status).to_have_text("Vous dites votre métier\u00a0: terminé")
    assert len(page.evaluate("window.__spoken")) == 1
    field.press_sequentially(" patient")
    assert len(page.evaluate("window.__spoken")) == 1
