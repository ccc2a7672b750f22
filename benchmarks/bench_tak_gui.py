"""The window's TAK connection (File > TAK connection...) against taky on loopback: CoT events per second
of its first send, and the delay from a save in the window to the event at another client.

    .venv/bin/python benchmarks/bench_tak_gui.py                   # 2,000 incidents, 40 saves
    .venv/bin/python benchmarks/bench_tak_gui.py --incidents 10000 --saves 100

1. A main window (offscreen) on a demo store connects (``TakActions.connect_with``): it sends the incidents
   of its filter; a plain socket connected to taky receives them. Reported: events a second from the
   connect to the last arrival (building the XML included).
2. Saves: an edit of one incident written through the window's write path (``run_write``), which the
   connection sends at once (no polling); the delay from the commit to the event at the other client
   (median, p95).

Wall-clock figures on this machine (2 cores shared), loopback only.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_tak import Arrivals, ready, start_router  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from border_monitor.ui.map.scheme import register_schemes

    register_schemes()
    from PySide6.QtWidgets import QApplication

    from border_monitor.domain import IncidentFilter
    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store import open_store
    from border_monitor.tak.cot_out import event_uid
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings
    from border_monitor.ui.tak.settings import TakSettings
    from border_monitor.ui.write_op import run_write

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        router, port = start_router(folder)
        try:
            path = folder / "demo.gpkg"
            write_demo_store(path, n=args.incidents)
            store = open_store(path)
            window = MainWindow(store, store_path=path, settings=open_settings(folder / "s.ini"), restore=False,
                                user="bench")
            arrivals = Arrivals(port)
            ready(arrivals, port)
            n = store.count(window.state.filter)
            started = time.perf_counter()
            window.tak.connect_with(TakSettings(server=f"tcp://127.0.0.1:{port}", receive=False))
            queued = time.perf_counter()
            arrivals.wait(n + 1)
            done = time.perf_counter()
            print(f"first send: {n:,} events in {done - started:.2f} s = {n / (done - started):,.0f} events/s "
                  f"(XML built and queued in {queued - started:.2f} s)")
            incidents = store.page(IncidentFilter(), limit=args.saves)
            delays = []
            for k, incident in enumerate(incidents):
                uid = event_uid(incident.id)
                before = len(arrivals.times.get(uid, []))
                edited = incident.with_changes(description=f"benchmark save {k}")
                run_write(window.state, lambda: store.update(edited, "bench"))
                committed = time.perf_counter()
                while len(arrivals.times.get(uid, [])) <= before:
                    app.processEvents()
                    time.sleep(0.0005)
                delays.append((arrivals.times[uid][-1] - committed) * 1000)
            print(f"save in the window -> event at the other client ({len(delays)} saves): median "
                  f"{np.median(delays):.1f} ms, p95 {np.percentile(delays, 95):.1f} ms")
            window.tak.close()
            window.close()
            store.close()
        finally:
            router.terminate()
            router.wait(10)


if __name__ == "__main__":
    main()
