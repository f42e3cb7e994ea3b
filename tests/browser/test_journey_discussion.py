"""Learners discuss a round table: comment, reply, edit, delete and report, with the
page updated in place; a hostile comment shows as text and runs nothing; a trainer
approves a held comment in the admin and the learners then see it."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> Bonjour **à tous**'


def log_in(page, base_url, user, next_path="/fr/"):
    page.goto(f"{base_url}/fr/account/login/?next={next_path}")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}{next_path}")


def round_table_path():
    from course.models import TestimonialPage

    return TestimonialPage.objects.get(slug="table-ronde-se-presenter").url


def page_discussion(page):
    return page.locator("section#discussion")


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_learners_comment_reply_edit_delete_and_report(live_server, demo, page, browser):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    author = UserFactory(display_name="Léna Vasseur")
    neighbour = UserFactory(display_name="Hugo Rambert")
    path = round_table_path()
    log_in(page, live_server.url, author, path)
    thread = page_discussion(page)

    thread.get_by_label("Ajouter un commentaire").fill(HOSTILE)
    thread.get_by_role("button", name="Envoyer le commentaire").click()
    mine = thread.locator(".comment").filter(has_text="Léna Vasseur").first
    expect(mine).to_contain_text("Bonjour")
    expect(mine.locator(".comment__text strong")).to_have_text("à tous")
    expect(mine.locator(".comment__text img")).to_have_count(0)
    expect(mine.locator(".comment__text script")).to_have_count(0)
    expect(thread.get_by_role("heading", level=2)).to_have_text("1 commentaire")
    assert_accessible(page)

    mine.locator("summary", has_text="Modifier").click()
    mine.get_by_label("Modifier votre commentaire").fill("Bonjour à toutes et à tous.")
    mine.get_by_role("button", name="Enregistrer").click()
    expect(mine.locator(".comment__text")).to_have_text("Bonjour à toutes et à tous.")
    expect(mine.locator(".comment__edited")).to_be_visible()

    page.reload()
    expect(page_discussion(page)).to_contain_text("Bonjour à toutes et à tous.")

    # The neighbour, on a phone, answers, then reports; the author deletes their comment.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-FR")
    other = context.new_page()
    other.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(other, live_server.url, neighbour, path)
    theirs = page_discussion(other).locator(".comment").filter(has_text="Léna Vasseur").first
    theirs.locator("summary", has_text="Répondre").first.click()
    theirs.get_by_label("Votre réponse à Léna Vasseur").fill("Bienvenue, Léna !")
    theirs.get_by_role("button", name="Envoyer la réponse").click()
    reply = page_discussion(other).locator(".comment").filter(has_text="Bienvenue, Léna !").last
    expect(reply).to_contain_text("Hugo Rambert")
    theirs.locator("summary", has_text="Signaler").first.click()
    theirs.get_by_label("Hors sujet").first.check()
    theirs.get_by_role("button", name="Envoyer le signalement").first.click()
    expect(page_discussion(other).locator("[data-discussion-status]")).to_contain_text(
        "les modérateurs vont examiner"
    )
    assert_accessible(other)
    context.close()

    page.reload()
    mine = page_discussion(page).locator(".comment").filter(has_text="Léna Vasseur").first
    mine.locator("summary", has_text="Supprimer").first.click()
    mine.get_by_role("button", name="Oui, le supprimer").click()
    # A reply hangs under it: the thread keeps its shape with a placeholder.
    expect(page_discussion(page)).to_contain_text("Commentaire supprimé.")
    expect(page_discussion(page)).to_contain_text("Bienvenue, Léna !")
    expect(page_discussion(page)).not_to_contain_text("Bonjour à toutes et à tous.")

    assert dialogs == []
    assert page.console_errors == []


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_a_trainer_approves_a_held_comment_in_the_admin(live_server, demo, page):
    from django.contrib.auth.models import Permission
    from wagtail.models import Site

    from discussions.models import DiscussionSettings

    settings = DiscussionSettings.for_site(Site.objects.get(is_default_site=True))
    settings.premoderation = "all"
    settings.save()
    learner = UserFactory(display_name="Inès Poulain")
    trainer = UserFactory(display_name="Formatrice", is_staff=True)
    trainer.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="discussions", codename__in=["moderate_comment"]
        ),
        *Permission.objects.filter(codename__in=["access_admin", "view_comment", "change_comment"]),
    )
    path = round_table_path()

    log_in(page, live_server.url, learner, path)
    page_discussion(page).get_by_label("Ajouter un commentaire").fill("Une question pour vous.")
    page_discussion(page).get_by_role("button", name="Envoyer le commentaire").click()
    expect(page_discussion(page)).to_contain_text("En attente de modération")
    page.context.clear_cookies()
    page.goto(live_server.url + path)
    expect(page_discussion(page)).not_to_contain_text("Une question pour vous.")

    log_in(page, live_server.url, trainer, "/admin/")
    page.get_by_role("link", name="Commentaires").first.click()
    row = page.locator("tr", has_text="Une question pour vous.")
    row.locator("input[type=checkbox]").check()
    page.get_by_role("link", name="Approuver").or_(
        page.get_by_role("button", name="Approuver")
    ).first.click()
    page.get_by_role("button", name="Oui, continuer").click()
    expect(page.locator(".messages")).to_contain_text("1 commentaire approuvé")

    page.context.clear_cookies()
    page.goto(live_server.url + path)
    expect(page_discussion(page)).to_contain_text("Une question pour vous.")
