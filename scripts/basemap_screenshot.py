"""The docs' base map screenshot: a made-up OpenStreetMap extract (``basemap.synthetic_osm``) built into a base
map, shown under a demo store (synthetic incidents) at a few zooms, the whole window saved as PNG.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/basemap_screenshot.py --out docs/screens

Writes basemap-made-up-z<zoom>.png for each ``--zoom``. Nothing in the pictures is real: every village,
road, river and forest is invented, and so is every incident.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

CENTRE = (25.80, 54.62)  # lon, lat: east of Vilnius, near the LT-BY border


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    parser.add_argument("--zoom", type=int, nargs="+", default=[9, 11, 13])
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from border_monitor.basemap.build import build
    from border_monitor.basemap.synthetic_osm import write_extract
    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store import open_store
    from border_monitor.ui.app import create_application
    from border_monitor.ui.lifecycle import dispose
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings
    from border_monitor.ui.window_capture import grab_window, wait_ms

    create_application()
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bm-basemap-shot-") as tmp:
        tmp = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
        osm = write_extract(tmp / "made-up.osm", places=500, centre=CENTRE, span_deg=0.6, seed=5)
        base = build([osm], tmp / "made-up-base.gpkg").path
        store_path = tmp / "demo.gpkg"
        write_demo_store(store_path, n=3000)
        store = open_store(store_path)
        window = MainWindow(store, store_path=store_path, settings=open_settings(tmp / "settings.ini"), restore=False)
        try:
            window.resize(width, height)
            window.show()
            grab_window(window)
            window.files.add_mbtiles(base)
            for zoom in args.zoom:
                window.map_panel.set_view({"lat": CENTRE[1], "lon": CENTRE[0], "zoom": zoom})
                wait_tiles(window)
                image = grab_window(window)
                image.setText("Description", "Base map built from a made-up OpenStreetMap extract; synthetic incidents")
                target = args.out / f"basemap-made-up-z{zoom}.png"
                image.save(str(target), "PNG")
                print(target)
        finally:
            dispose(window)
            store.close()


def wait_tiles(window, timeout_s: float = 60.0) -> None:
    """Until the page has no base map tile still loading."""
    from border_monitor.ui.window_capture import wait_ms

    deadline = time.monotonic() + timeout_s
    script = ("JSON.stringify([document.querySelectorAll('img.leaflet-tile').length,"
              " document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)').length])")
    while time.monotonic() < deadline:
        wait_ms(300)
        result: list = []
        window.map_panel.web_view.page().runJavaScript(script, 0, result.append)
        while not result and time.monotonic() < deadline:
            wait_ms(20)
        total, loading = json.loads(result[0])
        if total and not loading:
            wait_ms(400)
            return
    raise TimeoutError("the base map tiles did not load")


if __name__ == "__main__":
    main()
