"""A quiz's statistics for trainers, shaped by pure functions from what the database counted.

The database groups the answers (one row per question and distinct answer, with how
many gave it) and the submitted attempts' scores; these functions turn the counts into
what the tables show, without a query:

- per question: how many answered, the share answered right (a "several answers"
  question is right only when exactly the right choices are ticked; "put in order" only
  when every item is in place), and each option's share of the answers: how often a
  choice was picked (the most picked wrong choice is pointed out), or for "put in
  order" how often an item was put in its place;
- the attempts' scores by tenths (0-9, 10-19 ... 90-100).

Every answer counts, whether checked one question at a time or submitted with the
attempt: an attempt has one response per question.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from quizzes.choices import QuestionType
from quizzes.questions import question_view

TENTHS = 10


@dataclass
class OptionStats:
    label: str
    correct: bool
    count: int = 0
    percent: int = 0  # of the question's answers
    most_picked_wrong: bool = False


@dataclass
class QuestionStats:
    number: int
    question_id: str
    type: str
    type_label: str
    prompt: str
    answered: int = 0
    right: int = 0
    options: list[OptionStats] = field(default_factory=list)

    @property
    def percent_right(self) -> int:
        return percent(self.right, self.answered)

    @property
    def in_place(self) -> bool:
        """The options count items put in their place ("put in order"), not picks."""
        return self.type == QuestionType.ORDER


@dataclass
class ScoreBand:
    low: int
    high: int
    count: int = 0
    percent: int = 0  # of the attempts


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _options(child) -> list[tuple[str, str, bool]]:
    """(id, label, correct) of a question's options, in the order the trainer gave them."""
    view = question_view(child, 0)
    by_id = {option.id: option for option in view.options}
    options = []
    for option_id in view.key.options:
        option = by_id[option_id]
        label = option.text
        if option.card:
            label = f"{option.card['author']} ({option.card['handle_display']}) — {option.text}"
        options.append((option_id, label, option_id in view.key.correct))
    return options


def question_stats(questions, answers) -> list[QuestionStats]:
    """Each question of the stream `questions` with its counts.

    `answers`: (question id, answer as a list of ids, correct, how many) rows.
    """
    labels = dict(QuestionType.choices)
    by_question = defaultdict(list)
    for question_id, answer, correct, count in answers:
        by_question[question_id].append((answer or [], correct, count))
    stats = []
    for number, child in enumerate(questions, start=1):
        options = _options(child)
        order = [option_id for option_id, _label, _correct in options]
        counts = dict.fromkeys(order, 0)
        question = QuestionStats(
            number=number,
            question_id=child.id,
            type=child.block_type,
            type_label=str(labels.get(child.block_type, child.block_type)),
            prompt=child.value["prompt"],
        )
        for answer, correct, count in by_question.get(child.id, []):
            question.answered += count
            question.right += count if correct else 0
            if question.in_place:
                pairs = zip(answer, order, strict=False)
                chosen = [given for given, right in pairs if given == right]
            else:
                chosen = set(answer)
            for option_id in chosen:
                if option_id in counts:
                    counts[option_id] += count
        question.options = [
            OptionStats(
                label=label,
                correct=is_correct,
                count=counts[option_id],
                percent=percent(counts[option_id], question.answered),
            )
            for option_id, label, is_correct in options
        ]
        wrong = [option for option in question.options if not option.correct and option.count]
        if wrong:
            max(wrong, key=lambda option: option.count).most_picked_wrong = True
        stats.append(question)
    return stats


def tenth(score: int) -> int:
    """The band of a score: 0 for 0-9 ... 9 for 90-100."""
    return min(TENTHS - 1, max(0, score) // TENTHS)


def score_bands(counts_by_tenth: dict[int, int]) -> list[ScoreBand]:
    """The ten bands 0-9 ... 90-100, each with its attempts and their share."""
    total = sum(counts_by_tenth.values())
    bands = []
    for band in range(TENTHS):
        count = counts_by_tenth.get(band, 0)
        high = 100 if band == TENTHS - 1 else band * TENTHS + TENTHS - 1
        bands.append(ScoreBand(band * TENTHS, high, count, percent(count, total)))
    return bands
