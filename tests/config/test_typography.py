"""French typography and dates: non-breaking spaces in text only, "1er", one date format
per language, and the French catalogue carries its own non-breaking spaces."""

import datetime
from pathlib import Path

import polib
import pytest
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.safestring import SafeString

from config.typography import (
    NBSP,
    NNBSP,
    first_of_month,
    format_date,
    french_spacing,
    time_since,
    typography,
)

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_french_spacing_puts_non_breaking_spaces_before_signs_and_inside_guillemets():
    """« », ? ! ; : never wrap alone onto the next line."""
    html = "<p>Pourquoi ? Voici : « un compte » ; bravo !</p>"
    assert french_spacing(html) == (
        f"<p>Pourquoi{NNBSP}? Voici{NBSP}: «{NBSP}un compte{NBSP}»{NNBSP}; bravo{NNBSP}!</p>"
    )


def test_french_spacing_leaves_tags_attributes_urls_code_and_scripts_alone():
    """Only text nodes change: an attribute, a URL, code or a script keep every space."""
    html = (
        '<a href="https://exemple.org/?q=a : b" title="Pourquoi ?">lien ?</a>'
        '<script>var a = " ?";</script><style>a:hover { b : c }</style>'
        "<code>x : y</code><pre>a ? b</pre><textarea>brouillon ?</textarea>"
        "<!-- note : ici -->17:03 https://exemple.org/?a=b"
    )
    assert french_spacing(html) == html.replace("lien ?", f"lien{NNBSP}?")


def test_french_spacing_elides_de_before_a_name_starting_with_a_vowel():
    """ "la réponse de Inès" reads "la réponse d’Inès"; "de Marc" and "de A à Z" stay."""
    assert french_spacing("Commenter la réponse de Inès") == "Commenter la réponse d’Inès"
    assert french_spacing("De Yves, rien") == "D’Yves, rien"
    assert french_spacing("la réponse de Marc, de A à Z") == "la réponse de Marc, de A à Z"
    assert french_spacing("Cadre de Inès") == "Cadre d’Inès"
    assert french_spacing("mode Inès") == "mode Inès"


def test_french_spacing_twice_is_the_same_as_once():
    html = "<p>Un compte ou deux ? « Oui » : d’accord !</p>"
    assert french_spacing(french_spacing(html)) == french_spacing(html)


def test_typography_applies_in_french_only_and_escapes_plain_text():
    """In English the text is unchanged; plain text is escaped before it is set."""
    assert typography("a <b> ?", language="fr") == f"a &lt;b&gt;{NNBSP}?"
    assert isinstance(typography("a ?", language="fr"), SafeString)
    assert typography("Why ?", language="en") == "Why ?"


def test_course_text_is_set_in_french_under_either_interface_the_interfaces_words_in_its_own():
    """{{ text|typography }} is the course's text, written in French: set in French under
    /en/ too. {{ text|interface_typography }} is the interface's: set in French under /fr/
    only, so an English sentence keeps English typography."""
    template = Template(
        "{% load typography %}{% content_language %}|{{ text|typography }}"
        "|{{ text|interface_typography }}"
    )
    context = Context({"text": "Pourquoi ?"})
    with translation.override("en"):
        assert template.render(context) == f"fr|Pourquoi{NNBSP}?|Pourquoi ?"
    with translation.override("fr"):
        assert template.render(context) == f"fr|Pourquoi{NNBSP}?|Pourquoi{NNBSP}?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 décembre 2026", "1er décembre 2026"),
        ("mardi 1 décembre", "mardi 1er décembre"),
        ("11 décembre 2026", "11 décembre 2026"),
        ("21 mars", "21 mars"),
        ("1 000 visiteurs", "1 000 visiteurs"),
    ],
)
def test_the_first_of_the_month_is_written_1er(text, expected):
    assert first_of_month(text) == expected


def test_dates_use_one_named_format_per_language():
    """French "1er décembre 2026 à 17:03", English "1 December 2026, 17:03": no "p.m."."""
    moment = timezone.make_aware(datetime.datetime(2026, 12, 1, 17, 3))
    with translation.override("fr"):
        assert format_date(moment) == "1er décembre 2026"
        assert format_date(moment, "DATETIME_FORMAT") == "1er décembre 2026 à 17:03"
        assert format_date(moment.date(), "WEEKDAY_DATE_FORMAT") == "mardi 1er décembre 2026"
        assert format_date(moment.date(), "MONTH_DAY_FORMAT") == "1er décembre"
    with translation.override("en"):
        assert format_date(moment) == "1 December 2026"
        assert format_date(moment, "DATETIME_FORMAT") == "1 December 2026, 17:03"
        assert format_date(moment, "TIME_FORMAT") == "17:03"
        assert format_date(moment.date(), "WEEKDAY_DATE_FORMAT") == "Tuesday 1 December 2026"


def test_an_unknown_format_name_is_an_error_not_a_format_string():
    with pytest.raises(ValueError, match="Unknown date format"):
        format_date(datetime.date(2026, 12, 1), "j F Y")


def test_a_moment_ago_is_less_than_a_minute_not_zero_minutes():
    now = timezone.now()
    with translation.override("fr"):
        assert time_since(now - datetime.timedelta(seconds=20), now) == "moins d’une minute"
        assert time_since(now - datetime.timedelta(minutes=5), now) == "5\xa0minutes"


# Entries lguard's branch rewrites (wrong shared msgstrs): their typography goes with them.
LEFT_TO_LGUARD = {"For example @gazouillis.", "Why?"}


def test_the_french_catalogue_carries_its_non_breaking_spaces():
    """No msgstr has a plain space before : ; ! ? » or after «, so none wraps alone."""
    wrong = []
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or entry.msgid in LEFT_TO_LGUARD:
            continue
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        for text in texts:
            if any(bad in text for bad in (" :", " ;", " !", " ?", " »", "« ")):
                wrong.append((entry.msgid, text))
    assert wrong == []


def test_a_time_read_from_the_database_in_utc_is_shown_in_the_sites_time_zone():
    """The database hands back UTC; pages show Paris time (TIME_ZONE), as the admin's
    own dates and the exports do: 16:03 UTC on 1 December is 17:03 in Paris."""
    moment = datetime.datetime(2026, 12, 1, 16, 3, tzinfo=datetime.UTC)
    with translation.override("fr"):
        assert format_date(moment, "DATETIME_FORMAT") == "1er décembre 2026 à 17:03"
    late = datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC)  # already the 1st
    with translation.override("en"):
        assert format_date(late) == "1 December 2026"


def test_the_project_date_names_work_even_when_django_missed_our_format_modules(monkeypatch):
    """A format module that failed to import once must not turn a page into a 500."""
    import config.typography as typography_module

    monkeypatch.setattr(typography_module, "get_format_modules", lambda: [])
    with translation.override("fr"):
        assert format_date(datetime.date(2026, 12, 1), "WEEKDAY_MONTH_DAY_FORMAT") == (
            "mardi 1er décembre"
        )
