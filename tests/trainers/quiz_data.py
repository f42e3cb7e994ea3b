"""Quizzes and learners' attempts for the trainers' tests: a quiz of every question type
in a module of the course, and attempts whose responses are marked by the scoring rules."""

import factory
import wagtail_factories
from django.utils import timezone

from quizzes.models import QuizAttempt, QuizPage, QuizResponse
from quizzes.scoring import AnswerKey, attempt_score, mark

QUESTIONS = [
    {
        "type": "single",
        "value": {
            "prompt": "Combien de hashtags dans une bio ?",
            "choices": [
                {"text": "Deux au plus", "correct": True, "feedback": ""},
                {"text": "Dix", "correct": False, "feedback": "Trop."},
                {"text": "Aucun, jamais", "correct": False, "feedback": ""},
            ],
            "explanation": "Peu, et choisis.",
        },
    },
    {
        "type": "multiple",
        "value": {
            "prompt": "Que dit une bio ?",
            "choices": [
                {"text": "Le métier", "correct": True, "feedback": ""},
                {"text": "Le public", "correct": True, "feedback": ""},
                {"text": "Le mot de passe", "correct": False, "feedback": ""},
            ],
            "explanation": "",
        },
    },
    {
        "type": "true_false",
        "value": {
            "prompt": "Une bio se relit.",
            "answer": "true",
            "feedback_true": "",
            "feedback_false": "",
            "explanation": "",
        },
    },
    {
        "type": "order",
        "value": {
            "prompt": "Dans quel ordre ?",
            "items": ["Choisir le public", "Écrire", "Publier"],
            "explanation": "",
        },
    },
    {
        "type": "best_example",
        "value": {
            "prompt": "Quelle bio est la plus claire ?",
            "cards": [
                {
                    "name": "Inès Valmont",
                    "handle": "ines_valmont",
                    "text": "Bibliothécaire à Arvel.",
                    "correct": True,
                    "feedback": "",
                },
                {
                    "name": "Inès Valmont",
                    "handle": "ines_v",
                    "text": "Curieuse de tout.",
                    "correct": False,
                    "feedback": "",
                },
            ],
            "explanation": "",
        },
    },
]


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quiz {n}")
    summary = "Vérifier ce que l'on a compris."
    questions = factory.LazyFunction(lambda: QUESTIONS)

    class Meta:
        model = QuizPage


def add_quiz(course, **fields) -> QuizPage:
    module = course.get_children().first()
    # Read back: the ids of the questions and their options are given when they are saved.
    return QuizPage.objects.get(pk=QuizPageFactory(parent=module, **fields).pk)


def option_ids(question) -> list[str]:
    """The ids of a question's options (choices, cards, items; or "true"/"false")."""
    if question.block_type == "true_false":
        return ["true", "false"]
    key = {"order": "items", "best_example": "cards"}.get(question.block_type, "choices")
    return [item.id for item in question.value[key].bound_blocks]


def answer_key(question) -> AnswerKey:
    ids = option_ids(question)
    if question.block_type == "true_false":
        correct = [question.value["answer"]]
    elif question.block_type == "order":
        correct = ids
    else:
        key = "cards" if question.block_type == "best_example" else "choices"
        correct = [i for i, item in zip(ids, question.value[key], strict=True) if item["correct"]]
    return AnswerKey(question.block_type, tuple(ids), frozenset(correct))


def attempt(user, quiz, picks: dict[int, list[int]], submitted=True, number=None) -> QuizAttempt:
    """An attempt answering question n (0-based) with the options at `picks[n]` (positions)."""
    questions = list(quiz.questions)
    number = number or QuizAttempt.objects.filter(user=user, page=quiz).count() + 1
    new = QuizAttempt.objects.create(user=user, page=quiz, number=number)
    points = []
    for index, positions in picks.items():
        question = questions[index]
        ids = option_ids(question)
        answer = [ids[position] for position in positions]
        marked = mark(answer_key(question), answer)
        points.append(marked.points)
        QuizResponse.objects.create(
            attempt=new,
            question_id=question.id,
            answer=answer,
            correct=marked.correct,
            points=marked.points,
        )
    if submitted:
        new.submitted_at = timezone.now()
        new.score = attempt_score(points, len(questions))
        new.save(update_fields=["submitted_at", "score"])
    return new


ALL_RIGHT = {0: [0], 1: [0, 1], 2: [0], 3: [0, 1, 2], 4: [0]}
