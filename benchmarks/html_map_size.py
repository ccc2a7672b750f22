"""Size and open time of the standalone HTML map beside folium's one-marker-per-incident page.

    .venv/bin/python benchmarks/html_map_size.py 10000
    .venv/bin/python benchmarks/html_map_size.py 10000 --runs 3 --workdir /tmp/bench-html

Writes the demo store at N incidents, then the whole set as (a) our page (``export --out FILE.html``:
one compact data layer drawn on one canvas) and (b) the page folium builds when each incident is a
``folium.CircleMarker`` with its popup, both with the same inlined Leaflet and reference layers, so
neither loads anything. Each page is opened in QtWebEngine (Chromium) offscreen; the open time runs
from the load request until every incident is drawn (ours: the data decoded into the canvas layer;
folium's: one SVG path per marker), median of --runs. Prints one table.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from html import escape
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
JQUERY = "/usr/share/javascript/jquery/jquery.min.js"  # Debian's libjs-jquery, for folium's popups


def open_seconds(view, page: Path, drawn_js: str, timeout_s: float = 300) -> float:
    """Seconds from asking QtWebEngine (Chromium) to load ``page`` until ``drawn_js`` is true in it."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    loop = QEventLoop()
    done = []

    def poll() -> None:
        view.page().runJavaScript(f"!!({drawn_js})", 0, lambda ok: (done.append(True), loop.quit()) if ok else
                                  QTimer.singleShot(10, poll))

    view.loadFinished.connect(lambda _ok: poll())
    t = time.perf_counter()
    view.load(QUrl.fromLocalFile(str(page)))
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    view.loadFinished.disconnect()
    if not done:
        raise TimeoutError(f"{page} did not draw within {timeout_s:.0f} s")
    return time.perf_counter() - t


def naive_page(store, reference, columns, out: Path) -> None:
    """folium's usual way: one CircleMarker (with its popup) per incident, the same inlined assets and layers."""
    import folium

    from border_monitor.report.html_map import StandaloneMap, inline_assets
    from border_monitor.ui.text.palette import type_color

    m = StandaloneMap(location=[53.8, 25.6], zoom_start=7, tiles=None)
    inline_assets(m)
    # folium's popups are built with jQuery (its default loads it from a CDN): inline Debian's libjs-jquery
    from branca.element import Element

    m.get_root().header.add_child(Element("<script>" + Path(JQUERY).read_text(encoding="utf-8") + "</script>"))
    for name in ("countries", "borders", "sectors"):
        folium.GeoJson(reference[name], name=name).add_to(m)
    for k in range(len(columns["id"])):
        popup = (f"<b>{escape(columns['type'][k])}</b><br>{escape(str(columns['description'][k]))}<br>"
                 f"{columns['occurred_at'][k]} UTC<br>{escape(str(columns['sector'][k]))}")
        folium.CircleMarker([float(columns["lat"][k]), float(columns["lon"][k])], radius=4, weight=1,
                            color="#ffffff", fill=True, fill_opacity=1, fill_color=type_color(columns["type"][k]),
                            popup=folium.Popup(popup, max_width=360)).add_to(m)
    folium.LayerControl().add_to(m)
    m.save(str(out))


def qt_chromium() -> str:
    from PySide6.QtWebEngineCore import qWebEngineChromiumVersion

    return f"(Chromium {qWebEngineChromiumVersion()})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="incidents in the demo store")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args(argv)

    from border_monitor.domain.filters import IncidentFilter, SortKey
    from border_monitor.io.export_columns import to_columns
    from border_monitor.report.html_map import write_html_map
    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store import open_store

    folder = Path(args.workdir or tempfile.mkdtemp(prefix="bench-html-"))
    folder.mkdir(parents=True, exist_ok=True)
    store_path = folder / f"demo-{args.n}.gpkg"
    if not store_path.exists():
        write_demo_store(store_path, n=args.n)
    ours, naive, empty = folder / "ours.html", folder / "naive.html", folder / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body></body></html>")
    with open_store(store_path, read_only=True) as store:
        t = time.perf_counter()
        n = write_html_map(store, IncidentFilter(), ours, store_path=store_path)
        ours_build = time.perf_counter() - t
        reference = {k: store.reference_layer(k) for k in ("countries", "borders", "sectors")}
        t = time.perf_counter()
        columns = to_columns(store.page(IncidentFilter(), SortKey.OCCURRED_AT, False, 0, n))
        naive_page(store, reference, columns, naive)
        naive_build = time.perf_counter() - t
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    view = QWebEngineView()
    view.resize(1200, 900)
    view.show()
    base = statistics.median(open_seconds(view, empty, "document.body") for _ in range(args.runs))
    rows = []
    for name, page, build, drawn in (
            ("one compact data layer (ours)", ours, ours_build, f"window.BM && BM.data && BM.data.len === {n}"),
            ("one folium CircleMarker per incident", naive, naive_build,
             f"document.querySelectorAll('path.leaflet-interactive').length >= {n}")):
        opened = statistics.median(open_seconds(view, page, drawn) for _ in range(args.runs))
        rows.append((name, page.stat().st_size / 1e6, build, opened))
    view.close()
    app.processEvents()
    print(f"HTML map of {n:,} incidents (demo store), QtWebEngine {qt_chromium()} offscreen, median of {args.runs} "
          f"runs from load to drawn (an empty page: {base:.2f} s)")
    print(f"  {'page':<40} {'size MB':>8} {'build s':>8} {'open s':>8}")
    for name, size, build, opened in rows:
        print(f"  {name:<40} {size:8.2f} {build:8.2f} {opened:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
