"""The demo trainers of `make run`: in the Trainers group, they sign in and reach the admin."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo.accounts import DEMO_ACCOUNTS
from trainers.groups import LEAD_TRAINERS_GROUP, TRAINERS_GROUP

pytestmark = pytest.mark.django_db

TRAINERS = [a for a in DEMO_ACCOUNTS if a["role"] == "trainer"]


def test_there_are_two_demo_trainers_for_the_review_workflow():
    assert {a["email"] for a in TRAINERS} == {
        "formatrice@demo.gazouillis.test",
        "formateur@demo.gazouillis.test",
    }


@pytest.mark.parametrize("account", TRAINERS, ids=lambda a: a["email"])
def test_a_demo_trainer_signs_in_and_reaches_the_admin_as_a_trainer(client, account):
    from django.contrib.auth import get_user_model

    call_command("create_demo_accounts", "--force", stdout=io.StringIO())
    user = get_user_model().objects.get(email=account["email"])
    groups = set(user.groups.values_list("name", flat=True))
    # The first demo trainer is a lead trainer (publishes at once); the second submits.
    lead = account["email"] == "formatrice@demo.gazouillis.test"
    assert groups == ({TRAINERS_GROUP, LEAD_TRAINERS_GROUP} if lead else {TRAINERS_GROUP})
    assert not user.is_superuser
    assert client.login(email=account["email"], password=account["password"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("wagtailusers_users:index")).status_code != 200
