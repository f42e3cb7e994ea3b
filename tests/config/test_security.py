"""Security headers on every response: strict CSP with nonces, Permissions and Referrer policies."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


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


def _production_setting(expression: str) -> str:
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k" * 64 + "-production-test-value-not-used-anywhere",
        "ALLOWED_HOSTS": "gazouillis.example.org",
        "PATH": "/usr/bin:/bin",
    }
    code = "import django; django.setup(); "
    code += f"from django.conf import settings as s; print({expression})"
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_production_sends_hsts_and_only_secure_http_only_cookies():
    values = _production_setting(
        "s.SECURE_HSTS_SECONDS >= 31536000, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_SSL_REDIRECT, s.DEBUG"
    )
    assert values == "True True True True True True False"
