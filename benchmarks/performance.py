"""Issue 13's benchmarks in one table: every ``benchmarks/perf/*.py`` present, run at ``--rows N``.

    .venv/bin/python benchmarks/performance.py                      # every goal at 1M rows
    .venv/bin/python benchmarks/performance.py --rows 100000 --only startup --only open_refresh

Each module gives ``rows(n) -> list[dict]`` (goal, figure, ours, anchor, ratio, target: strings, ours and the
anchor measured side by side in the same run); this prints them as one markdown table under the machine (CPU
count and model) and the date, ready for the README's "Performance" section. A module that fails is named in a
row of its own (its error on stderr) and the others still run.
"""
from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import platform
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

PERF = Path(__file__).resolve().parent / "perf"
COLUMNS = ("goal", "figure", "ours", "anchor", "ratio", "target")

log = logging.getLogger("benchmarks.performance")


def modules() -> dict[str, Path]:
    """Name -> file of every benchmark module in benchmarks/perf (sorted by name)."""
    return {path.stem: path for path in sorted(PERF.glob("*.py")) if not path.stem.startswith("_")}


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(f"perf_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(PERF.parent))  # the modules share helpers with the older benchmarks beside them
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(PERF.parent))
    return module


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
        if names:
            model = names[0]
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model}; {platform.system()} {platform.release()}, Python {platform.python_version()}"


def markdown(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join("---" for _ in COLUMNS) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(k, "")).replace("|", "\\|") for k in COLUMNS) + " |")
    return "\n".join(lines)


def run(n: int, only: list[str] | None = None) -> list[dict]:
    found = modules()
    unknown = sorted(set(only or ()) - set(found))
    if unknown:
        raise SystemExit(f"no benchmark {', '.join(unknown)} in {PERF} (there are: {', '.join(found)})")
    rows: list[dict] = []
    for name, path in found.items():
        if only and name not in only:
            continue
        started = time.perf_counter()
        print(f"running {name} at {n:,} rows ...", file=sys.stderr, flush=True)
        try:
            rows.extend(load(name, path).rows(n))
        except Exception as exc:  # noqa: BLE001 - one benchmark failing must not lose the others' figures
            traceback.print_exc()
            rows.append({"goal": name, "figure": "(failed)", "ours": type(exc).__name__, "anchor": "-",
                         "ratio": "-", "target": "-"})
        print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="incidents (default 1,000,000)")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this module (repeatable)")
    args = parser.parse_args(argv)
    rows = run(args.rows, args.only)
    day = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    print(f"Measured {day} at {args.rows:,} rows on {machine()}.\n")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
