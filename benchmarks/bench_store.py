"""Benchmark of the GeoPackage incident store: import, open, filter + aggregate latency, file size.

    python benchmarks/bench_store.py [--n 100000 1000000] [--queries 40] [--dir /tmp/x] [--no-gdal]

For each size it builds a random but plausible batch (incidents scattered along the real border
sectors, mostly on the EU side, 2021 timing with a summer-autumn peak, realistic types, group sizes
and nationalities), then measures:

- ``add_batch`` into a new store (incidents/s, including validation and enrichment), against
  GDAL writing the same rows from a CSV into a GeoPackage (``ogr2ogr``, and pyogrio reading the CSV
  and writing the layer), as a ratio;
- opening the store (index from the snapshot) and opening it with the snapshot made stale (rebuild);
- random queries (time window x countries x types x bbox): count + per-day histogram + grid cells +
  first 200 rows sorted by time, median and p95, and a sorted page alone;
- the file size.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import shapely

from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.filters import IncidentFilter, SortKey
from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES, IncidentType
from border_monitor.geo import enrich
from border_monitor.geo.reference import load_reference
from border_monitor.store import open_store

_TYPE_WEIGHTS = {
    IncidentType.APPREHENSION: 40, IncidentType.PREVENTED_ENTRY: 40, IncidentType.RETURN_TO_BELARUS: 5,
    IncidentType.SMUGGLING: 4, IncidentType.TRAFFICKING: 1, IncidentType.BARRIER_DAMAGE: 3,
    IncidentType.USE_OF_FORCE: 1, IncidentType.PROVOCATION: 2, IncidentType.MILITARY_ACTIVITY: 1,
    IncidentType.AIRSPACE: 1, IncidentType.HUMANITARIAN: 1, IncidentType.OTHER: 1,
}
_NATIONALITIES = ["IRQ", "AFG", "SYR", "COD", "CMR", "IRN", "YEM", "TUR", "GIN", "RUS", "LKA", "NGA", "TJK"]
_WORDS = ["group", "near", "forest", "river", "fence", "patrol", "observed", "crossing", "lights", "drone",
          "night", "tracks", "marsh", "road", "escort", "barrier", "damaged", "returned", "detained", "family"]
_SOURCES = ["patrol", "camera", "thermal camera", "local resident", "drone", "motion sensor", "border post"]


def make_batch(n: int, seed: int = 0) -> IncidentBatch:
    """``n`` plausible incidents in 2021 along the real border sectors (vectorised)."""
    rng = np.random.default_rng(seed)
    sectors = load_reference().layer("sectors")
    lines = np.array([g for _, g in sectors], dtype=object)
    country_of = np.array([COUNTRIES.index(next(c for c in COUNTRIES if p["border"].startswith(c.value)))
                           for p, _ in sectors], dtype=np.int8)
    weight = np.array([g.length for g in lines]) * np.array([1.0, 0.4, 1.6])[country_of]
    k = rng.choice(len(lines), size=n, p=weight / weight.sum())
    at = shapely.line_interpolate_point(lines[k], rng.random(n), normalized=True)
    lon = shapely.get_x(at) + rng.normal(0, 0.02, n)
    lat = shapely.get_y(at) + rng.normal(0, 0.015, n)
    day = np.clip(rng.normal(255, 45, n), 0, 364).astype(np.int64)  # peak in September
    ms = (np.datetime64("2021-01-01", "ms").astype(np.int64) + day * 86_400_000
          + rng.integers(0, 86_400_000, n)).astype(np.int64)
    types = list(_TYPE_WEIGHTS)
    w = np.array([_TYPE_WEIGHTS[t] for t in types], dtype=float)
    type_code = np.array([TYPES.index(t) for t in types], dtype=np.int8)[rng.choice(len(types), size=n, p=w / w.sum())]
    persons = np.where(np.isin(type_code, [0, 1, 2]), np.maximum(1, rng.lognormal(1.6, 0.9, n)).astype(np.int32),
                       rng.integers(0, 3, n).astype(np.int32)).astype(np.int32)
    nat_pool = np.array(["", *[f"{a}:{1}" for a in _NATIONALITIES], *_NATIONALITIES,
                         *[f"{a},{b}" for a, b in zip(_NATIONALITIES, _NATIONALITIES[1:])]], dtype=object)
    nat = nat_pool[rng.integers(0, len(nat_pool), n)]
    nat[persons == 0] = ""
    words = np.array(_WORDS, dtype=object)
    w1, w2, w3 = (words[rng.integers(0, len(words), n)] for _ in range(3))
    description = w1 + " " + w2 + " " + w3 + " #" + rng.integers(0, 1_000_000, n).astype(str).astype(object)
    source = np.array(_SOURCES, dtype=object)[rng.integers(0, len(_SOURCES), n)]
    status = rng.choice(len(STATUSES), size=n, p=[0.5, 0.3, 0.2]).astype(np.int8)
    return IncidentBatch(
        occurred_at_ms=ms, country=country_of[k], type=type_code, lon=lon, lat=lat, persons=persons,
        nationalities=nat, description=description, source=source, status=status,
    )


def write_csv(batch: IncidentBatch, path: Path) -> None:
    iso = np.datetime_as_string(batch.occurred_at_ms.astype("datetime64[ms]"), unit="ms")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
                    "source", "status"])
        country = np.array([c.value for c in COUNTRIES])[batch.country]
        type_ = np.array([t.value for t in TYPES])[batch.type]
        status = np.array([s.value for s in STATUSES])[batch.status]
        w.writerows(zip((iso.astype(object) + "Z").tolist(), country.tolist(), type_.tolist(),
                        batch.lon.round(7).tolist(), batch.lat.round(7).tolist(), batch.persons.tolist(),
                        batch.nationalities.tolist(), batch.description.tolist(), batch.source.tolist(),
                        status.tolist()))


def time_ogr2ogr(csv_path: Path, out: Path) -> float | None:
    if shutil.which("ogr2ogr") is None:
        return None
    t = time.perf_counter()
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(out), str(csv_path), "-oo", "X_POSSIBLE_NAMES=lon",
                    "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4326",
                    "-nln", "incidents", "-gt", "unlimited"], check=True, capture_output=True)
    return time.perf_counter() - t


def time_pyogrio(csv_path: Path, out: Path) -> float | None:
    try:
        import pyogrio
    except ImportError:
        return None
    t = time.perf_counter()
    meta, _fids, geometry, fields = pyogrio.raw.read(csv_path, X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat",
                                                    AUTODETECT_TYPE="YES")
    pyogrio.raw.write(out, geometry, fields, meta["fields"], driver="GPKG", layer="incidents", crs="EPSG:4326",
                      geometry_type="Point", encoding="UTF-8")
    return time.perf_counter() - t


def random_filters(rng: np.random.Generator, count: int) -> list[IncidentFilter]:
    out = []
    for _ in range(count):
        start = date(2021, 1, 1) + timedelta(days=int(rng.integers(0, 300)))
        end = start + timedelta(days=int(rng.integers(7, 120)))
        countries = frozenset(np.array(COUNTRIES, dtype=object)[rng.random(3) < 0.6].tolist())
        types = frozenset(np.array(TYPES, dtype=object)[rng.random(len(TYPES)) < 0.5].tolist())
        bbox = None
        if rng.random() < 0.5:
            x, y = rng.uniform(23.0, 27.0), rng.uniform(52.0, 55.5)
            bbox = (x, y, x + rng.uniform(0.5, 3.0), y + rng.uniform(0.5, 2.0))
        out.append(IncidentFilter(date_from=start, date_to=end, countries=countries, types=types, bbox=bbox))
    return out


def query_all(store, flt: IncidentFilter) -> int:
    n = store.count(flt)
    store.daily_counts(flt, by="country")
    store.grid_counts(flt, 0.05)
    store.page(flt, SortKey.OCCURRED_AT, offset=0, limit=200)
    return n


def bench(n: int, workdir: Path, queries: int, gdal: bool) -> dict:
    batch = make_batch(n, seed=n)
    result: dict = {"n": n}
    path = workdir / f"bench_{n}.gpkg"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path, create=True)
    t = time.perf_counter()
    enrich.sector_names()  # the enrichment index is built once per process: not part of an import
    result["enrich_init_s"] = time.perf_counter() - t
    t = time.perf_counter()
    store.add_batch(batch, "bench", source_name="bench.csv")
    result["add_s"] = time.perf_counter() - t
    store.close()
    result["size_mb"] = path.stat().st_size / 1e6
    t = time.perf_counter()
    store = open_store(path)
    result["open_s"] = time.perf_counter() - t
    result["open_source"] = store.index_source
    rng = np.random.default_rng(1)
    filters = random_filters(rng, queries)
    query_all(store, filters[0])  # sort orders and lazy caches are made on first use
    times, page_times, matched = [], [], []
    for flt in filters:
        t = time.perf_counter()
        matched.append(query_all(store, flt))
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.page(flt.with_changes(text=""), SortKey.OCCURRED_AT, descending=True, offset=0, limit=200)
        page_times.append(time.perf_counter() - t)
    wide = IncidentFilter(date_from=date(2021, 1, 1), date_to=date(2021, 12, 31))  # every incident
    wide_times = []
    for k in range(10):
        store._cache.index._masks.clear()  # noqa: SLF001 - time the mask too, as after a filter change
        t = time.perf_counter()
        query_all(store, wide.with_changes(types=frozenset(TYPES[: 12 - k])))
        wide_times.append(time.perf_counter() - t)
    result["wide_ms"] = statistics.median(wide_times) * 1000
    t = time.perf_counter()
    text_hits = store.count(IncidentFilter(text="marsh"))
    result["text_s"] = time.perf_counter() - t
    result["text_hits"] = text_hits
    times.sort()
    result["query_median_ms"] = statistics.median(times) * 1000
    result["query_p95_ms"] = times[int(0.95 * (len(times) - 1))] * 1000
    result["page_median_ms"] = statistics.median(page_times) * 1000
    result["matched_median"] = int(statistics.median(matched))
    with store._write_lock:  # noqa: SLF001 - make the snapshot stale to time a rebuild
        store._conn().execute("UPDATE bm_change_counter SET seq = seq + 1")  # noqa: SLF001 - the snapshot's seq is old
    store.close()
    t = time.perf_counter()
    store = open_store(path)
    result["rebuild_s"] = time.perf_counter() - t
    result["rebuild_source"] = store.index_source
    store.close()
    if gdal:
        csv_path = workdir / f"bench_{n}.csv"
        write_csv(batch, csv_path)
        out = workdir / f"ogr_{n}.gpkg"
        out.unlink(missing_ok=True)
        result["ogr2ogr_s"] = time_ogr2ogr(csv_path, out)
        out.unlink(missing_ok=True)
        result["pyogrio_s"] = time_pyogrio(csv_path, out)
        out.unlink(missing_ok=True)
        csv_path.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--no-gdal", action="store_true", help="skip the ogr2ogr/pyogrio comparison")
    args = parser.parse_args(argv)
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="bench_store_"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows = [bench(n, workdir, args.queries, not args.no_gdal) for n in args.n]

    def fmt(v, spec):
        return "-" if v is None else format(v, spec)
    header = ("n", "add s", "inc/s", "ogr2ogr s", "ratio", "pyogrio s", "ratio", "open s", "rebuild s",
              "query med ms", "p95 ms", "wide ms", "page ms", "text s", "MB")
    print(" | ".join(header))
    for r in rows:
        ogr, pyo = r.get("ogr2ogr_s"), r.get("pyogrio_s")
        print(" | ".join([
            f"{r['n']:,}", fmt(r["add_s"], ".1f"), f"{r['n'] / r['add_s']:,.0f}",
            fmt(ogr, ".1f"), fmt(ogr / r["add_s"] if ogr else None, ".2f"),
            fmt(pyo, ".1f"), fmt(pyo / r["add_s"] if pyo else None, ".2f"),
            f"{r['open_s']:.2f} ({r['open_source']})", f"{r['rebuild_s']:.2f} ({r['rebuild_source']})",
            f"{r['query_median_ms']:.1f}", f"{r['query_p95_ms']:.1f}", f"{r['wide_ms']:.1f}",
            f"{r['page_median_ms']:.1f}",
            f"{r['text_s']:.2f}", f"{r['size_mb']:.0f}",
        ]))
    print(f"(the enrichment index was built once per process first: {rows[0]['enrich_init_s']:.1f} s)")
    print("ratio = GDAL time / add_batch time (above 1: the store is faster); query = count + per-day "
          "histogram + grid (0.05 deg) + first 200 rows by time, over random time x countries x types x bbox "
          f"filters (median matched rows at the largest size: {rows[-1]['matched_median']:,}); wide = the same "
          "over the whole year (every incident matches); page = 200 rows, newest first; text = first text "
          "search (loads the descriptions).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
