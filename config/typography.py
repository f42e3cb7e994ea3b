"""How text is set on the page: in which language, French spacing and elision, dates in
one format per language.

Each text is set in its own language: the course's text (titles, lessons, questions,
session names) in the language the course is written in (`content_language`, French),
whatever the interface's; the interface's own words in the interface's language. So a
French title keeps its no-break spaces under /en/, and an English sentence of the
interface gets none.

Pure functions of a string (and, for dates, of the language), used by the template
filters of `config/templatetags/typography.py` and by Python code that writes
dates (the outline). Nothing here edits stored content: course text is set when it
is rendered.

French spacing works on HTML: it changes text nodes only, never tags, attribute
values (so no URL), nor what is inside <script>, <style>, <pre>, <code>, <kbd>,
<samp> or <textarea>. It is a few regular expressions over the page's text, about
a millisecond per 100 KB.
"""

import datetime
import functools
import re

from django.conf import settings
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import timesince
from django.utils import timezone
from django.utils.formats import FORMAT_SETTINGS, get_format, get_format_modules
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

NBSP = "\u00a0"  # before : and inside « »
NNBSP = "\u202f"  # narrow, before ; ! ?

_SPACE = "[ \u00a0\u202f]"
# Outside a tag: the next angle bracket is not the ">" that closes one.
_OUTSIDE_TAG = r"(?![^<>]*>)"
# Left as they are: raw text elements and comments (split off first, they are few).
_RAW = re.compile(
    r"(<(?:script|style|pre|code|kbd|samp|textarea)\b.*?"
    r"</(?:script|style|pre|code|kbd|samp|textarea)\s*>|<!--.*?-->)",
    re.DOTALL | re.IGNORECASE,
)
# A typed space before a sign: one scan for all of them (a callback per match is
# cheap, matches are few; each scan of the whole text is what costs).
_BEFORE_SIGN = re.compile(_SPACE + r"([;:!?»])" + _OUTSIDE_TAG)
_VOWEL_NAME = r"(?=[AEIOUYÀÂÉÈÊÎÏÔÛ][a-zà-ÿ])"  # "Inès", "Yves": a name starting with a vowel
_RULES = (
    (re.compile("«" + _SPACE + "?" + _OUTSIDE_TAG), "«" + NBSP),
    (re.compile(r"(?<!\s)»" + _OUTSIDE_TAG), NBSP + "»"),  # "»" glued to the word
    # "de Inès" → "d’Inès"
    (re.compile(r"d(?<![\w]d)e " + _VOWEL_NAME + _OUTSIDE_TAG), "d’"),
    (re.compile(r"D(?<![\w]D)e " + _VOWEL_NAME + _OUTSIDE_TAG), "D’"),
)


def _space_before(match: re.Match) -> str:
    sign = match.group(1)
    return (NBSP if sign in ":»" else NNBSP) + sign


_SIGNS = re.compile("[;!?:«»]|[dD]e [AEIOUYÀÂÉÈÊÎÏÔÛ]")

_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_FIRST_OF_MONTH = re.compile(rf"(?<![\d\w])1 ({_MONTHS})\b")


def french_spacing(html: str) -> str:
    """The HTML with French spacing in its text: U+202F before ; ! ?, U+00A0 before :
    and inside « », and "de" elided before a name that starts with a vowel.

    Only a space already typed is made non-breaking ("Pourquoi?" stays as it is: a
    sign glued to a word may be a web address or code).
    """
    if not html or not _SIGNS.search(html):
        return html
    return _french_spacing(html) if len(html) < _CACHED_UP_TO else _set(html)


# The same course text is rendered for every learner: each process keeps the last
# results, so a signed-in page pays a hash of the text, not the expressions. Bounded:
# 128 texts of at most 64 KB (a lesson body is a few KB, a round table about 40).
_CACHED_UP_TO = 64 * 1024


def _set(html: str) -> str:
    parts = _RAW.split(html)
    for index in range(0, len(parts), 2):  # odd parts are the raw elements
        text = _BEFORE_SIGN.sub(_space_before, parts[index])
        for pattern, replacement in _RULES:
            text = pattern.sub(replacement, text)
        parts[index] = text
    return "".join(parts)


_french_spacing = functools.lru_cache(maxsize=128)(_set)


def content_language() -> str:
    """The language the course is written in: the site's one content language (Wagtail's
    WAGTAIL_CONTENT_LANGUAGES; pages are not translated), whatever the URL's. What the
    course's authors wrote is marked with it (lang) and set in its typography."""
    return settings.WAGTAIL_CONTENT_LANGUAGES[0][0]


def is_french(language: str | None = None) -> bool:
    """Whether `language` (the interface's when not given) is French."""
    return (language or get_language() or "").split("-")[0] == "fr"


def typography(value, language: str):
    """Template-safe: French spacing when the text's `language` is French, the value
    unchanged in any other language.

    `language` is the text's own, never assumed: `content_language()` for what the
    course says, the interface's (`get_language()`) for the interface's words.
    Plain strings are escaped first, as the template would; what renders itself as
    HTML (rich text, a StreamField) is rendered, then set.
    """
    if value is None or value == "" or not language or not is_french(language):
        return value
    return mark_safe(french_spacing(str(conditional_escape(value))))  # noqa: S308 - escaped


def first_of_month(text: str) -> str:
    """French writes the first of the month "1er": "1 décembre" → "1er décembre"."""
    return _FIRST_OF_MONTH.sub(r"1er \1", text)


def _named_format(name: str) -> str:
    if name in FORMAT_SETTINGS:
        return get_format(name)
    # The project's own names (WEEKDAY_DATE_FORMAT...) live in config/formats/<lang>/.
    for module in get_format_modules():
        if hasattr(module, name):
            return getattr(module, name)
    # Django keeps the list of format modules per process; should it have missed ours
    # (a module that failed to import once), the page still renders.
    if name in _PROJECT_FORMATS:
        return _PROJECT_FORMATS[name]
    raise ValueError(f"Unknown date format name: {name}")


_PROJECT_FORMATS = {"WEEKDAY_DATE_FORMAT": "l j F Y", "WEEKDAY_MONTH_DAY_FORMAT": "l j F"}


def format_date(value, name: str = "DATE_FORMAT") -> str:
    """A date or datetime in the named format of the current language (local time).

    Names: Django's (DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT, MONTH_DAY_FORMAT...)
    and the project's (WEEKDAY_DATE_FORMAT, WEEKDAY_MONTH_DAY_FORMAT); each is set
    per language in config/formats/. Never a format string typed in a template.
    """
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        # Called from Python, Django's |date does not convert to local time (only the
        # template engine does, before a filter marked expects_localtime): do it here.
        value = timezone.localtime(value)
    text = date_filter(value, _named_format(name))
    return first_of_month(text) if is_french() else text


def time_since(value, now: datetime.datetime | None = None) -> str:
    """ "5 minutes", or "less than a minute" where Django would say "0 minutes"."""
    if not value:
        return ""
    now = now or timezone.now()
    if now - value < datetime.timedelta(minutes=1):
        return _("less than a minute")
    return timesince(value, now)
