"""The quizzes section of "export my data" and "delete my account": the learner's
attempts with their scores and answers. Deleting the account deletes them (the
reports then count one learner fewer)."""

from django.db.models import Prefetch

from quizzes.models import QuizAttempt, QuizResponse


def export(user) -> list[dict]:
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("page")
        .prefetch_related(
            Prefetch("responses", queryset=QuizResponse.objects.order_by("answered_at", "pk"))
        )
        .order_by("page_id", "number")
    )
    return [
        {
            "quiz": attempt.page.title,
            "quiz_url": attempt.page.url or "",
            "attempt": attempt.number,
            "started_at": attempt.started_at,
            "submitted_at": attempt.submitted_at,
            "score": attempt.score,
            "answers": [
                {
                    "question": response.question_id,
                    "answer": response.answer,
                    "correct": response.correct,
                    "points": response.points,
                    "answered_at": response.answered_at,
                }
                for response in attempt.responses.all()
            ],
        }
        for attempt in attempts
    ]


def erase(user) -> None:
    QuizAttempt.objects.filter(user=user).delete()
