"""Issue 13 goal 4: the start-up of the ``border-monitor`` command, against the bare interpreter it runs on.

    .venv/bin/python benchmarks/perf/startup.py [--repeat 9]

``border-monitor stats --store DEMO --json`` on the demo store (the natural scale, ~10k incidents, written once
into the work folder; ``--rows`` does not change it) and ``border-monitor --help`` run as a user runs them, each
``--repeat`` times in a child process timed from this one; the figures are medians (the minimum beside them:
the machine is shared, so the median carries its noise). The anchor, measured in the same run, is the floor
any Python command pays: the interpreter starting and importing numpy and sqlite3 (``stats`` needs both).
The index snapshot of the demo store is in a cache folder of the work folder (a first run saves it). Both sides
run from compiled bytecode, as an installed application does (``PYTHONPYCACHEPREFIX`` in the work folder, whatever
``PYTHONDONTWRITEBYTECODE`` says: a machine that sets it would otherwise time the compiling of ~60 of our modules
at each start, 0.18 s of 0.43 s on one).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = "4 CLI start-up"
ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pyproj", "shapely", "pyogrio", "pycountry", "PySide6", "psycopg")

_IMPORTED = """
import json, sys
from border_monitor.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted({m.split('.')[0] for m in sys.modules})) + "\\n")
"""


def _env(workdir: Path) -> dict:
    env = dict(os.environ, BORDER_MONITOR_CACHE_DIR=str(workdir / "cache"), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def demo_store(workdir: Path) -> Path:
    path = workdir / "demo-natural.gpkg"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "border_monitor", "demo", "--out", str(path)], check=True,
                       capture_output=True, env=_env(workdir))
    return path


def _walls(cmd: list[str], env: dict, repeat: int) -> list[float]:
    walls = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - t0)
    return walls


def _heavy_imported(args: list[str], env: dict) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _IMPORTED, *args], capture_output=True, text=True, env=env)
    line = [x for x in result.stderr.splitlines() if x.startswith("MODULES ")][-1]
    return sorted(set(json.loads(line[len("MODULES "):])) & set(HEAVY))


def _figure(walls: list[float]) -> str:
    return f"{statistics.median(walls):.2f} s (min {min(walls):.2f})"


def rows(n: int = 0, repeat: int = 9, workdir: Path | None = None) -> list[dict]:
    """The figures of goal 4 (``n`` is not used: the goal is the demo store's)."""
    workdir = workdir or Path(tempfile.gettempdir()) / "bm-bench"
    workdir.mkdir(parents=True, exist_ok=True)
    env = _env(workdir)
    store = demo_store(workdir)
    stats_cmd = [sys.executable, "-m", "border_monitor", "stats", "--store", str(store), "--json"]
    subprocess.run(stats_cmd, check=True, capture_output=True, env=env)  # saves the index snapshot (and bytecode)
    subprocess.run([sys.executable, "-m", "border_monitor", "--help"], check=True, capture_output=True, env=env)
    anchor = _walls([sys.executable, "-c", "import numpy, sqlite3"], env, repeat)
    stats = _walls(stats_cmd, env, repeat)
    helps = _walls([sys.executable, "-m", "border_monitor", "--help"], env, repeat)
    heavy_help = _heavy_imported(["--help"], env)
    heavy_stats = _heavy_imported(["stats", "--store", str(store), "--json"], env)
    floor = statistics.median(anchor)
    return [
        {"goal": GOAL, "figure": "stats --json, demo store (10k), wall", "ours": _figure(stats),
         "anchor": f"python + numpy, sqlite3 {floor:.2f} s", "ratio": f"{floor / statistics.median(stats):.2f}x",
         "target": "<= 0.35 s"},
        {"goal": GOAL, "figure": "--help, wall (heavy modules imported)",
         "ours": f"{_figure(helps)} ({', '.join(heavy_help) or 'none'})",
         "anchor": f"python + numpy, sqlite3 {floor:.2f} s", "ratio": f"{floor / statistics.median(helps):.2f}x",
         "target": "none of " + ", ".join(HEAVY)},
        {"goal": GOAL, "figure": "stats --json: heavy modules imported", "ours": ", ".join(heavy_stats) or "none",
         "anchor": "-", "ratio": "-", "target": "no PySide6, pyogrio"},
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=0, help="not used (the goal is the demo store's)")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    for row in rows(args.rows, args.repeat, args.workdir):
        print(" | ".join(row[k] for k in ("goal", "figure", "ours", "anchor", "ratio", "target")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
