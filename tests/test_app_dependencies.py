"""The apps depend on each other one way only: classrooms may import drawings and accounts,
drawings may import accounts, accounts imports neither (docs/architecture.md). What accounts
shows of another app's things, that app registers (accounts.parts). An import the other way,
even inside a function, fails here."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# An app, and the apps it must never import.
MUST_NOT_IMPORT = {
    "accounts": {"drawings", "classrooms"},
    "drawings": {"classrooms"},
}


def imported_modules(path):
    """(line, module) of every absolute import in the file, wherever it stands."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.lineno, node.module


@pytest.mark.parametrize("app", MUST_NOT_IMPORT)
def test_an_app_imports_no_app_that_depends_on_it(app):
    forbidden = MUST_NOT_IMPORT[app]
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sorted((ROOT / app).rglob("*.py"))
        for line, module in imported_modules(path)
        if module.split(".")[0] in forbidden
    ]
    assert found == []
