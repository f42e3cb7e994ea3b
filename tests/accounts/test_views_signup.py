"""Signing up: a confirmation email through the background task, then the learner may sign in."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

import accounts.adapter
from accounts.models import User
from tests.accounts.conftest import PASSWORD, links_in, make_user, url

pytestmark = pytest.mark.django_db

NEW_EMAIL = "nouvelle@example.org"


def sign_up(client, email=NEW_EMAIL, language="fr"):
    return client.post(
        url("account_signup", language),
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def confirmation_link(message) -> str:
    [link] = [link for link in links_in(message.body) if "/confirm-email/" in link]
    return link


def test_sign_up_sends_a_confirmation_email_and_the_link_confirms_the_address(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent")
    user = User.objects.get(email=NEW_EMAIL)
    assert not EmailAddress.objects.get(user=user).verified

    [message] = mail.outbox
    assert message.to == [NEW_EMAIL]
    assert message.subject.startswith("[Gazouillis] ")
    link = confirmation_link(message)
    assert link.startswith("http://testserver/fr/account/confirm-email/")

    # Confirmation needs a POST (ACCOUNT_CONFIRM_EMAIL_ON_GET is off): a mail
    # scanner that follows the link confirms nothing.
    path = link.removeprefix("http://testserver")
    assert client.get(path).status_code == 200
    assert not EmailAddress.objects.get(user=user).verified
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified


def test_a_confirmed_learner_signs_in_from_another_browser(client, django_user_model):
    sign_up(client)
    client.post(confirmation_link(mail.outbox[0]).removeprefix("http://testserver"))

    browser = type(client)()
    response = browser.post(url("account_login"), {"login": NEW_EMAIL, "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == url("dashboard")
    assert browser.get(url("profile")).status_code == 200


def test_sign_in_is_refused_until_the_address_is_confirmed(client):
    sign_up(client)
    browser = type(client)()
    response = browser.post(url("account_login"), {"login": NEW_EMAIL, "password": PASSWORD})
    # allauth sends a new confirmation email and shows "verification sent", not the site.
    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent")
    assert browser.get(url("profile")).status_code == 302


def test_account_emails_leave_through_the_background_email_task(client, monkeypatch):
    queued = []
    original = accounts.adapter.send_message

    def spy(message):
        queued.append(message.subject)
        original(message)

    monkeypatch.setattr(accounts.adapter, "send_message", spy)
    sign_up(client)
    assert len(queued) == 1
    assert [m.subject for m in mail.outbox] == queued


def test_emails_are_written_in_the_language_the_learner_signed_up_in(client):
    sign_up(client, language="en")
    user = User.objects.get(email=NEW_EMAIL)
    assert user.preferred_language == "en"
    [message] = mail.outbox
    assert "Hello from Gazouillis!" in message.body
    assert "/en/account/confirm-email/" in message.body


def test_the_french_confirmation_email_is_set_in_french_typography(client):
    """allauth's own French read "Bonjour, c'est Gazouillis !" (a plain space before "!",
    a typewriter apostrophe) and called the learner "l'utilisateur"."""
    sign_up(client, language="fr")
    [message] = mail.outbox
    assert message.body.startswith("Bonjour de la part de Gazouillis\u202f!")
    assert "Merci d’utiliser Gazouillis\u202f!" in message.body
    assert "Pour confirmer que c’est bien vous, ouvrez ce lien\u00a0: http" in message.body
    assert " !" not in message.body and "'" not in message.body
    assert "utilisateur" not in message.body


@pytest.mark.parametrize("email", ["alice@example.org", NEW_EMAIL], ids=["taken", "reset"])
def test_the_french_password_emails_are_set_in_french_typography(client, email):
    """A sign-up with a taken address and a password reset: allauth's French said "vous ou
    quelqu'un d'autre a demandé" (typewriter apostrophes, "a" for "avez")."""
    if email == NEW_EMAIL:
        make_user(NEW_EMAIL)
        client.post(url("account_reset_password"), {"email": NEW_EMAIL})
    else:
        make_user(email)
        sign_up(client, email=email)
    [message] = mail.outbox
    assert "vous ou quelqu’un d’autre avez demandé" in message.body
    assert "'" not in message.body


def test_signing_up_with_a_taken_address_looks_like_a_new_sign_up(client):
    """Enumeration prevention: the page says "check your email" either way; the
    owner of the address gets an email telling them they already have an account."""
    make_user("alice@example.org")
    response = sign_up(client, email="alice@example.org")
    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent")
    assert User.objects.filter(email__iexact="alice@example.org").count() == 1
    [message] = mail.outbox
    assert message.to == ["alice@example.org"]


def test_sign_up_asks_for_an_optional_display_name_and_says_what_it_defaults_to(client):
    """The form has the field, says it is optional and which name is used without it."""
    html = client.get(url("account_signup")).content.decode()
    assert 'name="display_name"' in html
    assert "Votre nom affiché" in html
    assert (
        'name="display_name"' in html
        and "required" not in html.split('name="display_name"')[1][:80]
    )
    assert "devient «\u00a0Walker Test1\u00a0»" in html
    assert html.index('name="email"') < html.index('name="display_name"')


def test_the_display_name_given_at_sign_up_is_the_one_the_dashboard_greets(client):
    """A learner who gives a name is greeted with it, not with their address."""
    client.post(
        url("account_signup"),
        {
            "email": NEW_EMAIL,
            "display_name": "  Inès   Walker ",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    user = User.objects.get(email=NEW_EMAIL)
    assert user.display_name == "Inès Walker"
    client.force_login(user)
    assert "Bonjour Inès Walker" in client.get(url("dashboard")).content.decode()


def test_without_a_display_name_the_start_of_the_address_is_made_into_a_name(client):
    """ "walker.test1@…" is greeted as "Walker Test1", never as "walker.test1"."""
    sign_up(client, email="walker.test1@example.org")
    user = User.objects.get(email="walker.test1@example.org")
    assert user.display_name == "Walker Test1"
    client.force_login(user)
    page = client.get(url("dashboard")).content.decode()
    assert "Bonjour Walker Test1" in page
    assert "Bonjour walker.test1" not in page


def test_a_display_name_with_control_characters_is_refused_at_sign_up(client):
    """Bad input gets the profile's message and no account is created."""
    response = client.post(
        url("account_signup", "en"),
        {
            "email": NEW_EMAIL,
            "display_name": "evil\u202egnp.exe",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    assert "Remove the invisible text-direction characters" in response.content.decode()
    assert not User.objects.filter(email=NEW_EMAIL).exists()


def test_allauths_own_french_strings_get_non_breaking_spaces(client):
    """ "Vous avez déjà un compte ?" from allauth's catalogue never wraps its "?" alone."""
    html = client.get(url("account_signup")).content.decode()
    assert "Vous avez déjà un compte\u202f?" in html
    assert "Vous avez déjà un compte ?" not in html
