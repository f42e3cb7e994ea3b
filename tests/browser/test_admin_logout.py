"""A staff member stays signed in when a page sends them to /admin/logout/, and the
admin's own "Log out" (a form that POSTs) still signs them out."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_journey_discussion import log_in
from tests.browser.test_journey_trainer import make_trainer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_a_link_to_the_admin_logout_signs_nobody_out_the_menu_does(live_server, demo, page):
    trainer = make_trainer()
    log_in(page, live_server.url, trainer, "/admin/")
    # A link on another page, followed: a top-level GET, which carries the session cookie.
    page.set_content(f'<a href="{live_server.url}/admin/logout/">Voir la vidéo</a>')
    with page.expect_response(f"{live_server.url}/admin/logout/") as followed:
        page.get_by_role("link", name="Voir la vidéo").click()
    assert followed.value.status == 405
    page.goto(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", name="Apprenants et progression")).to_be_visible()
    # The admin's own menu posts the form.
    page.locator(".sidebar-footer__account").click()  # the account menu, at the foot
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url("**/account/login/**")  # the site's sign-in page serves the admin
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_url("**/account/login/**")
