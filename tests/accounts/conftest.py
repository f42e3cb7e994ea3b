"""Fixtures for the accounts tests: confirmed accounts, signing in the real way, a clean cache."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from accounts.models import User

PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture(autouse=True)
def _clean_cache():
    # allauth counts rate limits in the cache: every test starts from zero.
    cache.clear()
    yield
    cache.clear()


def make_user(email, password=PASSWORD, *, verified=True, **fields) -> User:
    user = User.objects.create_user(email=email, password=password, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


@pytest.fixture
def learner(db):
    return make_user("alice@example.org", display_name="Alice")


@pytest.fixture
def other_learner(db):
    return make_user("bob@example.org", display_name="Bob Secret", twitter_handle="@bob_secret")


@pytest.fixture
def staff_user(db):
    return make_user("staff@example.org", is_staff=True, is_superuser=True)


def url(name, language="fr", *args):
    with translation.override(language):
        return reverse(name, args=args)


def sign_in(client, email, password=PASSWORD, language="fr"):
    """Sign in through allauth's form, as a browser does (allauth records the authentication)."""
    response = client.post(url("account_login", language), {"login": email, "password": password})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def reauthenticate(client, password=PASSWORD, language="fr"):
    """Confirm the password again, as allauth asks before two-factor changes."""
    response = client.post(url("account_reauthenticate", language), {"password": password})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def activate_totp(user):
    """Give a user an authenticator app and recovery codes, as the activation page does."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def current_totp_code(secret: str) -> str:
    counter = int(time.time()) // 30
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture
def signed_in(client, learner):
    sign_in(client, learner.email)
    return client


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://\S+", text)
