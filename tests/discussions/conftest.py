"""Fixtures for the discussions tests: a round table to comment on, people, comments."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone, translation

from discussions.models import Comment, CommentStatus
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _english_interface():
    """Assertions read the English msgids, whatever the French catalogue says (/en/ URLs)."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits count in the cache: every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def testimonial(home):
    """A round table in the smallest course tree (the full `course` fixture is slower)."""
    from tests.factories import (
        CoursePageFactory,
        ModulePageFactory,
        ParticipantFactory,
        TestimonialPageFactory,
        round_table_questions,
    )

    course = CoursePageFactory(parent=home, slug="cours")
    module = ModulePageFactory(parent=course, slug="module-1")
    people = [ParticipantFactory(), ParticipantFactory()]
    return TestimonialPageFactory(
        parent=module, slug="table-ronde", questions=round_table_questions(people)
    )


def sibling_testimonial(testimonial, slug: str):
    """Another round table in the same module."""
    from tests.factories import ParticipantFactory, TestimonialPageFactory, round_table_questions

    return TestimonialPageFactory(
        parent=testimonial.get_parent(),
        slug=slug,
        questions=round_table_questions([ParticipantFactory()]),
    )


@pytest.fixture
def other_learner(db):
    return UserFactory()


@pytest.fixture
def moderator(db):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(
        Permission.objects.get(codename="moderate_comment", content_type__app_label="discussions"),
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
    )
    return user


def make_comment(target, author, body="Un commentaire.", *, parent=None, anchor="", **fields):
    """A comment saved directly (no rules applied), shaped like the service makes them."""
    if parent is not None:
        fields.setdefault("depth", parent.depth + 1)
        fields.setdefault("root_id", parent.root_id or parent.pk)
        fields.setdefault("replied_to_author_id", parent.author_id)
        anchor = parent.anchor
    return Comment.objects.create(
        content_type=ContentType.objects.get_for_model(target),
        object_id=str(target.pk),
        anchor=anchor,
        author=author,
        parent=parent,
        body=body,
        status=fields.pop("status", CommentStatus.PUBLISHED),
        **fields,
    )


def minutes_ago(minutes: int):
    return timezone.now() - datetime.timedelta(minutes=minutes)


def thread_html(target, user=None, anchor="", **query) -> str:
    """The thread as a page shows it: {% discussion_thread target request anchor=... %}."""
    from django.contrib.auth.models import AnonymousUser
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get(target.url, query)
    request.user = user or AnonymousUser()
    template = Template(
        "{% load discussions_tags %}{% discussion_thread target request anchor=anchor %}"
    )
    return template.render(Context({"target": target, "request": request, "anchor": anchor}))
