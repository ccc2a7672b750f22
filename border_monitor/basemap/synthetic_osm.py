"""A made-up OpenStreetMap extract (.osm XML) for tests, benchmarks and screenshots: villages and towns with
invented names, roads of every class between them, a railway, meandering rivers, lakes, forests and
wetlands, around a centre near the border. Nothing in it is real; the generator note in the file says so.
"""
from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np

SYLLABLES = ("ža", "lie", "pa", "ker", "ru", "vė", "dai", "šil", "gi", "nė", "me", "ra", "lau", "kiš", "to", "bū")
ENDINGS = ("iai", "ėnai", "iškės", "ava", "iškis", "ai", "ynė")


class _Writer:
    def __init__(self, handle):
        self.out = handle
        self.next_id = 1
        self.ways: list[str] = []

    def node(self, lon: float, lat: float, tags: dict | None = None) -> int:
        nid = self.next_id
        self.next_id += 1
        if tags:
            inner = "".join(f'<tag k={quoteattr(k)} v={quoteattr(str(v))}/>' for k, v in tags.items())
            self.out.write(f' <node id="{nid}" version="1" lat="{lat:.7f}" lon="{lon:.7f}">{inner}</node>\n')
        else:
            self.out.write(f' <node id="{nid}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>\n')
        return nid

    def way(self, coords: np.ndarray, tags: dict, closed: bool = False) -> None:
        ids = [self.node(float(x), float(y)) for x, y in coords]
        if closed:
            ids.append(ids[0])
        refs = "".join(f'<nd ref="{i}"/>' for i in ids)
        inner = "".join(f'<tag k={quoteattr(k)} v={quoteattr(str(v))}/>' for k, v in tags.items())
        self.ways.append(f' <way id="{len(self.ways) + 1}" version="1">{refs}{inner}</way>\n')


def _name(rng: np.random.Generator) -> str:
    parts = rng.choice(len(SYLLABLES), size=int(rng.integers(2, 4)))
    stem = "".join(SYLLABLES[i] for i in parts)
    return (stem + ENDINGS[int(rng.integers(len(ENDINGS)))]).capitalize()


def _blob(rng, lon: float, lat: float, radius_km: float, points: int) -> np.ndarray:
    angles = np.linspace(0, 2 * math.pi, points, endpoint=False)
    r = radius_km * (1 + 0.3 * np.sin(3 * angles + rng.uniform(0, 6)) + 0.15 * np.sin(5 * angles + rng.uniform(0, 6))
                      + 0.03 * rng.standard_normal(points).clip(-2, 2))
    return np.column_stack([lon + r * np.cos(angles) / (111.32 * math.cos(math.radians(lat))),
                            lat + r * np.sin(angles) / 110.57])


def _wiggle(rng, a: np.ndarray, b: np.ndarray, points: int, amplitude: float) -> np.ndarray:
    """A line from ``a`` to ``b`` that meanders smoothly (a few random sine waves across it, none at the ends)."""
    t = np.linspace(0, 1, points)
    line = a + (b - a) * t[:, None]
    normal = np.array([-(b - a)[1], (b - a)[0]])
    normal = normal / (np.linalg.norm(normal) or 1)
    offset = np.zeros(points)
    for k in range(1, 5):
        offset += rng.normal(0, amplitude / k) * np.sin(np.pi * k * t + rng.uniform(0, 0.5)) * np.sin(np.pi * t)
    return line + offset[:, None] * normal


