"""The page-privacy matrix shared by the discussions and exercises tests.

Wagtail's three kinds of page privacy (a shared password, signed-in users, a
group: here Trainers) against who asks, and whether Wagtail lets them in
(`PageViewRestriction.accept_request`). "…_with_password" people entered the
password through Wagtail's own form, which keeps it in their session.
"""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from trainers.groups import TRAINERS_GROUP

PASSWORD = "mot-de-passe-partage"

# (restriction, who, may read)
MATRIX = [
    ("password", "anonymous", False),
    ("password", "learner", False),
    ("password", "trainer", False),
    ("password", "learner_with_password", True),
    ("password", "anonymous_with_password", True),
    ("login", "anonymous", False),
    ("login", "learner", True),
    ("login", "trainer", True),
    ("groups", "anonymous", False),
    ("groups", "learner", False),
    ("groups", "trainer", True),
]
SIGNED_IN_MATRIX = [row for row in MATRIX if not row[1].startswith("anonymous")]


def trainers_group():
    return Group.objects.get(name=TRAINERS_GROUP)


def restrict(page, kind):
    """`page` (and the pages under it) made private in the admin's way."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.add(trainers_group())
    return restriction


def enter(client, who, restriction, *, learner, trainer, return_url="/"):
    """Sign `who` in, and give the password through Wagtail's own form if they have it."""
    if who.startswith("learner"):
        client.force_login(learner)
    elif who == "trainer":
        client.force_login(trainer)
    if who.endswith("_with_password"):
        response = client.post(
            reverse(
                "wagtailcore_authenticate_with_password",
                args=[restriction.pk, restriction.page_id],
            ),
            {"password": PASSWORD, "return_url": return_url},
        )
        assert response.status_code == 302
