"""The trainers' panels on the admin dashboard: enrolments per week, completion funnel,
and whether scheduled publishing keeps up."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from course.models import CoursePage
from trainers import scheduling, stats
from trainers.reports.base import REPORTS_PERMISSION

MAX_COURSES = 3


class TrainerDashboardPanel(Component):
    name = "trainers_dashboard"
    template_name = "trainers/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        courses = []
        for course in CoursePage.objects.live().order_by("path")[:MAX_COURSES]:
            learners, funnel = stats.course_funnel(course)
            for module in funnel:
                module.started_percent = round(100 * module.started / learners) if learners else 0
                module.completed_percent = (
                    round(100 * module.completed / learners) if learners else 0
                )
            courses.append({"course": course, "learners": learners, "funnel": funnel})
        weeks = stats.enrolments_per_week()
        return {
            "weeks": weeks,
            "enrolments_total": sum(bar.value for bar in weeks),
            "courses": courses,
        }


class ScheduledPublishingPanel(Component):
    """When `publish_scheduled` last ran, or a warning when it is late or never ran."""

    name = "trainers_scheduling"
    template_name = "trainers/admin/scheduling_panel.html"
    order = 40

    def get_context_data(self, parent_context):
        last_run = scheduling.last_run()
        return {
            "last_run": last_run,
            "state": scheduling.scheduling_state(last_run, timezone.now()),
        }


def add_trainer_panel(request, panels):
    if request.user.has_perm(REPORTS_PERMISSION):
        panels.append(ScheduledPublishingPanel())
        panels.append(TrainerDashboardPanel())
