"""Seating a round table's answers: the speakers are picked once for the whole table.

A round table stores, for each question, a list of answers that each name their
speaker (what the pages, the comment threads per answer and the demo rely on).
Picking the speaker of each of 24 answers one pop-up at a time was the slow part of
writing one, so the page also keeps the table's speakers in order, and on every save:

- an answer typed without a speaker goes to the next speaker of the table who has
  not answered that question yet, in the table's order;
- every speaker who has no answer to a question gets an empty one, so the next
  edit shows a text box per speaker under each question (empty answers are not shown).

Pure functions on plain values: speaker ids and answers as dicts.
"""

import re
from dataclasses import dataclass


@dataclass
class Seating:
    answers: list[dict]
    unseated: int  # answers with text left without a speaker (more than the table seats)


def seat_answers(speaker_ids: list[int], answers: list[dict]) -> Seating:
    """The answers of one question, each with a speaker when the table has one for it.

    `answers` are dicts with "participant" (an id or None) and "answer" (text, maybe
    empty); other keys are kept. An unnamed answer without text is dropped.
    """
    answers = [a for a in answers if a.get("participant") or has_text(a.get("answer"))]
    taken = {a["participant"] for a in answers if a.get("participant")}
    free = [pk for pk in speaker_ids if pk not in taken]
    seated, unseated = [], 0
    for answer in answers:
        if not answer.get("participant"):
            if free:
                answer = {**answer, "participant": free.pop(0)}
            else:
                unseated += 1
        seated.append(answer)
    seated += [{"participant": pk, "answer": ""} for pk in free]
    return Seating(seated, unseated)


def speakers_in_order(questions: list[list[dict]]) -> list[int]:
    """Everyone who answers, in order of first appearance: a table's speakers when
    it was written before the table had a list of its own."""
    seen = []
    for answers in questions:
        for answer in answers:
            pk = answer.get("participant")
            if pk and pk not in seen:
                seen.append(pk)
    return seen


def has_text(html) -> bool:
    """Whether a rich text answer says anything (the editor leaves "<p></p>" behind)."""
    return bool(re.sub(r"<[^>]*>|&nbsp;|\s", "", str(html or "")))
