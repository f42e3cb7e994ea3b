"""The site's main pages and the Wagtail admin work under the production Content-Security-Policy:
Chromium reports no violation (securitypolicyviolation events or console messages)."""

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from course.models import CoursePage, LessonPage, TestimonialPage
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`
  );
});
"""


def _signed_in_context(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    context.add_init_script(LISTEN)
    return context


def _violations(page, path, live_server):
    console = []
    page.on("console", lambda m: "Content Security Policy" in m.text and console.append(m.text))
    response = page.goto(live_server.url + path)
    assert response.status < 400, f"{path} answered {response.status}"
    assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()}
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__cspViolations") + console


def test_site_pages_raise_no_csp_violation_for_a_visitor_or_a_learner(live_server, demo, browser):
    course = CoursePage.objects.live().first()
    lesson = LessonPage.objects.live().first()
    testimonial = TestimonialPage.objects.live().first()
    paths = ["/fr/", course.url, lesson.url, testimonial.url, "/fr/search/?q=compte"]
    if apps.is_installed("exercises"):
        exercise = apps.get_model("exercises", "ExercisePage").objects.live().first()
        paths.append(exercise.url)
    learner = UserFactory()

    context = _signed_in_context(browser, live_server, learner)
    visitor = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    visitor.add_init_script(LISTEN)
    found = {}
    for who, ctx, extra in (
        ("visitor", visitor, ["/fr/account/login/"]),
        ("learner", context, ["/fr/account/profile/", "/fr/my-learning/"]),
    ):
        page = ctx.new_page()
        for path in paths + extra:
            problems = _violations(page, path, live_server)
            if problems:
                found[f"{who} {path}"] = problems
        ctx.close()
    assert found == {}


def test_the_wagtail_admin_raises_no_csp_violation(live_server, demo, browser):
    admin = UserFactory(is_staff=True, is_superuser=True)
    lesson = LessonPage.objects.live().first()
    context = _signed_in_context(browser, live_server, admin)
    page = context.new_page()
    found = {}
    for path in [
        "/admin/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{Page.objects.get(depth=2).pk}/",
    ]:
        problems = _violations(page, path, live_server)
        if problems:
            found[path] = problems
    context.close()
    assert found == {}
