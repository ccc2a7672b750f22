"""The core layers import without Qt: a subprocess imports them and checks sys.modules."""
from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import border_monitor

CORE = ("domain", "geo", "store", "io", "scenario", "analysis", "basemap")
PACKAGE = pathlib.Path(border_monitor.__file__).parent


def test_core_layers_never_import_qt_in_source():
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(n.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6") for n in names):
                    offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_core_layers_import_without_loading_qt():
    code = (
        "import sys, importlib, pkgutil, border_monitor\n"
        f"for layer in {CORE!r}:\n"
        "    pkg = importlib.import_module('border_monitor.' + layer)\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import border_monitor.cli.main\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
