"""Filter + aggregate latency on a PostGIS store through the numpy cache, by plain SQL on the same database,
and on a GeoPackage store of the same incidents; then live-refresh latency between two workstations.

    .venv/bin/python benchmarks/postgis_filters.py 100000
    .venv/bin/python benchmarks/postgis_filters.py 1000000 --url postgresql://postgres@127.0.0.1:5432/postgres

One "view update" is what the window asks after a filter change: the count, the daily counts by country, the
map grid (0.05 degrees) and the statistics. Plain SQL answers the same four questions with count(*), GROUP BY
local day and country, GROUP BY grid cell and GROUP BY country/type (persons summed), with the B-tree on
occurred_at and the GiST index on geom. Live refresh: workstation A saves one edit; workstation B, waiting on
its LISTEN socket, drains, refreshes its cache and counts again; from A's save call to B's answer.
Medians (and p95) over repeats, wall-clock milliseconds.
"""
from __future__ import annotations

import argparse
import select
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_csv  # noqa: E402
from pg_server import database, drop, server  # noqa: E402

FILTERS = {
    "everything": dict(),
    "LT, August": dict(countries=frozenset({"LT"}), date_from=date(2021, 8, 1), date_to=date(2021, 8, 31)),
    "map box": dict(bbox=(23.5, 53.0, 24.5, 54.0)),
    "text search": dict(text="pranešimas 12"),
}

SQL = {  # the same four questions in SQL; {where} is the filter's WHERE clause
    "count": "SELECT count(*) FROM incidents WHERE {where}",
    "daily": "SELECT country, (occurred_at AT TIME ZONE CASE country WHEN 'PL' THEN 'Europe/Warsaw' WHEN 'LV' "
             "THEN 'Europe/Riga' ELSE 'Europe/Vilnius' END)::date AS day, count(*) FROM incidents WHERE {where} "
             "GROUP BY 1, 2",
    "grid": "SELECT floor(ST_X(geom) / 0.05), floor(ST_Y(geom) / 0.05), count(*), sum(persons) FROM incidents "
            "WHERE {where} GROUP BY 1, 2",
    "stats": "SELECT country, type, count(*), sum(persons) FROM incidents WHERE {where} GROUP BY 1, 2",
}


def sql_where(spec: dict) -> str:
    parts = ["NOT deleted"]
    if "countries" in spec:
        parts.append("country IN (" + ", ".join(f"'{c}'" for c in sorted(spec["countries"])) + ")")
    if "date_from" in spec:  # UTC bounds a day wide of the local days (the cache's local-day rule is exact)
        parts.append(f"occurred_at >= '{spec['date_from']}'::timestamptz - interval '3 hours'")
        parts.append(f"occurred_at < '{spec['date_to']}'::timestamptz + interval '1 day'")
    if "bbox" in spec:
        x0, y0, x1, y1 = spec["bbox"]
        parts.append(f"geom && ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, 4326)")
    if "text" in spec:
        parts.append(f"description ILIKE '%{spec['text']}%'")
    return " AND ".join(parts)


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def view_update(store, flt):
    store.count(flt)
    store.daily_counts(flt, by="country")
    store.grid_counts(flt, 0.05)
    store.stats(flt)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000, help="incidents (default 100,000)")
    parser.add_argument("--url", default=None, help="a superuser's URL of the server (default: a throwaway cluster)")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--saves", type=int, default=30, help="saves timed for the live-refresh latency")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench_pg_filters_"))
    workdir.mkdir(parents=True, exist_ok=True)
    csv_path = workdir / f"incidents_{args.n}.csv"
    if not csv_path.exists():
        make_csv(csv_path, args.n)

    import psycopg

    from border_monitor.domain.filters import IncidentFilter
    from border_monitor.io import read_incidents
    from border_monitor.store import open_store

    batch = read_incidents(csv_path).batch
    gpkg = workdir / f"filters_{args.n}.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    with open_store(gpkg, create=True) as store:
        store.add_batch(batch, "bench", validated=True)
    rows = []
    with server(args.url) as admin:
        url = database(admin)
        with open_store(url) as store:
            store.add_batch(read_incidents(csv_path).batch, "bench", validated=True)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("ANALYZE incidents")
        with open_store(url) as pg, open_store(gpkg, read_only=True) as gp, psycopg.connect(url) as conn:
            for label, spec in FILTERS.items():
                flt = IncidentFilter(**spec)
                cache = []
                for _ in range(args.repeats):
                    pg._index._changed()  # noqa: SLF001 - drop cached masks: every repeat computes from scratch
                    cache += timed(lambda: view_update(pg, flt), 1)
                geo = []
                for _ in range(args.repeats):
                    with gp._reading() as index:  # noqa: SLF001
                        index._changed()  # noqa: SLF001
                    geo += timed(lambda: view_update(gp, flt), 1)
                where = sql_where(spec)
                plain = timed(lambda: [conn.execute(q.format(where=where)).fetchall() for q in SQL.values()],
                              args.repeats)
                matches = pg.count(flt)
                rows.append((label, matches, statistics.median(cache), statistics.median(plain),
                             statistics.median(geo)))
        latencies = live_refresh(url, args.saves)
        drop(admin, url)
    print(f"Filter + aggregates (count, daily by country, grid 0.05 deg, stats) at {args.n:,} incidents, "
          f"median of {args.repeats}, ms")
    print(f"  {'filter':<14} {'matches':>9} {'PostGIS cache':>14} {'PostGIS SQL':>12} {'GeoPackage':>11}")
    for label, matches, cache, plain, geo in rows:
        print(f"  {label:<14} {matches:>9,} {cache:>14.1f} {plain:>12.1f} {geo:>11.1f}")
    print(f"Live refresh (A saves one edit -> B's cache current and counted), {len(latencies)} saves: median "
          f"{statistics.median(latencies):.1f} ms, p95 {float(np.percentile(latencies, 95)):.1f} ms")
    return 0


def live_refresh(url: str, saves: int) -> list[float]:
    from border_monitor.domain.filters import IncidentFilter
    from border_monitor.store import open_store

    out = []
    with open_store(url) as a, open_store(url) as b:
        source = b.change_source()
        target = a.page(IncidentFilter(), limit=1)[0]
        for k in range(saves):
            source.drain()
            t0 = time.perf_counter()
            current = a.get(target.id)
            a.update(replace(current, description=f"edit {k}"), "bench")
            select.select([source.fileno], [], [], 10)
            source.drain()
            change = b.refresh()
            b.count(IncidentFilter())
            out.append((time.perf_counter() - t0) * 1000)
            assert change.incidents == {str(target.id)}, change
    return out


if __name__ == "__main__":
    sys.exit(main())
