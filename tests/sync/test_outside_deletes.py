"""A row deleted outright by another program (sqlite3 on a GeoPackage, psql on PostGIS) syncs as a deletion (a
tombstone): the other side has the incident deleted, and it does not come back, on this sync or the next."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import psycopg
from sync_helpers import audit_report, incident, new_store, replica

from border_monitor.domain.filters import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.gpkg.binary import register_functions
from border_monitor.sync.operations import sync_stores
from border_monitor.sync.postgis_replica import PostgisReplica
from border_monitor.sync.replica_core import OUTSIDE_USER

PSQL = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"


def gpkg_row(path: Path, uid: str):
    """(deleted, updated_by) of the incident's row, None when there is no row."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT deleted, updated_by FROM incidents WHERE uuid = ?", (uid,)).fetchone()
    finally:
        conn.close()


def pg_row(url: str, uid: str):
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT deleted, updated_by FROM incidents WHERE uuid = %s", (uid,)).fetchone()
    return None if row is None else (int(row[0]), row[1])


def sqlite_delete(path: Path, uid: str) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("DELETE FROM incidents WHERE uuid = ?", (uid,)).rowcount == 1
        conn.commit()
    finally:
        conn.close()


def sync_gpkg(a: Path, b: Path):
    with replica(a) as left, replica(b) as right:
        return sync_stores(left, right)


def sync_pg(laptop: Path, url: str):
    with replica(laptop) as local, PostgisReplica.open(url) as remote:
        return sync_stores(local, remote)


def test_a_row_deleted_with_sqlite3_syncs_as_a_deletion_between_geopackages(tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    items = [incident(k) for k in range(3)]
    with new_store(a) as store:
        store.add(items, "field")
    new_store(b).close()
    sync_gpkg(a, b)
    gone, kept = str(items[0].id), str(items[1].id)
    assert gpkg_row(b, gone) == (0, "field")
    sqlite_delete(a, gone)
    out, back = sync_gpkg(a, b)
    assert out.changed == 1 and gone in out.ids
    assert gpkg_row(b, gone) == (1, OUTSIDE_USER)  # deleted over there
    assert gpkg_row(a, gone) is None  # and still gone here: no soft-deleted row brought back
    with open_store(b) as store:
        assert store.count(IncidentFilter()) == 2
    for _ in range(2):  # again, and once more the other way round: it stays gone
        sync_gpkg(a, b)
        sync_gpkg(b, a)
        assert gpkg_row(a, gone) is None and gpkg_row(b, gone)[0] == 1
    assert gpkg_row(a, kept) == gpkg_row(b, kept) == (0, "field")
    assert audit_report(a).intact and audit_report(b).intact


def test_a_row_deleted_with_sqlite3_on_the_laptop_is_deleted_on_the_server(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    items = [incident(k) for k in range(3)]
    with new_store(laptop) as store:
        store.add(items, "field")
    sync_pg(laptop, pg_url)
    gone = str(items[2].id)
    assert pg_row(pg_url, gone) == (0, "field")
    sqlite_delete(laptop, gone)
    out, _back = sync_pg(laptop, pg_url)
    assert gone in out.ids and pg_row(pg_url, gone) == (1, OUTSIDE_USER)
    with open_store(pg_url) as store:
        assert store.count(IncidentFilter()) == 2 and store.verify_audit().intact
    for _ in range(2):
        sync_pg(laptop, pg_url)
        assert gpkg_row(laptop, gone) is None and pg_row(pg_url, gone)[0] == 1
    with open_store(laptop) as store:
        assert store.count(IncidentFilter()) == 2


def test_a_row_deleted_with_psql_on_the_server_is_deleted_on_the_laptop(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    items = [incident(k, country="PL", lon=23.8, lat=53.1 + 0.01 * k) for k in range(3)]
    with open_store(pg_url) as store:
        store.add(items, "hq")
    new_store(laptop).close()
    sync_pg(laptop, pg_url)
    gone = str(items[1].id)
    assert gpkg_row(laptop, gone) == (0, "hq")
    done = subprocess.run([PSQL, pg_url, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-c",
                           f"DELETE FROM incidents WHERE uuid = '{gone}'"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert pg_row(pg_url, gone) is None
    _out, back = sync_pg(laptop, pg_url)
    assert gone in back.ids and gpkg_row(laptop, gone) == (1, OUTSIDE_USER)
    for _ in range(2):
        sync_pg(laptop, pg_url)
        assert pg_row(pg_url, gone) is None and gpkg_row(laptop, gone)[0] == 1
    with open_store(laptop) as store:
        assert store.count(IncidentFilter()) == 2
        assert store.get(items[0].id).persons == 3
    assert audit_report(laptop).intact


def test_a_later_edit_of_the_deleted_incident_elsewhere_does_not_bring_the_row_back(tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    item = incident(0)
    with new_store(a) as store:
        store.add([item], "field")
    new_store(b).close()
    sync_gpkg(a, b)
    sqlite_delete(a, str(item.id))
    sync_gpkg(a, b)
    conn = sqlite3.connect(b)  # over there, a note on the deleted incident (it stays deleted), as QGIS would
    register_functions(conn)
    conn.execute("UPDATE incidents SET description = 'seen deleted', revision = revision + 1 WHERE uuid = ?",
                 (str(item.id),))
    conn.commit()
    conn.close()
    out, back = sync_gpkg(b, a)
    assert str(item.id) in out.ids  # the note travelled and merged into the tombstone ...
    assert gpkg_row(a, str(item.id)) is None  # ... without writing the row again
    with replica(a) as here:
        assert here.conflicts() == []
    sync_gpkg(a, b)
    assert gpkg_row(a, str(item.id)) is None and gpkg_row(b, str(item.id))[0] == 1
