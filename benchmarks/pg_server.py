"""The PostgreSQL server the PostGIS benchmarks use: ``--url`` (a superuser's maintenance database URL), else
``$BM_BENCH_PG_URL``, else a throwaway cluster started for the run (tests/pg_cluster.py) and removed after."""
from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


@contextlib.contextmanager
def server(url: str | None):
    url = url or os.environ.get("BM_BENCH_PG_URL")
    if url:
        yield url
        return
    import pg_cluster

    root = Path(tempfile.mkdtemp(prefix="bm-bench-pg-"))
    cluster = pg_cluster.Cluster(root / "c").init().start()
    try:
        yield cluster.url()
    finally:
        cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def database(admin_url: str, init: bool = True) -> str:
    """A new database on the server (with an empty store when ``init``); its URL."""
    import psycopg

    name = f"bm_bench_{secrets.token_hex(3)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(admin_url)
    url = urlunsplit((parts.scheme, parts.netloc, f"/{name}", "", ""))
    if init:
        from border_monitor.store.postgis.admin import init_database

        init_database(url)
    return url


def drop(admin_url: str, url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
