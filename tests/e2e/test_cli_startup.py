"""Start-up of the ``border-monitor`` command: what it imports (issue 13, goal 4), run as a user runs it.

The figures (seconds) are benchmarks/perf/startup.py's; these tests check the imports that make them: ``--help``
loads no GIS, Qt or database library, ``stats`` no Qt and no GDAL, and a command imports only its own module.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from border_monitor.cli import main as cli_main

HEAVY = ("pyproj", "shapely", "pyogrio", "pycountry", "PySide6", "psycopg", "openpyxl", "pyarrow", "folium")

# Runs ``main(argv)`` as the console script does, then writes the top-level packages it imported to stderr.
_PROBE = """
import json, sys
from border_monitor.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\nMODULES " + json.dumps(sorted({m.split('.')[0] for m in sys.modules})
                 + sorted(m for m in sys.modules if m.startswith('border_monitor.cli.'))) + "\\n")
sys.exit(code)
"""


def run_probe(*args: str, env_extra: dict | None = None) -> tuple[subprocess.CompletedProcess, set[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    result = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=300,
                            env=env)
    marker = [line for line in result.stderr.splitlines() if line.startswith("MODULES ")]
    assert marker, result.stderr
    return result, set(json.loads(marker[-1][len("MODULES "):]))


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("startup") / "small.gpkg"
    result = subprocess.run([sys.executable, "-m", "border_monitor", "demo", "--out", str(path), "--incidents", "300"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return path


def test_help_imports_no_heavy_library_and_lists_every_command():
    result, modules = run_probe("--help")
    assert result.returncode == 0, result.stderr
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))
    for module in cli_main.SUBCOMMANDS:  # every command is still listed, though imported only for the help
        name = module.removesuffix("_cmd")
        assert f"    {name} " in result.stdout or f"    {name}\n" in result.stdout, (name, result.stdout)


def test_stats_imports_neither_qt_nor_gdal(small_store, tmp_path):
    cache = {"BORDER_MONITOR_CACHE_DIR": str(tmp_path / "cache")}
    for opened_from in ("table", "snapshot"):  # the first run reads the table, the second the saved snapshot
        result, modules = run_probe("stats", "--store", str(small_store), "--json", env_extra=cache)
        assert result.returncode == 0, (opened_from, result.stderr)
        stats = json.loads(result.stdout)
        assert stats["total"] == 300 and sum(stats["by_country"].values()) == 300
        # pycountry neither (its table is read from its file: importing it imports importlib.metadata, ~75 ms)
        assert not modules & {"PySide6", "pyogrio", "pyarrow", "openpyxl", "psycopg", "folium", "shapely", "pyproj",
                              "pycountry"}, (opened_from, sorted(modules & set(HEAVY)))
        # Only the stats command's module (and the shared filter options) of the CLI was imported.
        commands = {m for m in modules if m.startswith("border_monitor.cli.")}
        assert commands == {"border_monitor.cli.main", "border_monitor.cli.stats", "border_monitor.cli.filter_args"}, \
            commands
    assert list((tmp_path / "cache" / "index").glob("*.idx")), "the first run saved no snapshot"


def test_each_command_module_registers_the_command_named_after_it():
    for module in cli_main.SUBCOMMANDS:
        parser = cli_main.build_parser(only=module)
        command = module.removesuffix("_cmd")
        assert cli_main.subcommand_names(parser) == {command}, module
        assert cli_main.command_module(command) == module


def test_options_before_the_command_and_unknown_commands(small_store, capsys):
    assert cli_main.main(["-v", "stats", "--store", str(small_store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 300
    with pytest.raises(SystemExit) as exc:
        cli_main.main(["statz", "--store", str(small_store)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'statz'" in err and "stats" in err and "import" in err  # the choices are all listed


def test_a_module_name_is_not_a_command():
    assert cli_main.command_module("import") == "import_cmd" and cli_main.command_module("stats") == "stats"
    assert cli_main.command_module("import_cmd") is None and cli_main.command_module("filter_args") is None
