"""Write the page scripts' translation catalogs as static files, one per language.

Each file holds only that language's data (its messages and its plural rule), as Django's
JSONCatalog view gives them; the functions that read it are `static/i18n.js`, written once for
every language. Written to static/jsi18n/ they are served like any script: from the site's own
origin (the CSP allows 'self' and nothing inline), with a hashed name and a year's caching once
collected, and without a request reaching Django.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.test import RequestFactory
from django.utils import translation
from django.views.i18n import JSONCatalog

CATALOG_DIR = Path(settings.BASE_DIR) / "static" / "jsi18n"
# Django's rule where a language's catalog names none: the singular for one, else the plural.
ENGLISH_PLURAL = "n != 1"


def catalog_path(language, directory=CATALOG_DIR):
    return Path(directory) / f"{language}.js"


def catalog_data(language):
    """The djangojs catalog of one language (locale/, not the admin's): its messages and its
    plural rule, as Django's JSONCatalog view answers them."""
    with translation.override(language):
        response = JSONCatalog.as_view(packages=["emojisite"])(RequestFactory().get("/"))
    return json.loads(response.content)


def catalog_text(language):
    """The catalog as a classic script that sets `globalThis.catalog`; its plural rule is the .po
    file's, written as a function so that nothing is evaluated from a string."""
    data = catalog_data(language)
    messages = json.dumps(data["catalog"], ensure_ascii=False, indent=1, sort_keys=True)
    return (
        f"// The page scripts' words in {language}, from its djangojs.po: written by `manage.py\n"
        "// compilejsi18n` (make catalogs) and read by static/i18n.js. Do not edit.\n"
        "globalThis.catalog = {\n"
        f"  plural: (n) => Number({data['plural'] or ENGLISH_PLURAL}),\n"
        f"  messages: {messages},\n"
        "};\n"
    )


class Command(BaseCommand):
    requires_system_checks = []  # a build step, run before the site is configured to serve
    help = (
        "Write static/jsi18n/<language>.js for each of settings.LANGUAGES (after compilemessages)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=CATALOG_DIR, help="where to write the files")

    def handle(self, *args, directory, **options):
        Path(directory).mkdir(parents=True, exist_ok=True)
        for language, _name in settings.LANGUAGES:
            catalog_path(language, directory).write_text(catalog_text(language), encoding="utf-8")
        self.stdout.write(f"Wrote {len(settings.LANGUAGES)} catalogs to {directory}.")
