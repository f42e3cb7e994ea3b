"""The apps import one another one way only (ARCHITECTURE.md): a module that reaches across
the line, even inside a function, fails here with its file and line."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = {"accounts", "course", "discussions", "exercises", "home", "practice", "trainers", "demo"}
ALLOWED = {
    "accounts": set(),
    "course": {"accounts"},
    "discussions": {"accounts"},
    "exercises": {"accounts", "course", "discussions"},
    "home": {"accounts", "course"},
    "practice": {"accounts", "course", "discussions"},
    "trainers": {"accounts", "course", "discussions", "exercises", "home", "practice"},
    "demo": APPS - {"demo"},
    # The project's package and the benchmark: everything but the demo (bench calls its
    # commands by name).
    "config": APPS - {"demo"},
    "bench": APPS - {"demo"},
}


def imported_apps(path: Path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in APPS:
                yield top, node.lineno


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_an_app_imports_only_the_apps_it_may(app):
    crossings = [
        f"{path.relative_to(ROOT)}:{line} imports {other}"
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
        for other, line in imported_apps(path)
        if other != app and other not in ALLOWED[app]
    ]
    assert crossings == []


def test_no_app_looks_up_by_name_a_model_it_may_not_import():
    lookups = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for app in sorted(ALLOWED)
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "get_model"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and str(node.args[0].value).split(".")[0] in APPS - ALLOWED[app] - {app}
    ]
    assert lookups == []


def test_the_demo_imports_the_models_it_loads_rather_than_naming_them():
    lookups = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "demo").rglob("*.py")
        if "get_model(" in path.read_text(encoding="utf-8")
    ]
    assert lookups == []
