"""``border-monitor screenshot``: a PNG of the window on a store, made offscreen."""
from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "screenshot", help="save a PNG of the window showing a store (offscreen)",
        description="Open the window offscreen on a store, wait until the map has drawn, save a PNG of the "
                    "whole window and exit.")
    parser.add_argument("--store", metavar="PATH", required=True, help="the store (GeoPackage) to show")
    parser.add_argument("--out", metavar="FILE.png", required=True, help="where to write the PNG")
    parser.add_argument("--size", metavar="WxH", default="1600x1000", help="window size in pixels (default 1600x1000)")
    parser.add_argument("--view", metavar="LAT,LON,ZOOM", help="centre and zoom of the map (default: the whole region)")
    parser.add_argument("--select", metavar="ID", help="select this incident (map, table, details and timeline show it)")
    parser.add_argument("--timeout", metavar="SECONDS", type=float, default=90.0,
                        help="give up if the map has not drawn by then (default 90)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.window_capture import parse_size, parse_view, take_screenshot

    size = parse_size(args.size)
    view = parse_view(args.view) if args.view else None
    try:
        out = take_screenshot(args.store, args.out, size=size, timeout_s=args.timeout, view=view, select=args.select)
    except TimeoutError as exc:
        from ..domain.errors import BorderMonitorError

        raise BorderMonitorError(f"The screenshot of {args.store} failed: {exc}.") from None
    print(out)
    return 0
