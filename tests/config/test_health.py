"""/healthz reports the database and the cache, 503 when the database is down."""

from unittest import mock

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_with_database_and_cache_status(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_down(client):
    with mock.patch("config.health.connection.cursor", side_effect=OSError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_healthz_reports_a_cache_that_fails_without_failing(client):
    with mock.patch("config.health.cache.set", side_effect=ConnectionError("redis down")):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "down"


def test_production_settings_pass_the_deploy_check(monkeypatch):
    """`manage.py check --deploy` under production settings with test values."""
    import subprocess
    import sys
    from pathlib import Path

    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 64 + "production-test-value-not-used-anywhere",
        "ALLOWED_HOSTS": "gazouillis.example.org",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
