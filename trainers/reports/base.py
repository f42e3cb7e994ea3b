"""What every trainer report shares: who may open it, its order, its pages and its exports.

A report declares only what is its own: its queryset, columns, filters, exported fields
and their headings (`export_headings`, in their order), `export_filename`, its
`default_ordering` (the primary key then breaks ties, so that pages never overlap), and
`decorate`, which adds to a list of rows what the columns and the export read, in a
fixed number of queries whatever the number of rows.

The base decorates each page of the listing before its table is built (Wagtail's
`decorate_paginated_queryset` comes after the table has taken the undecorated page),
and each batch of an export while the file streams: rows are read in batches, never
all before the first one is sent, so memory stays flat however large the course.
"""

from itertools import islice

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from wagtail.admin.views.reports import ReportView

from trainers.reports.exports import TrustedExportMixin

REPORTS_PERMISSION = "trainers.view_reports"
EXPORT_BATCH = 500


def batched(rows, size: int):
    """Lists of `size` rows (the last one shorter) read as they are asked for."""
    rows = iter(rows)
    while batch := list(islice(rows, size)):
        yield batch


class TrainerReportView(TrustedExportMixin, ReportView):
    """A report for people with the trainers' report permission, safely exported."""

    permission_required = None
    permission_policy = None

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

    @property
    def list_export(self):
        # The exported fields are the headings' keys, in their order: declared once.
        return list(self.export_headings)

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # A stable order whatever the chosen column, so that pages never overlap.
        return queryset.order_by(*queryset.query.order_by, "pk")

    def decorate(self, rows: list) -> list:
        """The rows with what the columns and the export read; each report adds its own."""
        return rows

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = self.decorate(list(object_list))
        return paginator, page, page.object_list, is_paginated

    def export_rows(self, queryset):
        for batch in batched(super().export_rows(queryset), EXPORT_BATCH):
            yield from self.decorate(batch)
