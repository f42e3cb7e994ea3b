"""The goal of a practice timeline, as pure functions: counts and checklist."""

from practice.goals import GoalCounts, PostFacts, count_posts, goal_items, goal_met


def test_posts_replies_mentions_and_hashtags_are_counted_per_post():
    facts = [
        PostFacts(),
        PostFacts(replies_to_someone_else=True, mentions_someone=True),
        PostFacts(has_hashtag=True, mentions_someone=True),
    ]
    assert count_posts(facts) == GoalCounts(posts=3, replies=1, mentions=2, hashtags=1)


def test_the_checklist_lists_only_the_counts_asked_for_in_order():
    goal = GoalCounts(posts=3, replies=0, mentions=1, hashtags=2)
    items = goal_items(goal, GoalCounts(posts=3, mentions=0, hashtags=5))
    assert [(i.item, i.wanted, i.done, i.met) for i in items] == [
        ("posts", 3, 3, True),
        ("mentions", 1, 0, False),
        ("hashtags", 2, 5, True),
    ]


def test_the_goal_is_met_when_every_count_asked_is_reached():
    goal = GoalCounts(posts=2, replies=1)
    assert not goal_met(goal, GoalCounts(posts=2))
    assert not goal_met(goal, GoalCounts(posts=1, replies=1))
    assert goal_met(goal, GoalCounts(posts=2, replies=1))


def test_a_page_without_a_goal_is_done_with_the_first_post():
    assert not goal_met(GoalCounts(), GoalCounts())
    assert goal_met(GoalCounts(), GoalCounts(posts=1))
