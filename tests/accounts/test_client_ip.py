"""Behind the proxy, each client is counted at its own address (allauth's client IP).

Production trusts one proxy (nginx) by default: allauth reads the client's address from
the right end of X-Forwarded-For, so one client's failures never lock out another, and
a client that writes its own X-Forwarded-For cannot pass for someone else.
"""

import re
from pathlib import Path

import pytest
from django.test import Client

from tests.accounts.conftest import PASSWORD, url
from tests.config.production import production_settings

TOO_MANY = "Too many failed login attempts. Try again later."
ROOT = Path(__file__).resolve().parents[2]


def test_production_trusts_one_proxy_by_default_and_reads_the_environment():
    """nginx alone in front by default; TRUSTED_PROXY_COUNT and TRUSTED_CLIENT_IP_HEADER
    change it."""
    names = ["ALLAUTH_TRUSTED_PROXY_COUNT", "ALLAUTH_TRUSTED_CLIENT_IP_HEADER"]
    assert production_settings(names) == {
        "ALLAUTH_TRUSTED_PROXY_COUNT": 1,
        "ALLAUTH_TRUSTED_CLIENT_IP_HEADER": None,
    }
    assert production_settings(
        names, TRUSTED_PROXY_COUNT="2", TRUSTED_CLIENT_IP_HEADER="X-Real-IP"
    ) == {"ALLAUTH_TRUSTED_PROXY_COUNT": 2, "ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}


def behind_nginx(address: str, spoofed: str = "") -> Client:
    """A browser at `address`, seen through nginx ($proxy_add_x_forwarded_for appends the
    address it saw to whatever the client sent)."""
    forwarded = f"{spoofed}, {address}" if spoofed else address
    return Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)


def attempt(client, email, password):
    return client.post(url("account_login", "en"), {"login": email, "password": password})


@pytest.fixture
def one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


@pytest.mark.django_db
def test_ten_failures_from_one_client_do_not_lock_out_another(one_proxy, learner):
    """The address limit (10 a minute) stops the client that failed, not the others."""
    attacker = behind_nginx("203.0.113.5")
    for n in range(10):
        attempt(attacker, f"guess{n}@example.org", "wrong-password")
    assert TOO_MANY in attempt(attacker, learner.email, PASSWORD).content.decode()
    assert attempt(behind_nginx("198.51.100.7"), learner.email, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_escape_the_limit(one_proxy, learner):
    """A client that sends its own X-Forwarded-For is still counted at its real address."""
    for n in range(10):
        attempt(behind_nginx("203.0.113.5", spoofed=f"10.0.0.{n}"), f"g{n}@example.org", "x")
    response = attempt(behind_nginx("203.0.113.5", spoofed="10.9.9.9"), learner.email, PASSWORD)
    assert TOO_MANY in response.content.decode()


@pytest.mark.django_db
def test_password_resets_from_one_client_do_not_refuse_another(one_proxy, learner):
    """20 resets a minute per address: the 21st client request is 429, another's is not."""
    flood = behind_nginx("203.0.113.5")
    statuses = [
        flood.post(url("account_reset_password", "en"), {"email": f"x{n}@example.org"}).status_code
        for n in range(21)
    ]
    assert statuses[-1] == 429
    other = behind_nginx("198.51.100.7")
    response = other.post(url("account_reset_password", "en"), {"email": learner.email})
    assert response.status_code == 302


def test_no_code_of_the_project_reads_the_client_address_itself():
    """Any IP-based rule goes through allauth's get_client_ip (the adapter's), which
    knows the trusted proxies: none reads REMOTE_ADDR or X-Forwarded-For on its own."""
    apps = ["accounts", "config", "course", "discussions", "exercises", "home", "trainers"]
    pattern = re.compile(
        r"""REMOTE_ADDR|HTTP_X_FORWARDED_FOR|headers(\.get\(|\[)\s*["']x-forwarded-for""",
        re.IGNORECASE,
    )
    readers = [
        str(path.relative_to(ROOT))
        for app in apps
        for path in (ROOT / app).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert readers == []
