"""Quizzes and learners' attempts for the trainers' tests: a quiz of every question type
in a module of the course, and attempts whose responses are marked by the scoring rules."""

import factory
import wagtail_factories
from django.utils import timezone

from quizzes.models import QuizAttempt, QuizPage, QuizResponse
from quizzes.questions import answer_key
from quizzes.scoring import attempt_score, mark
from trainers.quiz_gift import stored_form

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
    questions = factory.LazyFunction(lambda: stored_form(QUESTIONS))

    class Meta:
        model = QuizPage


def add_quiz(course, **fields) -> QuizPage:
    return QuizPageFactory(parent=course.get_children().first(), **fields)


def option_ids(question) -> list[str]:
    """The ids of a question's options, in the trainer's order."""
    return list(answer_key(question).options)


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
