"""The thread's identity as one value: ThreadKey, and the queryset filters built on it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from discussions.keys import ThreadKey
from discussions.models import Comment, ThreadFollow
from tests.discussions.conftest import make_comment, sibling_testimonial


def test_a_thread_key_is_a_value_equal_to_any_key_of_the_same_thread():
    """Two keys of one thread are equal and hash alike: they key dictionaries and sets."""
    first, same = ThreadKey(7, 42, "q1-a"), ThreadKey(7, 42, "q1-a")
    assert first == same
    assert {first: "thread"}[same] == "thread"
    assert first != ThreadKey(7, 42, "")
    assert first.target_key == (7, 42)
    assert first.lookups() == {"content_type_id": 7, "object_id": 42, "anchor": "q1-a"}
    with pytest.raises(AttributeError):
        first.anchor = "q2-b"  # frozen


def test_a_page_listed_as_a_plain_page_keys_the_thread_of_its_specific_type(testimonial):
    """The comments of a page are filed under its specific type, however it is fetched."""
    plain = Page.objects.get(pk=testimonial.pk)
    assert ThreadKey.of(plain) == ThreadKey.of(testimonial)
    assert ThreadKey.of(testimonial, "q1-a") == ThreadKey(
        ContentType.objects.get_for_model(testimonial).pk, testimonial.pk, "q1-a"
    )


def test_a_comment_knows_its_thread_and_the_thread_finds_only_its_comments(testimonial, learner):
    """in_thread(key) keeps one part of one object: not the other parts, not other objects."""
    other_page = sibling_testimonial(testimonial, "autre")
    mine = make_comment(testimonial, learner, anchor="q1-a")
    make_comment(testimonial, learner, anchor="")
    make_comment(other_page, learner, anchor="q1-a")
    assert mine.thread_key == ThreadKey.of(testimonial, "q1-a")
    assert list(Comment.objects.in_thread(mine.thread_key)) == [mine]


def test_object_ids_are_stored_as_integers(testimonial, learner):
    """A comment and a follow read back their object's id as an integer, equal to its pk."""
    comment = make_comment(testimonial, learner)
    follow = ThreadFollow.objects.create(user=learner, **ThreadKey.of(testimonial).lookups())
    comment.refresh_from_db()
    follow.refresh_from_db()
    assert comment.object_id == testimonial.pk
    assert follow.thread_key == comment.thread_key
    assert comment.target == testimonial


def test_on_targets_keeps_every_part_of_the_objects_named(testimonial, learner):
    """on_targets(model, ids): every anchor of those objects of that model, nothing else."""
    other_page = sibling_testimonial(testimonial, "autre")
    third_page = sibling_testimonial(testimonial, "troisieme")
    kept = {
        make_comment(testimonial, learner, anchor="q1-a"),
        make_comment(testimonial, learner),
        make_comment(other_page, learner),
    }
    make_comment(third_page, learner)
    found = Comment.objects.on_targets(testimonial, [testimonial.pk, other_page.pk])
    assert set(found) == kept
