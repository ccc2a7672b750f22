"""Main window figures at 100k and 1M incidents: start-up to a drawn map, a filter change until the table,
the timeline and the map all show it (median, p95), table scrolling (fetch + paint of a screenful),
and sorting a column.

    .venv/bin/python benchmarks/bench_ui.py                    # 100k and 1M
    .venv/bin/python benchmarks/bench_ui.py --sizes 100000 --repeat 5

Demo stores are written once into --workdir (shared with the other benchmarks) and reused.
Runs offscreen with settings in a temporary file; prints tables.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--no-sandbox" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --no-sandbox").strip()

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402

from border_monitor.domain.filters import IncidentFilter, SortKey  # noqa: E402
from border_monitor.domain.taxonomy import TYPES, Country  # noqa: E402
from border_monitor.ui.app import create_application  # noqa: E402

FILTERS = [
    IncidentFilter(countries={Country.PL}),
    IncidentFilter(types={TYPES[0]}),
    IncidentFilter(types={TYPES[1], TYPES[2]}, countries={Country.LT, Country.LV}),
    IncidentFilter(date_from="2021-08-01", date_to="2021-08-31"),
    IncidentFilter(date_from="2021-10-01", date_to="2021-11-30", countries={Country.PL}),
    IncidentFilter(statuses={"verified"}),
    IncidentFilter(text="forest"),
    IncidentFilter(),
]


def spin(ms: int = 1) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate, timeout: float = 300.0) -> float:
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("timed out")
        spin()
    return time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def store_path(workdir: Path, n: int) -> Path:
    from border_monitor.scenario.demo_store import write_demo_store

    path = workdir / f"demo-{n}.gpkg"
    if not path.exists():
        started = time.perf_counter()
        write_demo_store(path, n=n)
        print(f"  (wrote {n:,} incidents to {path} in {time.perf_counter() - started:.1f} s)", flush=True)
    return path


def bench(path: Path, n: int, repeat: int, settings_dir: Path) -> dict:
    from border_monitor.store import open_store
    from border_monitor.ui.lifecycle import dispose
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings

    out: dict = {"n": n}
    t0 = time.perf_counter()
    store = open_store(path)
    out["open"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    window = MainWindow(store, store_path=path, settings=open_settings(settings_dir / f"s{n}.ini"), restore=False)
    window.resize(1600, 1000)
    out["build"] = time.perf_counter() - t1
    drawn: list = []
    window.map_panel.drawn.connect(drawn.append)
    window.show()
    wait_until(lambda: bool(drawn))
    out["startup"] = time.perf_counter() - t0
    spin(200)

    views, syncs = [], []
    for r in range(repeat):
        for flt in FILTERS:
            drawn.clear()
            start = time.perf_counter()
            window.state.set_filter(flt)
            syncs.append(time.perf_counter() - start)  # the queries handed to the query worker
            wait_until(lambda: bool(drawn) and not window.state.queries.busy())  # every view's answer in
            window.table_panel.view.viewport().repaint()
            views.append(time.perf_counter() - start)
            assert window.table_panel.model.rowCount() == store.count(flt)
    out["filter_sync"] = syncs
    out["filter_all"] = views

    window.state.set_filter(IncidentFilter())
    view = window.table_panel.view
    model = window.table_panel.model
    rows = model.rowCount()
    rng = random.Random(1)
    jumps, pages = [], []
    for _ in range(20 * repeat):
        row = rng.randrange(rows)
        start = time.perf_counter()
        view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        view.viewport().repaint()
        jumps.append(time.perf_counter() - start)
    view.scrollToTop()
    bar = view.verticalScrollBar()
    for _ in range(40 * repeat):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        pages.append(time.perf_counter() - start)
    out["jump"] = jumps
    out["page"] = pages
    out["fetches"] = model.fetches

    sorts = {}
    for key in (SortKey.PERSONS, SortKey.DESCRIPTION, SortKey.SECTOR):
        column = model.column_of(key)
        times = []
        for descending in (False, True, False):
            start = time.perf_counter()
            model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            view.viewport().repaint()
            times.append(time.perf_counter() - start)
        sorts[key.value] = times
    out["sort"] = sorts
    dispose(window)
    store.close()
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="rounds over the filter list (8 filters each)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bm-bench")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    create_application()
    results = []
    with tempfile.TemporaryDirectory(prefix="bm-bench-ui-") as settings_dir:
        for n in args.sizes:
            print(f"{n:,} incidents ...", flush=True)
            results.append(bench(store_path(args.workdir, n), n, args.repeat, Path(settings_dir)))
    print()
    print("Start-up (store opened in the UI thread here; the app opens it in a worker)")
    print(f"{'incidents':>10} {'open ms':>8} {'build ms':>8} {'to map drawn ms':>16}")
    for r in results:
        print(f"{r['n']:>10,} {ms(r['open'])} {ms(r['build'])} {ms(r['startup']):>16}")
    print()
    print("Filter change (8 filters x repeat): table+timeline updated (sync) / map drawn too (all), ms")
    print(f"{'incidents':>10} {'sync med':>8} {'sync p95':>8} {'all med':>8} {'all p95':>8}")
    for r in results:
        s, a = r["filter_sync"], r["filter_all"]
        print(f"{r['n']:>10,} {ms(statistics.median(s))} {ms(pct(s, 0.95))} {ms(statistics.median(a))} "
              f"{ms(pct(a, 0.95))}")
    print()
    print("Table: jump to a random row (a block fetched + painted) / scroll one page, ms")
    print(f"{'incidents':>10} {'jump med':>8} {'jump p95':>8} {'page med':>8} {'page p95':>8} {'fetches':>8}")
    for r in results:
        j, p = r["jump"], r["page"]
        print(f"{r['n']:>10,} {ms(statistics.median(j))} {ms(pct(j, 0.95))} {ms(statistics.median(p))} "
              f"{ms(pct(p, 0.95))} {r['fetches']:>8}")
    print()
    print("Sort a column (store order) and paint: first / reversed / again, ms")
    for r in results:
        for key, (first, rev, again) in r["sort"].items():
            print(f"{r['n']:>10,} {key:>14} {ms(first)} {ms(rev)} {ms(again)}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
