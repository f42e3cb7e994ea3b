"""A recorded event's timed transcript, as pure functions (no database).

A trainer types the transcript of the live-tweet scenario one cue per line, each line
starting with its moment in the recording: "mm:ss text" or "h:mm:ss text" ("02:05 Bonjour
à toutes et à tous", "1:02:05 Merci"). Blank lines are skipped. Minutes may pass 59 only
without hours ("75:10" is 1 h 15 min 10 s); seconds never do. Moments never go back: a
cue's moment is at least the previous one's. A line that breaks a rule is named by its
number in the text as typed (blank lines counted), so that the trainer finds it.

A cue runs from its moment to the next cue's: the cue spoken at a moment of the
recording is the last one that has started (`cue_at`).
"""

import bisect
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Hours, minutes, seconds, then at least one space and the text.
_LINE_RE = re.compile(r"^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})(?:\s+(.*))?$")
_TIME_LIKE_RE = re.compile(r"^[\d:]+(?:\s|$)")
MAX_PROBLEMS = 10


@dataclass(frozen=True)
class Cue:
    """One line of the transcript: its moment in seconds from the start, and what is said."""

    seconds: int
    text: str

    @property
    def moment(self) -> str:
        return format_moment(self.seconds)


@dataclass(frozen=True)
class Problem:
    """What is wrong with one line (numbered from 1, as in the text typed)."""

    line: int
    message: str

    def __str__(self) -> str:
        return str(_("Line %(line)d: %(message)s") % {"line": self.line, "message": self.message})


class TranscriptError(ValueError):
    """The transcript's problems, each naming its line (the first MAX_PROBLEMS of them)."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


def format_moment(seconds: int) -> str:
    """How a moment is shown and typed: "2:05" under an hour, "1:02:05" from an hour."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def _line_problem(line: str, previous: int | None) -> tuple[int, str] | str:
    """(seconds, text) for a good line, or the message saying what is wrong with it."""
    match = _LINE_RE.match(line)
    if match is None:
        if _TIME_LIKE_RE.match(line):
            return str(_("the moment must be written mm:ss or h:mm:ss, as in “02:05”."))
        return str(_("start the line with its moment in the recording, as in “02:05 Bonjour”."))
    hours, minutes, seconds, text = match.groups()
    hours, minutes, seconds = int(hours or 0), int(minutes), int(seconds)
    if seconds > 59 or (hours and minutes > 59):
        return str(_("the moment must be written mm:ss or h:mm:ss, as in “02:05”."))
    text = (text or "").strip()
    if not text:
        return str(_("write what is said after the moment."))
    total = hours * 3600 + minutes * 60 + seconds
    if previous is not None and total < previous:
        return str(
            _("%(moment)s comes before the previous line's %(previous)s: put the lines in order.")
            % {"moment": format_moment(total), "previous": format_moment(previous)}
        )
    return total, text


def parse_transcript(text: str) -> list[Cue]:
    """The cues of a timed transcript, in order; TranscriptError naming each bad line."""
    cues: list[Cue] = []
    problems: list[Problem] = []
    for number, raw in enumerate((text or "").replace("\ufeff", "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        found = _line_problem(line, cues[-1].seconds if cues else None)
        if isinstance(found, str):
            problems.append(Problem(number, found))
            if len(problems) == MAX_PROBLEMS:
                break
            continue
        cues.append(Cue(*found))
    if problems:
        raise TranscriptError(problems)
    return cues


def cue_at(cues: list[Cue], seconds: int) -> int | None:
    """The index of the cue spoken at `seconds` (the last one started), or None before the
    first one."""
    index = bisect.bisect_right([cue.seconds for cue in cues], seconds) - 1
    return index if index >= 0 else None


def validate_transcript(text: str) -> None:
    """A model field's validator: the problems as a ValidationError, one message a line."""
    from django.core.exceptions import ValidationError

    try:
        parse_transcript(text)
    except TranscriptError as error:
        raise ValidationError([str(problem) for problem in error.problems]) from error
