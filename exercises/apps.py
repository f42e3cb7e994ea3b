from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExercisesConfig(AppConfig):
    name = "exercises"
    verbose_name = _("Exercises")

    def ready(self):
        from accounts import privacy
        from exercises import privacy as submissions_privacy
        from exercises.kinds import bio, one_or_two, reflection  # noqa: F401 - they register

        privacy.register(
            "submissions",
            submissions_privacy.export,
            submissions_privacy.erase,
            ("exercises.Submission.user",),
        )
        privacy.register(
            "peers_handed",
            submissions_privacy.export_peer_assignments,
            submissions_privacy.erase_peer_assignments,
            ("exercises.PeerAssignment.reviewer",),
        )
