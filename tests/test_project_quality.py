"""Project-wide checks: migrations match the models, ruff is clean, translations complete."""

import gettext
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).with_name("ruff")


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("command", [["check", "."], ["format", "--check", "."]])
def test_ruff_is_clean(command):
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [str(RUFF), *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _unquote(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def _po_entries(path: Path) -> list[dict]:
    """The entries of a .po file: enough to find untranslated or uncompiled strings."""
    entries, entry, field = [], {}, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if entry.get("msgid"):
                entries.append(entry)
            entry, field = {}, None
        elif line.startswith("#,") and "fuzzy" in line:
            entry["fuzzy"] = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"') and field:
            entry[field] += _unquote(line[1:-1])
        else:
            field, _, value = line.partition(" ")
            entry[field] = _unquote(value[1:-1])
    return entries


FRENCH_PO = ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_every_interface_string_is_translated_into_french():
    entries = _po_entries(FRENCH_PO)
    assert len(entries) > 50
    missing = [
        e["msgid"] for e in entries if e.get("fuzzy") or not (e.get("msgstr") or e.get("msgstr[0]"))
    ]
    assert missing == []


def test_french_catalogue_is_compiled_from_the_current_po_file():
    with FRENCH_PO.with_suffix(".mo").open("rb") as mo:
        catalogue = gettext.GNUTranslations(mo)
    for entry in _po_entries(FRENCH_PO):
        if "msgstr" in entry and "msgctxt" not in entry:
            assert catalogue.gettext(entry["msgid"]) == entry["msgstr"], entry["msgid"]
