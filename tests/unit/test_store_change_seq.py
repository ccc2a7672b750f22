"""The change API of the GeoPackage store (schema version 9): ``change_seq``, ``changes_since``, ``refresh``.

Every write to incidents, by this store, another store object or another program (plain sqlite3 as QGIS has
it, GDAL's own ogr2ogr), bumps the sequence; ``changes_since`` names exactly the incidents written;
``refresh`` takes in only those rows (no rebuild) and says what they were; GDAL still opens and edits the file.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import uuid

import pytest
from test_store_migrations import V1_ROWS, make_v1
from store_support import random_batch, validate_gpkg

from border_monitor.domain import IncidentFilter
from border_monitor.store import Change, ChangeSet, ChangeSource, open_store
from border_monitor.store.gpkg import change_log
from border_monitor.store.gpkg.binary import encode_point, register_functions

ALL = IncidentFilter(include_deleted=True)


@pytest.fixture()
def path(tmp_path):
    path = tmp_path / "seq.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(200, seed=9), "ana")
    return path


def plain(path) -> sqlite3.Connection:
    """Another program's connection (no Border Monitor code): only the ST_ functions the R-tree triggers call."""
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    return conn


def insert_row(conn, description="added elsewhere", lon=25.6, lat=54.3) -> str:
    conn.execute("INSERT INTO incidents (geom, occurred_at, country, type, persons, description) "
                 "VALUES (?, '2021-08-03T10:00:00.000Z', 'LT', 'apprehension', 3, ?)",
                 (encode_point(lon, lat), description))
    return conn.execute("SELECT uuid FROM incidents WHERE fid = last_insert_rowid()").fetchone()[0]


def ids(*texts) -> frozenset:
    return frozenset(uuid.UUID(str(t)) for t in texts)


