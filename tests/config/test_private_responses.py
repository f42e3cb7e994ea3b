"""No shared cache keeps a signed-in response, and the language cookie stays on this site.

The middleware and cookie settings are read from config.settings.production (in a
child process, as production loads them); the requests then run with those values.
"""

import pytest
from django.test import override_settings
from django.urls import reverse

from config.pagecache import HIT_HEADER
from course.models import LessonPage
from tests.accounts.conftest import url
from tests.config.production import production_settings

pytestmark = pytest.mark.django_db

NAMES = [
    "MIDDLEWARE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]
PRIVATE = "config.security.PrivateResponseMiddleware"


@pytest.fixture(scope="module")
def production_values():
    return production_settings(NAMES)


@pytest.fixture
def production(settings, production_values):
    """The test settings with production's middleware and cookie attributes."""
    for name, value in production_values.items():
        setattr(settings, name, value)
    # Static files are not collected in tests: whitenoise would only warn about it.
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.startswith("whitenoise.")]
    return production_values


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def test_production_marks_signed_in_responses_right_after_the_session_is_read(
    production_values,
):
    middleware = production_values["MIDDLEWARE"]
    session = middleware.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert middleware.index(PRIVATE) == session + 1


@pytest.mark.parametrize("kind", ["lesson", "dashboard", "profile", "admin"])
def test_every_signed_in_response_is_private_and_not_stored(
    production, client, course, learner, admin_user, kind
):
    client.force_login(admin_user if kind == "admin" else learner)
    path = {
        "lesson": LessonPage.objects.first().url,
        "dashboard": reverse("dashboard"),
        "profile": url("profile", "fr"),
        "admin": "/admin/",
    }[kind]
    response = client.get(path)
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_a_signed_in_json_answer_is_private_too(production, client, course, learner):
    client.force_login(learner)
    response = client.post(
        reverse("discussions:post"), {"body": ""}, HTTP_ACCEPT="application/json"
    )
    assert {"private", "no-store"} <= cache_control(response)


def test_visitors_pages_stay_public_and_kept_by_the_page_cache(production, client, course):
    lesson = LessonPage.objects.first()
    with override_settings(PAGE_CACHE_SECONDS=60):
        first = client.get(lesson.url)
        second = client.get(lesson.url)
    assert "private" not in cache_control(first) and "no-store" not in cache_control(first)
    assert (first[HIT_HEADER], second[HIT_HEADER]) == ("miss", "hit")


def test_production_language_cookie_is_secure_and_same_site(production, client, learner):
    assert production["LANGUAGE_COOKIE_SECURE"] is True
    assert production["LANGUAGE_COOKIE_SAMESITE"] == "Lax"
    client.force_login(learner)
    response = client.post(
        url("profile", "fr"),
        {"display_name": "Alice", "preferred_language": "en", "notify_replies": "on"},
    )
    assert response.status_code == 302
    cookie = response.cookies["django_language"]
    assert cookie.value == "en"
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"
    assert {"private", "no-store"} <= cache_control(response)
