"""The translation catalogues (locale/*/LC_MESSAGES/django.po) stay whole and truthful.

A catalogue goes wrong quietly: `makemessages` marks a changed string "fuzzy" with a
neighbour's translation, or a hand edit gives one msgstr to two strings ("(optional)" once
read "étape terminée" on every optional field). These tests fail on each of those, and on
a compiled .mo that no longer matches its .po. Which language a page shows is checked page
by page in tests/test_page_languages.py.
"""

import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ["fr", "en"]

# Two different msgids that rightly share one translation, with the reason. Nothing else may.
SHARED_TRANSLATIONS = {
    "fr": {
        # French "cours" is the same in the singular and the plural.
        frozenset({"Courses", "Course"}): "French « cours » is invariable",
        frozenset({"course", "courses"}): "French « cours » is invariable",
    },
    "en": {},
}


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def translations(entry: polib.POEntry) -> list[str]:
    """Every msgstr of an entry: one, or one per plural form."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def live_entries(language: str) -> list[polib.POEntry]:
    return [entry for entry in catalogue(language) if not entry.obsolete]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_fuzzy_entry(language):
    """A fuzzy entry is a guess by makemessages, left out of the .mo: it must be reviewed."""
    fuzzy = [entry.msgid for entry in live_entries(language) if "fuzzy" in entry.flags]
    assert fuzzy == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_empty_translation(language):
    """Every string has its translation (in English, the English text itself)."""
    entries = live_entries(language)
    assert len(entries) > 50
    empty = [entry.msgid for entry in entries if not all(translations(entry))]
    assert empty == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_strings_share_a_translation_unless_listed_with_a_reason(language):
    """Two different msgids with one msgstr is how "Save my profile" came to read
    "Voir mon certificat": each such pair is a defect unless SHARED_TRANSLATIONS explains it."""
    msgids_by_translation = defaultdict(set)
    for entry in live_entries(language):
        for text in translations(entry):
            msgids_by_translation[(entry.msgctxt, text)].add(entry.msgid)
    allowed = SHARED_TRANSLATIONS[language]
    shared = {
        text: sorted(msgids)
        for (_context, text), msgids in msgids_by_translation.items()
        if len(msgids) > 1 and frozenset(msgids) not in allowed
    }
    assert shared == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_listed_shared_translations_still_exist(language):
    """A pair listed in SHARED_TRANSLATIONS that is no longer in the catalogue goes."""
    msgids = {entry.msgid for entry in live_entries(language)}
    stale = [pair for pair in SHARED_TRANSLATIONS[language] if not pair <= msgids]
    assert stale == []


def test_english_catalogue_says_what_the_english_source_says():
    """The msgids are English: an English msgstr that differs from its msgid is a stray
    translation (makemessages once copied a neighbour's text into 99 of them)."""
    different = [
        entry.msgid
        for entry in live_entries("en")
        if translations(entry)
        != ([entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid])
    ]
    assert different == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_passes_msgfmt_check(language):
    """GNU msgfmt --check (format strings, header, plural forms) accepts the catalogue."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt is missing: install gettext (apt-get install gettext).")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            msgfmt,
            "--check",
            "-o",
            "/dev/null",
            str(LOCALE / language / "LC_MESSAGES" / "django.po"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_po_file(language):
    """The committed .mo is compiled from the current .po (compilemessages was run)."""
    compiled = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    in_mo = {(entry.msgctxt, entry.msgid): translations(entry) for entry in compiled}
    stale = [
        entry.msgid
        for entry in live_entries(language)
        if in_mo.get((entry.msgctxt, entry.msgid)) != translations(entry)
    ]
    assert stale == []


def test_french_says_e_mail_never_courriel():
    """One word for one thing: the French interface says « e-mail » everywhere, so a trainer
    never wonders whether a « courriel » is something else."""
    courriel = [
        entry.msgid
        for entry in live_entries("fr")
        if any("courriel" in text.lower() for text in translations(entry))
    ]
    assert courriel == []
