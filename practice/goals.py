"""A practice timeline's goal, as pure functions: what a learner's posts count towards it.

The trainer sets four counts on the page (0: not asked):

- posts: every post the learner wrote on the timeline of their session (replies,
  quotes and each post of a thread included);
- replies: posts answering another person's post (answering oneself does not count,
  nor do the following posts of one's own thread);
- mentions: posts that mention at least one other learner by their handle;
- hashtags: posts with at least one hashtag.

The step is done when every count asked is reached. A page that asks for nothing is
done with the first post.

`count_posts` states the rule post by post; practice/posting.py `learner_counts` applies
the same rule in one aggregate query (tests/practice/test_queries_goal_counts.py checks
that both agree).
"""

from collections.abc import Iterable
from dataclasses import dataclass

GOAL_ITEMS = ("posts", "replies", "mentions", "hashtags")


@dataclass(frozen=True)
class PostFacts:
    """What the goal needs to know of one of the learner's posts."""

    replies_to_someone_else: bool = False
    mentions_someone: bool = False
    has_hashtag: bool = False


@dataclass(frozen=True)
class GoalCounts:
    posts: int = 0
    replies: int = 0
    mentions: int = 0
    hashtags: int = 0


@dataclass(frozen=True)
class GoalItem:
    item: str  # one of GOAL_ITEMS
    wanted: int
    done: int

    @property
    def met(self) -> bool:
        return self.done >= self.wanted


def count_posts(posts: Iterable[PostFacts]) -> GoalCounts:
    posts = list(posts)
    return GoalCounts(
        posts=len(posts),
        replies=sum(p.replies_to_someone_else for p in posts),
        mentions=sum(p.mentions_someone for p in posts),
        hashtags=sum(p.has_hashtag for p in posts),
    )


def goal_items(goal: GoalCounts, counts: GoalCounts) -> list[GoalItem]:
    """The checklist: one item per count the goal asks for, in GOAL_ITEMS order."""
    return [
        GoalItem(name, getattr(goal, name), getattr(counts, name))
        for name in GOAL_ITEMS
        if getattr(goal, name) > 0
    ]


def goal_met(goal: GoalCounts, counts: GoalCounts) -> bool:
    items = goal_items(goal, counts)
    if not items:
        return counts.posts > 0
    return all(item.met for item in items)
