"""Every allauth page renders in the site's layout, in French and in English.

The layout is ours (templates/allauth/layouts/), so every page has the site's
header, the page's language, a .page-width container, and the account menu on
the pages that manage an account.
"""

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.urls import reverse
from django.utils import translation

from tests.accounts.conftest import (
    PASSWORD,
    activate_totp,
    make_user,
    reauthenticate,
    sign_in,
    url,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en"]
ANONYMOUS_PAGES = [
    "account_login",
    "account_signup",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key_done",
    "account_email_verification_sent",
]
SIGNED_IN_PAGES = [
    "account_logout",
    "account_email",
    "account_change_password",
    "account_reauthenticate",
    "mfa_index",
    "profile",
    "export_data",
    "delete_account",
]
# Two-factor pages: allauth asks for the password again before showing them.
TWO_FACTOR_SETUP_PAGES = ["mfa_activate_totp"]
TWO_FACTOR_ACTIVE_PAGES = [
    "mfa_deactivate_totp",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
]
ENGLISH_TITLES = {"account_login": "Sign In", "account_signup": "Signup"}
FRENCH_TITLES = {"account_login": "Connexion", "account_signup": "Inscription"}


def assert_site_page(response, language, *, menu=None):
    """Our layout: the site's header, the page's language, a .page-width container."""
    html = response.content.decode()
    assert response.status_code == 200, response
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert "page-width account-layout" in html
    if menu is not None:
        assert ('class="account-menu"' in html) is menu
    return html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_entrance_pages_render_in_the_site_layout_without_account_menu(client, name, language):
    assert_site_page(client.get(url(name, language)), language, menu=False)


@pytest.mark.parametrize(("language", "titles"), [("fr", FRENCH_TITLES), ("en", ENGLISH_TITLES)])
def test_sign_in_and_sign_up_pages_speak_the_language_of_the_url(client, language, titles):
    for name, title in titles.items():
        html = client.get(url(name, language)).content.decode()
        assert f"<title>{title} · Gazouillis</title>" in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_account_pages_render_for_a_signed_in_learner(client, learner, name, language):
    sign_in(client, learner.email)
    # The reauthentication page is an entrance page: no menu there.
    menu = name != "account_reauthenticate"
    assert_site_page(client.get(url(name, language)), language, menu=menu)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TWO_FACTOR_SETUP_PAGES)
def test_two_factor_setup_pages_render_after_reauthentication(client, learner, name, language):
    sign_in(client, learner.email)
    reauthenticate(client)
    html = assert_site_page(client.get(url(name, language)), language, menu=True)
    assert "data:image/svg+xml;base64," in html  # the QR code


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TWO_FACTOR_ACTIVE_PAGES)
def test_two_factor_management_pages_render_when_totp_is_active(client, name, language):
    user = make_user("totp@example.org")
    activate_totp(user)
    client.force_login(user)
    reauthenticate(client)
    assert_site_page(client.get(url(name, language)), language, menu=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_factor_code_page_renders_during_sign_in(client, language):
    user = make_user("totp@example.org")
    activate_totp(user)
    response = client.post(
        url("account_login", language), {"login": user.email, "password": PASSWORD}
    )
    assert response.url == url("mfa_authenticate", language)
    assert_site_page(client.get(response.url), language, menu=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_password_reset_from_key_page_renders(client, learner, language):
    with translation.override(language):
        key_url = reverse(
            "account_reset_password_from_key",
            kwargs={
                "uidb36": user_pk_to_url_str(learner),
                "key": default_token_generator.make_token(learner),
            },
        )
    # allauth moves the key into the session, then shows the form.
    response = client.get(key_url, follow=True)
    html = assert_site_page(response, language, menu=False)
    assert 'name="password1"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_email_confirmation_page_renders_with_a_confirm_button(client, language):
    user = make_user("new@example.org", verified=False)
    key = EmailConfirmationHMAC(EmailAddress.objects.get(user=user)).key
    html = assert_site_page(client.get(url("account_confirm_email", language, key)), language)
    assert 'class="button button--primary" type="submit"' in html


def test_login_form_has_labels_above_inputs_and_site_buttons(client):
    html = client.get(url("account_login")).content.decode()
    assert '<label for="id_login">' in html
    assert '<label for="id_password">' in html
    assert html.index('<label for="id_login">') < html.index('id="id_login"')
    assert 'class="button button--primary" type="submit"' in html


def test_field_errors_are_tied_to_their_input(client):
    """A refused signup shows each error beside its field, announced through aria-describedby."""
    response = client.post(
        url("account_signup"), {"email": "not-an-email", "password1": "x", "password2": "y"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_error"' in html


def test_messages_are_shown_once_in_a_live_region(client, learner):
    sign_in(client, learner.email)
    html = client.get(url("profile")).content.decode()
    # allauth's "Successfully signed in as ..." message, once, in the page column.
    assert html.count('<div class="account-messages" role="status" aria-live="polite">') == 1
    # base.html's own message list stays out of the account pages.
    assert 'class="messages"' not in html


def test_errors_on_fields_spelled_out_by_allauth_are_tied_to_their_input(client, learner):
    """The email change field is written by hand in allauth's template (the field element)."""
    sign_in(client, learner.email)
    response = client.post(url("account_email", "en"), {"action_add": "", "email": "nope"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_email_error"' in html
    assert 'aria-invalid="true" aria-describedby="id_email_error"' in html
