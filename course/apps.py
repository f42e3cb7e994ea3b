from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CourseConfig(AppConfig):
    name = "course"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from accounts import privacy
        from config import generations
        from course import privacy as course_privacy
        from course import signed_in  # noqa: F401 - registers the learner's parts of a page
        from course.learning import enrolment_changed
        from course.models import CourseSession, Enrolment, Participant

        privacy.register(
            "courses", course_privacy.export, course_privacy.erase, ("course.Enrolment.user",)
        )

        # Speakers' names and portraits are in pages' shared HTML (config/shared_html.py).
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                generations.bump, sender=Participant, dispatch_uid=f"generation-participant-{name}"
            )
        # A learner's kept record (course/learning.py `learner_record`) holds their
        # enrolments with their sessions: an enrolment changed bumps its learner's
        # generation; a session edited (its dates, its title), which a trainer does
        # rarely and which shows to each of its learners, the content generation.
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                enrolment_changed, sender=Enrolment, dispatch_uid=f"learner-enrolment-{name}"
            )
            signal.connect(
                generations.bump_now_and_after_commit,
                sender=CourseSession,
                dispatch_uid=f"generation-session-{name}",
            )
        # A step or a course published or withdrawn may make certificates due.
        from wagtail import signals as page_signals

        from course.tasks import on_rules_changed

        for name in ("page_published", "page_unpublished"):
            getattr(page_signals, name).connect(on_rules_changed, dispatch_uid=f"rules-{name}")
        privacy.register(
            "certificate_log",
            course_privacy.export_certificate_log,
            course_privacy.erase_certificate_log,
        )
