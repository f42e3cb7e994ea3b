"""English date formats, one per use, for every page and email (FORMAT_MODULE_PATH).

Day before month and a 24-hour clock, as the French pages: "1 December 2026, 17:03".
What is not set here comes from Django's own English formats (input formats, etc.).
"""

DATE_FORMAT = "j F Y"  # 1 December 2026
DATETIME_FORMAT = "j F Y, H:i"  # 1 December 2026, 17:03
TIME_FORMAT = "H:i"  # 17:03
MONTH_DAY_FORMAT = "j F"  # 1 December
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
# The project's own names (config.typography.format_date reads them here).
WEEKDAY_DATE_FORMAT = "l j F Y"  # Tuesday 1 December 2026
WEEKDAY_MONTH_DAY_FORMAT = "l j F"  # Tuesday 1 December
