"""Comment counts per object: published and not deleted, every part, replies included."""

import pytest
from django.db import connection
from django.db.models import OuterRef
from django.test.utils import CaptureQueriesContext

from course.models import TestimonialPage
from discussions.counts import comment_count_column, comment_counts, comment_counts_by_target
from discussions.keys import ThreadKey
from discussions.models import CommentStatus
from tests.discussions.conftest import make_comment, minutes_ago, sibling_testimonial
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(testimonial, learner):
    """Two pages: the first with 3 comments that count and 3 that do not, the second none."""
    other = sibling_testimonial(testimonial, "autre")
    top = make_comment(testimonial, learner)
    make_comment(testimonial, UserFactory(), parent=top)  # a reply counts
    make_comment(testimonial, learner, anchor="q1-a")  # so does another part
    make_comment(testimonial, learner, status=CommentStatus.HELD)
    make_comment(testimonial, learner, status=CommentStatus.HIDDEN)
    make_comment(testimonial, learner, deleted_at=minutes_ago(1))
    return testimonial, other


def test_comment_counts_give_each_object_its_published_comments_in_one_query(pages):
    """{id: count}; an object without comments is absent; one query for all of them."""
    first, second = pages
    with CaptureQueriesContext(connection) as queries:
        counts = comment_counts(TestimonialPage, [first.pk, second.pk])
    assert counts == {first.pk: 3}
    assert len(queries) == 1
    assert comment_counts(TestimonialPage, []) == {}


def test_counts_of_mixed_targets_are_keyed_by_type_and_id(pages):
    first, second = pages
    assert comment_counts_by_target([first, second]) == {ThreadKey.of(first).target_key: 3}


def test_the_count_column_says_the_same_as_the_counts(pages):
    """The column (a correlated subquery) gives 0 to an object without comments."""
    first, second = pages
    rows = TestimonialPage.objects.filter(pk__in=[first.pk, second.pk]).annotate(
        comments=comment_count_column(TestimonialPage)
    )
    assert {page.pk: page.comments for page in rows} == {first.pk: 3, second.pk: 0}


def test_the_count_column_leaves_out_or_keeps_one_authors_comments(pages, learner):
    """exclude_author: the others' comments (feedback received); by_author: theirs only."""
    first, _second = pages
    page = (
        TestimonialPage.objects.filter(pk=first.pk)
        .annotate(
            others=comment_count_column(TestimonialPage, exclude_author=learner.pk),
            own=comment_count_column(
                TestimonialPage,
                TestimonialPage.objects.filter(pk=OuterRef(OuterRef("pk"))).values("pk"),
                by_author=learner.pk,
            ),
        )
        .get()
    )
    assert (page.others, page.own) == (1, 2)
