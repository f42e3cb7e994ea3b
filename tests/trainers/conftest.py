import pytest

from tests.factories import UserFactory
from trainers.groups import TRAINERS_GROUP


@pytest.fixture
def trainer(db):
    from django.contrib.auth.models import Group

    user = UserFactory(display_name="Odile Formatrice", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


@pytest.fixture
def second_trainer(db):
    from django.contrib.auth.models import Group

    user = UserFactory(display_name="Bastien Formateur", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


@pytest.fixture
def superuser(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser(email="root@example.org", password="x")


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


@pytest.fixture
def lead_trainer(db):
    """A trainer who also publishes without review (the "Lead trainers" group)."""
    from django.contrib.auth.models import Group

    from trainers.groups import LEAD_TRAINERS_GROUP

    user = UserFactory(display_name="Léa Responsable", is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=[TRAINERS_GROUP, LEAD_TRAINERS_GROUP]))
    return user
