"""A store another program edited, or whose cache is damaged, crashes no command: invalid rows are kept out,
listed by ``check`` and on open; a damaged snapshot or a dropped trigger is rebuilt; outside edits that bump the
revision still get their derived fields refilled."""
from __future__ import annotations

import json
import logging
import sqlite3

import numpy as np
import pytest
from store_support import random_batch

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.geo.enrich import enrich_one
from border_monitor.store import open_store
from border_monitor.store.gpkg.binary import encode_point, register_functions

N = 40
CSV = "occurred_at,country,type,lon,lat,persons\n2021-08-01T10:00:00Z,LT,apprehension,25.5,54.4,3\n"


def outside(path) -> sqlite3.Connection:
    """Another program: plain sqlite3 with the GeoPackage functions its R-tree triggers need."""
    conn = sqlite3.connect(path)
    register_functions(conn)
    return conn


def damage(path, sql: str, params=()) -> None:
    conn = outside(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(N, seed=5), "ana")
    return path


DAMAGE = {
    "uuid abc": ("UPDATE incidents SET uuid = 'abc' WHERE fid = 3", "uuid"),
    "uuid NULL": ("UPDATE incidents SET uuid = NULL WHERE fid = 3", "uuid"),
    "uuid upper": ("UPDATE incidents SET uuid = upper(uuid) WHERE fid = 3", "uuid"),
    "persons many": ("UPDATE incidents SET persons = 'many' WHERE fid = 3", "persons"),
    "country XX": ("UPDATE incidents SET country = 'XX' WHERE fid = 3", "country"),
    "occurred garbage": ("UPDATE incidents SET occurred_at = 'yesterday' WHERE fid = 3", "occurred_at"),
    "nationalities": ("UPDATE incidents SET nationalities = 'IRQ:zz' WHERE fid = 3", "nationalities"),
    "geom text": ("UPDATE incidents SET geom = 'POINT(1 2)' WHERE fid = 3", "geom"),
    "revision real": ("UPDATE incidents SET revision = 1.5 WHERE fid = 3", "revision"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_every_command_survives_a_row_made_invalid_by_another_program(store_path, tmp_path, capsys, kind):
    sql, field = DAMAGE[kind]
    damage(store_path, sql)

    assert main(["stats", "--store", str(store_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == N - 1
    out = tmp_path / "out.csv"
    assert main(["export", "--store", str(store_path), "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == N  # header + the N - 1 valid rows
    csv = tmp_path / "one.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert main(["import", str(csv), "--store", str(store_path)]) == 0
    capsys.readouterr()

    assert main(["check", "--store", str(store_path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(p["fid"], p["field"]) for p in report["invalid_rows"]] == [(3, field)]
    assert not report["clean"] and report["rows"] == N + 1
    with open_store(store_path, read_only=True) as store:
        assert [(p.fid, p.field) for p in store.invalid_rows] == [(3, field)]
        assert store.count(IncidentFilter()) == N  # the imported row is in, the invalid one out


def test_a_fixed_row_comes_back_and_check_is_clean(store_path, capsys):
    uid = outside(store_path).execute("SELECT uuid FROM incidents WHERE fid = 3").fetchone()[0]
    damage(store_path, "UPDATE incidents SET persons = 'many' WHERE fid = 3")
    with open_store(store_path) as store:
        assert store.count(IncidentFilter()) == N - 1
    damage(store_path, "UPDATE incidents SET persons = 4 WHERE fid = 3")
    with open_store(store_path) as store:
        assert store.count(IncidentFilter()) == N and store.invalid_rows == []
        assert store.get(uid).persons == 4
    assert main(["check", "--store", str(store_path)]) == 0
    assert "clean" in capsys.readouterr().out


def test_a_row_invalid_while_the_store_is_open_is_left_out_at_the_next_query(store_path):
    with open_store(store_path) as store:
        assert store.count(IncidentFilter()) == N
        damage(store_path, "UPDATE incidents SET uuid = NULL WHERE fid = 7")
        assert store.count(IncidentFilter()) == N - 1
        assert [p.fid for p in store.invalid_rows] == [7]
        store.add_batch(random_batch(5, seed=9), "ana")  # a write after the outside edit still works
        assert store.count(IncidentFilter()) == N + 4


def test_check_names_a_rule_sql_cannot_see(store_path, capsys):
    damage(store_path, "UPDATE incidents SET geom = ? WHERE fid = 2", (encode_point(25.0, 54.0),))
    damage(store_path, "UPDATE incidents SET persons = 1, nationalities = 'IRQ:5' WHERE fid = 4")
    assert main(["check", "--store", str(store_path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(p["fid"], p["field"]) for p in report["invalid_rows"]] == [(4, "nationalities")]


SNAPSHOT_DAMAGE = {  # (column, its new values, its type written into the header instead, the header replaced)
    "random bytes": ("lon", lambda: np.frombuffer(np.random.default_rng(1).bytes(100), dtype=np.uint8), None, None),
    "object type": ("lon", lambda: None, "|O", None),
    "big-endian type": ("fid", lambda: None, ">i8", None),
    "wrong dtype": ("country", lambda: np.full(N, 1.5), None, None),
    "codes out of range": ("country", lambda: np.full(N, 9, dtype=np.int8), None, None),
    "short column": ("fid", lambda: np.arange(3, dtype=np.int64), None, None),
    "meta garbage": ("meta", lambda: None, None, b"\xff\xfe not json"),
}


def damage_snapshot(path, member: str, values, dtype: str | None, header: bytes | None) -> None:
    """Write the snapshot file again with one column's values (or the type its header names) replaced, or the header
    itself, the rest kept."""
    import io

    from border_monitor.store.cache import snapshot as snapshots

    meta, arrays = snapshots.read(path)
    place = meta.pop("arrays")
    arrays = {name: np.array(a) for name, a in arrays.items()}
    if values is not None:
        arrays[member] = values
    buffer = io.BytesIO()
    snapshots.write(buffer, meta, arrays)
    data = buffer.getvalue()
    if dtype is not None:
        old = f'"{member}": {{"dtype": "{place[member]["dtype"]}"'.encode()
        assert old in data
        data = data.replace(old, f'"{member}": {{"dtype": "{dtype}"'.encode().ljust(len(old)))
    if header is not None:
        start = len(snapshots.MAGIC) + 8
        length = int.from_bytes(data[start - 8:start], "little")
        data = data[:start] + header.ljust(length) + data[start + length:]
    path.write_bytes(data)


@pytest.mark.parametrize("kind", list(SNAPSHOT_DAMAGE))
def test_a_damaged_index_snapshot_is_rebuilt_with_a_log_line(store_path, caplog, kind):
    name, values, dtype, header = SNAPSHOT_DAMAGE[kind]
    with open_store(store_path) as store:
        expected = store.stats(IncidentFilter())
        snapshot = store.snapshot_path
    assert snapshot.is_file() and not str(snapshot).startswith(str(store_path.parent))  # not beside the store
    damage_snapshot(snapshot, name, values(), dtype, header)
    with caplog.at_level(logging.INFO, logger="border_monitor.store"):
        with open_store(store_path, read_only=True) as store:
            assert store.index_source == "table"
            assert store.stats(IncidentFilter()) == expected
    assert "snapshot" in caplog.text and "rebuilding" in caplog.text
    with open_store(store_path) as store:  # the open that rebuilt saved a good snapshot again at close
        assert store.index_source == "snapshot" and store.stats(IncidentFilter()) == expected


def test_a_truncated_snapshot_or_one_of_another_store_is_not_trusted(store_path, tmp_path, caplog):
    import shutil

    with open_store(store_path) as store:
        expected = store.stats(IncidentFilter())
        snapshot = store.snapshot_path
    snapshot.write_bytes(snapshot.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING, logger="border_monitor.store"):
        with open_store(store_path) as store:
            assert store.index_source == "table" and store.stats(IncidentFilter()) == expected
    assert "damaged" in caplog.text
    # A copy of the store is another store here (its path differs): it never reads the original's snapshot ...
    copy = tmp_path / "copy.gpkg"
    shutil.copyfile(store_path, copy)
    with open_store(copy) as store:
        assert store.index_source == "table" and store.snapshot_path != snapshot
    # ... and a snapshot put in the place of another store's is refused by the identity it holds.
    with open_store(copy) as store:
        assert store.index_source == "snapshot"
        copy_snapshot = store.snapshot_path
    shutil.copyfile(snapshot, copy_snapshot)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="border_monitor.store"):
        with open_store(copy) as store:
            assert store.index_source == "table" and store.stats(IncidentFilter()) == expected
    assert "another store" in caplog.text


def test_a_dropped_data_version_trigger_is_made_again_and_stats_stay_right(store_path, caplog):
    damage(store_path, "DROP TRIGGER bm_incidents_version_update")
    damage(store_path, "UPDATE incidents SET persons = persons + 100 WHERE fid = 1")
    with open_store(store_path, read_only=True) as store:  # cannot repair: rebuilds from the table, warns
        assert store.index_source == "table"
        total = store.stats(IncidentFilter()).persons
        assert any("bm_incidents_version_update" in p for p in store.problems)
    with caplog.at_level(logging.WARNING, logger="border_monitor.store"):
        with open_store(store_path) as store:
            assert store.stats(IncidentFilter()).persons == total
    assert "bm_incidents_version_update" in caplog.text
    conn = outside(store_path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bm_incidents_version_update'").fetchone()[0]
    conn.close()
    damage(store_path, "UPDATE incidents SET persons = persons + 100 WHERE fid = 1")  # the trigger works again
    with open_store(store_path) as store:
        assert store.stats(IncidentFilter()).persons == total + 100


def test_a_point_moved_by_a_tool_that_also_bumps_the_revision_gets_its_derived_fields(store_path):
    moved_to = (23.70, 53.30)
    damage(store_path, "UPDATE incidents SET geom = ?, revision = revision + 1 WHERE fid = 1",
           (encode_point(*moved_to),))
    with open_store(store_path) as store:
        uid = outside(store_path).execute("SELECT uuid FROM incidents WHERE fid = 1").fetchone()[0]
        assert store.get(uid).sector == enrich_one(*moved_to)["sector"]
    # and while a store is open (the index in memory is the previous one)
    with open_store(store_path) as store:
        damage(store_path, "UPDATE incidents SET geom = ?, revision = revision + 1 WHERE fid = 2",
               (encode_point(25.6, 54.3),))
        store.count(IncidentFilter())
        uid = outside(store_path).execute("SELECT uuid FROM incidents WHERE fid = 2").fetchone()[0]
        assert store.get(uid).sector == enrich_one(25.6, 54.3)["sector"]


def test_an_upper_case_uuid_left_out_by_the_rebuild_is_listed_on_open(store_path):
    damage(store_path, "UPDATE incidents SET uuid = upper(uuid) WHERE fid IN (2, 9)")
    with open_store(store_path) as store:
        assert [(p.fid, p.field) for p in store.invalid_rows] == [(2, "uuid"), (9, "uuid")]
        assert store.count(IncidentFilter()) == N - 2
    with open_store(store_path) as store:  # and from the snapshot saved at close
        assert store.index_source == "snapshot"
        assert [p.fid for p in store.invalid_rows] == [2, 9]
