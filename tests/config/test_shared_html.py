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


def _shared_parts_seen_by(client, pages) -> dict[str, str]:
    """Every shared part the pages used for this reader, as kept, rendered afresh: the
    outline, the articles and, for a signed-in reader, the whole page stored for its path."""
    cache.clear()  # each reader renders the shared parts themselves
    for page in pages:
        assert client.get(page.url).status_code == 200
    keys = sorted(
        key.split(":", 2)[2]
        for key in cache._cache
        if ":shared_html:" in key or ":signed_in_page:" in key
    )
    # Each reader's parts are under a generation of their own (the cache was cleared).
    return {_without_generation(key): _html_of(cache.get(key)) for key in keys}


def _without_generation(key: str) -> str:
    name, _generation, digest = key.split(":")
    return f"{name}:{digest}"


def _html_of(stored) -> str:
    """A whole page is stored with its filler's name and data (config/signed_in_pages.py)."""
    return stored if isinstance(stored, str) else repr(stored)


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

    learner_parts, other_learner_parts, visitor_parts = seen
    # The outline, both articles, the round table's thread as a visitor sees it and its
    # answers' counts.
    assert len(visitor_parts) == 5
    assert learner_parts == other_learner_parts
    # The learners' also hold both whole pages, as HTML and as stored for their paths;
    # their thread is the one of a learner who may post, not the visitor's.
    assert len(learner_parts) == 9
    common = set(visitor_parts) & set(learner_parts)
    assert len(common) == 4
    assert {key: learner_parts[key] for key in common} == {
        key: visitor_parts[key] for key in common
    }
    shared = "".join(learner_parts.values())
    assert "Se déconnecter" not in shared and "Mon parcours" not in shared  # the account menu
    for learner, client in zip(learners, clients, strict=False):
        assert learner.display_name not in shared
        assert learner.email not in shared
        assert client.cookies["csrftoken"].value not in shared
    assert "csrfmiddlewaretoken" not in shared
    assert "outline__step--done" not in shared and 'nonce=""' not in shared
    # The page's own breadcrumb is marked current; the outline's current step is a slot.
    assert not re.search(r"outline__step--done|aria-current", "".join(visitor_parts.values()))


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


def test_a_learners_whole_page_is_rendered_without_request_or_user(course, readers):
    _learners, clients = readers
    contexts = []

    def record(sender, template, context, **kwargs):
        if template.name in ("base.html", "pages/lesson_page.html"):
            contexts.append(set(context.flatten()))

    template_rendered.connect(record, dispatch_uid="page-context")
    try:
        clients[0].get(LessonPage.objects.descendant_of(course).first().url)
    finally:
        template_rendered.disconnect(dispatch_uid="page-context")

    assert len(contexts) == 2
    for keys in contexts:
        assert not keys & {"request", "user", "perms", "csrf_token", "messages", "learner"}


def test_the_stored_page_is_filled_for_each_learner_with_their_own_parts(course, readers):
    _learners, clients = readers
    lesson = LessonPage.objects.descendant_of(course).first()
    clients[0].post(reverse("mark_step", args=[lesson.pk]), {"done": "1"})
    first = clients[0].get(lesson.url)  # its messages shown, and the page stored
    assert "X-Signed-In-Page" not in first
    pages = [client.get(lesson.url) for client in clients[:2]]

    assert [page["X-Signed-In-Page"] for page in pages] == ["hit", "hit"]
    mine, theirs = (page.content.decode() for page in pages)
    for html in (mine, theirs):
        assert "Se déconnecter" in html
        assert get_token_value(html) and "<!--slot:" not in html
    assert "outline__step--done" in mine and "outline__step--done" not in theirs
    assert "Marquer comme non terminé" in mine and "Marquer comme non terminé" not in theirs
    assert get_token_value(mine) != get_token_value(theirs)


def get_token_value(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match[1] if match else ""


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
