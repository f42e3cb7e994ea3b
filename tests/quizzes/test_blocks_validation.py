"""A question that cannot be answered or scored is refused in the admin (StructBlock.clean)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from quizzes.blocks import BestExampleBlock, MultipleBlock, OrderBlock, SingleBlock


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def _list(values):
    return [{"type": "item", "id": f"i{index}", "value": v} for index, v in enumerate(values)]


def _choices(*correct):
    return _list(
        [{"text": f"Choix {i}", "correct": c, "feedback": ""} for i, c in enumerate(correct)]
    )


def _clean(block, raw):
    return block.clean(block.to_python(raw))


def _messages(error) -> str:
    return str(error.value.as_json_data())


@pytest.mark.parametrize(
    ("block", "correct", "message"),
    [
        (SingleBlock(), (True, True), "exactly one"),
        (SingleBlock(), (False, False), "exactly one"),
        (SingleBlock(), (True,), "minimum number of items is 2"),
        (MultipleBlock(), (False, False, False), "at least one"),
    ],
)
def test_choice_questions_need_two_choices_and_the_right_number_of_correct_ones(
    block, correct, message
):
    with pytest.raises(ValidationError) as error:
        _clean(block, {"prompt": "Question ?", "choices": _choices(*correct)})
    assert message in _messages(error)


def test_well_formed_choice_questions_pass():
    """One correct of two for one answer; two correct of three for several."""
    _clean(SingleBlock(), {"prompt": "Q ?", "choices": _choices(True, False)})
    _clean(MultipleBlock(), {"prompt": "Q ?", "choices": _choices(True, True, False)})


def test_put_in_order_needs_two_items():
    with pytest.raises(ValidationError) as error:
        _clean(OrderBlock(), {"prompt": "Ordre ?", "items": _list(["Seul"])})
    assert "minimum number of items is 2" in _messages(error)
    _clean(OrderBlock(), {"prompt": "Ordre ?", "items": _list(["Un", "Deux"])})


def _card(correct):
    return {"name": "Inès", "handle": "ines", "text": "Bio", "correct": correct, "feedback": ""}


def test_which_example_needs_exactly_one_better_example():
    with pytest.raises(ValidationError) as error:
        _clean(
            BestExampleBlock(), {"prompt": "Laquelle ?", "cards": _list([_card(True), _card(True)])}
        )
    assert "exactly one" in _messages(error)
    _clean(
        BestExampleBlock(), {"prompt": "Laquelle ?", "cards": _list([_card(True), _card(False)])}
    )