def test_the_file_has_the_change_sequence_and_gdal_still_reads_and_validates_it(path):
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(incidents)")]
    assert "change_seq" in columns
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'incidents_change_seq'"
                        ).fetchone()[0] == 1
    for sql in (change_log.ROWS_SINCE_SQL, change_log.REMOVED_SINCE_SQL):  # index ranges, not table scans
        plan = " ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", (5,)))
        assert "USING" in plan and ("incidents_change_seq" in plan or "PRIMARY KEY" in plan), plan
    assert conn.execute("SELECT count(*) FROM incidents WHERE change_seq IS NULL OR change_seq < 1").fetchone()[0] == 0
    conn.close()
    info = subprocess.run(["ogrinfo", "-so", "-al", str(path), "incidents"], capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    assert "Feature Count: 200" in info.stdout and "change_seq: Integer" in info.stdout
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_write_of_the_store_bumps_the_sequence_and_is_named(path):
    with open_store(path) as store:
        first, second = store.page(IncidentFilter(), limit=2)
        steps = []
        seq = store.change_seq()
        for write, expected in (
            (lambda: store.update(first.with_changes(persons=first.persons + 1), "ana"), {first.id}),
            (lambda: store.delete([second.id], "ana"), {second.id}),
            (lambda: store.restore([second.id], "ana"), {second.id}),
            (lambda: store.delete_batch([first.id, second.id], "ana"), {first.id, second.id}),
        ):
            write()
            now = store.change_seq()
            assert now > seq
            got = store.changes_since(seq)
            assert got == ChangeSet(now, ids(*expected))
            steps.append(now)
            seq = now
        batch = random_batch(30, seed=10)
        added = store.add_batch(batch, "ana")  # the bulk path: triggers dropped, the sequence set in one go
        got = store.changes_since(seq)
        assert len(added.incidents) == 30 and got.ids == ids(*added.incidents) and got.seq == store.change_seq() > seq
        assert store.changes_since(store.change_seq()) == ChangeSet(store.change_seq())
        # Its own writes were announced by the write path already: refresh has nothing to add.
        assert store.refresh() == Change()
        assert store.changes_since(0).ids == ids(*(i.id for i in store.page(ALL, limit=1000)))


def test_another_programs_insert_update_and_delete_are_caught_up_row_by_row(path):
    with open_store(path) as store:
        one, two, three = store.page(IncidentFilter(), limit=3)
        total, live = store.count(ALL), store.count(IncidentFilter())
        seq = store.change_seq()
        conn = plain(path)
        new_id = insert_row(conn)
        conn.execute("UPDATE incidents SET persons = 41 WHERE uuid = ?", (str(one.id),))
        conn.execute("UPDATE incidents SET deleted = 1 WHERE uuid = ?", (str(two.id),))
        conn.execute("DELETE FROM incidents WHERE uuid = ?", (str(three.id),))  # outright, as QGIS deletes
        conn.close()
        assert store.changes_since(seq).ids == ids(new_id, one.id, two.id, three.id)
        rebuilds = store.refresh_counts.rebuilds
        change = store.refresh()
        assert change.incidents == {new_id, str(one.id), str(two.id), str(three.id)}
        assert (change.added, change.deleted) == (1, 1)
        assert store.refresh_counts.rebuilds == rebuilds  # caught up, not rebuilt
        assert store.refresh_counts.rows_read == 3  # the inserted and the two edited rows, nothing else
        assert store.count(ALL) == total  # one added, one removed
        assert store.get(one.id).persons == 41
        assert store.count(IncidentFilter()) == live + 1 - 2  # one added; one flagged deleted, one removed
        assert store.count(IncidentFilter(text="added elsewhere")) == 1
        assert store.position(IncidentFilter(), "occurred_at", False, new_id) is not None
        assert store.refresh() == Change()  # told once
        assert store.refresh_counts.rows_read == 3
        # The row it added got its derived fields (refilled, audited), like any row QGIS adds.
        assert store.get(new_id).border is not None


def test_a_read_catches_up_too_and_refresh_still_tells(path):
    with open_store(path) as store:
        conn = plain(path)
        new_id = insert_row(conn, "seen by a read first")
        conn.close()
        assert store.count(IncidentFilter(text="seen by a read first")) == 1  # reads keep themselves current
        assert store.refresh().incidents == {new_id}


def test_a_second_store_object_follows_the_first(path):
    with open_store(path) as a, open_store(path, read_only=True) as b:
        inc = a.page(IncidentFilter(), limit=1)[0]
        seq = b.change_seq()
        a.update(inc.with_changes(description="edited at workstation A"), "ana")
        assert b.changes_since(seq).ids == ids(inc.id)
        assert b.refresh() == Change(incidents=frozenset({str(inc.id)}), updated=1)
        assert b.get(inc.id).description == "edited at workstation A"
        assert b.count(IncidentFilter(text="workstation A")) == 1
        assert b.refresh_counts.rebuilds == 0 and b.refresh_counts.rows_read == 1


def test_a_row_another_program_makes_invalid_leaves_the_index_and_comes_back_when_fixed(path):
    with open_store(path) as store:
        inc = store.page(IncidentFilter(), limit=1)[0]
        total = store.count(IncidentFilter())
        conn = plain(path)
        conn.execute("UPDATE incidents SET country = 'XX' WHERE uuid = ?", (str(inc.id),))
        assert store.refresh().incidents == {str(inc.id)}
        assert store.count(IncidentFilter()) == total - 1
        assert [p.field for p in store.invalid_rows] == ["country"]
        conn.execute("UPDATE incidents SET country = 'LT' WHERE uuid = ?", (str(inc.id),))
        conn.close()
        assert store.refresh().incidents == {str(inc.id)}
        assert store.count(IncidentFilter()) == total and store.invalid_rows == []
        assert store.refresh_counts.rebuilds == 0


def test_gdal_edits_bump_the_sequence_and_the_store_sees_them(path, tmp_path):
    with open_store(path) as store:
        seq = store.change_seq()
        feature = {"type": "FeatureCollection", "features": [{
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [25.61, 54.2]},
            "properties": {"occurred_at": "2021-08-05T06:00:00.000Z", "country": "LT", "type": "apprehension",
                           "persons": 2, "description": "appended by ogr2ogr"}}]}
        source = tmp_path / "one.geojson"
        source.write_text(json.dumps(feature), encoding="utf-8")
        run = subprocess.run(["ogr2ogr", "-append", "-update", "-f", "GPKG", str(path), str(source),
                              "-nln", "incidents"], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        edit = subprocess.run(["ogrinfo", "-update", str(path), "-sql",
                               "UPDATE incidents SET persons = 77 WHERE fid = 1"], capture_output=True, text=True)
        assert edit.returncode == 0, edit.stderr
        got = store.changes_since(seq)
        conn = sqlite3.connect(path)
        added, first = (conn.execute("SELECT uuid FROM incidents WHERE description = 'appended by ogr2ogr'").fetchone()[0],
                        conn.execute("SELECT uuid FROM incidents WHERE fid = 1").fetchone()[0])
        conn.close()
        assert got.ids == ids(added, first)
        change = store.refresh()
        assert change.incidents == {added, first}
        assert store.get(first).persons == 77
        assert store.count(IncidentFilter(text="appended by ogr2ogr")) == 1
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_version_1_file_gets_the_sequence_on_its_migration(tmp_path):
    path = tmp_path / "old.gpkg"
    make_v1(path)
    with open_store(path) as store:
        assert store.changes_since(0).ids == ids(*(r[0] for r in V1_ROWS))
        assert store.changes_since(store.change_seq()).ids == frozenset()


def test_triggers_another_program_dropped_are_made_again(path):
    conn = plain(path)
    conn.execute("DROP TRIGGER bm_incidents_seq_update")
    conn.close()
    with open_store(path) as store:
        inc = store.page(IncidentFilter(), limit=1)[0]
        seq = store.change_seq()
        conn = plain(path)
        conn.execute("UPDATE incidents SET persons = 5 WHERE uuid = ?", (str(inc.id),))
        conn.close()
        assert store.changes_since(seq).ids == ids(inc.id)


def test_change_source_names_the_file_and_its_log(path):
    with open_store(path) as store:
        assert store.change_source() == ChangeSource(paths=(str(path), f"{path}-wal"))


def test_a_read_only_file_from_before_the_sequence_still_refreshes(tmp_path, path):
    old = tmp_path / "v8.gpkg"
    shutil.copyfile(path, old)
    conn = plain(old)  # as schema version 8 had it: no sequence
    for name in ("bm_incidents_seq_insert", "bm_incidents_seq_update", "bm_incidents_seq_delete"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE bm_removed_incidents")
    conn.execute("DROP TABLE bm_change_counter")
    conn.execute("UPDATE bm_metadata SET value = '8' WHERE key = 'schema_version'")
    conn.close()
    with open_store(old, read_only=True) as store:
        before = store.change_seq()
        assert store.refresh() == Change()
        conn = plain(old)
        new_id = insert_row(conn, "in an old file")
        conn.close()
        assert store.changes_since(before).ids >= ids(new_id)
        assert store.refresh().touches_incidents
        assert store.count(IncidentFilter(text="in an old file")) == 1
