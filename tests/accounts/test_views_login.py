"""Signing in: rate limits on failures, no account enumeration through password reset."""

import re

import pytest
from django.core import mail

from tests.accounts.conftest import PASSWORD, url

pytestmark = pytest.mark.django_db

TOO_MANY = "Too many failed login attempts. Try again later."


def attempt(client, email, password, language="en"):
    return client.post(url("account_login", language), {"login": email, "password": password})


def test_a_wrong_password_is_refused_with_a_message(client, learner):
    response = attempt(client, learner.email, "wrong-password")
    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        response.content.decode()
    )


def test_after_five_failures_the_form_says_to_try_later_even_with_the_right_password(
    client, learner
):
    # settings: "login_failed": "10/m/ip,5/5m/key" (key = the email address)
    for _ in range(5):
        response = attempt(client, learner.email, "wrong-password")
        assert TOO_MANY not in response.content.decode()
    response = attempt(client, learner.email, "wrong-password")
    html = response.content.decode()
    assert response.status_code == 200
    assert TOO_MANY in html
    assert 'class="form-errors" role="alert"' in html

    response = attempt(client, learner.email, PASSWORD)
    assert TOO_MANY in response.content.decode()
    assert client.get(url("profile")).status_code == 302


def test_the_failure_limit_is_counted_per_address(client, learner, other_learner):
    for _ in range(6):
        attempt(client, learner.email, "wrong-password")
    response = attempt(client, other_learner.email, PASSWORD)
    assert response.status_code == 302


def test_rate_limit_message_is_in_french_on_french_pages(client, learner):
    for _ in range(6):
        response = attempt(client, learner.email, "wrong-password", language="fr")
    assert "Trop de tentatives de connexion échouées" in response.content.decode()


def _reset(client, email):
    return client.post(url("account_reset_password", "en"), {"email": email})


def _visible_text(html: str) -> str:
    # The CSRF token and the CSP nonce change with every response.
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'nonce="[^"]+"', "", html)


def test_password_reset_looks_the_same_for_known_and_unknown_addresses(client, learner):
    known = _reset(client, learner.email)
    unknown = _reset(client, "nobody@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == url("account_reset_password_done", "en")
    known_page = _visible_text(client.get(known.url).content.decode())
    unknown_page = _visible_text(client.get(unknown.url).content.decode())
    assert known_page == unknown_page
    # Each address receives an email: a reset link, or "no account here".
    assert sorted(m.to[0] for m in mail.outbox) == [learner.email, "nobody@example.org"]


def test_password_reset_email_link_lets_the_learner_choose_a_new_password(client, learner):
    _reset(client, learner.email)
    [message] = mail.outbox
    [link] = re.findall(r"http://testserver(/en/account/password/reset/key/\S+)", message.body)
    response = client.get(link)
    assert response.status_code == 302  # allauth moves the key into the session
    new_password = "un-tout-nouveau-mot-de-passe-7"
    response = client.post(response.url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password(new_password)
