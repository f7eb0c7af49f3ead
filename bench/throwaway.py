"""What every benchmark needs: Django set up, and a test database made for the run and dropped."""

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "emojisite.settings")
django.setup()


@contextmanager
def throwaway_database():
    """Run against test_<NAME> (created, then dropped), never the site's own database."""
    from django.conf import settings
    from django.test.utils import get_runner

    runner = get_runner(settings)(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        yield
    finally:
        runner.teardown_databases(old_config)
