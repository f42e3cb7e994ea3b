"""The live-tweet replay: each post of a session beside the transcript's cue spoken at its
moment (a pure function)."""

from types import SimpleNamespace

from practice.replay import place_posts
from practice.transcript import parse_transcript


def test_the_replay_places_each_post_beside_the_cue_spoken_at_its_moment():
    """Posts go beside the last cue started at their moment, in their order; a moment
    before the first cue goes beside the first; a post without a moment comes after."""
    cues = parse_transcript("00:10 A\n00:30 B\n01:00 C")
    posts = [
        SimpleNamespace(name=name, moment_seconds=moment)
        for name, moment in [("p1", 31), ("p2", 5), ("p3", None), ("p4", 35), ("p5", 600)]
    ]
    replay = place_posts(cues, posts)
    assert [[p.name for p in row.posts] for row in replay.cues] == [["p2"], ["p1", "p4"], ["p5"]]
    assert [p.name for p in replay.without_moment] == ["p3"]
    assert replay.post_count == 5


def test_a_post_is_placed_at_its_replay_moment_when_the_view_gives_one():
    """A thread's later post or a reply has the moment of what it continues."""
    cues = parse_transcript("00:10 A\n00:30 B")
    reply = SimpleNamespace(name="reply", moment_seconds=None, replay_moment=31)
    replay = place_posts(cues, [reply])
    assert [[p.name for p in row.posts] for row in replay.cues] == [[], ["reply"]]
