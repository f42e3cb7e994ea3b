from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CourseConfig(AppConfig):
    name = "course"
    verbose_name = _("Courses")

    def ready(self):
        from accounts import privacy
        from course import privacy as course_privacy

        privacy.register(
            "courses", course_privacy.export, course_privacy.erase, ("course.Enrollment.user",)
        )

        privacy.register(
            "certificate_log",
            course_privacy.export_certificate_log,
            course_privacy.erase_certificate_log,
        )
