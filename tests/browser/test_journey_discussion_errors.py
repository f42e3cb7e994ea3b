"""A refused comment, with JavaScript: the reason is said once, beside the field, as an
error (role="alert"), the thread's status line (for what went well) stays empty, and
the typed text stays in the field; for a new comment and for a reply."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_journey_discussion import log_in, page_discussion, round_table_path
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOO_QUICK = "Vous publiez trop vite"
EMPTY = "Écrivez quelque chose avant d’envoyer"


def test_a_refused_comment_is_one_alert_beside_its_field(live_server, demo, page, write_limit):
    from django.core.cache import cache

    cache.clear()  # rate limits count in the cache, shared with the previous test
    write_limit("comment_post", "1/m")
    learner = UserFactory(display_name="Léna Vasseur")
    path = round_table_path()
    log_in(page, live_server.url, learner, path)
    thread = page_discussion(page)
    form = thread.locator("form[data-discussion-form=post]")
    field = thread.get_by_label("Ajouter un commentaire")
    status = thread.locator("[data-discussion-status]")

    # Only spaces: refused by the server, whose reason shows beside the field.
    field.fill("   ")
    thread.get_by_role("button", name="Envoyer le commentaire").click()
    expect(form.get_by_role("alert")).to_contain_text(EMPTY)
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(status).to_be_hidden()
    expect(page.get_by_text(EMPTY)).to_have_count(1)

    field.fill("Premier commentaire.")
    thread.get_by_role("button", name="Envoyer le commentaire").click()
    expect(thread.locator(".comment").first).to_contain_text("Premier commentaire.")
    expect(status).to_contain_text("Votre commentaire est publié")
    expect(form.get_by_role("alert")).to_be_hidden()
    expect(field).to_have_attribute("aria-invalid", "false")

    field.fill("Deuxième, trop vite.")
    thread.get_by_role("button", name="Envoyer le commentaire").click()
    alert = form.get_by_role("alert")
    expect(alert).to_contain_text(TOO_QUICK)
    expect(status).to_be_hidden()  # the earlier success is gone, the refusal is not in it
    expect(page.get_by_text(TOO_QUICK)).to_have_count(1)
    expect(field).to_have_value("Deuxième, trop vite.")
    expect(field).to_have_attribute("aria-invalid", "true")
    described_by = field.get_attribute("aria-describedby").split()
    assert alert.get_attribute("id") in described_by
    # Styled as an error: the warm tint of errors, not the green of the status line.
    colours = page.evaluate(
        """(alertNode) => {
            const root = getComputedStyle(document.documentElement);
            const probe = document.createElement("span");
            document.body.appendChild(probe);
            const resolve = (name) => {
                probe.style.backgroundColor = root.getPropertyValue(name);
                return getComputedStyle(probe).backgroundColor;
            };
            const result = {
                alert: getComputedStyle(alertNode).backgroundColor,
                warm: resolve("--c-warm-tint"),
                green: resolve("--c-green-tint"),
            };
            probe.remove();
            return result;
        }""",
        alert.element_handle(),
    )
    assert colours["alert"] == colours["warm"] != colours["green"], colours
    assert_accessible(page)

    # A reply refused in the same way: its own form says so, once.
    mine = thread.locator(".comment").filter(has_text="Premier commentaire.").first
    mine.locator("summary", has_text="Répondre").first.click()
    reply_field = mine.get_by_label("Votre réponse à Léna Vasseur")
    reply_field.fill("Une réponse trop rapide.")
    mine.get_by_role("button", name="Envoyer la réponse").click()
    reply_form = mine.locator("form[data-discussion-form=reply]")
    expect(reply_form.get_by_role("alert")).to_contain_text(TOO_QUICK)
    expect(reply_form.get_by_text(TOO_QUICK)).to_have_count(1)
    expect(reply_field).to_have_value("Une réponse trop rapide.")
    expect(status).to_be_hidden()
    assert_accessible(page)
    # The refused posts answer 400 and 429, as they should; nothing else went wrong.
    refused = ("400 ", "429 ", "Failed to load resource")
    assert [e for e in page.console_errors if not e.startswith(refused)] == []
