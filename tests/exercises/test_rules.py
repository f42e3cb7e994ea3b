"""The exercise rules as pure functions: the bio count and checklist, word counts,
the one-or-two recommendation, the class distribution and the choice of peers."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exercises import rules


@given(st.text())
def test_the_length_is_the_number_of_code_points_of_the_cleaned_text(text):
    cleaned = rules.clean_text(text)
    assert rules.text_length(text) == len(cleaned)
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert "\x00" not in cleaned and "\r" not in cleaned


@given(st.text())
def test_cleaning_is_idempotent(text):
    once = rules.clean_text(text)
    assert rules.clean_text(once) == once


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1))
def test_composed_and_decomposed_spellings_count_the_same(text):
    assert rules.text_length(unicodedata.normalize("NFD", text)) == rules.text_length(
        unicodedata.normalize("NFC", text)
    )


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Bibliothécaire à Brest", "bibliothecaire", True),
        ("BIBLIOTHÉCAIRE", "Bibliothécaire", True),
        ("Compte de la commune", "com", False),
        ("Chargée de communication", "chargee de communication", True),
        ("Chargée de la communication", "chargee de communication", False),
        ("mes tweets n'engagent que moi", "n'engagent que moi", True),
        ("Mes tweets n’engagent que moi.", "n'engagent que moi", True),
        ("mes tweets n'engagent que moi", "n’engagent que moi", True),
        ("", "quoi", False),
        ("quelque chose", "", False),
    ],
)
def test_a_phrase_matches_whole_words_whatever_the_case_and_accents(text, phrase, expected):
    assert rules.contains_phrase(rules.words(text), phrase) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a, b\nc", ["a", "b", "c"]),
        ("  \n , ", []),
        ("avis perso\nn'engagent que moi", ["avis perso", "n'engagent que moi"]),
    ],
)
def test_the_trainer_phrases_split_on_lines_and_commas(raw, expected):
    assert rules.split_phrases(raw) == expected


def test_a_disclaimer_only_needed_with_an_organisation_does_not_count_without_one():
    checklist = [
        rules.Rule("organisation", "Organisation", ["mairie"]),
        rules.Rule("disclaimer", "Avertissement", ["avis perso"], only_with_organisation=True),
    ]
    personal = rules.check_bio("Jardinière amateur", checklist, 160)
    assert [(c.passed, c.needed) for c in personal.checks] == [(False, True), (False, False)]
    assert personal.needed == 1
    professional = rules.check_bio("Agent de la mairie", checklist, 160)
    assert [(c.passed, c.needed) for c in professional.checks] == [(True, True), (False, True)]
    assert professional.needed == 2 and professional.passed == 1


@pytest.mark.parametrize(("length", "too_long"), [(159, False), (160, False), (161, True)])
def test_a_bio_is_too_long_past_the_limit_only(length, too_long):
    assert rules.check_bio("a" * length, [], 160).too_long is too_long


@pytest.mark.parametrize(
    ("text", "minimum", "maximum", "expected"),
    [
        ("un deux trois", 3, 10, (3, False, False)),
        ("un deux", 3, 10, (2, True, False)),
        ("un deux trois quatre", 1, 3, (4, False, True)),
        ("un deux trois quatre", 1, 0, (4, False, False)),
    ],
)
def test_the_word_range_of_a_reflection(text, minimum, maximum, expected):
    assert rules.check_word_range(text, minimum, maximum) == expected


def answer(one=0, two=0, organisation=0, reason=""):
    return {"one": one, "two": two, "organisation": organisation, "reason": reason}


@pytest.mark.parametrize(
    ("answers", "choice"),
    [
        ([answer(one=2), answer(one=1)], "one"),
        ([answer(two=3), answer(one=1)], "two"),
        ([answer(organisation=3), answer(two=2)], "organisation"),
        ([answer(one=1, two=1)], "one"),  # a tie goes to the simpler setup
        ([answer(two=2, organisation=2)], "two"),
        ([], "one"),
    ],
)
def test_the_recommendation_is_the_heaviest_choice(answers, choice):
    assert rules.recommend(answers).choice == choice


def test_the_reasons_are_those_that_weighed_towards_the_choice_heaviest_first():
    result = rules.recommend(
        [
            answer(two=1, reason="Un peu"),
            answer(one=3, reason="Contre"),
            answer(two=3, reason="Beaucoup"),
            answer(two=2),
        ]
    )
    assert result.choice == "two"
    assert result.reasons == ["Beaucoup", "Un peu"]
    assert result.scores == {"one": 3, "two": 6, "organisation": 0}


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"a": 1, "b": 1, "c": 1}, [34, 33, 33]),
        ({"a": 2, "b": 0, "c": 0}, [100, 0, 0]),
        ({}, [0, 0, 0]),
        ({"a": 1, "b": 2, "zzz": 5}, [33, 67, 0]),
    ],
)
def test_the_distribution_percents_add_up_to_100(counts, expected):
    result = rules.distribution(counts, ["a", "b", "c"])
    assert [percent for _key, _count, percent in result] == expected
