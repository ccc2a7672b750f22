"""Positions from a file's coordinate columns: longitude/latitude, X/Y or northing/easting in a grid, or MGRS.

- ``lon``/``lat``: WGS 84 degrees (or, with ``crs`` a geographic system, that system's degrees).
- ``northing``/``easting``: a grid's values, named; the grid is ``crs``, or found from the values.
- ``x``/``y``: in degrees X is the longitude and Y the latitude (as GIS write them); in metres they are the
  grid's two values in the order the grid writes them: national grids (LKS-94, LKS-2020, LKS-92, PL-1992,
  PL-2000) name the northing X and the easting Y, UTM writes the easting first. When the values are not a
  position in that order but are in the other (an X column that holds eastings), they are read the other way
  round, with a note; when they fit neither order the file is refused, saying what the values were.
- ``mgrs``: one grid reference per cell (the centre of the square it names).

Without ``crs`` the grid is the one in which the values land in the monitored region, tried among
``FILE_GRIDS`` (or those a header names: "X (LKS-94)"); when several fit, the grid of the reporting
country of most rows decides, else the file is refused with the candidates. Values are converted in one
vectorised pyproj call (``geo.coords``); each row's problem is named by the column that holds it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..domain.taxonomy import COUNTRIES, Country
from ..geo.coords.crs import CoordinateError, get_system
from ..geo.coords.mgrs import parse_mgrs
from ..geo.coords.systems import AREA_MARGIN_DEG, CoordSystem, area_of_use, from_system, in_region
from .column_parsers import Errors, as_text, parse_floats

#: Grids a file's metre values are tried in when no system is named. LKS-2020 stands for Latvia: it writes
#: a point with the numbers LKS-92 gives it (the same projection, datums without a shift in EPSG).
FILE_GRIDS = ("lks94", "lks2020", "pl1992", "pl2000z7", "pl2000z8", "utm34n", "utm35n", "laea")
#: Each reporting country's grids, in order: the tie-break when values fit several grids.
COUNTRY_GRIDS = {Country.LT: ("lks94",), Country.LV: ("lks2020", "lks92"), Country.PL: ("pl1992", "pl2000z8",
                                                                                       "pl2000z7")}
#: Share of a file's positions that must land in the monitored region for a grid (and order) to fit it.
FIT_SHARE = 0.8
SAMPLE = 2000
_GAPS = (" ", "\u00a0", "\u202f", "'")  # thousands separators in metres: "6 061 911,25"
_HINTS = (
    (re.compile(r"lks[\s_-]*94|lithuania"), ("lks94",)),
    (re.compile(r"lks[\s_-]*2020|lks[\s_-]*20\b"), ("lks2020",)),
    (re.compile(r"lks[\s_-]*92"), ("lks92",)),
    (re.compile(r"(?:pl|puwg|cs)[\s_-]*(?:19)?92"), ("pl1992",)),
    (re.compile(r"(?:pl|puwg|cs)[\s_-]*2000[\s_/-]*(?:z(?:one|ona|\.)?[\s_-]*)?7\b|cs2000/21"), ("pl2000z7",)),
    (re.compile(r"(?:pl|puwg|cs)[\s_-]*2000[\s_/-]*(?:z(?:one|ona|\.)?[\s_-]*)?8\b|cs2000/24"), ("pl2000z8",)),
    (re.compile(r"(?:pl|puwg|cs)[\s_-]*2000"), ("pl2000z7", "pl2000z8")),
    (re.compile(r"utm[\s_-]*34"), ("utm34n",)),
    (re.compile(r"utm[\s_-]*35"), ("utm35n",)),
    (re.compile(r"laea|3035"), ("laea",)),
)


class PositionColumnsError(ValueError):
    """The coordinate columns, as a whole, are no position in any system tried (a sentence)."""


@dataclass
class Positions:
    lon: np.ndarray
    lat: np.ndarray
    errors: dict[str, Errors] = field(default_factory=dict)  # field (x, y, mgrs, ...) -> {position: message}
    values: dict[str, object] = field(default_factory=dict)  # the columns the errors quote
    notes: list[str] = field(default_factory=list)
    system: str | None = None  # the system the values were read in (None: WGS 84 lon/lat columns)
    fields: tuple[str, ...] = ("lon", "lat")  # the columns the positions came from


def grid_hint(headers: list[str]) -> tuple[str, ...]:
    """Grids the coordinate headers name ("X (LKS-94)", "Y_PUWG2000"), or () when they name none."""
    from ..domain.text_fold import fold

    for header in headers:
        text = fold(str(header))
        for pattern, systems in _HINTS:
            if pattern.search(text):
                return systems
    return ()


def _metres(column, decimal_comma: bool) -> tuple[np.ndarray, Errors]:
    """Numbers as spreadsheets write metres: "6 061 911,25" (thousands spaced, decimal comma)."""
    arr = np.asarray(column)
    if arr.dtype.kind in "iuf":
        return parse_floats(arr)
    text = as_text(arr)
    if len(text):  # numpy's replace fails on an empty array
        for gap in _GAPS:
            text = np.strings.replace(text, gap, "")
    return parse_floats(text, decimal_comma)


def _fit(system: CoordSystem, first: np.ndarray, second: np.ndarray) -> float:
    """Share of the values that land in the monitored region, and in the system's area of use, when read in
    ``system``'s written order."""
    lon, lat = from_system(first, second, system)
    ok = np.isfinite(lon) & np.asarray(in_region(lon, lat))
    w, s, e, n = area_of_use(system)
    ok &= np.asarray(in_region(lon, lat, (w - AREA_MARGIN_DEG, s - AREA_MARGIN_DEG, e + AREA_MARGIN_DEG,
                                          n + AREA_MARGIN_DEG)))
    return float(ok.mean()) if len(ok) else 0.0


