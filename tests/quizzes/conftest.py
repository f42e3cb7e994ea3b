import pytest

from course.models import ModulePage
from quizzes.models import QuizPage


def item(item_id: str, value) -> dict:
    return {"type": "item", "id": item_id, "value": value}


def choice(item_id: str, text: str, correct=False, feedback="") -> dict:
    return item(item_id, {"text": text, "correct": correct, "feedback": feedback})


def quiz_questions() -> list[dict]:
    """Five questions, one of each type, with fixed ids: the right answers are
    single: s-right; multiple: m-a and m-b; true_false: "false"; order: o-1, o-2, o-3;
    best_example: b-good."""
    return [
        {
            "type": "single",
            "id": "single",
            "value": {
                "prompt": "Combien de hashtags dans une bio ?",
                "choices": [
                    choice("s-right", "Deux au plus", True, "Oui : au-delà, on dilue."),
                    choice("s-wrong", "Dix", False, "Trop : la bio devient illisible."),
                ],
                "explanation": "Une bio courte se lit d'un coup d'œil.",
            },
        },
        {
            "type": "multiple",
            "id": "multiple",
            "value": {
                "prompt": "Que dit une bio ?",
                "choices": [
                    choice("m-a", "Votre rôle", True, "Oui."),
                    choice("m-b", "Pour qui vous parlez", True),
                    choice("m-c", "Votre mot de passe", False, "Jamais !"),
                ],
                "explanation": "Rôle et public d'abord.",
            },
        },
        {
            "type": "true_false",
            "id": "truefalse",
            "value": {
                "prompt": "Il faut publier chaque heure.",
                "answer": "false",
                "feedback_true": "Non, la régularité compte plus.",
                "feedback_false": "En effet.",
                "explanation": "La régularité compte plus que la fréquence.",
            },
        },
        {
            "type": "order",
            "id": "order",
            "value": {
                "prompt": "Dans quel ordre ?",
                "items": [item("o-1", "Choisir"), item("o-2", "Écrire"), item("o-3", "Publier")],
                "explanation": "On choisit avant d'écrire.",
            },
        },
        {
            "type": "best_example",
            "id": "best",
            "value": {
                "prompt": "Quelle bio est la plus claire ?",
                "cards": [
                    item(
                        "b-good",
                        {
                            "name": "Inès Valmont",
                            "handle": "ines_valmont",
                            "text": "Bibliothécaire à Arvel. #ateliers",
                            "correct": True,
                            "feedback": "Rôle et lieu : clair.",
                        },
                    ),
                    item(
                        "b-bad",
                        {
                            "name": "Inès Valmont",
                            "handle": "ines_v",
                            "text": "Curieuse de tout.",
                            "correct": False,
                            "feedback": "On ne sait pas qui parle.",
                        },
                    ),
                ],
                "explanation": "Une bio dit qui parle.",
            },
        },
    ]


# Every question right (the plain form's fields), and a 40 % attempt (two of five right).
ALL_RIGHT = {
    "q-single": "s-right",
    "q-multiple": ["m-a", "m-b"],
    "q-truefalse": "false",
    "q-order-o-1": "1",
    "q-order-o-2": "2",
    "q-order-o-3": "3",
    "q-best": "b-good",
}
MOSTLY_WRONG = {
    "q-single": "s-wrong",
    "q-multiple": ["m-a", "m-c"],  # one right, one wrong: 0 points
    "q-truefalse": "false",
    "q-order-o-1": "3",
    "q-order-o-2": "2",
    "q-order-o-3": "1",  # one item of three in place: 1/3
    "q-best": "b-good",
}


def add_quiz(module, **fields) -> QuizPage:
    defaults = {
        "title": "Quiz de la semaine",
        "slug": "quiz-semaine",
        "questions": quiz_questions(),
    }
    defaults.update(fields)
    page = QuizPage(**defaults)
    module.add_child(instance=page)
    page.save_revision().publish()
    return QuizPage.objects.get(pk=page.pk)


def submit(client, quiz, answers, attempt=1, **extra):
    return client.post(quiz.url, {"action": "submit", "attempt": attempt, **answers, **extra})


@pytest.fixture
def module(course):
    return ModulePage.objects.child_of(course).order_by("path").first()


@pytest.fixture
def quiz(module):
    return add_quiz(module)
