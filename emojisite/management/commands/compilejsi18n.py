"""Write the page scripts' translation catalogs as static files, one per language.

Django's JavaScriptCatalog view renders each; written to static/jsi18n/ they are served like any
script: from the site's own origin (the CSP allows 'self' and nothing inline), with a hashed name
and a year's caching once collected, and without a request reaching Django.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.test import RequestFactory
from django.utils import translation
from django.views.i18n import JavaScriptCatalog

CATALOG_DIR = Path(settings.BASE_DIR) / "static" / "jsi18n"


def catalog_path(language, directory=CATALOG_DIR):
    return Path(directory) / f"{language}.js"


def catalog_text(language):
    """The djangojs catalog of one language (locale/, not the admin's), as the view answers it."""
    with translation.override(language):
        response = JavaScriptCatalog.as_view(packages=["emojisite"])(RequestFactory().get("/"))
    return response.content.decode()


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
