"""The bulk paths (``add_batch`` and the streamed ``add_batches``: deferred uuid index, bookkeeping given as
literals, point blobs bound as bytearrays, many rows per INSERT bound from one flat list) must store, column by column
and type by type (NULLs included) and in the order of the rows, what the one-row path stores (``add``:
``INSERT_SQL`` with every value of ``incident_row`` bound)."""
import sqlite3

import numpy as np
import pytest
from store_support import random_batch

from border_monitor.store import open_store
from border_monitor.store.gpkg.incident_rows import COLUMN_NAMES

# Set by each write to its own moment (same rules, a few ms apart), or the sequence of each write.
APART = {"created_at", "updated_at", "change_seq"}


def stored(path) -> dict[str, dict[str, tuple]]:
    """uuid -> column -> (SQLite type, value) of every row."""
    columns = [c for c in ["geom", *COLUMN_NAMES] if c not in APART]
    with sqlite3.connect(path) as conn:
        out = {}
        for row in conn.execute(f"SELECT uuid, {', '.join(f'typeof({c}), {c}' for c in columns)} FROM incidents"):
            out[row[0]] = {c: (t, v) for c, t, v in zip(columns, row[1::2], row[2::2])}
        return out


def in_fid_order(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [u for (u,) in conn.execute("SELECT uuid FROM incidents ORDER BY fid")]


# (how the rows go in, the most values one statement may bind: None for SQLite's own limit)
PATHS = [("add_batch", None), ("add_batches", None), ("add_batches", 40), ("add_batch", 16)]


@pytest.mark.parametrize("how, most_values", PATHS)
def test_the_bulk_path_stores_what_binding_each_value_stores(tmp_path, how, most_values):
    batch = random_batch(703, seed=21)  # not a multiple of the rows of one INSERT: a shorter last statement too
    batch.lon[:5], batch.lat[:5] = 21.0, 52.2  # far inside Poland, away from every border
    batch.lon[5:8], batch.lat[5:8] = 31.5, 50.3  # the far south-east corner of the region
    batch.ensure_ids()
    bulk, one = tmp_path / "bulk.gpkg", tmp_path / "one.gpkg"
    with open_store(bulk, create=True) as s:
        if most_values is not None:  # the limit of this thread's connection, which the import writes with
            s._conn().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, most_values)
        if how == "add_batch":
            s.add_batch(batch, "ana")
        else:
            assert batch.validate() == []  # the stream's batches come validated (nationalities canonical)
            cuts = [0, 437, 450, 703]  # batches of 437, 13 and 253 rows
            s.add_batches([batch.take(np.arange(a, b)) for a, b in zip(cuts, cuts[1:])], "ana")
    with open_store(one, create=True) as s:
        s.add(batch.to_incidents(), "ana")
    a, b = stored(bulk), stored(one)
    assert a.keys() == b.keys() and len(a) == 703
    assert in_fid_order(bulk) == in_fid_order(one) == [str(i) for i in batch.id]
    # Each store has its own origin id: one per store, compared apart.
    assert all(len({r.pop("origin") for r in rows.values()}) == 1 for rows in (a, b))
    for uid in a:
        assert a[uid] == b[uid], uid  # the type of each value too: a NULL where a text was is a difference
        assert a[uid]["geom"][0] == "blob" and a[uid]["in_zone"][0] == "integer"
