"""Shared HTML (config/shared_html.py) holds nothing of one person: the same bytes for two
learners and a visitor, and no request or user in its templates' context."""

import re

import pytest
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.test import Client
from django.test.signals import template_rendered
from django.urls import reverse

from config import shared_html
from course.models import Enrolment, LessonPage, TestimonialPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SHARED_TEMPLATES = (
    "components/course_outline.html",
    "pages/shared/lesson_article.html",
    "pages/shared/testimonial_article.html",
)


def _shared_parts_seen_by(client, pages) -> list[str]:
    """Every shared part the pages used for this reader, as kept, rendered afresh."""
    cache.clear()  # each reader renders the shared parts themselves
    for page in pages:
        assert client.get(page.url).status_code == 200
    keys = sorted(key.split(":", 2)[2] for key in cache._cache if ":shared_html:" in key)
    return [cache.get(key) for key in keys]


@pytest.fixture
def readers(session):
    learners = [UserFactory(display_name=f"Personne{n} Unique{n}") for n in range(2)]
    clients = []
    for learner in learners:
        Enrolment.objects.create(user=learner, session=session)
        client = Client()
        client.force_login(learner)
        clients.append(client)
    return learners, [*clients, Client()]


def test_two_learners_and_a_visitor_get_the_same_shared_bytes_with_nothing_personal(
    course, readers
):
    learners, clients = readers
    pages = [
        LessonPage.objects.descendant_of(course).first(),
        TestimonialPage.objects.descendant_of(course).filter(format="round_table").first(),
    ]
    clients[0].post(reverse("mark_step", args=[pages[0].pk]), {"done": "1"})
    seen = [_shared_parts_seen_by(client, pages) for client in clients]

    assert len(seen[0]) == 3  # the outline and both articles
    assert seen[0] == seen[1] == seen[2]
    shared = "".join(seen[0])
    for learner, client in zip(learners, clients, strict=False):
        assert learner.display_name not in shared
        assert learner.email not in shared
        assert client.cookies["csrftoken"].value not in shared
    assert "csrfmiddlewaretoken" not in shared
    assert not re.search(r"outline__step--done|aria-current", shared)


def test_shared_templates_are_rendered_without_request_or_user(course, readers):
    _learners, clients = readers
    contexts = []

    def record(sender, template, context, **kwargs):
        if template.name in SHARED_TEMPLATES:
            contexts.append((template.name, set(context.flatten())))

    template_rendered.connect(record, dispatch_uid="shared-context")
    try:
        for page in (
            LessonPage.objects.descendant_of(course).first(),
            TestimonialPage.objects.descendant_of(course).first(),
        ):
            clients[0].get(page.url)
    finally:
        template_rendered.disconnect(dispatch_uid="shared-context")

    assert {name for name, _keys in contexts} == set(SHARED_TEMPLATES)
    for _name, keys in contexts:
        assert not keys & {"request", "user", "perms", "csrf_token", "messages"}


def test_a_shared_template_handed_the_request_is_refused(rf):
    request = rf.get("/")
    get_token(request)
    with pytest.raises(shared_html.PersonalContextError):
        shared_html.render(("x",), "pages/shared/lesson_article.html", {"request": request})
    with pytest.raises(shared_html.PersonalContextError):
        shared_html.render(("x",), "pages/shared/lesson_article.html", {"user": object()})


def test_a_slot_cannot_be_imitated_by_text_and_carries_what_its_filler_needs():
    marker = shared_html.slot("answer-discussion", "q1.7", "Inès d’Arc --> <b>")
    assert shared_html.slots_in(f"<p>{marker}</p>") == [
        ("answer-discussion", "q1.7", "Inès d’Arc --> <b>")
    ]
    typed = "<!--slot:0000000000000000:check:1-->"
    assert shared_html.slots_in(typed) == []
    assert shared_html.fill(f"{typed}{marker}", {("answer-discussion", "q1.7"): "X"}) == typed + "X"
