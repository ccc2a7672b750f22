"""Schema versions: a version 1 file (as the first release wrote it) opens, migrates and validates."""
from __future__ import annotations

import sqlite3

import pytest
from store_support import validate_gpkg

from border_monitor.domain import IncidentFilter
from border_monitor.domain.errors import StoreError
from border_monitor.geo.reference import LAYER_NAMES
from border_monitor.store import open_store
from border_monitor.store.gpkg.binary import encode_point, register_functions
from border_monitor.store.gpkg.migrations import CURRENT_VERSION, MIGRATIONS, migrate, schema_version

V1_ROWS = [
    ("7d3c1c4e-0f1e-4c55-9d7a-3f1c2b4a5e61", "2021-07-02T08:15:00.000Z", "LT", "apprehension", 12, "IRQ:12",
     "Group of 12 near Dieveniškės", "patrol", "verified", 25.61, 54.20),
    ("0b9f5d2a-6c3e-4f1a-8e2b-1d4c5a6b7c8d", "2021-08-12T21:40:00.000Z", "LV", "prevented_entry", 4, "SYR,IRQ",
     "Turned back at the Daugava", "camera", "reported", 27.35, 55.82),
    ("c4a1e2b3-5d6f-4a7b-9c8d-0e1f2a3b4c5d", "2021-10-01T03:05:00.000Z", "PL", "barrier_damage", 0, "",
     "Fence cut near Kuźnica", "border post", "closed", 23.66, 53.52),
]


def make_v1(path) -> None:
    """A store at schema version 1 holding three incidents written with plain SQL, as version 1 did."""
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    conn.execute("BEGIN")
    assert migrate(conn, target=1) == [1]
    for uid, at, country, type_, persons, nat, desc, source, status, lon, lat in V1_ROWS:
        conn.execute(
            "INSERT INTO incidents (geom, uuid, occurred_at, country, type, persons, nationalities, description, "
            "source, status, created_at, created_by, updated_at, updated_by, revision, origin, deleted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'old', ?, 'old', 1, 'v1', 0)",
            (encode_point(lon, lat), uid, at, country, type_, persons, nat, desc, source, status, at, at))
    conn.execute("COMMIT")
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('events', 'bm_state')").fetchone()[0] == 0
    conn.close()


def test_version_1_file_is_migrated_on_open(tmp_path):
    path = tmp_path / "old.gpkg"
    make_v1(path)
    with open_store(path) as store:
        assert store.metadata()["schema_version"] == str(CURRENT_VERSION) == str(MIGRATIONS[-1][0])
        assert store.count(IncidentFilter()) == 3
        first = store.get(V1_ROWS[0][0])
        assert first.persons == 12 and first.created_by == "old" and (first.lon, first.lat) == (25.61, 54.20)
        assert store.count(IncidentFilter(text="kuźnica")) == 1
        assert store.events() == []
        for name in LAYER_NAMES:
            assert store.reference_layer(name)["features"]
        item = store.get(V1_ROWS[1][0])
        store.update(item.with_changes(persons=5), "new")
        assert store.get(V1_ROWS[1][0]).revision == 2
        assert store.daily_counts(IncidentFilter()).counts.sum() == 3
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    import border_monitor.store.gpkg.migrations as migrations

    path = tmp_path / "old.gpkg"
    make_v1(path)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:2], (3, "broken", broken)])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 3)
    with pytest.raises(RuntimeError, match="disk full"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('events', 'half_done')").fetchone()[0] == 0
    conn.close()


def test_newer_or_foreign_files_are_refused_with_a_sentence(tmp_path):
    path = tmp_path / "new.gpkg"
    open_store(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE bm_metadata SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Border Monitor \\(schema version 99\\)"):
        open_store(path)
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database at all, just text " * 100)
    with pytest.raises(StoreError, match="notes.gpkg"):
        open_store(text)
    with pytest.raises(StoreError, match="There is no store"):
        open_store(tmp_path / "missing.gpkg")
    plain = tmp_path / "plain.gpkg"
    import subprocess
    import shutil

    if shutil.which("ogr2ogr"):
        csv = tmp_path / "p.csv"
        csv.write_text("x,y\n24,54\n")
        subprocess.run(["ogr2ogr", "-f", "GPKG", str(plain), str(csv), "-oo", "X_POSSIBLE_NAMES=x",
                        "-oo", "Y_POSSIBLE_NAMES=y"], check=True, capture_output=True)
        with pytest.raises(StoreError, match="not a Border Monitor store"):
            open_store(plain)


def test_version_4_audit_log_keeps_its_entries_and_takes_enrich(tmp_path):
    path = tmp_path / "v4.gpkg"
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    conn.execute("BEGIN")
    assert migrate(conn, target=4) == [1, 2, 3, 4]
    entries = [(f"2021-08-0{k}T10:00:00.000Z", f"user{k}", "v4", "update", V1_ROWS[0][0], '{"a": 1}', '{"a": 2}')
               for k in range(1, 6)]
    conn.executemany("INSERT INTO audit_log (at, user, origin, action, incident_uuid, before_json, after_json) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", entries)
    conn.execute("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'audit_log'")  # ids are never reused
    conn.execute("COMMIT")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("INSERT INTO audit_log (at, user, origin, action) VALUES ('2021-08-09T00:00:00Z', 'x', 'y', "
                     "'enrich')")
    conn.close()

    open_store(path).close()
    conn = sqlite3.connect(path)
    assert schema_version(conn) == CURRENT_VERSION == 11
    kept = conn.execute("SELECT id, at, user, origin, action, incident_uuid, before_json, after_json FROM audit_log "
                        "ORDER BY id").fetchall()
    assert kept == [(k + 1, *e) for k, e in enumerate(entries)]
    from border_monitor.store.gpkg import audit

    audit.append(conn, "2021-08-09T00:00:00Z", "x", "y", "enrich", None, None, None)
    assert conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] == 41
    assert audit.verify(conn).intact  # the migration chained the five old entries, the new one follows them
    for statement in ("UPDATE audit_log SET user = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log_incident'").fetchone()[0] == 1
    conn.rollback()
    conn.close()
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr
