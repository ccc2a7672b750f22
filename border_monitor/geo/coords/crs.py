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

from border_monitor.domain.error_words import Axes, Message, Messages, Place, System
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


def _region() -> dict[str, float]:
    w, s, e, n = MONITORED_REGION
    return {"south": float(s), "north": float(n), "west": float(w), "east": float(e)}


def _system(system: CoordSystem) -> System:
    return System(system.name, system.label)


def _axes(system: CoordSystem) -> Axes:
    return Axes(system.northing_first, degrees=system.kind in ("degrees", "dms"))


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
            raise CoordinateError.of("coords.wrong_utm_zone", text=text, zone=zone, system=_system(system))
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
    code = "coords.grid_not_a_position" if not np.isfinite(lon) else "coords.grid_far"
    values = {"text": text, "system": _system(system), "axes": _axes(system), "place": Place(lon, lat)}
    if not labelled:
        lon2, lat2 = _grid_to_wgs84(system, easting, northing)
        if plausible(system, lon2, lat2):
            code, values["swapped"] = f"{code}_swapped", Place(lon2, lat2)
    raise CoordinateError.of(code, **values)


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
        raise CoordinateError.of("coords.no_wgs84", text=text, system=_system(system))
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
        orders = Messages(tuple(Message("coords.grid_order", {"name": n, "axes": _axes(SYSTEMS[n])})
                                for n in GUESS_GRIDS))
        raise CoordinateError.of("coords.no_grid_fits", text=text, orders=orders, **_region())
    options = Messages(tuple(Message("coords.ambiguous_option", {
        "system": _system(r.system), "name": r.system.name, "place": Place(r.lon, r.lat)}) for r in found))
    raise AmbiguousCoordinateError.of("coords.ambiguous", [(r.system.name, r.lon, r.lat) for r in found],
                                      text=text, options=options)


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
            raise CoordinateError.of("coords.metres_and_degrees", text=text, metres=float(max(values)),
                                     degrees=float(min(values)))
    lat, lon = pair_as_degrees(pair)
    if bool(in_region(lon, lat)):
        with_minutes = any(len(p.numbers) > 1 for p in pair.parts)
        system = SYSTEMS["dms"] if with_minutes else SYSTEMS["wgs84"]
        return Reading(lon, lat, system)
    swapped = pair.first.letter is None and bool(in_region(lat, lon))
    raise CoordinateError.of("coords.outside_region_swapped" if swapped else "coords.outside_region", text=text,
                             place=Place(lon, lat), **_region())


def read(text: str, system: str | CoordSystem | None = None) -> Reading:
    """Read position text; with ``system`` None the text decides (see module doc)."""
    if not isinstance(text, str):
        raise CoordinateError.of("coords.not_text", text=repr(text))
    stripped = text.strip()
    if not stripped:
        raise CoordinateError.of("coords.empty")
    if len(stripped) > _MAX_TEXT:
        raise CoordinateError.of("coords.too_long", text=stripped[:40], count=len(stripped))
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
        raise CoordinateError.of("coords.precision", precision=repr(precision), low=low, high=high,
                                 system=_system(system))
    return int(precision)


def format(lon: float, lat: float, system: str | CoordSystem, precision: int | None = None) -> str:  # noqa: A001
    """Write a WGS 84 position in ``system``'s convention: ``54.686800, 25.285600`` (lat first),
    ``54°41'12.5"N 25°17'08.2"E``, ``35U LA 89485 61289``, ``6061911 582892`` (northing first
    for LKS-94/LKS-2020/LKS-92/PL-1992/PL-2000/LAEA), ``389485 6061289`` (easting first for UTM)."""
    s = get_system(system)
    p = _precision(s, precision)
    lon, lat = float(lon), float(lat)
    if not (np.isfinite(lon) and np.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90:
        raise CoordinateError.of("coords.off_globe", lon=lon, lat=lat)
    if s.kind == "mgrs":
        return format_mgrs(lon, lat, p)
    text = format_many([lon], [lat], s, p)[0]
    if not text:
        raise CoordinateError.of("coords.cannot_write", place=Place(lon, lat), system=_system(s))
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
