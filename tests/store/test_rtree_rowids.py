"""The packed R-tree's ``_rowid`` table of consecutive ids (every import into an empty store) is written from a
JSON array a block at a time (``rtree_bulk._insert_rowids``): it must hold what the pairs bound one by one hold."""
import sqlite3

import numpy as np
import pytest

from border_monitor.store.gpkg.rtree_bulk import bulk_load


@pytest.mark.parametrize("first, n", [(1, 1), (5, 70_000), (40, 2602)])  # 70k: more than one block of 65,536
def test_consecutive_ids_give_the_rowid_table_the_pairs_give(first, n):
    rng = np.random.default_rng(n)
    x, y = rng.uniform(20, 30, n), rng.uniform(50, 58, n)
    ids = np.arange(first, first + n)
    conn = sqlite3.connect(":memory:")
    tables = {}
    for name in ("json", "pairs"):
        conn.execute(f"CREATE VIRTUAL TABLE {name} USING rtree(id, minx, maxx, miny, maxy)")
    bulk_load(conn, "json", ids, x, x, y, y)
    gaps = ids.copy()
    gaps[-1] += 1  # one gap: the pairs are bound as before
    bulk_load(conn, "pairs", np.concatenate([ids[:-1], gaps[-1:]]), x, x, y, y)
    for name in ("json", "pairs"):
        assert conn.execute(f"SELECT rtreecheck('{name}')").fetchone()[0] == "ok"
        tables[name] = conn.execute(f"SELECT rowid, typeof(nodeno), nodeno FROM {name}_rowid ORDER BY rowid").fetchall()
    assert [r[0] for r in tables["json"]] == ids.tolist()
    assert {r[1] for r in tables["json"]} == {"integer"}
    # The same tree (same boxes, same order): the same node of every entry but the one moved id.
    assert [r[1:] for r in tables["json"]] == [r[1:] for r in tables["pairs"]]
    probe = int(ids[n // 2])
    assert conn.execute("SELECT id, minx, miny FROM json WHERE id = ?", (probe,)).fetchone()[0] == probe
