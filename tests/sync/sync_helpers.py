"""Helpers of the sync tests: real GeoPackage stores in ``tmp_path``, incidents, the CLI in a subprocess."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.sync.gpkg_replica import GeoPackageReplica


def incident(k: int = 0, **changes) -> Incident:
    base = dict(occurred_at=datetime(2021, 8, 1, 10, tzinfo=timezone.utc) + timedelta(hours=k), country="LT",
                type="apprehension", lon=25.5 + 0.001 * (k % 50), lat=54.3 + 0.001 * (k // 50), persons=3,
                description=f"incident {k}")
    base.update(changes)
    return Incident(**base)


def new_store(path: Path):
    return open_store(path, create=True)


def replica(path: Path) -> GeoPackageReplica:
    return GeoPackageReplica.open(path)


def cli(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "border_monitor", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, **kwargs)


def file_digest(path: Path) -> str:
    """The store's bytes with its -wal (what 'untouched' means for a GeoPackage in WAL mode)."""
    h = hashlib.sha256(Path(path).read_bytes())
    wal = Path(f"{path}-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


def rows(path: Path) -> list[tuple]:
    """Every incident row (without the local fid), by id: what two identical replicas agree on."""
    import sqlite3

    from border_monitor.store.gpkg.incident_rows import COLUMN_NAMES

    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT hex(geom), {', '.join(COLUMN_NAMES)} FROM incidents ORDER BY uuid").fetchall()
    finally:
        conn.close()


def audit_report(path: Path):
    import sqlite3

    from border_monitor.store.gpkg import audit

    conn = sqlite3.connect(path)
    try:
        return audit.verify(conn)
    finally:
        conn.close()


