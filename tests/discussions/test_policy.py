"""The pure rules: pre-moderation, edit window, where deep replies go, rate-limit specs."""

import datetime

import pytest

from accounts.ratelimit import RateLimit, parse_rate_limits
from discussions.models import CommentStatus, Premoderation
from discussions.policy import attach_point, initial_status, within_edit_window


@pytest.mark.parametrize(
    ("policy", "first", "links", "expected"),
    [
        (Premoderation.OFF, True, 10, CommentStatus.PUBLISHED),
        (Premoderation.FIRST_COMMENT, True, 0, CommentStatus.HELD),
        (Premoderation.FIRST_COMMENT, False, 10, CommentStatus.PUBLISHED),
        (Premoderation.LINKS, True, 2, CommentStatus.PUBLISHED),
        (Premoderation.LINKS, False, 3, CommentStatus.HELD),
        (Premoderation.ALL, False, 0, CommentStatus.HELD),
    ],
)
def test_initial_status_follows_the_policy(policy, first, links, expected):
    status = initial_status(
        policy, max_links=2, link_count=links, is_first_comment=first, is_moderator=False
    )
    assert status == expected


def test_moderators_are_never_held():
    assert (
        initial_status(
            Premoderation.ALL, max_links=0, link_count=5, is_first_comment=True, is_moderator=True
        )
        == CommentStatus.PUBLISHED
    )


def test_edit_window_is_inclusive_of_its_last_minute():
    now = datetime.datetime(2025, 1, 1, 12, 0, tzinfo=datetime.UTC)
    assert within_edit_window(now - datetime.timedelta(minutes=15), now, 15)
    assert not within_edit_window(now - datetime.timedelta(minutes=15, seconds=1), now, 15)


def test_replies_past_the_depth_limit_join_their_parents_level():
    assert attach_point(0, 3) == "child"
    assert attach_point(1, 3) == "child"
    assert attach_point(2, 3) == "sibling"


def test_rate_limit_spec_is_parsed_and_bad_parts_ignored():
    assert parse_rate_limits("5/m,50/d") == [RateLimit(5, 60), RateLimit(50, 86400)]
    assert parse_rate_limits("3/10s, x/m, 4/, 2/5m") == [RateLimit(3, 10), RateLimit(2, 300)]
    assert parse_rate_limits("") == []
