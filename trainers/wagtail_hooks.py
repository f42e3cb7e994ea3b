"""The trainers' admin: reports in the Reports menu, their URLs, a lean menu.

This app may import course, discussions and (once merged) exercises: it is the
one place that brings their data together for trainers. Nothing imports it;
templates reach its pieces through its template tags.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from trainers.reports.exports import REPORTS_PERMISSION
from trainers.reports.learners import LearnersReportView


class TrainerReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORTS_PERMISSION)


report_urls = [
    path("learners/", LearnersReportView.as_view(), name="learners"),
    path(
        "learners/results/",
        LearnersReportView.as_view(results_only=True),
        name="learners_results",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("trainers/reports/", include((report_urls, "trainers_reports")))]


@hooks.register("register_reports_menu_item")
def register_learners_report_menu_item():
    return TrainerReportMenuItem(
        _("Learners"),
        reverse("trainers_reports:learners"),
        name="trainers-learners",
        icon_name="group",
        order=100,
    )
