"""GIFT import and export (quizzes/gift.py): Moodle's documented examples read into a quiz's
questions, what a quiz has and GIFT has not kept through a round trip, and every question
GIFT has and a quiz has not reported by its number and line while the rest is imported."""

from unittest import mock

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes import gift
from quizzes.gift import parse_gift, to_gift


def only_question(source: str) -> dict:
    result = parse_gift(source)
    assert result.problems == []
    assert len(result.questions) == 1
    return result.questions[0]


def choices(texts_and_correct, feedback=None):
    feedback = feedback or {}
    return [
        {"text": text, "correct": correct, "feedback": feedback.get(text, "")}
        for text, correct in texts_and_correct
    ]


# Moodle's documented examples (docs.moodle.org, "GIFT format")


def test_a_multiple_choice_question_has_one_right_answer_marked_with_equals():
    """`{~Grant ~Jefferson =no one}` is a one-answer question whose third choice is right."""
    question = only_question("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")
    assert question == {
        "type": "single",
        "value": {
            "prompt": "Who's buried in Grant's tomb?",
            "choices": choices([("Grant", False), ("Jefferson", False), ("no one", True)]),
            "explanation": "",
        },
    }


def test_answers_in_the_middle_of_a_sentence_leave_a_blank_in_the_prompt():
    """Moodle's "missing word" format: the text after the braces follows a blank."""
    question = only_question("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert question["value"]["prompt"] == f"Grant is {gift.BLANK} in Grant's tomb."
    assert [c["correct"] for c in question["value"]["choices"]] == [False, True, False]


def test_answers_may_be_written_on_their_own_indented_lines():
    """The layout of the file (one answer a line, indented) is not part of the texts."""
    question = only_question(
        "The American holiday of Thanksgiving is celebrated on the {\n"
        "    ~second\n"
        "    ~third\n"
        "    =fourth\n"
        "} Thursday of November."
    )
    assert [c["text"] for c in question["value"]["choices"]] == ["second", "third", "fourth"]
    assert question["value"]["prompt"].endswith(f"on the {gift.BLANK} Thursday of November.")


@pytest.mark.parametrize(
    ("braces", "answer"),
    [("{T}", "true"), ("{TRUE}", "true"), ("{F}", "false"), ("{FALSE}", "false")],
)
def test_true_false_questions_are_written_t_true_f_or_false(braces, answer):
    """The four spellings Moodle documents give the same true/false question."""
    question = only_question(f"Grant was buried in Grant's tomb in New York City.{braces}")
    assert question["type"] == "true_false"
    assert question["value"]["answer"] == answer


def test_true_false_feedbacks_are_for_a_wrong_answer_then_a_right_one():
    """`{FALSE#wrong#right}`: the first feedback is for whoever answers true (wrong here)."""
    question = only_question(
        "Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.#Indeed.}"
    )
    assert question["value"] == {
        "prompt": "Grant is buried in Grant's tomb.",
        "answer": "false",
        "feedback_true": "No one is buried in Grant's tomb.",
        "feedback_false": "Indeed.",
        "explanation": "",
    }


def test_each_answer_may_have_its_feedback_after_a_hash():
    """`#text` after an answer is that choice's feedback."""
    question = only_question(
        "What's the answer to this multiple-choice question? {\n"
        "    ~wrong answer#feedback comment on the wrong answer\n"
        "    ~another wrong answer#feedback comment on this wrong answer\n"
        "    =right answer#Very good!\n"
        "}"
    )
    assert [c["feedback"] for c in question["value"]["choices"]] == [
        "feedback comment on the wrong answer",
        "feedback comment on this wrong answer",
        "Very good!",
    ]


def test_weights_without_an_equals_sign_make_a_several_answers_question():
    """Moodle's rule: with no `=`, the answers of positive weight are the correct ones."""
    question = only_question(
        "What two people are entombed in Grant's tomb? {\n"
        "    ~%-100%No one\n"
        "    ~%50%Grant\n"
        "    ~%50%Grant's wife\n"
        "    ~%-100%Grant's father\n"
        "}"
    )
    assert question["type"] == "multiple"
    assert [(c["text"], c["correct"]) for c in question["value"]["choices"]] == [
        ("No one", False),
        ("Grant", True),
        ("Grant's wife", True),
        ("Grant's father", False),
    ]


def test_several_equals_signs_also_make_a_several_answers_question():
    """Two right answers cannot be a one-answer question: every `=` is correct."""
    question = only_question("Which are prime? {=2 =3 ~4}")
    assert question["type"] == "multiple"
    assert [c["correct"] for c in question["value"]["choices"]] == [True, True, False]


def test_four_hashes_at_the_end_of_the_answers_give_the_explanation():
    """Moodle's general feedback is the question's explanation."""
    question = only_question(
        "How many sides has a triangle? {=three ~four ####A triangle has three sides.}"
    )
    assert question["value"]["explanation"] == "A triangle has three sides."
    assert question["value"]["choices"][1] == {"text": "four", "correct": False, "feedback": ""}


def test_comments_titles_and_categories_are_not_part_of_the_questions():
    """`//` lines, `$CATEGORY:` and `::title::` are read and left out."""
    result = parse_gift(
        "// question: 1 name: Grant's tomb\n"
        "$CATEGORY: tom/dick/harry\n"
        "\n"
        "::Grant's tomb::Who's buried in Grant's tomb?{~Grant =no one}\n"
        "// a comment between two questions\n"
        "\n"
        "::Q2:: 1+1=2 {T}\n"
    )
    assert result.problems == []
    assert [q["value"]["prompt"] for q in result.questions] == [
        "Who's buried in Grant's tomb?",
        "1+1=2",
    ]


def test_escaped_control_characters_are_the_characters_themselves():
    """`\\=`, `\\~`, `\\#`, `\\{`, `\\}`, `\\:` in texts; a lone backslash stays."""
    question = only_question(
        "::GIFT Control Characters::\n"
        "Which of these is NOT a control character for the GIFT import format\\: \\{\\} ? {\n"
        "    ~ \\~ # \\~ is a control character.\n"
        "    ~ \\= # \\= is a control character.\n"
        "    ~ \\# # \\# is a control character.\n"
        "    = \\ # Correct! \\ (backslash) is not a control character.\n"
        "}"
    )
    value = question["value"]
    assert value["prompt"].endswith("import format: {} ?")
    assert [c["text"] for c in value["choices"]] == ["~", "=", "#", "\\"]
    assert value["choices"][2]["feedback"] == "# is a control character."


def test_a_backslash_n_is_a_line_break_of_the_text():
    """Blank lines separate questions: a text's own line break is written `\\n`."""
    question = only_question("First line\\nsecond line {T}")
    assert question["value"]["prompt"] == "First line\nsecond line"


def test_markdown_and_plain_markers_keep_the_text_html_gives_its_text():
    """Our texts are plain: markdown stays as written, HTML is reduced to its text."""
    result = parse_gift(
        "[markdown]Which word is **bold**? {=[markdown]**this** ~[plain]*that*}\n"
        "\n"
        "[html]<p>Is <b>this</b> &amp; that true?</p> {T}\n"
    )
    assert result.problems == []
    first, second = result.questions
    assert first["value"]["prompt"] == "Which word is **bold**?"
    assert [c["text"] for c in first["value"]["choices"]] == ["**this**", "*that*"]
    assert second["value"]["prompt"] == "Is this & that true?"


def test_a_matching_question_with_positions_is_a_put_in_order_question():
    """Our extension: right-hand sides 1 to n give the items' order."""
    question = only_question(
        "Put these steps in order."
        " {=Write -> 2 =Read the brief -> 1 =Publish -> 3 ####Brief first.}"
    )
    assert question == {
        "type": "order",
        "value": {
            "prompt": "Put these steps in order.",
            "items": ["Read the brief", "Write", "Publish"],
            "explanation": "Brief first.",
        },
    }


def test_a_best_example_title_gives_cards_with_name_handle_and_text():
    """Our extension: `::best_example::` and answers "Name\\n@handle\\ntext"."""
    question = only_question(
        "::best_example::Which bio is clearer? {\n"
        "    =Léa Fontanel\\n@lea_fontanel\\nDocumentaliste à Évry.#Précise.\n"
        "    ~Marc Dutel\\n@marc_d\\nPassionné de tout.\n"
        "}"
    )
    assert question["type"] == "best_example"
    assert question["value"]["cards"] == [
        {
            "name": "Léa Fontanel",
            "handle": "lea_fontanel",
            "text": "Documentaliste à Évry.",
            "correct": True,
            "feedback": "Précise.",
        },
        {
            "name": "Marc Dutel",
            "handle": "marc_d",
            "text": "Passionné de tout.",
            "correct": False,
            "feedback": "",
        },
    ]


# What a quiz does not have: reported, the rest imported


UNSUPPORTED = [
    ("Who's buried in Grant's tomb?{=no one =nobody}", "short answer"),
    ("When was Ulysses S. Grant born?{#1822:5}", "numerical"),
    ("Write a short biography of Dag Hammarskjöld. {}", "essay"),
    ("Match the capitals. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}", "matching"),
    ("This is only a description, with no answers.", "not a question"),
    ("Unclosed braces {=yes ~no", "never closed"),
    ("A stray brace } here {T}", "closing brace"),
    ("Two pairs {T} of braces {F}", "one pair of braces"),
    ("{=right ~wrong}", "no text"),
    ("Only one choice {~%100%alone}", "at least two choices"),
    ("Nothing right {~a ~b}", "no choice is correct"),
    ("::best_example::Which bio? {=No handle here ~Other}", "Name\\n@handle\\ntext"),
    ("Too many feedbacks {T#a#b#c}", "at most two feedbacks"),
]


@pytest.mark.parametrize(("source", "reason"), UNSUPPORTED)
def test_an_unsupported_question_is_reported_with_its_number_and_line(source, reason):
    """The problem names the question and its line; the questions around it are imported."""
    text = f"// header\n\nFirst {{T}}\n\n\n{source}\n\nLast {{F}}\n"
    with translation.override("en"):
        result = parse_gift(text)
        messages = [str(problem) for problem in result.problems]
    assert [q["value"]["prompt"] for q in result.questions] == ["First", "Last"]
    assert [(p.number, p.line) for p in result.problems] == [(2, 6)]
    assert messages[0].startswith("Question 2 of the file (line 6): ")
    assert reason in messages[0]


def test_problems_are_written_in_the_person_s_language():
    """A French trainer reads the problem in French, with French typography."""
    with translation.override("fr"):
        message = str(parse_gift("Quand ?{#1822:5}").problems[0])
    assert message.startswith("Question 1 du fichier (ligne 1)\u00a0: ")
    assert "numérique" in message


@pytest.mark.parametrize("text", ["", "\n\n  \n", "// only a comment\n// and another", "\ufeff"])
def test_an_empty_file_gives_no_question_and_no_problem(text):
    """Nothing to import is not an error of a question."""
    result = parse_gift(text)
    assert (result.questions, result.problems) == ([], [])


def test_windows_line_ends_and_a_byte_order_mark_read_as_any_file():
    """A file saved by Windows Notepad: BOM, CRLF, a comment on the first line."""
    result = parse_gift("\ufeff// exported\r\n\r\nQ1 {T}\r\n\r\nQ2 {\r\n=a\r\n~b\r\n}\r\n")
    assert result.problems == []
    assert [q["type"] for q in result.questions] == ["true_false", "single"]


def test_a_file_of_ten_thousand_questions_is_read_whole_each_question_once():
    """Each question is cut out once and parsed once; the last one's line is still right."""
    count = 10_000
    text = "".join(f"::Q{n}::Question {n} ?{{=yes ~no #not this}}\n\n" for n in range(count))
    text += "Broken {=a"
    calls = mock.Mock(wraps=gift._parse_question)
    with mock.patch.object(gift, "_parse_question", calls):
        result = parse_gift(text)
    assert calls.call_count == count + 1
    assert len(result.questions) == count
    assert result.questions[-1]["value"]["prompt"] == f"Question {count - 1} ?"
    assert [(p.number, p.line) for p in result.problems] == [(count + 1, 2 * count + 1)]


# Export, and the round trip


def test_a_several_answers_question_is_exported_with_weights_that_add_up_to_100():
    """Moodle reads `~%33.33333%` three times as three correct answers of a hundred."""
    question = {
        "type": "multiple",
        "value": {
            "prompt": "Which?",
            "choices": choices([("a", True), ("b", True), ("c", True), ("d", False)]),
            "explanation": "",
        },
    }
    assert to_gift([question]) == (
        "Which? {\n    ~%33.33333%a\n    ~%33.33333%b\n    ~%33.33333%c\n    ~d\n}\n"
    )


def test_the_export_reads_wagtail_s_stored_list_items():
    """A page's raw data keeps ListBlock items as {"type": "item", "value": ...}."""
    stored = [
        {
            "type": "order",
            "id": "q1",
            "value": {
                "prompt": "Order",
                "items": [
                    {"type": "item", "value": "one", "id": "i1"},
                    {"type": "item", "value": "two", "id": "i2"},
                ],
                "explanation": "",
            },
        }
    ]
    assert to_gift(stored) == "Order {\n    =one -> 1\n    =two -> 2\n}\n"


TRICKY = [
    "Plain text",
    "// looks like a comment",
    "[html]<b>not html</b>",
    "$CATEGORY: not one",
    "%50% off",
    "::not a title::",
    "a -> b -> c",
    "Escapes ~ = # { } : and \\ and \\n literally",
    "Two\nlines\n\nand a blank one",
    "Ends with a backslash \\",
    "Emoji 🐦 et « guillemets »",
]


def sample_questions(texts):
    first, second, third = texts[0], texts[1 % len(texts)], texts[2 % len(texts)]
    return [
        {
            "type": "single",
            "value": {
                "prompt": first,
                "choices": choices([(second, False), (third + "!", True)], {second: first}),
                "explanation": third,
            },
        },
        {
            "type": "multiple",
            "value": {
                "prompt": second,
                "choices": choices(
                    [(first, True), (second + "?", False), (third + ".", True)], {first: third}
                ),
                "explanation": "",
            },
        },
        {
            "type": "true_false",
            "value": {
                "prompt": third,
                "answer": "false",
                "feedback_true": first,
                "feedback_false": "",
                "explanation": second,
            },
        },
        {
            "type": "true_false",
            "value": {
                "prompt": first,
                "answer": "true",
                "feedback_true": "",
                "feedback_false": third,
                "explanation": "",
            },
        },
        {
            "type": "order",
            "value": {"prompt": second, "items": [third, first, second + "2"], "explanation": ""},
        },
        {
            "type": "best_example",
            "value": {
                "prompt": first,
                "cards": [
                    {
                        "name": "Léa Fontanel",
                        "handle": "lea_fontanel",
                        "text": second,
                        "correct": False,
                        "feedback": third,
                    },
                    {
                        "name": "Marc : Dutel",
                        "handle": "marc_d",
                        "text": first,
                        "correct": True,
                        "feedback": "",
                    },
                ],
                "explanation": third,
            },
        },
    ]


@pytest.mark.parametrize("start", range(len(TRICKY)))
def test_every_question_type_comes_back_from_its_export_unchanged(start):
    """parse(export(questions)) == questions, for texts that look like GIFT's own syntax."""
    texts = TRICKY[start:] + TRICKY[:start]
    questions = sample_questions(texts)
    result = parse_gift(to_gift(questions))
    assert result.problems == []
    assert result.questions == questions


GIFT_LIKE = (
    st.text(
        alphabet=st.one_of(
            st.characters(categories=["L", "N", "P", "S", "Zs"]),
            st.sampled_from("\\~=#{}:%[]/$->\n"),
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=200, database=None)
@given(st.lists(GIFT_LIKE, min_size=3, max_size=3))
def test_any_text_comes_back_from_its_export_unchanged(texts):
    """Whatever a trainer writes (trimmed), the export reads back as the same questions."""
    questions = sample_questions(texts)
    result = parse_gift(to_gift(questions))
    assert result.problems == []
    assert result.questions == questions
