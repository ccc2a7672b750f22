"""Map panel figures: start-up to first drawing, bytes per update, filter change to drawn (median/p95),
against the naive folium way (every incident a marker, the whole page rebuilt and reloaded).

    .venv/bin/python benchmarks/bench_map.py                       # 100k and 1M, naive at 10k
    .venv/bin/python benchmarks/bench_map.py --sizes 100000 --naive 10000 50000 --repeat 20

Demo stores are written once into --workdir and reused. Runs offscreen; prints tables.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--no-sandbox" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --no-sandbox").strip()

from border_monitor.ui.map.scheme import register_schemes  # noqa: E402

register_schemes()

from PySide6.QtCore import QEventLoop, QTimer, QUrl  # noqa: E402
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from border_monitor.domain.filters import IncidentFilter  # noqa: E402
from border_monitor.domain.taxonomy import TYPES, Country  # noqa: E402
from border_monitor.ui.map.payload import POINT_MIN_ZOOM  # noqa: E402

FILTERS = [
    IncidentFilter(),
    IncidentFilter(countries={Country.PL}),
    IncidentFilter(types={TYPES[0]}),
    IncidentFilter(types={TYPES[1], TYPES[2]}, countries={Country.LT, Country.LV}),
    IncidentFilter(date_from="2021-08-01", date_to="2021-08-31"),
    IncidentFilter(date_from="2021-10-01", date_to="2021-11-30", countries={Country.PL}),
    IncidentFilter(statuses={"verified"}),
    IncidentFilter(text="forest"),
]


def wait_until(predicate, timeout: float = 120.0) -> float:
    """Spin the event loop until ``predicate()``; the seconds it took."""
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("timed out")
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()
    return time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def demo_store(workdir: Path, n: int):
    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store import open_store

    path = workdir / f"demo-{n}.gpkg"
    if not path.exists():
        started = time.perf_counter()
        write_demo_store(path, n=n)
        print(f"  (wrote {n:,} incidents to {path.name} in {time.perf_counter() - started:.1f} s)", flush=True)
    return open_store(path)


def bench_panel(store, n: int, repeat: int) -> dict:
    from border_monitor.ui.map import MapPanel
    from border_monitor.ui.state import AppState

    state = AppState()
    drawn: list[int] = []
    ready: list[float] = []
    started = time.perf_counter()
    panel = MapPanel(store, state)
    built = time.perf_counter() - started  # reference layers read, page built, load started
    panel.resize(1200, 800)
    panel.drawn.connect(drawn.append)
    panel.ready.connect(lambda: ready.append(time.perf_counter() - started))
    panel.show()
    wait_until(lambda: bool(drawn))
    startup = time.perf_counter() - started
    out = {"n": n, "startup_s": startup, "built_s": built, "ready_s": ready[0], "first_bytes": panel.last_update_bytes}

    def changes(label: str) -> None:
        times, sizes = [], []
        for i in range(repeat):
            flt = FILTERS[(i % (len(FILTERS) - 1)) + 1] if i % 2 == 0 else FILTERS[0]
            if flt == state.filter:
                flt = FILTERS[1]
            before = len(drawn)
            t0 = time.perf_counter()
            state.set_filter(flt)
            wait_until(lambda: len(drawn) > before)
            times.append(time.perf_counter() - t0)
            sizes.append(panel.last_update_bytes)
        out[label] = {"median_ms": 1000 * statistics.median(times), "p95_ms": 1000 * pct(times, 0.95),
                      "bytes_median": statistics.median(sizes), "bytes_max": max(sizes), "features": drawn[-1]}

    changes("grid")
    sample = store.points(IncidentFilter(countries={Country.PL}), limit=1)
    before = len(drawn)
    state.set_filter(IncidentFilter())
    panel.center_on(float(sample["lon"][0]), float(sample["lat"][0]), POINT_MIN_ZOOM)
    wait_until(lambda: len(drawn) > before)
    changes("points")
    dispose(panel)
    return out


def dispose(widget) -> None:
    """Delete a widget now (a web page must go before its profile, while Qt still runs)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def naive_html(store, flt: IncidentFilter) -> str:
    """The naive way: folium with every incident as a marker (and the reference layers), local assets."""
    import folium

    from border_monitor.ui.map.page import LocalMap

    class NaiveMap(LocalMap):
        default_js = [("leaflet", LocalMap.default_js[0][1])]
        default_css = [LocalMap.default_css[0]]

    m = NaiveMap(location=[53.8, 25.6], zoom_start=7, tiles=None)
    for name in ("countries", "borders", "crossing_points"):
        folium.GeoJson(store.reference_layer(name), name=name).add_to(m)
    pts = store.points(flt)
    for lon, lat in zip(pts["lon"].tolist(), pts["lat"].tolist()):
        folium.CircleMarker([lat, lon], radius=4, weight=1).add_to(m)
    return m.get_root().render()


