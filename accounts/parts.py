"""What other apps keep in an account, wherever a whole account is shown: the account page,
GET /api/account/ and the zip of everything.

accounts imports no other app (tests/test_app_dependencies.py). An app that keeps things of a
user's describes them in an AccountPart and registers it from its AppConfig.ready(), as wagtail's
apps add their panels to its account page through hooks; parts are shown in the order they are
registered (INSTALLED_APPS').
"""

import copy
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AccountPart:
    name: str  # the app's label: registering again replaces the part
    # user → {key: value}: what the account page and GET /api/account/ show of the part
    summary: Callable
    # {key: DRF field} for each key of `summary`, so that the API's schema states them
    fields: dict
    # (user, zipfile.ZipFile) → None: write the part's files into the zip of everything
    write_archive: Callable
    # {section: template}: included in that section of the account page ("facts", "downloads",
    # "deletion"), with `summary`'s keys in its context
    templates: dict = field(default_factory=dict)


registered = {}


def register(part):
    registered[part.name] = part


def summary(user):
    """Every part's summary of the user's things, in one dict."""
    return {key: value for part in registered.values() for key, value in part.summary(user).items()}


def fields():
    """Every part's fields, fresh copies (a DRF field belongs to one serializer)."""
    return {
        key: copy.deepcopy(value)
        for part in registered.values()
        for key, value in part.fields.items()
    }


def templates():
    """{section: [template, …]} for the account page."""
    sections = {}
    for part in registered.values():
        for section, template in part.templates.items():
            sections.setdefault(section, []).append(template)
    return sections


def write_archives(user, archive):
    for part in registered.values():
        part.write_archive(user, archive)
