"""Moodle's GIFT text format, read into a quiz's questions and back: `parse_gift`, `to_gift`.

Our own parser rather than a library: the Python GIFT parsers on PyPI are unmaintained
(pygiftparser, last release 2017; pygiftparserrgmf, 2022) or convert to Moodle XML
(gift-to-moodlexml) rather than read into a model, and none knows our "put in order" and
"which example is better" questions. The format is small and documented by Moodle
(docs.moodle.org, "GIFT format"; question/format/gift/format.php); this module follows it:

- questions are separated by blank lines; lines starting with `//` are comments; a
  `$CATEGORY:` line is ignored (a quiz has no categories);
- `::title::` names a question (our questions have no title: it is dropped, except the
  marker below); `[markdown]`, `[plain]`, `[moodle]` and `[html]` before a text say its
  format: markdown and plain text are kept as written, HTML is turned into its text;
- `\\~ \\= \\# \\{ \\} \\:` and `\\\\` are the characters themselves, `\\n` a line break;
- `{=right ~wrong}` is one answer; `=` is correct, `~` wrong, `~%50%` a weight: with no
  `=`, the answers of positive weight are the correct ones and the question takes several
  answers (Moodle's rule), as it also does with several `=`;
- `#text` after an answer is its feedback; `####text` at the end of the braces is the
  question's explanation (Moodle's general feedback);
- `{T}`, `{TRUE}`, `{F}`, `{FALSE}` is true/false; `{T#shown if wrong#shown if right}`;
- text after the closing brace ("missing word") is kept: the prompt reads
  "before ___ after".

What a quiz has and GIFT has not, written so that the file stays valid GIFT for Moodle:

- "put in order" is a matching question whose right-hand sides are the positions,
  `{=first -> 1 =second -> 2 =third -> 3}`; a matching question whose right-hand sides
  are exactly 1 to n is read back as "put in order", any other is not supported;
- "which example is better" is a one-answer question titled `::best_example::`, each
  card an answer "Name\\n@handle\\ntext" (name, handle and text on three lines in Moodle).

Written back, a "several answers" question gives its right choices weights that add up
to 100 (`~%50%`) and its wrong ones none (`~`), as Moodle expects; a text that would read
as a comment, a category, a format marker or a weight starts with `[plain]`. Reading what
was written gives the same questions (their ids apart, and texts trimmed).

Short answer (`{=a =b}`), numerical (`{#...}`), essay (`{}`), other matching questions
and a text with no braces (Moodle's "description") are not imported: each gives a
problem naming the question's number and line, in the person's language, and the other
questions are still read. The whole file is read in one pass per question: time grows
with its length, not its square.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from discussions.sanitize import clean_text

BEST_EXAMPLE_TITLE = "best_example"
BLANK = "___"

# Escaped characters become private-use characters while a question is split, so that
# the splitting never sees them; they are put back as the characters themselves.
ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003", "{": "\ue004"}
ESCAPES |= {"}": "\ue005", ":": "\ue006", "n": "\ue007"}
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_RESTORE = str.maketrans({code: ("\n" if char == "n" else char) for char, code in ESCAPES.items()})
_NO_PLACEHOLDERS = dict.fromkeys(map(ord, ESCAPES.values()))
_TO_ESCAPE = re.compile(r"([\\~=#{}:])")

_FORMAT_RE = re.compile(r"^\s*\[(markdown|plain|moodle|html)\]", re.IGNORECASE)
_TITLE_RE = re.compile(r"^\s*::(.*?)::", re.DOTALL)
_WEIGHT_RE = re.compile(r"^\s*%(-?\d+(?:[.,]\d+)?)%")
_TRUE_FALSE = {"t": "true", "true": "true", "f": "false", "false": "false"}
_HTML_BREAKS = re.compile(r"<br\s*/?>|</p>|</li>|</div>", re.IGNORECASE)


@dataclass(frozen=True)
class GiftProblem:
    """A question of the file that could not be imported, and why (in the person's language)."""

    number: int  # the question's place in the file, from 1
    line: int  # the line where it starts, from 1
    message: str

    def __str__(self):
        return _("Question %(number)d of the file (line %(line)d): %(message)s") % {
            "number": self.number,
            "line": self.line,
            "message": self.message,
        }


@dataclass
class GiftImport:
    """What a GIFT file gives: questions as `QuizPage.questions` raw data, and the problems."""

    questions: list[dict]
    problems: list[GiftProblem]
    # (number, line) of each question, in the file
    origins: list[tuple[int, int]] = field(default_factory=list)


class _Unsupported(Exception):
    pass


# Reading


def parse_gift(text: str) -> GiftImport:
    """The questions of a GIFT text, as `QuizPage.questions` raw data, and the problems met."""
    questions, problems, origins = [], [], []
    text = (text or "").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for number, (line, source) in enumerate(_question_sources(text), start=1):
        try:
            questions.append(_parse_question(clean_text(source).translate(_NO_PLACEHOLDERS)))
        except _Unsupported as error:
            problems.append(GiftProblem(number=number, line=line, message=str(error)))
        else:
            origins.append((number, line))
    return GiftImport(questions=questions, problems=problems, origins=origins)


def _question_sources(text: str):
    """(first line number, text) of each question: blank lines separate them."""
    lines, start = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped:
            if lines:
                yield start, "\n".join(lines)
                lines = []
            continue
        if stripped.startswith("$CATEGORY:") and not lines:
            continue
        if not lines:
            start = number
        lines.append(line)
    if lines:
        yield start, "\n".join(lines)


def _parse_question(source: str) -> dict:
    source = _ESCAPE_RE.sub(lambda match: ESCAPES[match.group(1)], source)
    title = ""
    if match := _TITLE_RE.match(source):
        title = _restore(match.group(1)).strip()
        source = source[match.end() :]
    opening = source.find("{")
    if opening < 0:
        if "}" in source:
            raise _Unsupported(_("a closing brace “}” has no opening brace “{”."))
        raise _Unsupported(_("no answers between braces “{…}”: this is not a question."))
    if "}" in source[:opening]:
        raise _Unsupported(_("a closing brace “}” has no opening brace “{”."))
    closing = source.find("}", opening)
    if closing < 0:
        raise _Unsupported(_("the brace “{” is never closed by “}”."))
    after = source[closing + 1 :]
    if "{" in after or "}" in after:
        raise _Unsupported(_("a question has one pair of braces “{…}”; write a “\\{” to show one."))
    prompt = _text(source[:opening])
    if after.strip():
        prompt = f"{prompt} {BLANK} {_text(after)}"
    if not prompt:
        raise _Unsupported(_("the question has no text before its answers."))
    answers = source[opening + 1 : closing]
    explanation = ""
    if (general := answers.rfind("####")) >= 0:
        explanation = _text(answers[general + 4 :])
        answers = answers[:general]
    question = _parse_answers(answers.strip(), prompt, title)
    question["value"]["explanation"] = explanation
    return question


def _parse_answers(answers: str, prompt: str, title: str) -> dict:
    if not answers:
        raise _Unsupported(_("essay questions (empty braces) are not supported."))
    if answers.startswith("#"):
        raise _Unsupported(_("numerical questions are not supported."))
    if "~" in answers:
        return _choice_question(answers, prompt, title)
    if "=" in answers and "->" in answers:
        return _order_question(answers, prompt)
    head, *feedbacks = answers.split("#")
    if (answer := _TRUE_FALSE.get(head.strip().lower())) is not None:
        if len(feedbacks) > 2:
            raise _Unsupported(_("a true/false question has at most two feedbacks."))
        wrong, right = (feedbacks + ["", ""])[:2]
        wrong, right = _text(wrong), _text(right)
        return {
            "type": "true_false",
            "value": {
                "prompt": prompt,
                "answer": answer,
                "feedback_true": right if answer == "true" else wrong,
                "feedback_false": wrong if answer == "true" else right,
            },
        }
    if answers.startswith("="):
        raise _Unsupported(
            _("short answer questions (only “=” answers) are not supported: add wrong choices “~”.")
        )
    raise _Unsupported(_("the answers do not start with “=” or “~”."))


def _split_answers(answers: str):
    """(marker, weight or None, text, feedback) of each `=` or `~` answer."""
    if answers[0] not in "=~":
        raise _Unsupported(_("the answers do not start with “=” or “~”."))
    for match in re.finditer(r"([=~])([^=~]*)", answers):
        marker, body = match.groups()
        weight = None
        if found := _WEIGHT_RE.match(body):
            weight = float(found.group(1).replace(",", "."))
            body = body[found.end() :]
        text, _sep, feedback = body.partition("#")
        yield marker, weight, _text(text), _text(feedback)


def _choice_question(answers: str, prompt: str, title: str) -> dict:
    parsed = list(_split_answers(answers))
    if len(parsed) < 2:
        raise _Unsupported(_("a question needs at least two choices."))
    if any(not text for _m, _w, text, _f in parsed):
        raise _Unsupported(_("a choice has no text."))
    equals = sum(marker == "=" for marker, *_rest in parsed)
    if equals:
        correct = [marker == "=" for marker, *_rest in parsed]
    else:
        correct = [(weight or 0) > 0 for _m, weight, _t, _f in parsed]
    if not any(correct):
        raise _Unsupported(_("no choice is correct: mark one with “=” or a positive weight."))
    choices = [
        {"text": text, "correct": is_correct, "feedback": feedback}
        for (_m, _w, text, feedback), is_correct in zip(parsed, correct, strict=True)
    ]
    if title.lower() == BEST_EXAMPLE_TITLE:
        if sum(correct) != 1:
            raise _Unsupported(_("a “which example is better” question has one correct card."))
        return {"type": "best_example", "value": {"prompt": prompt, "cards": _cards(choices)}}
    kind = "single" if equals == 1 else "multiple"
    return {"type": kind, "value": {"prompt": prompt, "choices": choices}}


def _cards(choices: list[dict]) -> list[dict]:
    cards = []
    for choice in choices:
        name, handle, text = (choice["text"].split("\n", 2) + ["", ""])[:3]
        name, handle, text = name.strip(), handle.strip(), text.strip()
        if not (name and handle.startswith("@") and text):
            message = _(
                "each card of a “which example is better” question reads “Name\\n@handle\\ntext”."
            )
            raise _Unsupported(message)
        cards.append(
            {
                "name": name,
                "handle": handle.lstrip("@"),
                "text": text,
                "correct": choice["correct"],
                "feedback": choice["feedback"],
            }
        )
    return cards


def _order_question(answers: str, prompt: str) -> dict:
    pairs = []
    for marker, _weight, text, _feedback in _split_answers(answers):
        item, arrow, position = text.rpartition("->")
        if marker != "=" or not arrow:
            raise _Unsupported(_("each pair of a matching question reads “=item -> match”."))
        pairs.append((position.strip(), item.strip()))
    positions = [position for position, _item in pairs]
    if sorted(positions, key=_as_number) != [str(n) for n in range(1, len(pairs) + 1)]:
        raise _Unsupported(
            _(
                "matching questions are not supported, except “put in order”: "
                "“=first -> 1 =second -> 2 …”, the positions from 1 to the number of items."
            )
        )
    if len(pairs) < 2 or not all(item for _position, item in pairs):
        raise _Unsupported(_("a “put in order” question needs at least two items."))
    items = [item for _position, item in sorted(pairs, key=lambda pair: int(pair[0]))]
    return {"type": "order", "value": {"prompt": prompt, "items": items}}


def _as_number(position: str):
    return (0, int(position)) if position.isdigit() else (1, position)


def _text(raw: str) -> str:
    """A text of the file as stored: its format marker applied, escapes put back."""
    markup = ""
    if match := _FORMAT_RE.match(raw):
        markup = match.group(1).lower()
        raw = raw[match.end() :]
    # Line breaks of the file are layout (each line trimmed); `\\n` is a line of the text.
    text = _restore("\n".join(line.strip() for line in raw.strip().split("\n")))
    if markup == "html":
        text = html.unescape(strip_tags(_HTML_BREAKS.sub("\n", text))).strip()
    return text


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


# Writing


def to_gift(questions) -> str:
    """GIFT text for `QuizPage.questions` (raw data, or the StreamValue), one question a block."""
    if hasattr(questions, "raw_data"):
        questions = list(questions.raw_data)
    return "\n\n".join(_write_question(question) for question in questions) + "\n"


def _write_question(question: dict) -> str:
    kind, value = question["type"], question["value"]
    title = ""
    if kind in ("single", "multiple"):
        answers = _write_choices(_items(value["choices"]), several=kind == "multiple")
    elif kind == "best_example":
        title = f"::{BEST_EXAMPLE_TITLE}::"
        cards = [
            {
                "text": "\n".join([card["name"], "@" + card["handle"].lstrip("@"), card["text"]]),
                "correct": card.get("correct"),
                "feedback": card.get("feedback"),
            }
            for card in _items(value["cards"])
        ]
        answers = _write_choices(cards, several=False)
    elif kind == "true_false":
        right_is_true = value["answer"] == "true"
        right = value.get("feedback_true" if right_is_true else "feedback_false") or ""
        wrong = value.get("feedback_false" if right_is_true else "feedback_true") or ""
        answers = ["TRUE" if right_is_true else "FALSE"]
        if wrong or right:
            answers[0] += f"#{_escape(wrong)}"
        if right:
            answers[0] += f"#{_escape(right)}"
    elif kind == "order":
        answers = [
            f"={_escape(item)} -> {position}"
            for position, item in enumerate(_items(value["items"]), start=1)
        ]
    else:
        raise ValueError(f"No GIFT form for the question type {kind!r}")
    if explanation := value.get("explanation"):
        answers.append(f"####{_escape(explanation)}")
    body = "\n".join(f"    {answer}" for answer in answers)
    return f"{title}{_escape(value['prompt'])} {{\n{body}\n}}"


def _write_choices(choices: list[dict], several: bool) -> list[str]:
    """`=right ~wrong`; with several answers, Moodle's weights that add up to 100."""
    share = 100 / max(1, sum(bool(choice.get("correct")) for choice in choices))
    lines = []
    for choice in choices:
        if several:
            weight = f"{share:.5f}".rstrip("0").rstrip(".")
            marker = f"~%{weight}%" if choice.get("correct") else "~"
        else:
            marker = "=" if choice.get("correct") else "~"
        line = marker + _escape(choice["text"])
        if feedback := choice.get("feedback"):
            line += f"#{_escape(feedback)}"
        lines.append(line)
    return lines


def _items(values) -> list:
    """A ListBlock's items, whether plain or in Wagtail's {"type": "item", "value": ...} form."""
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in values
    ]


def _escape(text: str) -> str:
    """A text as GIFT writes it; one that would read as a comment, a category, a format
    marker or a weight gets the `[plain]` marker in front."""
    escaped = _TO_ESCAPE.sub(r"\\\1", (text or "").strip()).replace("\n", "\\n")
    if escaped.startswith(("//", "[", "$", "%")):
        return f"[plain]{escaped}"
    return escaped
