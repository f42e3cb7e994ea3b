"""Export my data and delete my account: my data only, the right password, the erasers."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.urls import resolve

from accounts import privacy
from accounts.models import User
from tests.accounts.conftest import PASSWORD, activate_totp, make_user, sign_in, url

pytestmark = pytest.mark.django_db

ACCOUNT_SECTIONS = ["profile", "email_addresses", "two_factor"]


def test_the_accounts_app_registers_its_own_sections():
    names = [section.name for section in privacy.sections()]
    assert set(ACCOUNT_SECTIONS) <= set(names)


@pytest.fixture(autouse=True)
def _only_the_accounts_sections(monkeypatch):
    """These tests are about the accounts side: the other apps' sections are tested
    with those apps. Registering in a test changes only this copy of the registry."""
    own = {name: privacy._sections[name] for name in ACCOUNT_SECTIONS}
    monkeypatch.setattr(privacy, "_sections", own)


@pytest.fixture
def fake_section():
    """A section as another app would register it."""
    calls = {"export": [], "erase": []}

    def export(user):
        calls["export"].append(user.pk)
        return {"notes": [f"note of {user.email}"]}

    def erase(user):
        calls["erase"].append(user.pk)

    privacy.register("fake_notes", export, erase)
    return calls


def download(client):
    response = client.post(url("export_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="gazouillis-mes-donnees.json"'
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


# Export ------------------------------------------------------------------------


def test_the_export_page_explains_and_offers_a_download_button(signed_in):
    html = signed_in.get(url("export_data")).content.decode()
    assert f'<form class="account-form" method="post" action="{url("export_data")}">' in html


def test_export_holds_my_profile_addresses_and_two_factor_status(client, learner):
    learner.twitter_handle = "@alice"
    learner.save()
    EmailAddress.objects.create(user=learner, email="alice.work@example.org", verified=False)
    sign_in(client, learner.email)
    data = download(client)["sections"]
    profile = data["profile"]
    assert profile["email"] == learner.email
    assert profile["display_name"] == "Alice"
    assert profile["twitter_handle"] == "@alice"
    assert profile["preferred_language"] == "fr"
    assert profile["notify_replies"] is True
    assert profile["date_joined"].startswith(str(learner.date_joined.year))
    assert profile["last_login"] is not None
    assert data["email_addresses"] == [
        {"email": "alice@example.org", "verified": True, "primary": True},
        {"email": "alice.work@example.org", "verified": False, "primary": False},
    ]
    assert data["two_factor"] == {"enabled": False, "methods": []}


def test_export_says_two_factor_is_on_without_giving_away_secrets(client, learner):
    secret = activate_totp(learner)
    client.force_login(learner)
    response = client.post(url("export_data"))
    assert json.loads(response.content)["sections"]["two_factor"] == {
        "enabled": True,
        "methods": ["recovery_codes", "totp"],
    }
    assert secret not in response.content.decode()
    assert "password" not in json.loads(response.content)["sections"]["profile"]


def test_export_includes_the_sections_other_apps_register(signed_in, learner, fake_section):
    data = download(signed_in)["sections"]
    assert data["fake_notes"] == {"notes": ["note of alice@example.org"]}
    assert fake_section["export"] == [learner.pk]


def test_export_never_contains_another_learners_data(client, learner, other_learner, fake_section):
    sign_in(client, learner.email)
    text = json.dumps(download(client))
    assert other_learner.email not in text
    assert "Bob Secret" not in text
    assert "@bob_secret" not in text
    assert fake_section["export"] == [learner.pk]


def test_export_is_a_post_a_get_only_shows_the_page(signed_in):
    response = signed_in.get(url("export_data"))
    assert response["Content-Type"].startswith("text/html")


# Delete ------------------------------------------------------------------------


def test_deletion_with_a_wrong_password_deletes_nothing(signed_in, learner, fake_section):
    response = signed_in.post(url("delete_account", "en"), {"password": "not-my-password"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "This is not your current password." in html
    assert 'aria-describedby="id_password_error"' in html
    assert User.objects.filter(pk=learner.pk).exists()
    assert fake_section["erase"] == []
    assert signed_in.get(url("profile")).status_code == 200


def test_deletion_with_the_password_erases_deletes_and_signs_out(
    signed_in, learner, other_learner, fake_section
):
    activate_totp(learner)
    pk = learner.pk
    response = signed_in.post(url("delete_account", "en"), {"password": PASSWORD})
    assert response.status_code == 302
    assert response.url == "/en/"
    assert fake_section["erase"] == [pk]
    assert not User.objects.filter(pk=pk).exists()
    assert not EmailAddress.objects.filter(user_id=pk).exists()
    assert not Authenticator.objects.filter(user_id=pk).exists()
    # Signed out, and nobody else touched.
    assert signed_in.get(url("profile")).status_code == 302
    assert User.objects.filter(pk=other_learner.pk).exists()
    assert EmailAddress.objects.filter(user=other_learner).exists()


def test_deletion_message_survives_the_sign_out(signed_in, home):
    response = signed_in.post(url("delete_account", "en"), {"password": PASSWORD}, follow=True)
    assert response.status_code == 200
    assert "Your account has been deleted, with your personal data." in response.content.decode()


def test_deletion_is_undone_when_an_eraser_fails(signed_in, learner):
    deleted_rows = []

    def erase_then_fail(user):
        deleted_rows.append(EmailAddress.objects.filter(user=user).delete())
        raise RuntimeError("the notes app is broken")

    privacy.register("broken", lambda user: None, erase_then_fail)
    signed_in.raise_request_exception = False
    response = signed_in.post(url("delete_account"), {"password": PASSWORD})
    assert response.status_code == 500
    assert deleted_rows
    assert User.objects.filter(pk=learner.pk).exists()
    assert EmailAddress.objects.filter(user=learner).exists()


def test_password_guessing_on_the_deletion_form_is_rate_limited(signed_in, learner):
    # allauth's "reauthenticate" limit, 10 per minute per user.
    for _ in range(10):
        signed_in.post(url("delete_account", "en"), {"password": "guess"})
    response = signed_in.post(url("delete_account", "en"), {"password": PASSWORD})
    assert "Too many attempts: wait a minute before trying again." in response.content.decode()
    assert User.objects.filter(pk=learner.pk).exists()


def test_an_administrator_cannot_delete_their_account_from_the_site(client, staff_user):
    client.force_login(staff_user)
    page = client.get(url("delete_account", "en"))
    assert page.status_code == 200
    assert "Administrator accounts are not deleted from here" in page.content.decode()
    assert 'name="password"' not in page.content.decode()
    response = client.post(url("delete_account", "en"), {"password": PASSWORD})
    assert response.status_code == 403
    assert User.objects.filter(pk=staff_user.pk).exists()


# Who may see what ------------------------------------------------------------------

OWN_PAGES = ["profile", "export_data", "delete_account"]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", OWN_PAGES)
def test_anonymous_visitors_are_sent_to_the_sign_in_page(client, name, method):
    response = getattr(client, method)(url(name))
    assert response.status_code == 302
    assert response.url == f"{url('account_login')}?next={url(name)}"


@pytest.mark.parametrize("name", OWN_PAGES)
def test_signed_in_learners_reach_their_own_pages(signed_in, name):
    assert signed_in.get(url(name)).status_code == 200


def test_the_pages_take_no_user_id_so_b_cannot_act_on_a(client, learner, other_learner):
    """B deletes B; A is untouched. The URLs carry no id to point at somebody else."""
    for name in OWN_PAGES:
        assert resolve(url(name)).kwargs == {}
    sign_in(client, other_learner.email)
    client.post(url("delete_account"), {"password": PASSWORD})
    assert User.objects.filter(pk=learner.pk).exists()
    assert not User.objects.filter(pk=other_learner.pk).exists()


def test_unverified_accounts_are_removed_the_same_way(client):
    user = make_user("pending@example.org", verified=False)
    client.force_login(user)
    client.post(url("delete_account"), {"password": PASSWORD})
    assert not User.objects.filter(pk=user.pk).exists()
