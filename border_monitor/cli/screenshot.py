"""``border-monitor screenshot``: a PNG of the window on a store, made offscreen."""
from __future__ import annotations

import argparse

from ..domain.errors import BorderMonitorError


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` -> (1600, 1000)."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise BorderMonitorError(f"The size {text!r} is not WIDTHxHEIGHT in pixels, e.g. 1600x1000.") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise BorderMonitorError(f"The size {text!r} is outside 200x200 .. 10000x10000 pixels.")
    return width, height


def parse_view(text: str) -> dict:
    """``"53.5,23.7,11"`` (latitude, longitude, zoom) -> {"lat": 53.5, "lon": 23.7, "zoom": 11}."""
    try:
        lat, lon, zoom = (float(part) for part in text.split(","))
    except ValueError:
        raise BorderMonitorError(f"The map view {text!r} is not LAT,LON,ZOOM, e.g. 54.6,25.3,9.") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 20):
        raise BorderMonitorError(f"The map view {text!r} is outside latitude -90..90, longitude -180..180, zoom 0..20.")
    return {"lat": lat, "lon": lon, "zoom": int(zoom)}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "screenshot", help="save a PNG of the window showing a store (offscreen)",
        description="Open the window offscreen on a store, wait until the map has drawn, save a PNG of the "
                    "whole window and exit. With QT_QPA_PLATFORM set (e.g. xcb, with DISPLAY on an X server "
                    "such as Xvfb) the window opens on that platform instead.")
    parser.add_argument("--store", metavar="PATH", required=True, help="the store (GeoPackage) to show")
    parser.add_argument("--out", metavar="FILE.png", required=True, help="where to write the PNG")
    parser.add_argument("--size", metavar="WxH", default="1600x1000", help="window size in pixels (default 1600x1000)")
    parser.add_argument("--view", metavar="LAT,LON,ZOOM", help="centre and zoom of the map (default: the whole region)")
    parser.add_argument("--select", metavar="ID", help="select this incident (map, table, details and timeline show it)")
    parser.add_argument("--lang", choices=("en", "lt", "lv", "pl"),
                        help="the window's language (default: the system's, as the GUI starts)")
    parser.add_argument("--timeout", metavar="SECONDS", type=float, default=90.0,
                        help="give up if the map has not drawn by then (default 90)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.window_capture import take_screenshot

    size = parse_size(args.size)
    view = parse_view(args.view) if args.view else None
    try:
        out = take_screenshot(args.store, args.out, size=size, timeout_s=args.timeout, view=view, select=args.select,
                              lang=args.lang)
    except TimeoutError as exc:
        raise BorderMonitorError(f"The screenshot of {args.store} failed: {exc}.") from None
    print(out)
    return 0
