"""Spreadsheet exports a trainer can open and trust: one format for every export of the admin.

- Times are the site's local time (`TIME_ZONE`, or the trainer's own admin time zone),
  as in the admin's lists, in every export.
- CSV: with a French admin, a UTF-8 byte order mark and `;` between cells, which is
  what a French spreadsheet program expects; a comma otherwise.
- XLSX: dates are real dates shown day first ("31/12/2026 18:05"), whatever the language.
- Links are absolute, so that they open from the downloaded file.
- Formulas: a learner's name such as `=HYPERLINK("http://evil.example","Click")` would run
  as a formula when a trainer opens the file (OWASP's "CSV injection"). In a CSV file,
  a text cell that starts like a formula gets a leading apostrophe, which spreadsheets
  read as "text"; in an XLSX file, the cell is typed as text (with Excel's hidden quote
  prefix), so the learner's text is shown as typed, without the apostrophe.

Every cell goes through `preprocess_field_value`, the one place a cell's value is made.
"""

import csv
import datetime

from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from course.text import xml_safe

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_CHUNK = 2000
CSV_BOM = "\ufeff"
XLSX_DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
XLSX_DATE_FORMAT = "dd/mm/yyyy"


def neutralise_formula(value):
    """Text that a spreadsheet would evaluate, made inert; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def is_link(field: str) -> bool:
    """The exported columns that hold a link: `link`, or a name ending in `_url`."""
    return field == "link" or field.endswith("_url")


def csv_delimiter(language: str | None) -> str:
    """`;` for French spreadsheets (the comma is their decimal mark), `,` otherwise."""
    return ";" if (language or "").startswith("fr") else ","


def local_naive(value: datetime.datetime) -> datetime.datetime:
    """The local wall-clock time of an aware datetime: a spreadsheet has no time zones."""
    return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value


def in_request_context(rows, language, zone):
    """Each row made under the request's language and time zone.

    A CSV response streams after the view has returned, when Wagtail's admin has
    already put back the default language and time zone: labels and times would
    otherwise be those of the server, not those of the trainer who asked.
    """
    rows = iter(rows)
    while True:
        with translation.override(language), timezone.override(zone):
            try:
                row = next(rows)
            except StopIteration:
                return
        yield row


class TrustedExportMixin(SpreadsheetExportMixin):
    """Wagtail's spreadsheet export, with local times, French CSV, real XLSX dates and
    formulas kept as text. Exported rows are fetched in chunks."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        # Local time to the minute: what a trainer reads in the admin.
        datetime.datetime: {
            "csv": lambda value: f"{timezone.localtime(value):%Y-%m-%d %H:%M}",
            "xlsx": local_naive,
        },
    }

    def preprocess_field_value(self, field, value, export_format):
        # Every exported cell passes here: stripped of what XML (XLSX) forbids, which
        # openpyxl would refuse with an error, and made inert as a formula below.
        value = xml_safe(super().preprocess_field_value(field, value, export_format))
        if is_link(field) and isinstance(value, str) and value.startswith("/"):
            # A link in a downloaded file has no page to be relative to.
            value = self.request.build_absolute_uri(value)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value

    def export_rows(self, queryset):
        """The objects to export, fetched in chunks; reports decorate them in batches."""
        return queryset.iterator(chunk_size=EXPORT_CHUNK)

    def stream_csv(self, queryset):
        language = translation.get_language()
        writer = csv.DictWriter(
            Echo(), fieldnames=self.list_export, delimiter=csv_delimiter(language)
        )
        heading = writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        # The byte order mark tells a spreadsheet program that the file is UTF-8.
        yield (CSV_BOM.encode() + heading) if csv_delimiter(language) == ";" else heading
        for item in self.export_rows(queryset):
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        rows = in_request_context(
            self.stream_csv(queryset), translation.get_language(), timezone.get_current_timezone()
        )
        response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell, (_field, value) in zip(
            super().generate_xlsx_row(worksheet, row_dict), row_dict.items(), strict=True
        ):
            if isinstance(value, datetime.datetime):
                cell.number_format = XLSX_DATETIME_FORMAT
            elif isinstance(value, datetime.date):
                cell.number_format = XLSX_DATE_FORMAT
            elif cell.data_type == "s" and str(cell.value).startswith(FORMULA_STARTS):
                # Wagtail types it as text; the quote prefix keeps it text once edited.
                cell.quotePrefix = True
            yield cell

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook

        # openpyxl's write-only mode keeps rows out of memory until the file is saved.
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=force_str(self.get_page_title())[:31] or "Report")
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        for item in self.export_rows(queryset):
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item)))
        workbook.save(output)
