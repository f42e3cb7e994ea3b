"""Security headers on every response: strict CSP with nonces, Permissions and Referrer policies."""

import re

import pytest

from tests.config.production import production_settings

pytestmark = pytest.mark.django_db


def _directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_site_pages_have_a_strict_policy_whose_nonce_is_on_the_page_scripts(client, course):
    response = client.get(course.url)
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    nonces = [v for v in policy["script-src"] if v.startswith("'nonce-")]
    assert len(nonces) == 1
    nonce = nonces[0][len("'nonce-") : -1]
    scripts = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert scripts, "the page loads its script"
    assert all(f'nonce="{nonce}"' in tag for tag in scripts), scripts


def test_each_response_gets_a_new_nonce(client, course):
    first = client.get(course.url)["Content-Security-Policy"]
    second = client.get(course.url)["Content-Security-Policy"]
    assert first != second


def test_the_admin_policy_allows_wagtails_inline_scripts_and_nothing_from_elsewhere(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert not any(v.startswith("'nonce-") for v in policy["script-src"])
    assert policy["object-src"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]


def test_permissions_and_referrer_policies_are_sent(client, home):
    response = client.get(home.url)
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_production_sends_hsts_and_only_secure_http_only_cookies():
    values = production_settings(
        [
            "SECURE_HSTS_SECONDS",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS",
            "SESSION_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "CSRF_COOKIE_SECURE",
            "SECURE_SSL_REDIRECT",
            "DEBUG",
        ]
    )
    assert values.pop("SECURE_HSTS_SECONDS") >= 31_536_000
    assert values.pop("DEBUG") is False
    assert all(values.values()), values
