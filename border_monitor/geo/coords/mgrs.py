"""MGRS grid references (``35U LA 89485 61289``) through the ``mgrs`` library.

A reference names a square, not a point: reading one gives the centre of its square (as the
``mgrs`` library does), so the error is at most half the square; writing truncates, as MGRS does.
"""
from __future__ import annotations

import re

import mgrs
import numpy as np

from border_monitor.geo.coords.errors import CoordinateError

_CONVERTER = mgrs.MGRS()
_REFERENCE = re.compile(r"^(\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z])([A-HJ-NP-V])(\d*)$")
_SQUARE_SIZE_M = {1: 10_000, 2: 1_000, 3: 100, 4: 10, 5: 1}


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def looks_like_mgrs(text: str) -> bool:
    """True when the text has the shape of a grid reference (zone, band, square letters, digits)."""
    return bool(_REFERENCE.match(_compact(text)))


def parse_mgrs(text: str) -> tuple[float, float]:
    """(lon, lat) of the centre of the square the reference names."""
    compact = _compact(text)
    match = _REFERENCE.match(compact)
    if not match:
        raise CoordinateError(
            f"'{text}' is not an MGRS reference; write the grid zone (e.g. 35U), the 100 km square "
            "(e.g. LA) and 2 to 10 digits, e.g. 35U LA 89485 61289."
        )
    zone, band, col, row, digits = match.groups()
    if not 1 <= int(zone) <= 60:
        raise CoordinateError(f"'{text}' names UTM zone {int(zone)}; zones run from 1 to 60.")
    if not digits:
        raise CoordinateError(
            f"'{text}' names only the 100 km square {col}{row}; add digits for easting and northing "
            "(1 to 5 each) to give a position."
        )
    if len(digits) % 2 or len(digits) > 10:
        raise CoordinateError(
            f"'{text}' has {len(digits)} digits after the square; an MGRS reference has an equal number "
            "for easting and northing, 1 to 5 each."
        )
    try:
        lat, lon = _CONVERTER.toLatLon(compact)
    except mgrs.core.MGRSError:
        raise CoordinateError(
            f"'{text}' is not a valid MGRS reference: the square {col}{row} does not lie in grid zone "
            f"{int(zone)}{band} at those digits."
        ) from None
    return float(lon), float(lat)


def _split(reference: str) -> str:
    """'35ULA8948561289' -> '35U LA 89485 61289'."""
    match = _REFERENCE.match(reference)
    if not match:  # polar (UPS) references have no zone number; print them as the library gives them
        return reference
    zone, band, col, row, digits = match.groups()
    half = len(digits) // 2
    return f"{zone}{band} {col}{row} {digits[:half]} {digits[half:]}".rstrip()


def _check_precision(precision: int) -> int:
    if precision not in _SQUARE_SIZE_M:
        raise CoordinateError(
            f"MGRS precision {precision} is not one of 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), 5 (1 m)."
        )
    return precision


def format_mgrs(lon: float, lat: float, precision: int = 5) -> str:
    """``35U LA 89485 61289`` (precision = digits per axis, 5 = 1 m ... 1 = 10 km)."""
    _check_precision(precision)
    try:
        reference = _CONVERTER.toMGRS(float(lat), float(lon), MGRSPrecision=precision)
    except mgrs.core.MGRSError:
        raise CoordinateError(
            f"Latitude {lat:g}, longitude {lon:g} cannot be written as an MGRS reference."
        ) from None
    return _split(reference)


def format_mgrs_many(lon, lat, precision: int = 5) -> list[str]:
    """MGRS text for arrays of positions in one call; NaN positions give ''."""
    _check_precision(precision)
    lon = np.asarray(lon, dtype=float).ravel()
    lat = np.asarray(lat, dtype=float).ravel()
    ok = np.isfinite(lon) & np.isfinite(lat)
    out = [""] * lon.size
    index = np.flatnonzero(ok)
    if index.size == 0:
        return out
    points = np.ascontiguousarray(np.column_stack([lat[index], lon[index]]).ravel())
    try:
        records = bytes(_CONVERTER.toMGRSArray(points, MGRSPrecision=precision))
    except mgrs.core.MGRSError:  # one row cannot be written: go row by row so the error names it
        return [format_mgrs(lon[i], lat[i], precision) if ok[i] else "" for i in range(lon.size)]
    width = 15
    for k, i in enumerate(index):
        out[i] = _split(records[k * width : (k + 1) * width].rstrip(b"\x00").decode("ascii"))
    return out
