"""The learners' answers in the Wagtail admin ("Submissions" menu): list, filter, read, export.

Trainers need the "view submission" permission; nobody creates submissions from the
admin, and only who may read one (its visibility) can be changed there. Its exports
are the reports' (trainers/reports/exports.py): local times, labels, every kind's answer.
It lives here, not in exercises, so that it shares the one export format of the admin.
"""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from exercises.answers import readable_answer
from exercises.models import Submission
from exercises.models.submissions import ANSWER_FIELDS
from trainers.reports.exports import TrustedExportMixin

ANSWER_HEADINGS = {
    "text": _("Text"),
    "picture_answer": _("About the picture"),
    "question_answers": _("Answers to the questions"),
    "choice": _("Recommendation"),
    "stand": _("Stand"),
    "agreement": _("Agreement"),
    "agreement_reason": _("Why"),
}


class SubmissionIndexView(TrustedExportMixin, IndexView):
    export_headings = {
        "learner_name": _("Learner"),
        "learner_email": _("Email"),
        "exercise_title": _("Exercise"),
        "status_label": _("Status"),
        "visibility_label": _("Visibility"),
        "version_number": _("Version"),
        **ANSWER_HEADINGS,
        "submitted_at": _("Submitted on"),
        "updated_at": _("Last saved"),
        "link": _("Link"),
    }

    def get_filename(self):
        return "submissions"

    @cached_property
    def exercises(self) -> dict:
        """Each exercise once, so that its questions are read once for the whole file."""
        return {}

    def to_row_dict(self, item):
        # The submitted version when there is one (what peers and trainers read), else
        # the draft; every kind's fields, in words, so that one file serves them all.
        exercise = self.exercises.setdefault(item.exercise_id, item.exercise)
        answer = readable_answer(exercise, item.last_version or item)
        return {
            "learner_name": item.user.get_public_name(),
            "learner_email": item.user.email,
            "exercise_title": item.exercise.title,
            "status_label": item.get_status_display(),
            "visibility_label": item.get_visibility_display(),
            "version_number": item.last_version.number if item.last_version else "",
            **{field: answer[field] for field in ANSWER_HEADINGS},
            "submitted_at": item.submitted_at,
            "updated_at": item.updated_at,
            "link": item.get_url(),
        }


class SubmissionInspectView(InspectView):
    """One answer, with a one-or-two's choices and a reflection's stand in words, and
    the way to the page where trainers give feedback (marked as the teaching team's)
    and ask for a revision."""

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Give feedback or ask for a revision"),
                url=reverse("exercises:submission", args=[self.object.pk]),
                icon_name="comment",
            ),
        ]

    @cached_property
    def answer(self) -> dict:
        return readable_answer(self.object.exercise, self.object)

    def get_answers_display_value(self):
        return self.answer["question_answers"] or "-"

    def get_stand_display_value(self):
        return self.answer["stand"] or "-"


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "doc-full"
    menu_label = _("Submissions")
    menu_order = 230
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    list_display = ["user", "exercise", "status", "visibility", "submitted_at"]
    list_filter = ["status", "visibility"]
    list_export = list(SubmissionIndexView.export_headings)
    export_filename = "submissions"
    search_fields = ["text"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "exercise",
        "user",
        "status",
        "visibility",
        *ANSWER_FIELDS,
        "submitted_at",
        "updated_at",
    ]
    copy_view_enabled = False
    form_fields = ["visibility"]

    def get_queryset(self, request):
        return Submission.objects.select_related("user", "exercise", "last_version")


submission_viewset = SubmissionViewSet("submissions")
