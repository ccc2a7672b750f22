"""Benchmark: another workstation saves an incident; how long until this window's three views show it.

    QT_QPA_PLATFORM=offscreen python benchmarks/live_refresh_latency.py [--n 10000] [--saves 20] [--dir /tmp/x]

Opens the main window (offscreen) on a GeoPackage store of ``n`` demo incidents and starts a second process,
"workstation B", which opens the same file and, ``saves`` times, adds one incident and reports the instant its
commit returned. For each save it measures, from that instant, until the table has counted it, the timeline
has drawn it and the map has redrawn (``MapPanel.drawn``): nothing is clicked, the window follows the file
through ``ui.live_refresh`` (file watch, 200 ms debounce, ``store.refresh()``). Prints median and p95 of each.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

WRITER = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timedelta, timezone
    from border_monitor.domain.incident import Incident
    from border_monitor.store import open_store
    with open_store(sys.argv[1]) as store:
        for k, line in enumerate(sys.stdin):
            inc = Incident(occurred_at=datetime(2021, 9, 1, tzinfo=timezone.utc) + timedelta(hours=k), country="LT",
                           type="apprehension", lon=25.3 + 0.001 * k, lat=54.6, persons=1,
                           description=f"saved by workstation B #{k}")
            store.add([inc], "officer.b")
            print(time.time(), flush=True)
""")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store import open_store
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.map.scheme import register_schemes
    from border_monitor.ui.settings import open_settings

    register_schemes()  # before the QApplication

    workdir = args.dir or Path(tempfile.mkdtemp(prefix="bm-live-"))
    path = workdir / f"live-{args.n}.gpkg"
    if not path.exists():
        write_demo_store(path, n=args.n)
    app = QApplication.instance() or QApplication([])
    store = open_store(path)
    window = MainWindow(store, store_path=path, settings=open_settings(workdir / "settings.ini"), restore=False,
                        user="officer.a")
    window.resize(1400, 900)
    window.show()

    def wait(condition, timeout: float = 60.0) -> None:
        deadline = time.time() + timeout
        while not condition():
            if time.time() > deadline:
                raise TimeoutError("the window did not follow the save")
            app.processEvents()
            time.sleep(0.002)

    wait(window.map_panel.is_settled, 120)
    drawn: list[float] = []
    window.map_panel.drawn.connect(lambda _count: drawn.append(time.time()))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    table, timeline, map_ = [], [], []
    try:
        for _k in range(args.saves):
            rows, bars = window.table_panel.model.rowCount(), window.timeline_panel.bar_sum()
            drawn.clear()
            writer.stdin.write("save\n")
            writer.stdin.flush()
            committed = float(writer.stdout.readline())
            seen: dict[str, float] = {}

            def done() -> bool:
                now = time.time()
                if "table" not in seen and window.table_panel.model.rowCount() == rows + 1:
                    seen["table"] = now
                if "timeline" not in seen and window.timeline_panel.bar_sum() == bars + 1:
                    seen["timeline"] = now
                if "map" not in seen and drawn:
                    seen["map"] = drawn[-1]
                return len(seen) == 3
            wait(done)
            table.append(seen["table"] - committed)
            timeline.append(seen["timeline"] - committed)
            map_.append(seen["map"] - committed)
            time.sleep(0.3)  # saves apart from each other, as by people
    finally:
        writer.stdin.close()
        writer.wait(timeout=60)
        window.close()
        store.close()
    print(f"live refresh, GeoPackage store of {args.n:,} incidents, {args.saves} saves by another process:")
    for name, values in (("table", table), ("timeline", timeline), ("map", map_),
                         ("all three", [max(v) for v in zip(table, timeline, map_)])):
        print(f"  {name:10s} median {statistics.median(values) * 1000:7.0f} ms   p95 {percentile(values, 0.95) * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
