"""The exercise editor shows the chosen kind's panels only, on create and on edit."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_journey_discussion import log_in
from tests.browser.test_journey_trainer import make_trainer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def panel(page, kind):
    return page.locator(f'[data-exercise-kind="{kind}"]')


@pytest.mark.parametrize("viewport", [(1280, 800)], indirect=True, ids=["laptop"])
def test_the_exercise_form_follows_the_chosen_kind_on_create_and_edit(
    live_server, demo, page, settings
):
    """A new exercise (bio by default) shows the bio panel only; choosing "Reflection"
    swaps it for the reflection panel; editing a one-or-two exercise shows its panel only."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    from course.models import ModulePage
    from exercises.models import ExercisePage

    module = ModulePage.objects.order_by("path").first()
    log_in(page, live_server.url, make_trainer(), "/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/exercises/exercisepage/{module.pk}/")
    expect(panel(page, "bio")).to_be_visible()
    expect(panel(page, "one_or_two")).to_be_hidden()
    expect(panel(page, "reflection")).to_be_hidden()
    page.locator('select[name="kind"]').select_option("reflection")
    expect(panel(page, "reflection")).to_be_visible()
    expect(panel(page, "bio")).to_be_hidden()

    one_or_two = ExercisePage.objects.get(kind="one_or_two")
    page.goto(f"{live_server.url}/admin/pages/{one_or_two.pk}/edit/")
    expect(panel(page, "one_or_two")).to_be_visible()
    expect(panel(page, "bio")).to_be_hidden()
    expect(panel(page, "reflection")).to_be_hidden()
