"""Quizzes: the page a trainer writes and the attempts learners make."""

from quizzes.models.attempts import QuizAttempt, QuizResponse
from quizzes.models.pages import QuizPage

__all__ = ["QuizAttempt", "QuizPage", "QuizResponse"]
