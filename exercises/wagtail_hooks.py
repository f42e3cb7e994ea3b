"""The trainers' view of submissions in the Wagtail admin: list, filter, read, export.

Trainers need the "view submission" permission; nobody creates submissions from the
admin, and only who may read one (its visibility) can be changed there.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from course.text import xml_safe
from exercises.models import Submission

# A cell starting with one of these is a formula to a spreadsheet program.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SubmissionIndexView(IndexView):
    custom_field_preprocess = {
        field: {"csv": neutralise_formula, "xlsx": neutralise_formula}
        for field in ("text", "user", "exercise", "agreement_reason", "picture_answer")
    }

    def preprocess_field_value(self, field, value, export_format):
        # Every exported cell: without what XML (XLSX) forbids, which openpyxl refuses.
        return xml_safe(super().preprocess_field_value(field, value, export_format))


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "doc-full"
    menu_label = _("Submissions")
    menu_order = 230
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    list_display = ["user", "exercise", "status", "visibility", "submitted_at"]
    list_filter = ["status", "visibility"]
    list_export = ["user", "exercise", "status", "visibility", "text", "submitted_at"]
    export_filename = "submissions"
    search_fields = ["text"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "exercise",
        "user",
        "status",
        "visibility",
        "text",
        "picture_answer",
        "stand",
        "choice",
        "agreement",
        "agreement_reason",
        "submitted_at",
        "updated_at",
    ]
    copy_view_enabled = False
    form_fields = ["visibility"]

    def get_queryset(self, request):
        return Submission.objects.select_related("user", "exercise")


submission_viewset = SubmissionViewSet("submissions")


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return submission_viewset
