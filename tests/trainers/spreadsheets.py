"""Reading the admin's exports back as a spreadsheet program would."""

import csv
import io

CSV_BOM = "\ufeff"


def csv_rows(response) -> list[list[str]]:
    """The rows of a streamed CSV export: French files start with a BOM and use `;`."""
    content = b"".join(response.streaming_content).decode()
    french = content.startswith(CSV_BOM)
    return list(
        csv.reader(io.StringIO(content.removeprefix(CSV_BOM)), delimiter=";" if french else ",")
    )
