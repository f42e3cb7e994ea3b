"""The submissions of an exercise: status, version, visibility, feedback received and given.

Feedback is the peers' comments (the discussions app) on submissions: "received"
counts the published comments others wrote under a learner's submission, "given"
the ones the learner wrote under the other submissions of the same exercise.
Both are correlated subqueries: a page of the report costs a fixed number of queries.
"""

import django_filters
from django.db.models import OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn

from discussions.counts import comment_count_column
from exercises.choices import SubmissionStatus, Visibility
from exercises.models import ExercisePage, Submission
from trainers.reports.base import TrainerReportView
from trainers.reports.filters import SessionOfPersonFilter


def annotate_feedback(submissions):
    peers_submissions = (
        Submission.objects.filter(exercise_id=OuterRef(OuterRef("exercise_id")))
        .exclude(user_id=OuterRef(OuterRef("user_id")))
        .values("pk")
    )
    return submissions.annotate(
        feedback_received=comment_count_column(Submission, exclude_author=OuterRef("user_id")),
        feedback_given=comment_count_column(
            Submission, peers_submissions, by_author=OuterRef("user_id")
        ),
    )


class SubmissionsFilterSet(WagtailFilterSet):
    exercise = django_filters.ModelChoiceFilter(
        label=_("Exercise"),
        queryset=ExercisePage.objects.order_by("path"),
        empty_label=_("All exercises"),
    )
    session = SessionOfPersonFilter(label=_("Session"), user_field="user_id")
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=SubmissionStatus.choices, empty_label=_("Any status")
    )
    visibility = django_filters.ChoiceFilter(
        label=_("Visibility"), choices=Visibility.choices, empty_label=_("Any visibility")
    )

    class Meta:
        model = Submission
        fields = ["exercise", "session", "status", "visibility"]


class SubmissionsReportView(TrainerReportView):
    page_title = _("Submissions")
    header_icon = "form"
    filterset_class = SubmissionsFilterSet
    default_ordering = "-updated_at"
    export_filename = "submissions"
    verbose_name_plural = _("submissions")
    columns = [
        TitleColumn("learner_name", label=_("Learner"), get_url=lambda s: s.submission_url),
        Column("exercise_title", label=_("Exercise")),
        Column("status_label", label=_("Status")),
        Column("version_number", label=_("Version"), sort_key="last_version__number"),
        Column("visibility_label", label=_("Visibility")),
        Column("feedback_received", label=_("Feedback received"), sort_key="feedback_received"),
        Column("feedback_given", label=_("Feedback given"), sort_key="feedback_given"),
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
    ]
    export_headings = {
        "learner_name": _("Learner"),
        "learner_email": _("Email"),
        "exercise_title": _("Exercise"),
        "status_label": _("Status"),
        "version_number": _("Version"),
        "visibility_label": _("Visibility"),
        "feedback_received": _("Feedback received"),
        "feedback_given": _("Feedback given"),
        "submitted_at": _("Submitted on"),
        "updated_at": _("Last saved"),
        "submission_url": _("Link"),
    }

    def get_base_queryset(self):
        return annotate_feedback(
            Submission.objects.select_related("user", "exercise", "last_version").only(
                "pk",
                "status",
                "visibility",
                "last_version__number",
                "submitted_at",
                "updated_at",
                "exercise_id",
                "exercise__title",
                "user__email",
                "user__display_name",
                "user__first_name",
                "user__last_name",
            )
        )

    def decorate(self, submissions: list) -> list:
        for submission in submissions:
            submission.learner_name = submission.user.get_public_name()
            submission.learner_email = submission.user.email
            submission.exercise_title = submission.exercise.title
            submission.status_label = submission.get_status_display()
            submission.visibility_label = submission.get_visibility_display()
            # The number the learner reads ("Version 3"), not the count of draft saves.
            submission.version_number = (
                submission.last_version.number if submission.last_version else None
            )
            submission.submission_url = reverse("exercises:submission", args=[submission.pk])
        return submissions
