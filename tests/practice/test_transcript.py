"""The live-tweet scenario's timed transcript, parsed as a pure function: cues from
"mm:ss text" and "h:mm:ss text" lines, and each bad line named by its number."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from practice.transcript import (
    Cue,
    TranscriptError,
    cue_at,
    format_moment,
    parse_transcript,
    validate_transcript,
)


def test_minutes_and_hours_lines_become_cues_in_seconds():
    """Both spellings are read; blank lines are skipped; the text is trimmed."""
    cues = parse_transcript("00:00 Bonjour\n\n02:05   Premier point  \n1:02:05 Merci\n")
    assert cues == [Cue(0, "Bonjour"), Cue(125, "Premier point"), Cue(3725, "Merci")]


def test_minutes_past_59_are_read_without_hours():
    """'75:10' is 1 h 15 min 10 s: a trainer may count in minutes only."""
    assert parse_transcript("75:10 Fin")[0].seconds == 75 * 60 + 10


def test_windows_line_ends_and_a_byte_order_mark_are_accepted():
    """A transcript pasted from a Windows file parses as the same cues."""
    assert parse_transcript("\ufeff00:01 Un\r\n00:02 Deux\r\n") == [Cue(1, "Un"), Cue(2, "Deux")]


def test_an_empty_transcript_has_no_cues():
    """No transcript: the step has no recording to follow, and that is no error."""
    assert parse_transcript("") == []
    assert parse_transcript("  \n\n") == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("00:01 Bonjour\nPas de moment ici", 2, "start the line"),
        ("00:01 Bonjour\n\n\n1:5 Mal écrit", 4, "mm:ss or h:mm:ss"),
        ("00:61 Soixante et une secondes", 1, "mm:ss or h:mm:ss"),
        ("1:60:00 Soixante minutes après une heure", 1, "mm:ss or h:mm:ss"),
        ("00:05", 1, "write what is said"),
        ("02:00 Deux minutes\n01:10 Retour en arrière", 2, "comes before"),
    ],
)
def test_a_bad_line_is_named_by_its_number(text, line, words):
    """The error names the line as typed (blank lines counted) and says what to do."""
    with translation.override("en"), pytest.raises(TranscriptError) as raised:
        parse_transcript(text)
    problem = raised.value.problems[0]
    assert problem.line == line
    assert words in problem.message
    with translation.override("en"):
        assert str(problem).startswith(f"Line {line}:")


def test_a_problem_is_told_in_french_too():
    """The trainer's language: "Ligne 2 : …", with the non-breaking space."""
    with pytest.raises(TranscriptError) as raised:
        parse_transcript("00:01 Bonjour\nPas de moment ici")
    assert str(raised.value.problems[0]).startswith("Ligne 2\u00a0: commencez la ligne")


def test_every_bad_line_is_reported_not_only_the_first():
    """Two bad lines: both are named, so that the trainer fixes them in one go."""
    with pytest.raises(TranscriptError) as raised:
        parse_transcript("Rien\n00:01 Bon\nRien non plus")
    assert [problem.line for problem in raised.value.problems] == [1, 3]


def test_two_cues_at_the_same_moment_are_allowed():
    """Moments never go back, but two speakers may start at the same second."""
    assert [cue.seconds for cue in parse_transcript("00:10 A\n00:10 B")] == [10, 10]


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0, "0:00"), (65, "1:05"), (3599, "59:59"), (3725, "1:02:05")]
)
def test_a_moment_is_shown_as_minutes_or_hours(seconds, shown):
    """Under an hour m:ss, from an hour h:mm:ss."""
    assert format_moment(seconds) == shown


@given(st.integers(min_value=0, max_value=99 * 3600 + 3599))
def test_a_shown_moment_parses_back_to_the_same_seconds(seconds):
    """What the replay shows is what a trainer can type back."""
    assert parse_transcript(f"{format_moment(seconds)} texte")[0].seconds == seconds


def test_the_cue_at_a_moment_is_the_last_one_started():
    """A cue runs until the next one starts; before the first there is none."""
    cues = parse_transcript("00:10 A\n00:30 B\n01:00 C")
    assert cue_at(cues, 5) is None
    assert cue_at(cues, 10) == 0
    assert cue_at(cues, 29) == 0
    assert cue_at(cues, 30) == 1
    assert cue_at(cues, 4000) == 2


def test_the_validator_gives_one_message_per_bad_line():
    """The page editor shows each problem with its line number."""
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        validate_transcript("Rien\n00:01 Bon\n00:00 Avant")
    assert len(raised.value.messages) == 2
    assert raised.value.messages[0].startswith("Line 1:")
    validate_transcript("00:01 Bon")  # a good transcript passes
