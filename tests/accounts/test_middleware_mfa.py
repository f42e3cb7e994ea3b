"""Staff and two-factor authentication on /admin/ (accounts.middleware)."""

import pytest
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from allauth.mfa.utils import is_mfa_enabled

from accounts.middleware import RETURN_SESSION_KEY
from tests.accounts.conftest import (
    activate_totp,
    current_totp_code,
    make_user,
    reauthenticate,
    sign_in,
    url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def require_mfa(settings):
    settings.STAFF_REQUIRE_MFA = True


@pytest.fixture
def editor(db):
    """Staff without superuser rights, with access to the Wagtail admin."""
    from django.contrib.auth.models import Permission

    user = make_user("editor@example.org", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_anonymous_visitors_of_the_admin_go_to_allauths_sign_in_page(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == f"{url('account_login')}?next=/admin/"


def test_the_sign_in_page_the_admin_sends_to_is_allauths(client):
    html = client.get(url("account_login")).content.decode()
    assert 'class="page-width account-layout"' in html
    assert 'name="login"' in html


def test_staff_without_two_factor_are_sent_to_activate_it(client, editor, require_mfa):
    client.force_login(editor)
    response = client.get("/admin/account/")
    assert response.status_code == 302
    assert response.url == url("mfa_activate_totp")
    assert client.session[RETURN_SESSION_KEY] == "/admin/account/"


def test_the_activation_page_is_reachable_for_them(client, editor, require_mfa):
    sign_in(client, editor.email)
    reauthenticate(client)
    assert client.get(url("mfa_activate_totp")).status_code == 200
    assert client.get(url("mfa_index")).status_code == 200


def test_staff_with_two_factor_enter_the_admin(client, editor, require_mfa):
    activate_totp(editor)
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_staff_without_two_factor_enter_the_admin_when_it_is_not_required(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_learners_are_not_sent_to_two_factor_activation(client, learner, require_mfa):
    client.force_login(learner)
    response = client.get("/admin/")
    # Wagtail refuses them its admin in its own way; the middleware leaves them be.
    assert response.url != url("mfa_activate_totp")
    assert RETURN_SESSION_KEY not in client.session


def test_pages_outside_the_admin_are_not_affected(client, editor, require_mfa):
    client.force_login(editor)
    assert client.get(url("profile")).status_code == 200


def test_staff_can_sign_out_of_the_admin_without_two_factor(client, editor, require_mfa):
    client.force_login(editor)
    response = client.post("/admin/logout/")
    assert response.url != url("mfa_activate_totp")


def test_staff_reach_the_admin_page_they_asked_for_after_activating_totp(
    client, editor, require_mfa
):
    sign_in(client, editor.email)
    response = client.get("/admin/account/")
    assert response.url == url("mfa_activate_totp")

    # allauth asks for the password again, then shows the QR code.
    response = client.get(response.url)
    assert response.url.startswith(url("account_reauthenticate"))
    reauthenticate(client)
    assert client.get(url("mfa_activate_totp")).status_code == 200

    code = current_totp_code(client.session[SECRET_SESSION_KEY])
    response = client.post(url("mfa_activate_totp"), {"code": code})
    assert response.status_code == 302
    assert is_mfa_enabled(editor)

    # The recovery codes page offers the way back to the admin page.
    html = client.get(response.url).content.decode()
    assert 'href="/admin/account/">' in html
    assert client.get("/admin/account/").status_code == 200
    assert RETURN_SESSION_KEY not in client.session
