"""Where scenario incidents happen: near the real border line, weighted toward the busy sectors.

A point is drawn along a sector's stretch of the border line (from the reference data), then
moved perpendicular to the line into the EU country (0.1-5 km) or, for observations across the
line, into Belarus (0.2-3 km). Points that land outside the country (or in one of its lakes: the
country polygons have lakes as holes) are drawn again. Work is done in EPSG:3035 (metres), with
numpy over the segments of the line, so a million points take a second or two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from pyproj import Transformer

from ..geo.reference import Reference, load_reference
from .curves import day_index

# Busy sectors (DOMAIN.md: PL posts Michałowo, Czeremcha, Białowieża, Narewka, Krynki; LT Varėna district,
# Dieveniškės, Druskininkai). Keys are sector names without their N/S/NE/... suffix.
SECTOR_WEIGHTS = {
    "LT": {"Dieveniškės": 3.0, "Druskininkai": 2.6, "Varėna": 2.2, "Šalčininkai": 2.0, "Marcinkonys": 1.6,
           "Merkinė": 1.6, "Eišiškės": 1.6, "Turgeliai": 1.5, "Medininkai": 1.1, "Kapčiamiestis": 1.0,
           "Lavoriškės": 1.0, "Pavoverė": 0.8, "Adutiškis": 0.7, "Švenčionys": 0.6, "Tverečius": 0.5,
           "Visaginas": 0.35},
    "LV": {"Pāternieki": 1.5, "Krāslava": 1.2, "Silene": 1.0, "Indra": 1.0, "Šķaune": 0.7},
    # Narewka lies between the Michałowo and Białowieża stretches, Krynki by Szudziałowo and Bobrowniki.
    "PL": {"Michałowo": 3.2, "Białowieża": 2.6, "Czeremcha": 2.5, "Dubicze Cerkiewne": 1.8, "Szudziałowo": 2.2,
           "Bobrowniki": 1.9, "Kuźnica": 1.1, "Płaska": 0.8, "Janów Podlaski": 0.5, "Włodawa": 0.45,
           "Sławatycze": 0.4, "Kodeń": 0.35, "Terespol": 0.2, "Kukuryki": 0.2},
}
# Times when one stretch drew the crowds: (country, place, first day, last day, factor).
SECTOR_FOCUS = (
    ("PL", "Kuźnica", "2021-11-08", "2021-11-20", 12.0),  # the Kuźnica-Bruzgi standoff
    ("PL", "Kuźnica", "2021-11-21", "2021-11-30", 3.0),
    ("PL", "Szudziałowo", "2021-08-08", "2021-08-31", 1.5),  # Usnarz Górny
    ("LT", "Dieveniškės", "2021-06-01", "2021-07-15", 1.5),  # the first routes, from the Belarusian side
)
EU_OFFSET_KM = (0.1, 5.0)
BY_OFFSET_KM = (0.2, 3.0)
BY_MIN_DISTANCE_M = 150.0  # an observation across the line is at least this far from it
_SUFFIX = re.compile(r"\s+(N|S|E|W|NE|NW|SE|SW)$")


def place_name(sector: str) -> str:
    """The town or post a sector is named after ("Adutiškis NE" -> "Adutiškis")."""
    return _SUFFIX.sub("", sector)


@dataclass
class BorderSegments:
    """The segments of every sector line in EPSG:3035, laid end to end on one axis of lengths."""

    countries: tuple[str, ...]
    sector_names: np.ndarray  # object, per sector
    sector_places: np.ndarray  # object, per sector
    sector_country: np.ndarray  # int, index into countries
    sector_start: np.ndarray  # float, position of the sector's first segment on the axis
    sector_length: np.ndarray  # float, metres
    seg_end: np.ndarray  # cumulative position where each segment ends
    x0: np.ndarray
    y0: np.ndarray
    dx: np.ndarray
    dy: np.ndarray
    length: np.ndarray
    eu_sign: np.ndarray  # +1 when the left normal (-dy, dx) points into the EU country, else -1
    eu_area: dict  # country -> prepared polygon (lon/lat) of the country near its border
    by_area: object  # prepared polygon (lon/lat) of Belarus near the borders
    tree: shapely.STRtree  # of the segments, to find points too near the line


_TO_3035 = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
_TO_4326 = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)


def _to_3035(geom):
    return shapely.transform(geom, lambda xy: np.column_stack(_TO_3035.transform(xy[:, 0], xy[:, 1])))


@lru_cache(maxsize=4)
def border_segments(countries: tuple[str, ...], reference: Reference | None = None) -> BorderSegments:
    reference = reference or load_reference()
    names, places, owner, starts, lengths = [], [], [], [], []
    parts, seg_sector = [], []
    position = 0.0
    for index, (props, geom) in enumerate(reference.layer("sectors")):
        country = props["border"].split("-")[0]
        line = _to_3035(geom)
        sector_len = 0.0
        for part in getattr(line, "geoms", [line]):
            xy = np.asarray(part.coords)[:, :2]
            d = np.diff(xy, axis=0)
            seg_len = np.hypot(d[:, 0], d[:, 1])
            keep = seg_len > 0.5
            parts.append((xy[:-1][keep], d[keep], seg_len[keep]))
            seg_sector.append(np.full(int(keep.sum()), index))
            sector_len += float(seg_len[keep].sum())
        names.append(props["sector"])
        places.append(place_name(props["sector"]))
        owner.append(countries.index(country))
        starts.append(position)
        lengths.append(sector_len)
        position += sector_len
    start_xy = np.concatenate([p[0] for p in parts])
    d = np.concatenate([p[1] for p in parts])
    seg_len = np.concatenate([p[2] for p in parts])
    seg_end = np.cumsum(seg_len)
    # Which way is the EU? Probe 30 m to the left of each segment's middle.
    mid = start_xy + d / 2
    nx, ny = -d[:, 1] / seg_len, d[:, 0] / seg_len
    seg_country = np.array(owner)[np.concatenate(seg_sector)]
    eu_area, eu_sign = {}, np.zeros(len(seg_len))
    # Containment is tested in lon/lat against the reference polygons as they are, the same test
    # geo.enrich makes for the side; only the land near the line matters, so clip to the line's
    # box grown by about 10 km (fast, unlike a buffer).
    by_parts = []
    for props, line in reference.layer("borders"):
        country = props["border"].split("-")[0]
        k = countries.index(country)
        minx, miny, maxx, maxy = shapely.bounds(line)
        box = (minx - 0.2, miny - 0.1, maxx + 0.2, maxy + 0.1)
        area = shapely.clip_by_rect(reference.eu_polygon(country), *box)
        shapely.prepare(area)
        eu_area[country] = area
        by_parts.append(shapely.clip_by_rect(reference.belarus_polygon(), *box))
        mine = seg_country == k
        probe_lon, probe_lat = _TO_4326.transform(mid[mine, 0] + 30 * nx[mine], mid[mine, 1] + 30 * ny[mine])
        eu_sign[mine] = np.where(shapely.contains_xy(area, probe_lon, probe_lat), 1.0, -1.0)
    by_area = shapely.union_all(by_parts)
    shapely.prepare(by_area)
    return BorderSegments(
        countries=countries, sector_names=np.array(names, dtype=object), sector_places=np.array(places, dtype=object),
        sector_country=np.array(owner), sector_start=np.array(starts), sector_length=np.array(lengths),
        seg_end=seg_end, x0=start_xy[:, 0], y0=start_xy[:, 1], dx=d[:, 0], dy=d[:, 1], length=seg_len,
        eu_sign=eu_sign, eu_area=eu_area, by_area=by_area,
        tree=shapely.STRtree(shapely.linestrings(np.stack([start_xy, start_xy + d], axis=1))),
    )


def sector_weights(segments: BorderSegments, day: int) -> np.ndarray:
    """Weight of every sector on one day (index of the scenario period)."""
    w = np.ones(len(segments.sector_names))
    for i, (place, country) in enumerate(zip(segments.sector_places, segments.sector_country)):
        w[i] = SECTOR_WEIGHTS[segments.countries[country]].get(place, 1.0)
        for c, name, first, last, factor in SECTOR_FOCUS:
            if c == segments.countries[country] and name == place and day_index(first) <= day <= day_index(last):
                w[i] *= factor
    return w


def _offsets_km(rng: np.random.Generator, k: int, low: float, high: float) -> np.ndarray:
    """Distances from the line, most of them within the first 2 km."""
    return low + (high - low) * rng.beta(1.2, 2.8, size=k)


@dataclass
class Placed:
    lon: np.ndarray
    lat: np.ndarray
    sector: np.ndarray  # int, index into segments.sector_names
    offset_km: np.ndarray  # distance moved from the line (the distance to the line is at most this)


def place_incidents(rng: np.random.Generator, country: np.ndarray, day: np.ndarray, by_side: np.ndarray,
                    countries: tuple[str, ...], forced_sector: np.ndarray | None = None,
                    reference: Reference | None = None) -> Placed:
    """Coordinates for incidents of ``country`` (codes) on ``day`` (period indices), EU or BY side.

    ``forced_sector`` (-1 = free) pins some rows to a sector by index (e.g. the Kuźnica clashes).
    """
    seg = border_segments(countries, reference)
    k = len(country)
    sector = np.full(k, -1, dtype=np.int64)
    # Sector choice: weights change only on a few days, so group rows by (country, weight pattern).
    patterns: dict[bytes, np.ndarray] = {}
    pattern_of_day = np.empty(int(day.max(initial=0)) + 1, dtype=np.int64)
    for d in range(len(pattern_of_day)):
        w = sector_weights(seg, d)
        key = w.tobytes()
        if key not in patterns:
            patterns[key] = w
        pattern_of_day[d] = list(patterns).index(key)
    weights = list(patterns.values())
    row_pattern = pattern_of_day[day]
    for c in range(len(countries)):
        mine_sectors = np.flatnonzero(seg.sector_country == c)
        for p, w in enumerate(weights):
            rows = np.flatnonzero((country == c) & (row_pattern == p))
            if len(rows):
                pw = w[mine_sectors]
                sector[rows] = mine_sectors[rng.choice(len(mine_sectors), size=len(rows), p=pw / pw.sum())]
    if forced_sector is not None:
        sector = np.where(forced_sector >= 0, forced_sector, sector)
    lon = np.full(k, np.nan)
    lat = np.full(k, np.nan)
    offset = np.zeros(k)
    todo = np.arange(k)
    for attempt in range(12):
        if not len(todo):
            break
        m = len(todo)
        s = sector[todo]
        pos = seg.sector_start[s] + rng.random(m) * seg.sector_length[s]
        j = np.minimum(np.searchsorted(seg.seg_end, pos, side="right"), len(seg.seg_end) - 1)
        t = (pos - (seg.seg_end[j] - seg.length[j])) / seg.length[j]
        px, py = seg.x0[j] + t * seg.dx[j], seg.y0[j] + t * seg.dy[j]
        nx, ny = -seg.dy[j] / seg.length[j], seg.dx[j] / seg.length[j]
        by = by_side[todo]
        shrink = 0.6 ** max(0, attempt - 6)  # late tries: closer to the line, where the land is
        km = np.where(by, _offsets_km(rng, m, *BY_OFFSET_KM), _offsets_km(rng, m, *EU_OFFSET_KM))
        km = np.maximum(np.where(by, BY_OFFSET_KM[0], EU_OFFSET_KM[0]), km * shrink)
        sign = seg.eu_sign[j] * np.where(by, -1.0, 1.0)
        x, y = px + sign * nx * km * 1000, py + sign * ny * km * 1000
        x_lon, y_lat = _TO_4326.transform(x, y)
        ok = np.zeros(m, dtype=bool)
        for c, name in enumerate(countries):
            rows = np.flatnonzero(~by & (country[todo] == c))
            ok[rows] = shapely.contains_xy(seg.eu_area[name], x_lon[rows], y_lat[rows])
        rows = np.flatnonzero(by)
        ok[rows] = shapely.contains_xy(seg.by_area, x_lon[rows], y_lat[rows])
        # Across the line means clearly across: where the line bends, a perpendicular step can end near it.
        near = rows[ok[rows]]
        if len(near):
            hits = seg.tree.query(shapely.points(x[near], y[near]), predicate="dwithin", distance=BY_MIN_DISTANCE_M)
            ok[near[np.unique(hits[0])]] = False
        done = todo[ok]
        lon[done], lat[done] = x_lon[ok], y_lat[ok]
        offset[done] = km[ok]
        todo = todo[~ok]
    if len(todo):
        raise RuntimeError(f"{len(todo)} scenario incidents found no place on land near their sector")
    return Placed(lon=lon, lat=lat, sector=sector, offset_km=offset)
