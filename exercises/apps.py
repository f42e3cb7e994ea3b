from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExercisesConfig(AppConfig):
    name = "exercises"
    verbose_name = _("Exercises")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from accounts import privacy
        from exercises import privacy as submissions_privacy
        from exercises.kinds import bio, one_or_two, reflection  # noqa: F401 - they register
        from exercises.models import RevisionRequest
        from exercises.services import revision_request_changed

        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                revision_request_changed,
                sender=RevisionRequest,
                dispatch_uid=f"learner-revision-request-{name}",
            )
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
