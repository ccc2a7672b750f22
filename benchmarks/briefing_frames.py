"""Briefing display figures: time to the first frame, and refresh latency after an outside write.

    .venv/bin/python benchmarks/briefing_frames.py 100000            # a demo store of 100k incidents
    .venv/bin/python benchmarks/briefing_frames.py 1000000 --repeat 5

- first frame: from opening the store to the briefing window drawn (map with its incidents and impact
  levels, figures, alerts, timeline), offscreen at 1920x1080; the store opening on its own beside it.
- refresh latency: another process adds one incident to the GeoPackage (one transaction); the time from its
  commit to the briefing showing it (its figures counted it and the map drew the new data), through the live
  refresh (file watcher, debounce, ``store.refresh()``), with no page reload (checked).

Demo stores are written once into --workdir (shared with the other benchmarks) and reused. Prints a table.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--no-sandbox" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --no-sandbox").strip()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from border_monitor.ui.app import create_application  # noqa: E402

AT = "2021-10-01"  # Poland's record day: every part of the display has something to show

WRITER = """
import sys, time
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
with open_store(sys.argv[1]) as store:
    store.add([Incident(occurred_at="2021-10-01T10:%02d:00Z" % int(sys.argv[2]), country="LV", type="apprehension",
                        lon=27.6, lat=55.9, persons=3, nationalities="IRQ:3", source="benchmark")], "benchmark")
    print(time.time(), flush=True)
"""


def spin(ms: int = 1) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate, timeout: float = 300.0) -> None:
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("timed out")
        spin()


def store_path(workdir: Path, n: int) -> Path:
    from border_monitor.scenario.demo_store import write_demo_store

    path = workdir / f"demo-{n}.gpkg"
    if not path.exists():
        print(f"writing a demo store of {n:,} incidents to {path} ...", file=sys.stderr)
        write_demo_store(path, n=n)
    return path


def bench(path: Path, n: int, repeat: int) -> dict:
    import shutil

    from border_monitor.store import open_store
    from border_monitor.ui.briefing.capture import wait_drawn
    from border_monitor.ui.briefing.window import BriefingWindow
    from border_monitor.ui.lifecycle import dispose

    work = Path(tempfile.mkdtemp(prefix="bm-briefing-"))
    copy = work / path.name
    shutil.copyfile(path, copy)  # the writes go to a copy: the shared demo store stays as it was
    try:
        start = time.perf_counter()
        store = open_store(copy)
        opened = time.perf_counter() - start
        window = BriefingWindow(store, store_path=copy, at=AT)
        window.resize(1920, 1080)
        window.show()
        wait_drawn(window, 600)
        first = time.perf_counter() - start
        latencies = []
        loads = window.map_panel._loads
        for k in range(repeat):
            count = window.figures_panel.figures()["LV"].today
            shown = window.refresh_count
            proc = subprocess.Popen([sys.executable, "-c", WRITER, str(copy), str(k)], stdout=subprocess.PIPE,
                                    text=True, env=dict(os.environ))
            wait_until(lambda: proc.poll() is not None, 120)
            committed = float(proc.stdout.read().split()[0])
            wait_until(lambda: window.refresh_count > shown and window.figures_panel.figures()["LV"].today == count + 1
                       and window.map_panel.is_settled(), 60)
            latencies.append(time.time() - committed)
        reloads = window.map_panel._loads - loads
        dispose(window)
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"n": n, "open": opened, "first": first, "latencies": latencies, "reloads": reloads}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000, help="incidents in the demo store (default 100k)")
    parser.add_argument("--repeat", type=int, default=5, help="outside writes to time (default 5)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bm-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    create_application()
    r = bench(store_path(args.workdir, args.n), args.n, args.repeat)
    lat = sorted(r["latencies"])
    print(f"Briefing display, {r['n']:,} incidents, 1920x1080 offscreen, at {AT}")
    print(f"  {'store open':<40} {r['open']:8.2f} s")
    print(f"  {'first frame (open included)':<40} {r['first']:8.2f} s")
    print(f"  {'refresh after an outside write, median':<40} {statistics.median(lat):8.2f} s")
    print(f"  {'refresh after an outside write, max':<40} {lat[-1]:8.2f} s  ({len(lat)} writes)")
    print(f"  {'map page reloads during the writes':<40} {r['reloads']:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
