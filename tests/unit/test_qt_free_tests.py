"""tests/unit, tests/e2e and tests/store (with the helpers beside them) stay Qt-free: .ci/lowest-versions runs them in a venv without PySide6.

A test that needs Qt belongs in tests/ui; one here would break that job with an ImportError (or, through
a fixture, with "fixture 'qtbot' not found") instead of testing the lowest versions.
"""
from __future__ import annotations

import ast
import pathlib

TESTS = pathlib.Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "pytestqt")
QT_FIXTURES = {"qtbot", "qapp", "qapp_args", "qtmodeltester", "qtlog"}


def qt_uses(path: pathlib.Path, root: pathlib.Path = TESTS) -> list[str]:
    found = []
    name = path.relative_to(root)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module or ""]
        else:
            modules = []
        for module in modules:
            if module.split(".")[0] in QT_MODULES or module == "border_monitor.ui" or module.startswith(
                    "border_monitor.ui."):
                found.append(f"{name}:{node.lineno} imports {module}")
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for arg in node.args.args:
                if arg.arg in QT_FIXTURES:
                    found.append(f"{name}:{node.lineno} {node.name} takes the Qt fixture {arg.arg}")
    return found


def test_unit_and_e2e_tests_import_no_qt():
    files = sorted(p for folder in ("unit", "e2e", "store") for p in (TESTS / folder).rglob("*.py"))
    files += [TESTS / "conftest.py", TESTS / "backends.py", TESTS / "store_support.py"]
    assert len(files) > 10
    assert [use for path in files for use in qt_uses(path)] == []


def test_the_check_sees_qt_imports_and_fixtures(tmp_path):
    sample = tmp_path / "test_sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QTimer\nfrom border_monitor.ui.text import palette\n\n"
                      "def test_x(qtbot, tmp_path):\n    pass\n", encoding="utf-8")
    assert qt_uses(sample, tmp_path) == [
        "test_sample.py:2 imports PySide6.QtCore",
        "test_sample.py:3 imports border_monitor.ui.text",
        "test_sample.py:5 test_x takes the Qt fixture qtbot",
    ]
