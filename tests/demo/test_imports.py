"""The demo may import every app; no app imports the demo, and the demo names no model by string."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
APPS = ["accounts", "config", "course", "discussions", "exercises", "home", "trainers", "bench"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_app_imports_the_demo():
    importers = [
        str(path.relative_to(ROOT))
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if any(name == "demo" or name.startswith("demo.") for name in imported_modules(path))
    ]
    assert importers == []


def test_the_demo_reaches_no_model_by_its_name():
    lookups = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "demo").rglob("*.py")
        if "get_model(" in path.read_text(encoding="utf-8")
    ]
    assert lookups == []
