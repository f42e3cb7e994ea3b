"""French date formats, one per use, for every page and email (FORMAT_MODULE_PATH).

"1er" for the first of the month has no format character: config.typography adds it.
What is not set here comes from Django's own French formats (input formats, etc.).
"""

DATE_FORMAT = "j F Y"  # 1er décembre 2026
DATETIME_FORMAT = "j F Y à H:i"  # 1er décembre 2026 à 17:03
TIME_FORMAT = "H:i"  # 17:03
MONTH_DAY_FORMAT = "j F"  # 1er décembre
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
# The project's own names (config.typography.format_date reads them here).
WEEKDAY_DATE_FORMAT = "l j F Y"  # mardi 1er décembre 2026
WEEKDAY_MONTH_DAY_FORMAT = "l j F"  # mardi 1er décembre
