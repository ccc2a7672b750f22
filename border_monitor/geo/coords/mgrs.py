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
        raise CoordinateError.of("coords.not_mgrs", text=text)
    zone, band, col, row, digits = match.groups()
    if not 1 <= int(zone) <= 60:
        raise CoordinateError.of("coords.mgrs_zone", text=text, zone=int(zone))
    if not digits:
        raise CoordinateError.of("coords.mgrs_square_only", text=text, square=f"{col}{row}")
    if len(digits) % 2 or len(digits) > 10:
        raise CoordinateError.of("coords.mgrs_digits", text=text, count=len(digits))
    try:
        lat, lon = _CONVERTER.toLatLon(compact)
    except mgrs.core.MGRSError:
        raise CoordinateError.of("coords.mgrs_invalid", text=text, square=f"{col}{row}",
                                 zone=f"{int(zone)}{band}") from None
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
        raise CoordinateError.of("coords.mgrs_precision", precision=str(precision))
    return precision


def format_mgrs(lon: float, lat: float, precision: int = 5) -> str:
    """``35U LA 89485 61289`` (precision = digits per axis, 5 = 1 m ... 1 = 10 km)."""
    _check_precision(precision)
    try:
        reference = _CONVERTER.toMGRS(float(lat), float(lon), MGRSPrecision=precision)
    except mgrs.core.MGRSError:
        raise CoordinateError.of("coords.mgrs_cannot_write", lat=float(lat), lon=float(lon)) from None
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
