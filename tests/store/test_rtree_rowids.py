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


def test_a_streamed_import_packs_its_tree_in_a_thread_to_the_tree_of_every_row(tmp_path):
    """A big streamed import packs the R-tree of the rows stored before and its own (``store._packed_tree``, in a
    thread while SQLite makes the indexes again): every row's point is in it, once, in the box SQLite would store,
    and the tree is the one ``bulk_load`` packs of the very same entries."""
    from store_support import random_batch

    from border_monitor.store import open_store
    from border_monitor.store.gpkg.binary import decode_point
    from border_monitor.store.gpkg.rtree_bulk import round_down, round_up

    path = tmp_path / "r.gpkg"
    with open_store(path, create=True) as s:
        s.add_batch(random_batch(700, seed=1), "ana")
        s.add_batches(iter([random_batch(3000, seed=2), random_batch(3000, seed=3)]), "ana")
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT fid, geom FROM incidents ORDER BY fid").fetchall()
    fid = np.array([f for f, _ in rows])
    x, y = np.array([decode_point(g) for _, g in rows]).T
    assert len(fid) == 6700
    assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
    stored = np.array(conn.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_incidents_geom ORDER BY id").fetchall())
    assert stored[:, 0].tolist() == fid.tolist()
    for column, expected in zip(stored[:, 1:].T, (round_down(x), round_up(x), round_down(y), round_up(y))):
        assert column.tolist() == expected.astype(np.float64).tolist()
    conn.execute("CREATE VIRTUAL TABLE again USING rtree(id, minx, maxx, miny, maxy)")
    bulk_load(conn, "again", fid.astype(np.int64), x, x, y, y)
    for table in ("node", "rowid", "parent"):
        assert conn.execute(f"SELECT * FROM rtree_incidents_geom_{table} ORDER BY 1").fetchall() == \
            conn.execute(f"SELECT * FROM again_{table} ORDER BY 1").fetchall(), table
