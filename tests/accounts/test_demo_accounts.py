"""The demo accounts command: confirmed, primary addresses, so that the demo users can sign in."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command

from demo.accounts import DEMO_ACCOUNTS
from tests.accounts.conftest import url

pytestmark = pytest.mark.django_db


def create_demo_accounts():
    call_command("create_demo_accounts", "--force", stdout=io.StringIO())


def test_every_demo_account_has_a_verified_primary_address():
    create_demo_accounts()
    for account in DEMO_ACCOUNTS:
        address = EmailAddress.objects.get(email__iexact=account["email"])
        assert address.verified
        assert address.primary
        assert address.user.email == account["email"]


def test_running_it_twice_changes_nothing():
    create_demo_accounts()
    create_demo_accounts()
    assert EmailAddress.objects.count() == len(DEMO_ACCOUNTS)


def test_an_existing_unverified_address_is_confirmed(django_user_model):
    account = DEMO_ACCOUNTS[0]
    user = django_user_model.objects.create_user(email=account["email"], password="x")
    EmailAddress.objects.create(user=user, email=account["email"], verified=False, primary=False)
    create_demo_accounts()
    address = EmailAddress.objects.get(user=user)
    assert address.verified and address.primary


def test_a_demo_learner_signs_in_with_the_printed_password(client):
    create_demo_accounts()
    learner = next(a for a in DEMO_ACCOUNTS if a["role"] == "learner")
    response = client.post(
        url("account_login"), {"login": learner["email"], "password": learner["password"]}
    )
    assert response.status_code == 302
    assert response.url == url("dashboard")


def test_the_command_refuses_to_run_without_debug_or_force():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_demo_accounts", stdout=io.StringIO())
