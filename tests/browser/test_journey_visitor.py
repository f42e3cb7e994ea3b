"""A visitor browses the demo course: home, course, a lesson, the next one, a round
table, then switches the interface to English."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def _check(page):
    assert_accessible(page)
    assert_fits_the_screen(page)
    assert page.console_errors == []


def _open_outline_if_folded(page):
    outline = page.locator(".outline__details")
    if outline.get_attribute("open") is None:
        page.locator(".outline__summary").click()


def test_visitor_reads_the_course_and_switches_to_english(live_server, demo, page):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    _check(page)

    page.locator(".card--course a").first.click()
    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("link", name="Lire le cours")).to_be_visible()
    _check(page)

    page.get_by_role("link", name="Lire le cours").click()
    first_lesson = page.locator("h1").inner_text()
    expect(page.locator(".breadcrumbs [aria-current=page]")).to_have_text(first_lesson)
    _open_outline_if_folded(page)
    expect(page.locator(".outline [aria-current=page]").first).to_contain_text(first_lesson)
    _check(page)

    next_link = page.locator(".pager__link--next")
    next_title = next_link.locator(".pager__title").inner_text()
    next_link.click()
    expect(page.locator("h1")).to_have_text(next_title)
    expect(page.locator(".pager__link--previous .pager__title")).to_have_text(first_lesson)
    _check(page)

    _open_outline_if_folded(page)
    page.locator(".outline__step--round_table a").first.click()
    expect(page.locator(".rt-question").first).to_be_visible()
    assert page.locator(".rt-answer").count() >= 20
    assert page.locator(".round-table__people .participant").count() >= 5
    _check(page)

    round_table_title = page.locator("h1").inner_text()
    page.get_by_role("navigation", name="Langue").get_by_role("link", name=re.compile("EN")).click()
    expect(page).to_have_url(re.compile(r"/en/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(round_table_title)
    expect(page.get_by_role("link", name="Skip to content")).to_be_attached()
    expect(page.locator(".rt-question__number").first).to_contain_text("Question 1")
    _check(page)
