""" "My learning" from shared parts (course/dashboard.py): the page and each course's card
are the same bytes for two learners and hold nothing of theirs; their own numbers are
filled in; the shared templates never see the request or the user."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.test.signals import template_rendered
from django.urls import reverse

from course import learning
from course.models import Enrolment
from course.navigation import course_outline
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SHARED_TEMPLATES = ("course/dashboard.html", "course/dashboard_card.html")


@pytest.fixture
def learners(course, session):
    people = [UserFactory(display_name=f"Personne{n} Unique{n}") for n in range(2)]
    steps = course_outline(course, None).steps
    clients = []
    for done, person in enumerate(people):
        enrolment = Enrolment.objects.create(user=person, session=session)
        for step in steps[: 3 * done]:
            learning.set_step_done(enrolment, step, True)
        client = Client()
        client.force_login(person)
        clients.append(client)
    return people, clients


def _shared_parts_seen_by(client) -> dict[str, str]:
    cache.clear()  # each learner renders the shared parts themselves
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    kept = {}
    for key in list(cache._cache):
        if ":shared_html:" in key:
            raw = key.split(":", 2)[2]
            name, _generation, digest = raw.split(":")
            kept[f"{name}:{digest}"] = cache.get(raw)
    return kept, response.content.decode()


def test_two_learners_get_the_same_shared_dashboard_bytes_with_nothing_of_theirs(learners):
    people, clients = learners
    (mine, my_page), (theirs, their_page) = (_shared_parts_seen_by(c) for c in clients)

    assert len(mine) == 2  # the page around the learner's part, the course's card
    assert mine == theirs
    shared = "".join(mine.values())
    for person, client in zip(people, clients, strict=True):
        assert person.display_name not in shared
        assert person.email not in shared
        assert client.cookies["csrftoken"].value not in shared
    assert "Se déconnecter" not in shared and "csrfmiddlewaretoken" not in shared
    assert "<!--slot:" not in my_page + their_page
    assert people[0].display_name in my_page and people[1].display_name in their_page
    assert "0 sur" in my_page.replace("\u00a0", " ") and "3 sur" in their_page.replace(
        "\u00a0", " "
    )


def test_the_dashboards_shared_templates_see_no_request_or_user(learners):
    _people, clients = learners
    contexts = []

    def record(sender, template, context, **kwargs):
        if template.name in SHARED_TEMPLATES:
            contexts.append((template.name, set(context.flatten())))

    template_rendered.connect(record, dispatch_uid="dashboard-context")
    try:
        cache.clear()
        clients[0].get(reverse("dashboard"))
    finally:
        template_rendered.disconnect(dispatch_uid="dashboard-context")

    assert {name for name, _keys in contexts} == set(SHARED_TEMPLATES)
    for _name, keys in contexts:
        assert not keys & {"request", "user", "perms", "csrf_token", "messages", "learner"}
