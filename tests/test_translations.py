"""The catalogs the site ships: every language translates every string, keeps every placeholder,
and is compiled (.mo, static/jsi18n/) from the .po files as they are now."""

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

from emojisite.management.commands.compilejsi18n import catalog_path, catalog_text

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
CATALOGS = [
    LOCALE_DIR / to_locale(language) / "LC_MESSAGES" / f"{domain}.po"
    for language in LANGUAGES
    for domain in ("django", "djangojs")
]
# %(name)s, %s and %d as Python and Django's JS interpolate() fill them; {name} as DRF's fail()
# and format_lazy() do. A %% is a percent sign, not a placeholder.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def entries(path):
    return [entry for entry in polib.pofile(str(path)) if not entry.obsolete]


def catalog_id(path):
    return f"{path.parent.parent.name}/{path.name}"


def test_every_shipped_language_has_both_catalogs():
    assert LANGUAGES == ["es", "fr", "de", "pt-br", "ar"]
    missing = [catalog_id(path) for path in CATALOGS if not path.exists()]
    assert not missing


@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_every_string_is_translated(path):
    untranslated = [
        entry.msgid
        for entry in entries(path)
        if "fuzzy" in entry.flags
        or not (entry.msgstr or entry.msgstr_plural)
        or any(not text for text in entry.msgstr_plural.values())
    ]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:10]}"


@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_translations_keep_every_placeholder(path):
    """Every placeholder of the English, none added. A plural form other than the last may drop
    one (the count: Arabic writes "two drawings" without the 2); the last form, which most
    numbers take, keeps them all."""
    wrong = []
    for entry in entries(path):
        if not entry.msgid_plural:
            if entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid):
                wrong.append((entry.msgid, entry.msgstr))
            continue
        english = placeholders(entry.msgid_plural)
        forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
        for index, form in enumerate(forms):
            found = placeholders(form)
            last = index == len(forms) - 1
            extra = set(found) - set(english) - set(placeholders(entry.msgid))
            dropped = len(set(english) - set(found))
            if form and (extra or dropped > (0 if last else 1)):
                wrong.append((entry.msgid_plural, form))
    assert not wrong, "\n".join(f"{english!r} -> {translated!r}" for english, translated in wrong)


def mo_catalog(path):
    with path.with_suffix(".mo").open("rb") as compiled:
        return gettext.GNUTranslations(compiled)._catalog


def po_catalog(path):
    """The catalog msgfmt compiles from the .po file: its translated, not fuzzy, entries."""
    catalog = {}
    for entry in entries(path):
        if "fuzzy" in entry.flags:
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            for n, text in entry.msgstr_plural.items():
                if text:
                    catalog[key, int(n)] = text
        elif entry.msgstr:
            catalog[key] = entry.msgstr
    return catalog


@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_the_compiled_catalog_is_the_po_file_as_it_is(path):
    compiled = {key: text for key, text in mo_catalog(path).items() if key != ""}
    assert compiled == po_catalog(path), "run `make catalogs` and commit the .mo files"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_static_js_catalog_is_the_djangojs_catalog_as_it_is(language):
    shipped = catalog_path(language).read_text(encoding="utf-8")
    assert shipped == catalog_text(language), "run `make catalogs` and commit static/jsi18n/"


@pytest.mark.slow
def test_catalogs_hold_every_string_the_code_marks(tmp_path):
    """A string marked in the code but never gathered into the catalogs would show in English in
    every language: gathering them again (as `make messages` does) finds nothing new."""
    if shutil.which("xgettext") is None:
        message = "needs GNU gettext: apt-get install -y gettext"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    copy = tmp_path / "site"
    skipped = shutil.ignore_patterns(".*", "__pycache__", "staticfiles", "media", "*.sqlite3*")
    shutil.copytree(settings.BASE_DIR, copy, ignore=skipped)
    for domain, ignored in (("django", []), ("djangojs", ["static/vendor", "static/jsi18n"])):
        command = [sys.executable, "manage.py", "makemessages", "--locale=es", "--no-obsolete"]
        command += [f"--domain={domain}", "--ignore=staticfiles", "--ignore=bench"]
        command += ["--ignore=tests", *(f"--ignore={path}" for path in ignored)]
        subprocess.run(command, cwd=copy, check=True, capture_output=True)
        gathered = {entry.msgid for entry in entries(copy / f"locale/es/LC_MESSAGES/{domain}.po")}
        shipped = {entry.msgid for entry in entries(LOCALE_DIR / f"es/LC_MESSAGES/{domain}.po")}
        assert not gathered - shipped, f"run make messages: {sorted(gathered - shipped)[:10]}"
