from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Self-check quizzes")

    def ready(self):
        from accounts import privacy
        from quizzes import privacy as attempts_privacy

        privacy.register(
            "quiz_attempts",
            attempts_privacy.export,
            attempts_privacy.erase,
            ("quizzes.QuizAttempt.user",),
        )
