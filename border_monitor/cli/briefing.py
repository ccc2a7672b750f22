"""``border-monitor briefing``: the wall display of the briefing room, full screen, read-only.

    border-monitor briefing --store demo.gpkg --screen 1 --tour 30
    border-monitor briefing --store demo.gpkg --at 2021-08-01 --screenshot wall.png --size 3840x2160
"""
from __future__ import annotations

import argparse

from ..domain.errors import BorderMonitorError
from .screenshot import parse_size

SCOPES = ("all", "LT", "LV", "PL")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "briefing", help="the briefing room's wall display: map, impact levels, figures, alerts (full screen)",
        description="Open the briefing display full screen: the map of the last 7 days (or 24 hours) with the "
                    "sectors coloured by impact level, the timeline, headline figures per country (as stats gives "
                    "them), the alerts (as alerts gives them), a clock and the time the data is as of. It follows "
                    "the store's changes by itself. Esc leaves; Space moves the tour on. Nothing can be edited.")
    parser.add_argument("--store", metavar="STORE", help="the store (default: the last one used, or the demo store)")
    parser.add_argument("--screen", metavar="N", type=int, default=None,
                        help="the monitor to fill, counted from 0 (default: the primary one)")
    parser.add_argument("--tour", metavar="SECONDS", type=float, default=None,
                        help="show the whole border, LT, LV and PL in turn, each for SECONDS")
    parser.add_argument("--at", metavar="DATETIME", default=None,
                        help="the time the picture is for (as alerts --at takes it); default: now, or the end of the "
                             "day of the store's newest incident when its data is older than a week (said on screen)")
    parser.add_argument("--window", choices=("7d", "24h"), default="7d",
                        help="the incidents on the map: the last 7 days (default) or 24 hours")
    parser.add_argument("--screenshot", metavar="FILE.png", default=None,
                        help="render one frame offscreen to FILE.png and exit (with --size, --scope)")
    parser.add_argument("--size", metavar="WxH", default="1920x1080",
                        help="the screenshot's size in pixels (default 1920x1080)")
    parser.add_argument("--scope", choices=SCOPES, default="all", help="the screenshot's scope (default: all)")
    parser.add_argument("--settings", metavar="INI", help=argparse.SUPPRESS)  # tests: settings file
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.tour is not None and not args.tour > 0:
        raise BorderMonitorError(f"--tour {args.tour:g}: give the seconds each view stays, more than 0.")
    if args.screen is not None and args.screen < 0:
        raise BorderMonitorError(f"--screen {args.screen}: screens are counted from 0.")
    if args.at is not None:
        from ..analysis.reference_time import parse_reference_time

        parse_reference_time(args.at)  # a bad time is said before any window opens
    if args.screenshot:
        if not args.store:
            raise BorderMonitorError("--screenshot needs --store: the store to show.")
        from ..ui.briefing.launch import render_briefing

        out = render_briefing(args.store, args.screenshot, parse_size(args.size), at=args.at, scope=args.scope,
                              window=args.window)
        print(out)
        return 0
    from ..ui.briefing.launch import run_briefing
    from ..ui.settings import open_settings

    settings = open_settings(args.settings) if args.settings else None
    return run_briefing(args.store, screen=args.screen, tour_seconds=args.tour, at=args.at, window=args.window,
                        settings=settings)
