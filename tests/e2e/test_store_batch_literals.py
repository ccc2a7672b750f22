"""A batch import writes the bookkeeping values every row shares (the defaults: who, when, revision 1, not deleted)
once, as SQL literals (``incident_rows.batch_insert_sql``), not bound per row: what it stores must be exactly what
binding stores, whatever the user's name holds."""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from border_monitor.domain.batch import IncidentBatch
from border_monitor.store import open_store
from border_monitor.store.gpkg.incident_rows import batch_insert_sql, literal_bookkeeping, sql_literal

from test_cli_import_export import make_incidents

NAMES = ["k", "O'Brien", "'; DROP TABLE incidents; --", "Žaneta Łukasiewicz", "a\"b", "", "x\\y", "tab\there"]


@pytest.mark.parametrize("value", [*NAMES, 0, 1, 2**40, -3])
def test_a_literal_stores_what_binding_stores(value):
    conn = sqlite3.connect(":memory:")
    literal = sql_literal(value)
    assert literal is not None
    assert conn.execute(f"SELECT {literal}, typeof({literal})").fetchone() == \
        conn.execute("SELECT ?, typeof(?)", (value, value)).fetchone()


@pytest.mark.parametrize("value", ["nul\x00inside", "\ud800", 1.5, None, True, b"bytes"])
def test_values_sql_text_cannot_hold_stay_bound(value):
    assert sql_literal(value) is None
    assert "created_by" not in literal_bookkeeping({"created_by": value})


def test_the_insert_binds_only_the_columns_without_a_literal():
    literals = literal_bookkeeping({"created_by": "O'Brien", "revision": 1, "deleted": 0, "origin": "nul\x00"})
    sql = batch_insert_sql(literals, with_seq=False)
    assert "'O''Brien'" in sql and sql.count("?") == 22 - 3  # origin (a NUL) is bound


@pytest.mark.parametrize("user", ["O'Brien", "'; DROP TABLE incidents; --"])
def test_a_batch_import_stores_the_bookkeeping_one_add_stores(tmp_path, user):
    """The same columns, values and SQL types as the one-by-one ``add`` (which binds every value)."""
    path = tmp_path / "s.gpkg"
    incidents = make_incidents(12)
    with open_store(path, create=True) as store:
        store.add(incidents[:2], user)
        lon = np.array([i.lon for i in incidents[2:]])
        batch = IncidentBatch(
            occurred_at_ms=np.array([int(i.occurred_at.timestamp() * 1000) for i in incidents[2:]], dtype=np.int64),
            country=np.array([["LT", "LV", "PL"].index(i.country.value) for i in incidents[2:]], dtype=np.int8),
            type=np.zeros(10, dtype=np.int8), lon=lon, lat=np.array([i.lat for i in incidents[2:]]),
            persons=np.full(10, 3, dtype=np.int32), nationalities=np.full(10, "", dtype=object),
            description=np.full(10, "d", dtype=object), source=np.full(10, "VSAT", dtype=object),
            status=np.zeros(10, dtype=np.int8))
        store.add_batches([batch], user)
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT created_by, typeof(created_by), updated_by, typeof(updated_by), origin, typeof(origin), revision, "
            "typeof(revision), deleted, typeof(deleted), typeof(created_at), typeof(updated_at), "
            "length(created_at) FROM incidents ORDER BY fid").fetchall()
        assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 12
    assert len(set(rows)) == 1, rows  # the two added one by one and the ten of the batch alike
    assert rows[0][0] == user and rows[0][2] == user and rows[0][6] == 1 and rows[0][8] == 0
