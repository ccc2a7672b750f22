"""``border-monitor basemap``: offline base maps.

    border-monitor basemap build lithuania-latest.osm.pbf latvia-latest.osm.pbf --out base.gpkg
    border-monitor basemap export base.gpkg --out base.mbtiles --zoom 6-14
    border-monitor basemap download "https://tiles.example.org/{z}/{x}/{y}.png" --attribution "© Example"
        --bbox 25.0,54.4,25.6,54.8 --zoom 8-13 --out example.mbtiles
    border-monitor basemap wmts https://wmts.example.org/1.0.0/WMTSCapabilities.xml
    border-monitor basemap download https://wmts.example.org/1.0.0/WMTSCapabilities.xml --wmts-layer ortho
        --bbox 25.0,54.4,25.6,54.8 --zoom 8-13 --out ortho.mbtiles

``build`` keeps, from OpenStreetMap extracts, what the map draws: the border strip (+-50 km of the Belarus
border) in full detail and the surrounding area coarser. ``export`` draws the built base map into raster
MBTiles for QGIS or ATAK. ``download`` makes an online XYZ or WMTS layer available offline (the GUI's "Make
available offline"): at most 2 requests a second unless --rate says otherwise, resumable, refused over
--limit tiles. ``wmts`` lists a WMTS service's layers, styles, formats and the tile matrix sets the map can
draw (web Mercator).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..basemap.errors import BasemapError

log = logging.getLogger(__name__)


def register(subparsers) -> argparse.ArgumentParser:
    from ..basemap.tile_download import DEFAULT_LIMIT, DEFAULT_RATE

    parser = subparsers.add_parser("basemap", help="build, export or download an offline base map",
                                   description="Offline base maps from OpenStreetMap extracts or an online layer.")
    commands = parser.add_subparsers(dest="basemap_command", metavar="ACTION", required=True)

    build = commands.add_parser("build", help="build a base map GeoPackage from OpenStreetMap extracts",
                                description="Read OpenStreetMap extracts (.osm.pbf, .osm) with GDAL and keep "
                                "settlements, roads, railways, rivers, canals, lakes, forests and wetlands.")
    build.add_argument("extracts", nargs="+", metavar="EXTRACT", help="OpenStreetMap extract (.osm.pbf or .osm)")
    build.add_argument("--out", required=True, metavar="BASE.gpkg", help="the base map to write")
    build.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    build.add_argument("--strip-km", type=float, default=50.0, metavar="KM",
                       help="full detail within this distance of the Belarus border (default 50)")
    build.add_argument("--margin-km", type=float, default=150.0, metavar="KM",
                       help="coarser detail this far beyond the strip (default 150)")
    build.set_defaults(func=run_build)

    export = commands.add_parser("export", help="draw a built base map into raster MBTiles",
                                 description="Draw the base map into MBTiles 1.3 (PNG tiles) for QGIS, ATAK, GDAL.")
    export.add_argument("base_map", metavar="BASE.gpkg")
    export.add_argument("--out", required=True, metavar="FILE.mbtiles")
    export.add_argument("--zoom", required=True, type=_zooms, metavar="MIN-MAX", help="e.g. 6-14")
    export.add_argument("--bbox", type=_bbox, metavar="W,S,E,N", help="area (default: the base map's bounds)")
    export.add_argument("--scale", type=int, choices=(1, 2), default=1, help="2: 512 px tiles for dense screens")
    export.add_argument("--limit", type=int, default=250_000, metavar="TILES", help="refuse more tiles (250,000)")
    export.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    export.set_defaults(func=run_export)

    download = commands.add_parser("download", help="download an online XYZ or WMTS layer's tiles into MBTiles",
                                   description="Fetch the tiles of an area and zoom range politely into MBTiles; "
                                   "run again with the same --out to resume.")
    download.add_argument("url", metavar="URL", help="tile address with {z}, {x}, {y} (and optionally {s}), or "
                          "with --wmts-layer a WMTS GetCapabilities address")
    download.add_argument("--attribution", help="the attribution the tile provider asks for (a WMTS layer: "
                          "by default its capabilities' provider and title)")
    download.add_argument("--wmts-layer", metavar="LAYER", help="URL is WMTS capabilities: download this layer")
    download.add_argument("--wmts-style", metavar="STYLE", help="the layer's style (default: its default)")
    download.add_argument("--wmts-format", metavar="MIME", help="e.g. image/png (default: PNG or JPEG)")
    download.add_argument("--wmts-set", metavar="TILEMATRIXSET", help="a web-Mercator tile matrix set (default: "
                          "GoogleMapsCompatible or the first in web Mercator)")
    download.add_argument("--wmts-encoding", choices=("rest", "kvp"), help="RESTful template or KVP GetTile "
                          "(default: RESTful when the layer has a template)")
    download.add_argument("--bbox", required=True, type=_bbox, metavar="W,S,E,N")
    download.add_argument("--zoom", required=True, type=_zooms, metavar="MIN-MAX")
    download.add_argument("--out", required=True, metavar="FILE.mbtiles")
    download.add_argument("--name", default="Offline base map")
    download.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="TILES",
                          help=f"refuse a job of more tiles (default {DEFAULT_LIMIT:,})")
    download.add_argument("--rate", type=float, default=DEFAULT_RATE, metavar="PER_SECOND",
                          help=f"requests a second at most (default {DEFAULT_RATE:g})")
    download.set_defaults(func=run_download)

    listing = commands.add_parser("wmts", help="list a WMTS service's layers",
                                  description="Read a WMTS GetCapabilities address and list its layers, styles, "
                                  "formats and tile matrix sets, saying which the map can draw (web Mercator).")
    listing.add_argument("url", metavar="CAPABILITIES_URL")
    listing.set_defaults(func=run_wmts)
    return parser


def _zooms(text: str) -> range:
    try:
        low, _, high = text.partition("-")
        low_z, high_z = int(low), int(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a zoom range such as 6-14") from None
    if not 0 <= low_z <= high_z <= 20:
        raise argparse.ArgumentTypeError(f"{text!r} is not a zoom range within 0-20 (low-high)")
    return range(low_z, high_z + 1)


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WEST,SOUTH,EAST,NORTH in degrees") from None
    if not (-180 <= west < east <= 180 and -85.06 <= south < north <= 85.06):
        raise argparse.ArgumentTypeError(f"{text!r} is not west < east and south < north in degrees")
    return west, south, east, north


def _progress(what: str):
    def report(done: int, total: int) -> None:
        if sys.stderr.isatty() or log.isEnabledFor(logging.INFO):
            print(f"\r{what}: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
    return report


def run_build(args) -> int:
    from ..basemap.build import build

    result = build(args.extracts, args.out, overwrite=args.overwrite, strip_km=args.strip_km,
                   margin_km=args.margin_km, progress=_progress("layers read"))
    size = Path(result.path).stat().st_size
    counts = ", ".join(f"{n:,} {layer}" for layer, n in result.features.items())
    print(f"Wrote the base map {result.path} ({size / 1e6:.1f} MB, {counts}) in {result.seconds:.1f} s; "
          "© OpenStreetMap contributors (ODbL).")
    return 0


def run_export(args) -> int:
    from PySide6.QtGui import QGuiApplication

    from ..ui.map.basemap_export import export_mbtiles

    app = QGuiApplication.instance() or QGuiApplication(["border-monitor"])  # fonts and painting need one
    result = export_mbtiles(args.base_map, args.out, args.zoom, bbox=args.bbox, scale=args.scale,
                            overwrite=args.overwrite, limit=args.limit, progress=_progress("tiles"))
    del app
    print(f"Wrote {args.out}: {result.written:,} tiles with content of {result.tiles:,} in the area "
          f"(zooms {args.zoom.start}-{args.zoom.stop - 1}, {result.bytes / 1e6:.1f} MB).")
    return 0


def run_download(args) -> int:
    from ..basemap.tile_download import TileJob, download, plan

    url, attribution, source = args.url, args.attribution, None
    if args.wmts_layer:
        from ..basemap import wmts

        capabilities = wmts.fetch(args.url)
        source = capabilities.resolve(args.wmts_layer, style=args.wmts_style, format=args.wmts_format,
                                      matrix_set=args.wmts_set, encoding=args.wmts_encoding)
        url = source.template
        attribution = attribution or capabilities.attribution
    elif any((args.wmts_style, args.wmts_format, args.wmts_set, args.wmts_encoding)):
        raise BasemapError("--wmts-style, --wmts-format, --wmts-set and --wmts-encoding need --wmts-layer.")
    if not (attribution or "").strip():
        raise BasemapError("Give the attribution the tile provider asks for (--attribution).")
    job = TileJob(url=url, bbox=args.bbox, zooms=args.zoom, out=Path(args.out), attribution=attribution,
                  name=args.name, limit=args.limit, rate=args.rate, wmts=source)
    first = plan(job)
    print(f"{first.tiles:,} tiles, {first.present:,} already in {args.out}; about "
          f"{first.estimated_bytes / 1e6:.1f} MB to fetch at {args.rate:g} a second "
          f"(about {first.to_fetch / args.rate / 60:.0f} min).", file=sys.stderr)
    result = download(job, progress=_progress("tiles"))
    print(f"Wrote {args.out}: {result.fetched:,} tiles fetched, {result.skipped:,} already there, "
          f"{result.missing:,} not on the server ({result.bytes / 1e6:.1f} MB).")
    return 0


def run_wmts(args) -> int:
    from ..basemap import wmts

    capabilities = wmts.fetch(args.url)
    print(f"{capabilities.title or capabilities.url} ({capabilities.provider or 'no provider named'}); "
          f"GetTile by KVP: {'yes' if capabilities.kvp_url else 'no'}")
    for layer in capabilities.layers:
        usable = capabilities.usable_sets(layer)
        rest = sorted({u.format for u in layer.resource_urls if u.resource_type.lower() == "tile"})
        print(f"{layer.identifier}: {layer.title}")
        print(f"  styles: {', '.join(layer.styles) or '-'} (default {layer.default_style or '-'}); "
              f"formats: {', '.join(layer.formats) or '-'}; RESTful: {', '.join(rest) or 'no'}")
        if layer.dimensions:
            print("  dimensions: " + ", ".join(f"{d.identifier}={d.default}" for d in layer.dimensions))
        for name in layer.matrix_sets:
            tms = capabilities.matrix_sets.get(name)
            zooms = tms.web_mercator_zooms() if tms else {}
            what = (f"{name} (zooms {min(zooms)}-{max(zooms)})" if zooms
                    else f"{tms.describe() if tms else name}: not web Mercator")
            print(f"  set {what}")
        if not usable:
            print("  the map cannot draw it: no web-Mercator set")
    return 0
