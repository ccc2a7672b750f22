"""Coordinate systems border guards use: read position text in any of them, write it in any of them.

Public API (Qt-free; the GUI status bar, the incident form and the ``coords`` CLI use it):

- ``SYSTEMS`` / ``get_system(name)``: ``wgs84``, ``dms``, ``mgrs``, ``utm34n``, ``utm35n``, ``lks94``,
  ``lks2020``, ``lks92``, ``pl1992``, ``pl2000z7``, ``pl2000z8``, ``laea`` or any ``EPSG:nnnn``.
- ``parse(text, system=None) -> (lon, lat)`` in WGS 84; ``read`` also says which system it used.
  Without a system the text decides; ambiguity raises ``AmbiguousCoordinateError``.
- ``format(lon, lat, system, precision=None) -> str`` in the system's own convention.
- ``to_system`` / ``from_system`` / ``format_many`` for arrays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from border_monitor.geo.coords.errors import AmbiguousCoordinateError, CoordinateError, UnknownSystemError
from border_monitor.geo.coords.mgrs import format_mgrs, format_mgrs_many, looks_like_mgrs, parse_mgrs
from border_monitor.geo.coords.text import (
    Pair,
    format_decimal,
    format_dms,
    pair_as_degrees,
    pair_as_metres,
    split_pair,
)
from border_monitor.geo.coords.systems import (
    GUESS_GRIDS,
    MONITORED_REGION,
    SYSTEMS,
    CoordSystem,
    from_system,
    get_system,
    in_region,
    plausible,
    to_system,
)

__all__ = [
    "SYSTEMS", "MONITORED_REGION", "CoordSystem", "Reading", "get_system", "parse", "read", "format",
    "format_many", "to_system", "from_system", "CoordinateError", "AmbiguousCoordinateError",
    "UnknownSystemError",
]

_MAX_TEXT = 200
# "35U 582000 6061000", "UTM 35N 582000 6061000", "35 582000E 6061000N"
_UTM_ZONE = re.compile(r"^\s*(?:UTM\s*)?(\d{1,2})\s*([C-HJ-NP-X])?\s+(\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """A position read from text, with the system it was read in."""

    lon: float
    lat: float
    system: CoordSystem


def _place(lon: float, lat: float) -> str:
    return f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}, {abs(lon):.5f} {'E' if lon >= 0 else 'W'}"


def _region_text() -> str:
    w, s, e, n = MONITORED_REGION
    return f"latitude {s:g} to {n:g}, longitude {w:g} to {e:g}"


def _grid_to_wgs84(system: CoordSystem, northing: float, easting: float) -> tuple[float, float]:
    a, b = (northing, easting) if system.northing_first else (easting, northing)
    lon, lat = from_system([a], [b], system)
    return float(lon[0]), float(lat[0])


def _utm_zone_form(text: str) -> tuple[int, CoordSystem, Pair] | None:
    """Recognise UTM text that carries its zone; None when the text is something else."""
    match = _UTM_ZONE.match(text)
    if not match:
        return None
    zone, band, rest = int(match.group(1)), (match.group(2) or "N").upper(), match.group(3)
    if not 1 <= zone <= 60:
        return None
    try:
        pair = split_pair(rest)
        (first, second), _ = pair_as_metres(pair)
    except CoordinateError:
        return None
    if min(abs(first), abs(second)) < 1000:
        return None
    epsg = (32600 if band >= "N" else 32700) + zone
    return zone, get_system(f"EPSG:{epsg}"), pair


def _read_grid(text: str, system: CoordSystem) -> tuple[float, float]:
    zoned = _utm_zone_form(text)
    if zoned is not None:
        zone, zone_system, pair = zoned
        if zone_system.epsg != system.epsg:
            raise CoordinateError(
                f"'{text}' names UTM zone {zone}, but the system given is {system.label}."
            )
    else:
        pair = split_pair(text)
    (first, second), labelled = pair_as_metres(pair)
    if labelled or system.northing_first:
        northing, easting = first, second
    else:
        easting, northing = first, second
    lon, lat = _grid_to_wgs84(system, northing, easting)
    if plausible(system, lon, lat):
        return lon, lat
    where = "is not a position" if not np.isfinite(lon) else f"lies at {_place(lon, lat)}"
    message = (
        f"'{text}' read in {system.label} (written {system.axis_text}) {where}, far outside the "
        f"area that system is used for."
    )
    if not labelled:
        lon2, lat2 = _grid_to_wgs84(system, easting, northing)
        if plausible(system, lon2, lat2):
            message += (
                f" With the two numbers the other way round it would be {_place(lon2, lat2)}; "
                f"check their order ({system.axis_text})."
            )
    raise CoordinateError(message)


def _read_degrees(text: str, system: CoordSystem) -> tuple[float, float]:
    pair = split_pair(text)
    lat, lon = pair_as_degrees(pair)
    if system.epsg == 4326:
        return lon, lat
    if pair.first.letter is None and not system.northing_first:
        lat, lon = lon, lat  # a longitude-first geographic system, written without letters
    a, b = (lat, lon) if system.northing_first else (lon, lat)
    out_lon, out_lat = from_system([a], [b], system)
    if not np.isfinite(out_lon[0]):
        raise CoordinateError(f"'{text}' in {system.label} does not convert to a WGS 84 position.")
    return float(out_lon[0]), float(out_lat[0])


def _read_in(text: str, system: CoordSystem) -> tuple[float, float]:
    if system.kind == "mgrs":
        return parse_mgrs(text)
    if system.kind in ("degrees", "dms"):
        return _read_degrees(text, system)
    return _read_grid(text, system)


def _guess_grid(text: str, pair: Pair) -> Reading:
    (first, second), labelled = pair_as_metres(pair)
    found: list[Reading] = []
    for name in GUESS_GRIDS:
        system = SYSTEMS[name]
        if labelled or system.northing_first:
            northing, easting = first, second
        else:
            easting, northing = first, second
        lon, lat = _grid_to_wgs84(system, northing, easting)
        # a guess must land in the monitored region AND where that grid is used
        if np.isfinite(lon) and bool(in_region(lon, lat)) and plausible(system, lon, lat):
            found.append(Reading(lon, lat, system))
    if len(found) == 1:
        return found[0]
    if not found:
        orders = "; ".join(f"{n} as {SYSTEMS[n].axis_text}" for n in GUESS_GRIDS)
        raise CoordinateError(
            f"'{text}' is not a plausible position in the monitored region ({_region_text()}) in any "
            f"grid tried ({orders}); check the numbers and their order, or name the system."
        )
    options = "; ".join(f"{r.system.label} ({r.system.name}) puts it at {_place(r.lon, r.lat)}" for r in found)
    raise AmbiguousCoordinateError(
        f"'{text}' fits more than one coordinate system: {options}. Name the system to choose.",
        [(r.system.name, r.lon, r.lat) for r in found],
    )


def _guess(text: str) -> Reading:
    if looks_like_mgrs(text):
        lon, lat = parse_mgrs(text)
        return Reading(lon, lat, SYSTEMS["mgrs"])
    zoned = _utm_zone_form(text)
    if zoned is not None:
        system = zoned[1]
        lon, lat = _read_grid(text, system)
        return Reading(lon, lat, system)
    pair = split_pair(text)
    if pair.is_simple:
        values = [abs(p.numbers[0].value) for p in pair.parts]
        if min(values) >= 1000:
            return _guess_grid(text, pair)
        if max(values) > 180:
            raise CoordinateError(
                f"'{text}' mixes a number that can only be metres ({max(values):g}) with one that looks "
                f"like degrees ({min(values):g}); write both in one system."
            )
    lat, lon = pair_as_degrees(pair)
    if bool(in_region(lon, lat)):
        with_minutes = any(len(p.numbers) > 1 for p in pair.parts)
        system = SYSTEMS["dms"] if with_minutes else SYSTEMS["wgs84"]
        return Reading(lon, lat, system)
    hint = ""
    if pair.first.letter is None and bool(in_region(lat, lon)):
        hint = " It looks like longitude written first: WGS 84 text gives latitude first, so swap the numbers or add N and E."
    raise CoordinateError(
        f"'{text}' reads as {_place(lon, lat)}, outside the monitored region ({_region_text()}).{hint}"
        " Name the system (wgs84) to accept a position elsewhere."
    )


def read(text: str, system: str | CoordSystem | None = None) -> Reading:
    """Read position text; with ``system`` None the text decides (see module doc)."""
    if not isinstance(text, str):
        raise CoordinateError(f"{text!r} is not coordinate text.")
    stripped = text.strip()
    if not stripped:
        raise CoordinateError("The coordinate text is empty.")
    if len(stripped) > _MAX_TEXT:
        raise CoordinateError(f"'{stripped[:40]}...' is {len(stripped)} characters, too long for a position.")
    if system is None:
        return _guess(stripped)
    chosen = get_system(system)
    lon, lat = _read_in(stripped, chosen)
    return Reading(lon, lat, chosen)


def parse(text: str, system: str | CoordSystem | None = None) -> tuple[float, float]:
    """(lon, lat) in WGS 84 from position text written in ``system`` (or guessed from the text)."""
    reading = read(text, system)
    return reading.lon, reading.lat


def _precision(system: CoordSystem, precision: int | None) -> int:
    if precision is None:
        return system.default_precision
    low, high = system.precision_range
    if not isinstance(precision, (int, np.integer)) or not low <= precision <= high:
        raise CoordinateError(f"Precision {precision!r} is outside {low} to {high} for {system.label}.")
    return int(precision)


def format(lon: float, lat: float, system: str | CoordSystem, precision: int | None = None) -> str:  # noqa: A001
    """Write a WGS 84 position in ``system``'s convention: ``54.686800, 25.285600`` (lat first),
    ``54°41'12.5"N 25°17'08.2"E``, ``35U LA 89485 61289``, ``6061911 582892`` (northing first
    for LKS-94/LKS-2020/LKS-92/PL-1992/PL-2000/LAEA), ``389485 6061289`` (easting first for UTM)."""
    s = get_system(system)
    p = _precision(s, precision)
    lon, lat = float(lon), float(lat)
    if not (np.isfinite(lon) and np.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90:
        raise CoordinateError(f"Longitude {lon:g}, latitude {lat:g} is not a position on the globe.")
    if s.kind == "mgrs":
        return format_mgrs(lon, lat, p)
    text = format_many([lon], [lat], s, p)[0]
    if not text:
        raise CoordinateError(f"{_place(lon, lat)} cannot be written in {s.label}.")
    return text


def format_many(lon, lat, system: str | CoordSystem, precision: int | None = None) -> list[str]:
    """``format`` for arrays; positions that are NaN (or cannot be written) give ''."""
    s = get_system(system)
    p = _precision(s, precision)
    if s.kind == "mgrs":
        return format_mgrs_many(lon, lat, p)
    a, b = to_system(lon, lat, s)
    a, b = a.ravel(), b.ravel()
    ok = np.isfinite(a) & np.isfinite(b)
    if s.kind == "dms":
        return [format_dms(x, y, p) if good else "" for x, y, good in zip(a.tolist(), b.tolist(), ok.tolist())]
    if s.kind == "degrees":
        return [format_decimal(x, y, p) if good else "" for x, y, good in zip(a.tolist(), b.tolist(), ok.tolist())]
    return [f"{x:.{p}f} {y:.{p}f}" if good else "" for x, y, good in zip(a.tolist(), b.tolist(), ok.tolist())]
