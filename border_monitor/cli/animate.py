"""``border-monitor animate``: the timeline played over a period as an animated GIF of the map and the chart.

    border-monitor animate --store demo.gpkg --from 2021-08-01 --to 2021-08-31 --step 1d --out august.gif
    border-monitor animate --store demo.gpkg --from 2021-06-01 --to 2021-12-31 --step 1w --country PL --out pl.gif

One frame per step (days or weeks of the reporting services' local calendar): the step's incidents in
their type colours over the reference layers, the earlier ones in grey, and the incidents per day with
the frame's day marked.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .filter_args import add_filter_args, filter_from_args


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "animate", help="write an animated GIF of the map and the timeline over a period",
        description="Play the incidents of a period (--from, --to) that match the filter as an animated GIF: one "
                    "frame per --step, the map of the step's incidents above the incidents per day.")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (a GeoPackage file or a postgresql:// address)")
    parser.add_argument("--out", required=True, metavar="FILE.gif", help="the GIF to write (replaced if it exists)")
    parser.add_argument("--step", default="1d", metavar="STEP", help="days or weeks per frame: 1d (default), 3d, 1w")
    parser.add_argument("--width", type=int, default=960, metavar="PX", help="frame width in pixels (default 960)")
    parser.add_argument("--frame-ms", type=int, default=500, metavar="MS", help="time per frame (default 500 ms)")
    add_filter_args(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..domain.errors import ValidationError
    from ..io.output_files import OutputError, check_output
    from ..report.animation import frames_of, parse_step, write_animation
    from ..report.content import check_period
    from ..report.offscreen import gui_application
    from ..store import open_store

    from ..store import is_store_url, require_store, store_target

    target = store_target(args.store)
    store_path = None if is_store_url(target) else target  # a database store has no file to protect
    out = Path(args.out)
    if out.suffix.lower() != ".gif":
        raise OutputError(f"Cannot write the animation {out}: an animation is a .gif file.")
    if not 200 <= args.width <= 4000:
        raise ValidationError("--width", args.width, "is not between 200 and 4000 pixels")
    if not 20 <= args.frame_ms <= 60_000:
        raise ValidationError("--frame-ms", args.frame_ms, "is not between 20 and 60000 milliseconds")
    step = parse_step(args.step)
    flt = filter_from_args(args)
    frames_of(*check_period(flt.date_from, flt.date_to), step)
    require_store(target, "store file")
    check_output(out, store=store_path, what="animation")
    gui_application()
    with open_store(target, read_only=True) as store:
        n = write_animation(store, flt, out, step, width=args.width, frame_ms=args.frame_ms, store_path=store_path)
    print(f"wrote {n} frames ({flt.date_from} to {flt.date_to}, {args.step} each) to {out}")
    return 0
