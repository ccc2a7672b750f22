"""``border-monitor coords``: convert a position between coordinate systems.

    border-monitor coords "54°41'12,5\"N 25°17'08,3\"E" --to lks94
    border-monitor coords 6061911 582892 --from lks94 --to mgrs
"""
from __future__ import annotations

import argparse
import sys

from border_monitor.geo.coords.crs import SYSTEMS, CoordinateError, format, get_system, read

_SYSTEM_HELP = ", ".join(SYSTEMS) + " or EPSG:nnnn"


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "coords",
        help="convert a position between coordinate systems",
        description="Convert a position between coordinate systems. Without --from the text decides; "
        "text that fits several systems is refused with the list of them. WGS 84 text is latitude "
        "first; LKS-94, LKS-92 and PL-1992 are northing first; UTM is easting first.",
    )
    parser.add_argument(
        "text", nargs="+", metavar="TEXT",
        help="the position, e.g. \"54°41'12,5\\\"N 25°17'08,3\\\"E\", 54,6868 25,2856, 35U LA 89485 61289 "
        "(several words are joined with spaces)",
    )
    parser.add_argument("--from", dest="from_system", metavar="SYSTEM", default=None,
                        help=f"system the text is written in ({_SYSTEM_HELP}); guessed when left out")
    parser.add_argument("--to", dest="to_system", metavar="SYSTEM", required=True,
                        help=f"system to write the position in ({_SYSTEM_HELP})")
    parser.add_argument("--precision", type=int, default=None, metavar="N",
                        help="decimals (degrees, seconds or metres) or, for MGRS, digits per axis (1-5)")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    text = " ".join(args.text) if isinstance(args.text, (list, tuple)) else str(args.text)
    try:
        target = get_system(args.to_system)
        reading = read(text, args.from_system)
        out = format(reading.lon, reading.lat, target, args.precision)
    except CoordinateError as exc:
        print(f"border-monitor coords: error: {exc}", file=sys.stderr)
        return 2
    print(out)
    return 0
