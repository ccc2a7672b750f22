"""Offline base map: build time and size per 100 MB of OpenStreetMap extract, and tile drawing time.

    .venv/bin/python benchmarks/basemap_build.py                   # a ~30 MB made-up extract
    .venv/bin/python benchmarks/basemap_build.py --places 3000 --tiles 60

1. Build: the benchmark writes a made-up .osm (XML) extract (``basemap.synthetic_osm``: villages, roads of
   every class, rivers, lakes, forests, wetlands, a railway; nothing real) and runs ``basemap.build`` on it.
   Reported: seconds and output MB, and both scaled to 100 MB of extract, plus peak RSS. The same extract
   is then written as .osm.pbf by libosmium (the ``osmium`` package, a test extra) and built again: the
   PBF holds the same data in far fewer bytes, so its figures per 100 MB of .pbf are the ones to plan a
   Geofabrik country file with.
2. Tiles: ``BasemapRenderer`` draws ``--tiles`` random tiles inside the extract at zooms 8, 11 and 14 (256 px,
   and 512 px for @2x), PNG encoding included, no cache. Reported: median and p95 milliseconds.

Wall-clock figures on this machine (2 cores shared with other work).
"""
from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--places", type=int, default=1800, help="scales the extract (about 17 kB of XML per place)")
    parser.add_argument("--tiles", type=int, default=40, help="tiles drawn per zoom")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from border_monitor.basemap.build import build
    from border_monitor.basemap.synthetic_osm import write_extract

    with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
        folder = Path(folder)
        centre, span = (25.9, 54.7), 0.35 + args.places / 2500 * 0.6
        started = time.perf_counter()
        osm = write_extract(folder / "made-up.osm", places=args.places, centre=centre, span_deg=span)
        written = time.perf_counter() - started
        mb_in = osm.stat().st_size / 1e6
        result = build([osm], folder / "base.gpkg")
        mb_out = result.path.stat().st_size / 1e6
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"extract: {mb_in:.1f} MB of .osm XML ({args.places} places, written in {written:.1f} s)")
        print(f"build: {result.seconds:.1f} s, {mb_out:.1f} MB GeoPackage, {sum(result.features.values()):,} "
              f"features ({', '.join(f'{v:,} {k}' for k, v in result.features.items())})")
        print(f"per 100 MB of .osm XML: {result.seconds * 100 / mb_in:.0f} s, {mb_out * 100 / mb_in:.1f} MB out; "
              f"peak RSS {rss:.0f} MB")
        pbf_build(osm, folder, mb_in, result)
        tiles(result.path, centre, span, args.tiles)


def pbf_build(osm: Path, folder: Path, mb_xml: float, from_xml) -> None:
    """The same extract as .osm.pbf (written by libosmium), built again; figures per 100 MB of PBF."""
    from border_monitor.basemap.build import build

    try:
        import osmium
    except ImportError:
        print("pbf: skipped (pip install osmium to write the .osm.pbf)")
        return
    pbf = folder / "made-up.osm.pbf"
    with osmium.SimpleWriter(str(pbf)) as writer:
        for obj in osmium.FileProcessor(str(osm)):
            writer.add(obj)
    mb_in = pbf.stat().st_size / 1e6
    result = build([pbf], folder / "base-pbf.gpkg")
    mb_out = result.path.stat().st_size / 1e6
    same = "same features as from XML" if result.features == from_xml.features else "FEATURES DIFFER from XML"
    print(f"extract as .osm.pbf: {mb_in:.1f} MB ({mb_xml / mb_in:.1f}x smaller than the XML)")
    print(f"build from .pbf: {result.seconds:.1f} s, {mb_out:.1f} MB GeoPackage ({same})")
    print(f"per 100 MB of .osm.pbf: {result.seconds * 100 / mb_in:.0f} s, {mb_out * 100 / mb_in:.1f} MB out")


def tiles(path: Path, centre, span: float, n: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from border_monitor.basemap.tile_math import lonlat_to_tile
    from border_monitor.basemap.tile_query import BasemapSource
    from border_monitor.ui.map.basemap_render import BasemapRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = BasemapRenderer(BasemapSource(path))
    rng = np.random.default_rng(3)
    print(f"{'zoom':>4} {'scale':>5} {'median ms':>10} {'p95 ms':>8} {'mean PNG kB':>12}")
    for z in (8, 11, 14):
        for scale in (1, 2):
            times, sizes = [], []
            for _ in range(n):
                lon = centre[0] + rng.uniform(-span, span) * 0.8
                lat = centre[1] + rng.uniform(-span, span) * 0.45
                x, y = lonlat_to_tile(lon, lat, z)
                started = time.perf_counter()
                data = renderer.render_png(z, x, y, scale)
                times.append((time.perf_counter() - started) * 1000)
                sizes.append(len(data) / 1000)
            print(f"{z:>4} {scale:>5} {np.median(times):>10.1f} {np.percentile(times, 95):>8.1f} "
                  f"{np.mean(sizes):>12.1f}")
    del app


if __name__ == "__main__":
    main()
