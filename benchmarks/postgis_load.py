"""Bulk load of N incidents into a PostGIS store beside ``ogr2ogr -f PostgreSQL`` of the same CSV.

    .venv/bin/python benchmarks/postgis_load.py 100000
    .venv/bin/python benchmarks/postgis_load.py 1000000 --url postgresql://postgres@127.0.0.1:5432/postgres

Ours: the CSV reader (validation, local times, nationalities) then ``store.add_batch`` (enrichment, COPY, the
change sequence from column defaults, audit entry, cache); GDAL's: parse and COPY points with text fields. Both
into a new database on the same server. Also: opening the store (the cache read in one binary COPY). Wall-clock
seconds.

``--split`` also times the server's side alone: the same COPY payload (made once) into a store at schema version
4 (the per-row PL/pgSQL triggers) and at 5 (column defaults), each whole, without its triggers on insert,
without its three secondary indexes, and bare (no triggers, no indexes, no primary key), as the superuser.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_csv  # noqa: E402
from pg_server import database, drop, server  # noqa: E402


def ogr_connection(url: str) -> str:
    parts = urlsplit(url)
    return (f"PG:host={parts.hostname} port={parts.port or 5432} dbname={parts.path.lstrip('/')} "
            f"user={parts.username or 'postgres'}")


_NO_ROW_TRIGGERS = {
    4: ["DROP TRIGGER incidents_written ON incidents", "DROP TRIGGER incidents_role_rules ON incidents",
        "ALTER TABLE incidents ALTER fid SET DEFAULT nextval('incidents_fid_seq'), "
        "ALTER change_seq SET DEFAULT nextval('bm_change_seq')"],
    5: ["DROP TRIGGER incidents_role_rules_insert ON incidents",
        "DROP TRIGGER incidents_insert_renumber ON incidents"],
}
_NO_INDEXES = ["DROP INDEX incidents_geom_gist", "DROP INDEX incidents_change_seq", "DROP INDEX incidents_occurred_at"]


def server_split(admin: str, csv_path: Path) -> list[tuple[int, str, float]]:
    """(schema version, variant, seconds) of one COPY of the whole CSV's rows, the server's side alone."""
    import psycopg

    from border_monitor.geo import enrich as geo_enrich
    from border_monitor.io import read_incidents
    from border_monitor.store.gpkg.write import prepare_batch
    from border_monitor.store.postgis import schema
    from border_monitor.store.postgis.copy_text import batch_payload
    from border_monitor.store.postgis.rows import WRITE_COLUMNS

    batch = read_incidents(csv_path).batch
    prepared = prepare_batch(batch, "bench", "bench", str(csv_path), validated=True)
    payload = batch_payload(batch, prepared.ids, geo_enrich.enrich(batch.lon, batch.lat), geo_enrich.sector_names(),
                            prepared.bookkeeping)
    variants = [("whole", []), ("no triggers on insert", None), ("no secondary indexes", _NO_INDEXES),
                ("bare table", None)]
    out = []
    for version in (4, 5):
        for name, statements in variants:
            if name == "no triggers on insert":
                statements = _NO_ROW_TRIGGERS[version]
            elif name == "bare table":
                statements = _NO_ROW_TRIGGERS[version] + _NO_INDEXES + [
                    "ALTER TABLE incidents DROP CONSTRAINT incidents_pkey, DROP CONSTRAINT incidents_fid_key"]
            url = database(admin, init=False)
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    schema.init(conn, "bench", "bench", target=version)
                    for statement in statements:
                        conn.execute(statement)
                    conn.execute("CHECKPOINT")
                with psycopg.connect(url) as conn:
                    t0 = time.perf_counter()
                    with conn.cursor() as cur, cur.copy(f"COPY incidents ({', '.join(WRITE_COLUMNS)}) FROM STDIN") \
                            as copy:
                        for k in range(0, len(payload), 1 << 20):
                            copy.write(payload[k:k + (1 << 20)])
                    conn.commit()
                    out.append((version, name, time.perf_counter() - t0))
            finally:
                drop(admin, url)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000, help="incidents (default 100,000)")
    parser.add_argument("--url", default=None, help="a superuser's URL of the server (default: a throwaway cluster)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--split", action="store_true", help="also time the server's side at schema 4 and 5")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench_pg_load_"))
    workdir.mkdir(parents=True, exist_ok=True)
    csv_path = workdir / f"incidents_{args.n}.csv"
    if not csv_path.exists():
        make_csv(csv_path, args.n)

    from border_monitor.domain.filters import IncidentFilter
    from border_monitor.geo import enrich
    from border_monitor.io import read_incidents
    from border_monitor.store import open_store

    enrich.enrich(np.array([25.0]), np.array([54.5]))  # the enrichment index, built once (not timed)
    with server(args.url) as admin:
        url = database(admin)
        t0 = time.perf_counter()
        result = read_incidents(csv_path)
        t1 = time.perf_counter()
        with open_store(url) as store:
            t2 = time.perf_counter()
            store.add_batch(result.batch, "bench", validated=True, source_name=str(csv_path))
            t3 = time.perf_counter()
        t4 = time.perf_counter()
        with open_store(url) as store:
            opened = time.perf_counter() - t4
            assert store.count(IncidentFilter()) == args.n
        ogr = None
        exe = shutil.which("ogr2ogr")
        if exe:
            target = database(admin, init=False)
            with __import__("psycopg").connect(target, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION postgis")
            g0 = time.perf_counter()
            subprocess.run([exe, "-f", "PostgreSQL", ogr_connection(target), str(csv_path), "-nln", "incidents",
                            "-a_srs", "EPSG:4326", "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                            "-oo", "AUTODETECT_TYPE=YES", "-oo", "KEEP_GEOM_COLUMNS=NO", "-lco", "GEOMETRY_NAME=geom",
                            "--config", "PG_USE_COPY", "YES", "-gt", "65536"], check=True, capture_output=True)
            ogr = time.perf_counter() - g0
            drop(admin, target)
        drop(admin, url)
        split = server_split(admin, csv_path) if args.split else []
    ours = t3 - t0
    print(f"PostGIS bulk load, {args.n:,} incidents ({csv_path.stat().st_size / 1e6:.0f} MB CSV), wall-clock s")
    print(f"  ours: read+check {t1 - t0:6.2f}  enrich+COPY+audit {t3 - t2:6.2f}  total {ours:6.2f}  "
          f"({args.n / ours:,.0f}/s)")
    if ogr is not None:
        print(f"  ogr2ogr -f PostgreSQL (PG_USE_COPY): {ogr:6.2f}  ({args.n / ogr:,.0f}/s)   ratio ours/ogr2ogr "
              f"{ours / ogr:.2f}")
    else:
        print("  ogr2ogr: not installed")
    print(f"  open the store (cache read in one binary COPY): {opened:6.2f}")
    for version, name, seconds in split:
        print(f"  server side, schema {version}, {name:26s} {seconds:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