def _range_text(name: str, values: np.ndarray) -> str:
    finite = values[np.isfinite(values)]
    if not len(finite):
        return f"{name} holds no numbers"
    low, high = float(finite.min()), float(finite.max())
    return f"{name} runs from {low:,.0f} to {high:,.0f}" if abs(high) >= 1000 else \
        f"{name} runs from {low:g} to {high:g}"


def _country_grids(country: np.ndarray | None) -> tuple[str, ...]:
    if country is None or not len(country):
        return ()
    codes = np.asarray(country)
    codes = codes[(codes >= 0) & (codes < len(COUNTRIES))]
    if not len(codes):
        return ()
    majority = COUNTRIES[int(np.bincount(codes).argmax())]
    return COUNTRY_GRIDS.get(majority, ())


def _choose_grid(first: np.ndarray, second: np.ndarray, names: tuple[str, str], candidates: tuple[str, ...],
                 country, explicit: bool, labelled: bool) -> tuple[CoordSystem, bool]:
    """(system, swapped): the grid, and whether the two columns are the other way round from its written
    order, in which the values are positions in the monitored region.

    ``first``/``second``: X and Y (``labelled`` False: the grid's written order), or the northing and the
    easting (``labelled``: put in each grid's order, never swapped)."""
    finite = np.flatnonzero(np.isfinite(first) & np.isfinite(second))
    if not len(finite):
        raise PositionColumnsError(f"the columns {names[0]} and {names[1]} hold no numbers")
    pick = finite[:: max(1, len(finite) // SAMPLE)][:SAMPLE]
    a, b = first[pick], second[pick]
    systems = [get_system(name) for name in candidates]
    if explicit and labelled:
        return systems[0], False
    fits: dict[bool, list[CoordSystem]] = {False: [], True: []}
    for system in systems:
        for swapped in ((False,) if labelled else (False, True)):
            if labelled:
                pair = (a, b) if system.northing_first else (b, a)
            else:
                pair = (b, a) if swapped else (a, b)
            if _fit(system, *pair) >= FIT_SHARE:
                fits[swapped].append(system)
    if explicit and fits[False]:
        return systems[0], False
    # The order the grids write decides first: the other order is tried only when no grid fits the written one
    # (an LKS-94 X that holds eastings reads as UTM in the written order: that is a choice for the user).
    for swapped in (False, True):
        found = fits[swapped]
        if len(found) == 1:
            return found[0], swapped
        if len(found) > 1:
            order = _country_grids(country)
            preferred = [s for s in found if s.name in order]
            if preferred:
                return min(preferred, key=lambda s: order.index(s.name)), swapped
            listed = ", ".join(f"{s.label} ({s.name})" for s in found)
            raise PositionColumnsError(
                f"the values of {names[0]} and {names[1]} are positions in the monitored region in more than one "
                f"grid: {listed}; name the coordinate system (--crs, or in the import dialog)")
    seen = f"{_range_text(names[0], first)}, {_range_text(names[1], second)}"
    if labelled:
        where = systems[0].label if explicit else "any grid tried (" + ", ".join(candidates) + ")"
        raise PositionColumnsError(f"the values are no position in the monitored region in {where} ({seen}); "
                                   "check the columns, or name the coordinate system (--crs, or in the import "
                                   "dialog)")
    if explicit:
        axes = systems[0].axis_labels
        read = f"in {systems[0].label}, {names[0]} as the {axes[0]} and {names[1]} as the {axes[1]}"
    else:
        read = ("in any grid tried (" + ", ".join(candidates) + f"), {names[0]} first as each grid writes it "
                "(national grids: X the northing, Y the easting; UTM: the easting first)")
    raise PositionColumnsError(f"the values fit neither order: they are no position in the monitored region {read}, "
                               f"nor the other way round ({seen}); check the columns, or name the coordinate system "
                               "(--crs, or in the import dialog)")


def read_positions(raw: dict[str, object], n: int, headers: dict[str, str], decimal_comma: bool = False,
                   crs: str | CoordSystem | None = None, country: np.ndarray | None = None) -> Positions:
    """lon/lat WGS 84 of every row from whichever coordinate columns ``raw`` holds (see the module doc).

    ``headers``: field -> the header in the file (for messages). Raises ``PositionColumnsError`` when the
    columns as a whole are no position (the reader words it with the file's name)."""
    system = None if crs is None else get_system(crs)
    name = {f: headers.get(f, f) for f in ("lon", "lat", "x", "y", "northing", "easting", "mgrs")}
    has = {f for f in name if raw.get(f) is not None}
    grid_pair = {"x", "y"} <= has or {"northing", "easting"} <= has
    if {"lon", "lat"} <= has and not (system is not None and system.is_grid and grid_pair):
        if system is not None and system.is_grid:
            raise PositionColumnsError(
                f"--crs {system.name} names a grid in metres, but the position columns are {name['lat']} and "
                f"{name['lon']} (latitude and longitude); a grid's columns are X and Y, or northing and easting")
        lon, lon_errors = parse_floats(raw["lon"], decimal_comma)
        lat, lat_errors = parse_floats(raw["lat"], decimal_comma)
        out = Positions(lon, lat, {"lon": lon_errors, "lat": lat_errors}, fields=("lon", "lat"))
        if system is not None and system.kind == "degrees" and system.epsg != 4326:
            out.lon, out.lat = _from_degrees(lon, lat, system)
            out.system = system.name
        return out
    if "mgrs" in has and (not grid_pair or (system is not None and system.kind == "mgrs")):
        return _mgrs_positions(raw["mgrs"], n)
    labelled = {"northing", "easting"} <= has
    fields = ("northing", "easting") if labelled else ("x", "y")
    if not labelled and not {"x", "y"} <= has:
        raise PositionColumnsError("it has no complete pair of position columns")
    first, first_errors = _metres(raw[fields[0]], decimal_comma)
    second, second_errors = _metres(raw[fields[1]], decimal_comma)
    errors = {fields[0]: first_errors, fields[1]: second_errors}
    names = (name[fields[0]], name[fields[1]])
    finite = np.isfinite(first) & np.isfinite(second)
    degrees = bool(finite.any()) and max(float(np.abs(first[finite]).max()), float(np.abs(second[finite]).max())) <= 180
    if system is not None and system.kind == "mgrs":
        raise PositionColumnsError(f"--crs mgrs names grid references, but the file has no MGRS column, only "
                                   f"{names[0]} and {names[1]}")
    if system is not None and not system.is_grid or (system is None and degrees and not labelled):
        if labelled:
            raise PositionColumnsError(f"--crs {system.name} is in degrees, but the columns {names[0]} and "
                                       f"{names[1]} are a northing and an easting")
        lon, lat = first, second  # X the longitude, Y the latitude
        if system is not None and system.epsg != 4326:
            lon, lat = _from_degrees(lon, lat, system)
        return Positions(lon, lat, errors, system=None if system is None else system.name, fields=fields)
    candidates = (system.name,) if system is not None else (grid_hint(list(names)) or FILE_GRIDS)
    chosen, swapped = _choose_grid(first, second, names, candidates, country, system is not None, labelled)
    if labelled:
        a, b = (first, second) if chosen.northing_first else (second, first)
    else:
        a, b = (second, first) if swapped else (first, second)
    lon, lat = from_system(np.where(finite, a, np.nan), np.where(finite, b, np.nan), chosen)
    out = Positions(lon, lat, errors, system=chosen.name, fields=fields)
    axes = chosen.axis_labels
    if swapped:
        out.notes.append(f"{names[0]} holds the {axes[1]}s and {names[1]} the {axes[0]}s of {chosen.label} "
                         f"(it writes the {axes[0]} first): they were read that way round")
    elif system is None:
        how = "" if labelled else f", {names[0]} the {axes[0]} and {names[1]} the {axes[1]}"
        out.notes.append(f"the columns {names[0]} and {names[1]} were read as {chosen.label} ({chosen.name}){how}")
    return out


def _from_degrees(lon: np.ndarray, lat: np.ndarray, system: CoordSystem) -> tuple[np.ndarray, np.ndarray]:
    good = np.isfinite(lon) & np.isfinite(lat)
    a, b = (lat, lon) if system.northing_first else (lon, lat)
    return from_system(np.where(good, a, np.nan), np.where(good, b, np.nan), system)


def _mgrs_positions(column, n: int) -> Positions:
    text = as_text(column)
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    errors: Errors = {}
    table: dict[str, tuple[float, float] | str] = {}
    for value in set(text.tolist()):
        if not value:
            table[value] = "is empty"
            continue
        try:
            table[value] = parse_mgrs(value)
        except CoordinateError as exc:
            table[value] = "is not an MGRS grid reference" + (
                "" if str(exc).startswith(f"'{value}' is not an MGRS") else f" ({exc})")
    for i, value in enumerate(text.tolist()):
        got = table[value]
        if isinstance(got, str):
            errors[i] = got
        else:
            lon[i], lat[i] = got
    return Positions(lon, lat, {"mgrs": errors}, system="mgrs", fields=("mgrs",))