def bench_naive(store, n: int, repeat: int) -> dict:
    from border_monitor.ui.map.scheme import PAGE_URL, SCHEME, MapSchemeHandler

    view = QWebEngineView()
    profile = QWebEngineProfile(view)
    handler = MapSchemeHandler(profile)
    profile.installUrlSchemeHandler(SCHEME.encode(), handler)
    page = QWebEnginePage(profile, view)
    profile.setParent(page)  # deleted after the page
    view.setPage(page)
    view.resize(1200, 800)
    view.show()
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    times, build, sizes = [], [], []
    for i in range(repeat):
        flt = FILTERS[0] if i % 2 == 0 else FILTERS[1]
        t0 = time.perf_counter()
        html = naive_html(store, flt)
        build.append(time.perf_counter() - t0)
        sizes.append(len(html.encode()))
        handler.set_page(html)
        before = len(loaded)
        page.setUrl(QUrl(f"{PAGE_URL}?naive={i}"))
        wait_until(lambda: len(loaded) > before, timeout=600)
        done: list = []
        page.runJavaScript("1", 0, done.append)  # the page's scripts (every marker) have run
        wait_until(lambda: bool(done), timeout=600)
        times.append(time.perf_counter() - t0)
    dispose(view)
    return {"n": n, "median_ms": 1000 * statistics.median(times), "p95_ms": 1000 * pct(times, 0.95),
            "build_ms": 1000 * statistics.median(build), "bytes": statistics.median(sizes)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--naive", type=int, nargs="*", default=[10_000])
    parser.add_argument("--repeat", type=int, default=20, help="filter changes measured per mode")
    parser.add_argument("--naive-repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bm-bench")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841  (kept alive)

    results, naive = [], []
    for n in args.sizes:
        print(f"map panel, {n:,} incidents ...", flush=True)
        with demo_store(args.workdir, n) as store:
            results.append(bench_panel(store, n, args.repeat))
    for n in args.naive:
        print(f"naive folium, {n:,} incidents ...", flush=True)
        with demo_store(args.workdir, n) as store:
            naive.append(bench_naive(store, n, args.naive_repeat))
            if n not in args.sizes:
                results.append(bench_panel(store, n, args.repeat))

    print()
    print("| incidents | page built | ready | start-up to drawn | first update |")
    print("|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['n']:,} | {r['built_s']:.2f} s | {r['ready_s']:.2f} s | {r['startup_s']:.2f} s | {r['first_bytes']:,} B |")
    print()
    print("| incidents | mode | filter->drawn median | p95 | bytes/update (median, max) | features (last) |")
    print("|---:|---|---:|---:|---:|---:|")
    for r in results:
        for mode in ("grid", "points"):
            m = r[mode]
            print(f"| {r['n']:,} | {mode} | {m['median_ms']:.0f} ms | {m['p95_ms']:.0f} ms "
                  f"| {m['bytes_median']:,.0f} / {m['bytes_max']:,} B | {m['features']:,} |")
    if naive:
        print()
        print("| naive folium | rebuild+reload median | p95 | of which HTML build | page size | ratio to panel (grid / points) |")
        print("|---:|---:|---:|---:|---:|---:|")
        by_n = {r["n"]: r for r in results}
        for r in naive:
            ours = by_n.get(r["n"])
            ratio = (f"{r['median_ms'] / ours['grid']['median_ms']:.0f}x / {r['median_ms'] / ours['points']['median_ms']:.0f}x"
                     if ours else "-")
            print(f"| {r['n']:,} | {r['median_ms']:.0f} ms | {r['p95_ms']:.0f} ms | {r['build_ms']:.0f} ms "
                  f"| {r['bytes'] / 1e6:.1f} MB | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
