"""A trainer follows a cohort: finds a learner by name in the learners report, opens
their page, writes to the inactive learners from the report's filter, and moves a
learner to another session; the inactive learner reads the message on "Mon parcours"."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.browser.test_journey_discussion import log_in
from tests.browser.test_journey_trainer import make_trainer
from tests.browser.test_journey_trainer import page as page  # the same page fixture
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def cohort():
    """Inès has not come back for a month, Bruno came yesterday; a spring session is open."""
    from course.models import CoursePage, Enrolment

    course = CoursePage.objects.get()
    session = course.sessions.order_by("starts_on").first() or CourseSessionFactory(course=course)
    today = timezone.localdate()
    spring = CourseSessionFactory(
        course=course,
        title="Session de printemps",
        starts_on=today + datetime.timedelta(days=20),
        ends_on=today + datetime.timedelta(days=90),
    )
    now = timezone.now()
    ines = UserFactory(display_name="Inès Vallon", email="ines@example.org")
    bruno = UserFactory(display_name="Bruno Kerjean", email="bruno@example.org")
    Enrolment.objects.create(
        user=ines,
        session=session,
        last_activity_at=now - datetime.timedelta(days=30),
        enrolled_at=now - datetime.timedelta(days=40),
    )
    bruno_enrolment = Enrolment.objects.create(
        user=bruno, session=session, last_activity_at=now - datetime.timedelta(days=1)
    )
    return ines, bruno_enrolment, spring


def test_a_trainer_finds_writes_to_and_moves_learners_who_then_read_it(live_server, demo, page):
    ines, bruno_enrolment, spring = cohort()
    trainer = make_trainer()
    base = live_server.url

    # Find Inès by name in the learners report and open her page.
    log_in(page, base, trainer, "/admin/trainers/reports/learners/")
    page.get_by_label("Terme de recherche").fill("Vallon")
    results = page.locator("#listing-results")
    expect(results).not_to_contain_text("Bruno Kerjean")
    results.get_by_role("link", name="Inès Vallon").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inès Vallon")
    expect(page.locator("main")).to_contain_text("ines@example.org")
    expect(page.locator("main")).to_contain_text("Progression, étape par étape")
    assert_accessible(page)
    assert_fits_the_screen(page)

    # Write to the learners with no activity for two weeks, from the report's filter.
    page.goto(f"{base}/admin/trainers/reports/learners/")
    page.get_by_role("button", name="Afficher les filtres").click()
    page.get_by_role("button", name="Activité").click()
    page.get_by_label("Activité").select_option("inactive")
    expect(results).not_to_contain_text("Bruno Kerjean")
    results.get_by_role("link", name="Écrire à ces apprenants").click()
    expect(page.locator("main")).to_contain_text("À 1 apprenant")
    expect(page.locator("main")).to_contain_text("Inès Vallon")
    assert_accessible(page)
    page.get_by_label("Objet").fill("On vous attend pour la semaine 2")
    page.get_by_label("Message").fill(
        "Bonjour,\n\nLa **semaine 2** est en ligne :\n\n- une leçon\n- un exercice"
    )
    page.get_by_role("button", name="Envoyer").click()
    expect(page.locator(".messages")).to_contain_text("Message publié pour 1 apprenant sur sa page")

    # Move Bruno to the spring session, from his page.
    page.goto(f"{base}/admin/trainers/reports/learners/")
    page.get_by_label("Terme de recherche").fill("Kerjean")
    results.get_by_role("link", name="Bruno Kerjean").click()
    page.get_by_label("Déplacer vers la session").select_option(str(spring.pk))
    page.get_by_role("button", name="Déplacer", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Session de printemps")
    expect(page.locator("main h2").first).to_contain_text("Session de printemps")
    bruno_enrolment.refresh_from_db()
    assert bruno_enrolment.session_id == spring.pk

    # Inès reads the message on "Mon parcours"; Bruno, not written to, does not.
    page.context.clear_cookies()
    log_in(page, base, ines, "/fr/my-learning/")
    news = page.locator(".dashboard__announcements")
    expect(news).to_contain_text("On vous attend pour la semaine 2")
    expect(news.locator("strong")).to_have_text("semaine 2")
    expect(news.locator("li li")).to_have_count(2)
    assert_accessible(page)
    assert_fits_the_screen(page)
    page.context.clear_cookies()
    log_in(page, base, bruno_enrolment.user, "/fr/my-learning/")
    expect(page.locator("main")).not_to_contain_text("On vous attend pour la semaine 2")
    assert page.console_errors == []