def write_extract(path: str | Path, *, places: int = 60, centre: tuple[float, float] = (25.9, 54.7),
                  span_deg: float = 0.9, seed: int = 1) -> Path:
    """Write a made-up .osm file; ``places`` scales everything (about 12 kB of XML per place)."""
    rng = np.random.default_rng(seed)
    path = Path(path)
    lon0, lat0 = centre
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="border-monitor '
                     'synthetic extract: made-up data, not OpenStreetMap">\n')
        w = _Writer(handle)
        lons = lon0 + rng.uniform(-span_deg, span_deg, places)
        lats = lat0 + rng.uniform(-span_deg * 0.6, span_deg * 0.6, places)
        kinds = rng.choice(["town", "village", "village", "village", "hamlet", "hamlet"], size=places)
        kinds[0] = "city" if places > 20 else "town"
        for lon, lat, kind in zip(lons, lats, kinds):
            w.node(lon, lat, {"place": kind, "name": _name(rng), "population": int(
                {"city": 60000, "town": 8000, "village": 600, "hamlet": 40}[kind] * rng.uniform(0.5, 1.5))})
        xy = np.column_stack([lons, lats])
        for i in range(places):  # roads: each place to its two nearest, class by the ranks of the ends
            d = np.hypot(*(xy - xy[i]).T)
            for j in np.argsort(d)[1:3]:
                rank = {"city": 0, "town": 1, "village": 2, "hamlet": 3}
                top = min(rank[kinds[i]], rank[kinds[j]])
                highway = ("trunk", "primary", "secondary", "tertiary")[top] if rng.random() > 0.3 else \
                    ("primary", "secondary", "tertiary", "unclassified")[top]
                w.way(_wiggle(rng, xy[i], xy[j], 24, 0.15 * float(d[j])), {"highway": highway, "ref": f"{highway[0].upper()}{i}"})
            for _ in range(3):  # village streets
                a = xy[i] + rng.normal(0, 0.004, 2)
                w.way(_wiggle(rng, a, a + rng.normal(0, 0.01, 2), 8, 0.0008), {"highway": "residential"})
        corner = np.array([lon0 - span_deg, lat0 - span_deg * 0.6])
        w.way(_wiggle(rng, corner, np.array([lon0 + span_deg, lat0 + span_deg * 0.6]), 120, 0.05),
              {"railway": "rail", "name": "Made-up railway"})
        for r in range(max(2, places // 15)):  # rivers across the area, streams into them
            a = np.array([lon0 - span_deg, lat0 + rng.uniform(-0.5, 0.5) * span_deg])
            b = np.array([lon0 + span_deg, lat0 + rng.uniform(-0.5, 0.5) * span_deg])
            river = _wiggle(rng, a, b, 300, 0.12)
            w.way(river, {"waterway": "river", "name": _name(rng)})
            for k in range(0, 300, 40):
                start = river[k]
                w.way(_wiggle(rng, start + rng.normal(0, 0.05, 2), start, 30, 0.008), {"waterway": "stream"})
        w.way(_wiggle(rng, np.array([lon0 - span_deg, lat0 - 0.2]), np.array([lon0 + span_deg, lat0 - 0.25]), 60,
                      0.01), {"waterway": "canal", "name": "Made-up canal"})
        for n in range(max(3, places // 3)):  # forests; every 4th a lake, every 6th a wetland
            if n % 4 == 0:
                lon, lat = lon0 + rng.uniform(-span_deg, span_deg), lat0 + rng.uniform(-span_deg, span_deg) * 0.6
                w.way(_blob(rng, lon, lat, rng.uniform(0.3, 2.0), 48), {"natural": "water", "name": _name(rng)},
                      closed=True)
            lon, lat = lon0 + rng.uniform(-span_deg, span_deg), lat0 + rng.uniform(-span_deg, span_deg) * 0.6
            w.way(_blob(rng, lon, lat, rng.uniform(1.5, 6), 160), {"landuse": "forest"}, closed=True)
            if n % 6 == 0:
                lon, lat = lon0 + rng.uniform(-span_deg, span_deg), lat0 + rng.uniform(-span_deg, span_deg) * 0.6
                w.way(_blob(rng, lon, lat, rng.uniform(0.5, 1.5), 60), {"natural": "wetland"}, closed=True)
        handle.writelines(w.ways)
        handle.write("</osm>\n")
    return path
