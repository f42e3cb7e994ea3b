"""The trainers' admin: reports in the Reports menu, their URLs, a lean menu.

This app may import course, discussions and exercises: it is the
one place that brings their data together for trainers. Nothing imports it;
templates reach its pieces through its template tags.
"""

from django.db import models
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.admin_language import FormInTheTrainersLanguageMixin
from trainers import quiz_gift
from trainers.models import Announcement
from trainers.panels import add_trainer_panel
from trainers.reports.base import REPORTS_PERMISSION
from trainers.reports.comments import CommentsReportView
from trainers.reports.learners import LearnersReportView
from trainers.reports.practice import PracticePostsReportView
from trainers.reports.quizzes import QuizStatsView, QuizzesReportView
from trainers.reports.submissions import SubmissionsReportView
from trainers.submissions_admin import submission_viewset
from trainers.workflow import TASK_NAME, WORKFLOW_NAME


class TrainerReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORTS_PERMISSION)


# (slug, view, menu order): the menu item shows the report's own title and icon.
REPORTS = [
    ("learners", LearnersReportView, 100),
    ("comments", CommentsReportView, 110),
    ("submissions", SubmissionsReportView, 120),
    ("quizzes", QuizzesReportView, 130),
    ("practice", PracticePostsReportView, 140),
]

report_urls = []
for slug, view, _order in REPORTS:
    # The views are told their URLs' names here, where the URLs are named (as a viewset does).
    url_names = {
        "index_url_name": f"trainers_reports:{slug}",
        "index_results_url_name": f"trainers_reports:{slug}_results",
    }
    report_urls += [
        path(f"{slug}/", view.as_view(**url_names), name=slug),
        path(
            f"{slug}/results/",
            view.as_view(results_only=True, **url_names),
            name=f"{slug}_results",
        ),
    ]
report_urls.append(path("quizzes/<int:page_id>/", QuizStatsView.as_view(), name="quiz_stats"))


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("trainers/reports/", include((report_urls, "trainers_reports"))),
        path("trainers/learners/", include("trainers.follow.urls")),
        path("trainers/quizzes/", include((quiz_gift.urlpatterns, "trainers_quizzes"))),
    ]


# A quiz's "More" menu, in its editor and in the explorer: import and export as GIFT.
hooks.register("register_page_header_buttons", quiz_gift.quiz_menu_items)
hooks.register("register_page_listing_more_buttons", quiz_gift.quiz_menu_items)


def report_menu_item(slug, label, icon, order):
    return lambda: TrainerReportMenuItem(
        label,
        reverse(f"trainers_reports:{slug}"),
        name=f"trainers-{slug}",
        icon_name=icon,
        order=order,
    )


for slug, view, order in REPORTS:
    hooks.register(
        "register_reports_menu_item",
        report_menu_item(slug, view.page_title, view.header_icon, order),
    )


hooks.register("construct_homepage_panels", add_trainer_panel)


@hooks.register("discussions_author_admin_url")
def learner_admin_url(user):
    """Where a comment's author is seen in the admin: their learner page."""
    return reverse("trainers_follow:learner", args=[user.pk])


@hooks.register("insert_global_admin_css")
def trainers_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("trainers/admin.css"))


class AnnouncementViewSet(FormInTheTrainersLanguageMixin, SnippetViewSet):
    """Publishing an announcement sends it (trainers.announcements)."""

    model = Announcement
    icon = "mail"
    menu_label = _("Announcements")
    menu_order = 230
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "subject",
        Column("course", label=_("Course")),
        Column("session", label=_("Session")),
        Column("get_audience_display", label=_("Audience")),
        DateColumn("sent_at", label=_("Sent")),
        Column("recipient_count", label=_("Recipients")),
    ]
    list_filter = ["course", "live"]
    search_fields = ["subject", "body"]
    search_backend_name = None
    ordering = ["-created_at"]


register_snippet(AnnouncementViewSet)


@hooks.register("after_create_snippet")
def record_announcement_author(request, instance):
    if isinstance(instance, Announcement) and instance.author_id is None:
        Announcement.objects.filter(pk=instance.pk).update(author=request.user)


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Submit to <workflow>" button, with the names in the trainer's language.

    The workflow and its step are stored under their English names; Wagtail shows
    them as stored.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        label = str(context.get("label", ""))
        for name in (WORKFLOW_NAME, TASK_NAME):
            label = label.replace(name, gettext(name))
        context["label"] = label
        return context


@hooks.register("construct_page_action_menu")
def translate_review_names(menu_items, request, context):
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitForReviewMenuItem(order=item.order)


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return submission_viewset


class LocalDateTimeDisplay(BaseFieldDisplay):
    """A date and time in the admin's time zone, as the lists show it.

    Wagtail's inspect view formats a datetime with `|localize`, which skips the
    time zone conversion a template does: a submission inspected showed UTC.
    """

    def render_html(self, parent_context=None):
        if self.value is None:
            return "-"
        return formats.date_format(timezone.localtime(self.value), "DATETIME_FORMAT")


register_display_class(models.DateTimeField, display_class=LocalDateTimeDisplay)
