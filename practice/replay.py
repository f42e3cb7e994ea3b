"""The live-tweet replay: the posts of a session placed beside the transcript's cues.

A post written at a moment of the recording goes beside the cue spoken then
(`transcript.cue_at`: the last cue started); a post at a moment before the first cue
goes beside the first; a post without a moment (written without choosing one) is
listed after the transcript. The view hands each post's moment as `replay_moment`: its
own, else its thread's first post's, else the moment of the post it answers, so that
a thread and a conversation stay beside what they are about. Posts keep their order
within a cue. A pure function: the view hands it the cues and the posts it may show.
"""

from dataclasses import dataclass, field

from practice.transcript import Cue, cue_at


@dataclass
class ReplayCue:
    cue: Cue
    posts: list = field(default_factory=list)


@dataclass
class Replay:
    cues: list[ReplayCue]
    without_moment: list

    @property
    def post_count(self) -> int:
        return sum(len(row.posts) for row in self.cues) + len(self.without_moment)


def place_posts(cues: list[Cue], posts) -> Replay:
    """Each post beside its cue (posts: objects with `replay_moment` or `moment_seconds`,
    in the order they are shown)."""
    rows = [ReplayCue(cue) for cue in cues]
    without_moment = []
    for post in posts:
        moment = getattr(post, "replay_moment", post.moment_seconds)
        if moment is None or not rows:
            without_moment.append(post)
            continue
        index = cue_at(cues, moment)
        rows[index or 0].posts.append(post)
    return Replay(rows, without_moment)
