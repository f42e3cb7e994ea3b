"""What a learner reads looks the same wherever it sits: a list in a comment has the same
bullets at every depth of a thread, and the course card of "Mon parcours" is wide enough on
a laptop for its title and its main button to read on few lines; the search box shows its
whole hint on a phone, and a post is written in the text font, as a comment is."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_fits_the_screen
from tests.browser.test_journey_exercise import enrolled_learner, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", [(1280, 800)], indirect=True, ids=["laptop"])
def test_a_list_in_a_comment_has_round_bullets_in_a_reply_as_at_the_top(live_server, demo, page):
    """Browsers' default nested-list styles gave a comment's list hollow circles, and a
    reply's list squares; a learner's list is the same list wherever it is written."""
    from course.models import TestimonialPage
    from discussions import services

    author = enrolled_learner("Aude Le Roux")
    round_table = TestimonialPage.objects.get(slug="table-ronde-se-presenter")
    top, _ = services.post_comment(user=author, target=round_table, body="Deux idées :\n- a\n- b")
    services.post_comment(user=author, target=round_table, body="Et :\n- c\n- d", parent=top)
    log_in(page, live_server.url, author, round_table.url)

    lists = page.locator("section#discussion .comment__text ul")
    expect(lists).to_have_count(2)
    styles = [item.evaluate("e => getComputedStyle(e).listStyleType") for item in lists.all()]
    assert styles == ["disc", "disc"]


@pytest.mark.parametrize("viewport", [(1280, 800)], indirect=True, ids=["laptop"])
def test_the_course_card_of_my_learning_leaves_resume_on_one_line_on_a_laptop(
    live_server, demo, page
):
    """One course card was a 17rem column at the left of a 1280 px page, its title on three
    lines and "Reprendre là où vous en étiez" on two."""
    from course import learning
    from course.models import CoursePage, Enrolment
    from course.navigation import course_navigation

    learner = enrolled_learner("Aude Le Roux")
    first_step = course_navigation(CoursePage.objects.live().get())["outline"].steps[0]
    learning.set_step_done(Enrolment.objects.get(user=learner), first_step, True)
    log_in(page, live_server.url, learner, "/fr/my-learning/")

    button = page.get_by_role("link", name="Reprendre là où vous en étiez")
    expect(button).to_be_visible()
    line_height = button.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    box = button.bounding_box()
    padding = button.evaluate(
        "e => parseFloat(getComputedStyle(e).paddingTop)"
        " + parseFloat(getComputedStyle(e).paddingBottom)"
    )
    assert box["height"] - padding < 1.5 * line_height, "the button's label wraps"
    assert_fits_the_screen(page)


def test_a_done_steps_checkmark_sits_on_the_line_of_its_title_in_the_outline(
    live_server, demo, page
):
    """The outline's checkmark fell under the step's icon, on a line of its own."""
    from course import learning
    from course.models import CoursePage, Enrolment
    from course.navigation import course_navigation

    learner = enrolled_learner("Aude Le Roux")
    steps = course_navigation(CoursePage.objects.live().get())["outline"].steps
    for step in steps[:2]:
        learning.set_step_done(Enrolment.objects.get(user=learner), step, True)
    log_in(page, live_server.url, learner, steps[1].url)
    summary = page.locator(".outline__summary")
    if page.locator(".outline__details[open]").count() == 0:
        summary.click()  # the phone's outline starts folded
    done = page.locator(".outline__step--done")
    expect(done).to_have_count(2)
    for step in done.all():
        check = step.locator("[data-check]").bounding_box()
        title = step.locator(".outline__step-title").bounding_box()
        line = step.locator(".outline__step-title").evaluate(
            "e => parseFloat(getComputedStyle(e).lineHeight)"
        )
        assert title["y"] <= check["y"] < title["y"] + line, "the checkmark left the title's line"
        assert check["x"] >= title["x"] + title["width"], "the checkmark covers the title"


@pytest.mark.parametrize("viewport", [(390, 844)], indirect=True, ids=["phone"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_search_boxs_hint_shows_whole_on_a_phone(live_server, demo, page, language):
    """At 390 px the hint read "Chercher leçons et t" and "Search lessons and testin"."""
    page.goto(f"{live_server.url}/{language}/")
    box = page.locator("#site-search-q")
    expect(box).to_be_visible()
    hint, width, room = box.evaluate(
        """e => {
            const style = getComputedStyle(e);
            const text = document.createElement("canvas").getContext("2d");
            text.font = style.font;
            return [e.placeholder, text.measureText(e.placeholder).width,
                    e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
        }"""
    )
    assert hint
    assert width <= room, f"{hint!r} needs {width:.0f} px, the box has {room:.0f}"
    assert_fits_the_screen(page)


@pytest.mark.parametrize("viewport", [(1280, 800)], indirect=True, ids=["laptop"])
def test_a_post_is_written_in_the_text_font_as_a_comment_is(live_server, demo, page):
    """The practice timeline's compose box was in the monospace font of the exercises'
    answer boxes; the comment box of a round table is in the site's text font."""
    from course.models import TestimonialPage
    from practice.models import PracticePage

    learner = enrolled_learner("Aude Le Roux")
    timeline = PracticePage.objects.get(slug="fil-entrainement-premiers-messages")
    round_table = TestimonialPage.objects.get(slug="table-ronde-se-presenter")

    def font_of(selector):
        box = page.locator(selector).first
        expect(box).to_be_attached()
        return box.evaluate("e => getComputedStyle(e).fontFamily")

    log_in(page, live_server.url, learner, timeline.url)
    compose = font_of("[data-compose-text]")
    text_font = page.evaluate("() => getComputedStyle(document.body).fontFamily")
    page.goto(f"{live_server.url}{round_table.url}")
    comment = font_of("textarea.comment-form__text")

    assert compose == text_font == comment
    assert "monospace" not in compose
