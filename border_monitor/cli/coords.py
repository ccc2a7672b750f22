"""``border-monitor coords``: convert a position between coordinate systems.

    border-monitor coords "54°41'12,5\"N 25°17'08,3\"E" --to lks94      # N 6061911 E 582892
    border-monitor coords 6061911 582892 --from lks94 --to mgrs          # 35U LA 89485 61289

The output is labelled ("N 6061911 E 582892" for grids, "lat 54.686800 lon 25.285600" for degrees, the zone
for UTM, the MGRS reference as written); ``--plain`` prints the bare numbers for scripts. A position outside
a system's area of use (pyproj ``CRS.area_of_use``) is converted, with a warning on stderr (exit 0).
"""
from __future__ import annotations

import argparse
import functools
import sys

from border_monitor.geo.coords.crs import SYSTEMS, CoordinateError, format, get_system, read
from border_monitor.geo.coords.systems import CoordSystem, area_of_use

_SYSTEM_HELP = ", ".join(SYSTEMS) + " or EPSG:nnnn"
_AXIS_WORDS = {"northing": "N", "easting": "E", "latitude": "lat", "longitude": "lon"}


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "coords",
        help="convert a position between coordinate systems",
        description="Convert a position between coordinate systems. Without --from the text decides; "
        "text that fits several systems is refused with the list of them. WGS 84 text is latitude "
        "first; LKS-94, LKS-2020, LKS-92, PL-1992 and PL-2000 (zones 7, 8) are northing first (X, then Y); "
        "UTM is easting first. The output is "
        "labelled (N 6061911 E 582892, lat 54.686800 lon 25.285600, zone 35N E ... N ...); a position "
        "outside the area of use of a system is converted with a warning on stderr.",
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
    parser.add_argument("--plain", action="store_true",
                        help="print the bare values in the system's order, without labels (for scripts)")
    parser.set_defaults(func=run)
    return parser


@functools.lru_cache(maxsize=64)
def utm_zone(system: CoordSystem) -> str | None:
    """"34N" for a UTM system, else None."""
    if system.epsg is None or not system.is_grid:
        return None
    from pyproj import CRS

    try:
        return CRS.from_epsg(system.epsg).utm_zone
    except Exception:  # noqa: BLE001 - a CRS pyproj cannot describe has no zone to show
        return None


def labelled(text: str, system: CoordSystem) -> str:
    """``format``'s text with the axis of each value named; DMS (hemisphere letters) and MGRS as they are."""
    if system.kind in ("dms", "mgrs"):
        return text
    values = text.replace(",", " ").split()
    if len(values) != len(system.axis_labels):
        return text
    words = " ".join(f"{_AXIS_WORDS.get(axis.lower(), axis)} {value}" for axis, value in
                     zip(system.axis_labels, values))
    zone = utm_zone(system)
    return f"zone {zone} {words}" if zone else words


def outside_area(lon: float, lat: float, system: CoordSystem) -> str | None:
    """A warning sentence when (lon, lat) lies outside the area where ``system`` is meant to be used."""
    west, south, east, north = area_of_use(system)
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)  # across the antimeridian
    if inside_lon and south <= lat <= north:
        return None
    return (f"lat {lat:.4f} lon {lon:.4f} lies outside the area of use of {system.label} (lon {west:g} to "
            f"{east:g}, lat {south:g} to {north:g}); the values there are distorted and not what a map in "
            f"that system shows.")


def run(args: argparse.Namespace) -> int:
    text = " ".join(args.text) if isinstance(args.text, (list, tuple)) else str(args.text)
    try:
        target = get_system(args.to_system)
        reading = read(text, args.from_system)
        out = format(reading.lon, reading.lat, target, args.precision)
    except CoordinateError as exc:
        print(f"border-monitor coords: error: {exc}", file=sys.stderr)
        return 2
    print(out if args.plain else labelled(out, target))
    warned = set()
    for system in (reading.system, target):
        warning = outside_area(reading.lon, reading.lat, system)
        if warning and warning not in warned:
            warned.add(warning)
            print(f"border-monitor coords: warning: {warning}", file=sys.stderr)
    return 0
