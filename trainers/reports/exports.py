"""Spreadsheet exports that a spreadsheet program cannot turn into formulas.

A learner's name such as `=HYPERLINK("http://evil.example","Click")` would run as
a formula when a trainer opens the CSV file. Every text cell that starts with a
character a spreadsheet reads as the start of a formula is exported with a
leading apostrophe, which spreadsheets show as text (OWASP's "CSV injection").
"""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import Echo
from wagtail.admin.views.reports import ReportView

from course.text import xml_safe

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REPORTS_PERMISSION = "trainers.view_reports"
EXPORT_CHUNK = 2000


def neutralise_formula(value):
    """Text that a spreadsheet would evaluate, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class TrainerReportView(ReportView):
    """A report for people with the trainers' report permission, safely exported.

    The CSV export streams rows from a server-side iterator, so its memory stays
    flat however many learners the course has.
    """

    permission_required = None
    permission_policy = None
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        # Local time to the minute: what a trainer reads in the admin.
        datetime.datetime: {
            "csv": lambda value: f"{timezone.localtime(value):%Y-%m-%d %H:%M}",
            "xlsx": lambda value: timezone.localtime(value).replace(tzinfo=None),
        },
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORTS_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Wagtail's listing context counts an unpaginated list with len(), which
            # would load every row before the first one is streamed.
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def preprocess_field_value(self, field, value, export_format):
        # Every cell passes here: made inert as a formula, and stripped of what XML
        # (XLSX) forbids, which openpyxl would refuse with an error.
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(xml_safe(value))

    def export_rows(self, queryset):
        """The objects to export, fetched in chunks; reports may decorate them."""
        return queryset.iterator(chunk_size=EXPORT_CHUNK)

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in self.export_rows(queryset):
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(self.stream_csv(queryset), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook
        from wagtail.admin.views.mixins import ExcelDateFormatter

        # openpyxl's write-only mode keeps rows out of memory until the file is saved.
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=force_str(self.get_page_title())[:31] or "Report")
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in self.export_rows(queryset):
            worksheet.append(
                self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
            )
        workbook.save(output)
