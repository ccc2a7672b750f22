"""The packed R-tree written into SQLite's shadow tables equals the one SQL inserts build."""
import sqlite3

import numpy as np
import pytest

from border_monitor.store.gpkg.rtree_bulk import bulk_load, round_down, round_up


@pytest.mark.parametrize("n", [0, 1, 51, 52, 2601, 2602, 30_000])
def test_bulk_load_matches_sql_inserts_and_passes_rtreecheck(n):
    rng = np.random.default_rng(n)
    x = rng.uniform(-30, 60, n)
    y = rng.uniform(-50, 70, n)
    x[: n // 10] = np.round(x[: n // 10], 1)  # exactly representable values too
    w = rng.uniform(0, 0.01, n) * (rng.random(n) < 0.3)
    ids = np.arange(1, n + 1) * 3
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE bulk USING rtree(id, minx, maxx, miny, maxy)")
    conn.execute("CREATE VIRTUAL TABLE plain USING rtree(id, minx, maxx, miny, maxy)")
    bulk_load(conn, "bulk", ids, x, x + w, y, y + w)
    conn.executemany("INSERT INTO plain VALUES (?, ?, ?, ?, ?)",
                     zip(ids.tolist(), x.tolist(), (x + w).tolist(), y.tolist(), (y + w).tolist()))
    assert conn.execute("SELECT * FROM bulk ORDER BY id").fetchall() == \
        conn.execute("SELECT * FROM plain ORDER BY id").fetchall()
    assert conn.execute("SELECT rtreecheck('bulk')").fetchone()[0] == "ok"
    q = "SELECT id FROM {} WHERE minx <= 10 AND maxx >= 0 AND miny <= 20 AND maxy >= 5 ORDER BY id"
    assert conn.execute(q.format("bulk")).fetchall() == conn.execute(q.format("plain")).fetchall()
    # The tree stays a working R*Tree: inserts, moves and deletes after the bulk load.
    conn.execute("INSERT INTO bulk VALUES (?, 1, 2, 3, 4)", (10**9,))
    picked = [r[0] for r in conn.execute("SELECT id FROM bulk LIMIT 60").fetchall()]
    conn.executemany("UPDATE bulk SET minx = minx - 1 WHERE id = ?", [(i,) for i in picked[:30]])
    conn.executemany("DELETE FROM bulk WHERE id = ?", [(i,) for i in picked[30:]])
    assert conn.execute("SELECT rtreecheck('bulk')").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM bulk").fetchone()[0] == n + 1 - len(picked[30:])


def test_rounding_contains_the_double_like_sqlite():
    values = np.array([0.1, -0.1, 54.3, -179.99999999, 1e-40, 3.0, 25.123456789])
    down, up = round_down(values), round_up(values)
    normal = np.abs(values) > 1e-30  # float32 subnormals are not widened, by SQLite either
    assert np.all(down.astype(np.float64)[normal] <= values[normal])
    assert np.all(up.astype(np.float64)[normal] >= values[normal])
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING rtree(id, minx, maxx, miny, maxy)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, 0, 0)", [(k, v, v) for k, v in enumerate(values.tolist())])
    stored = np.array(conn.execute("SELECT minx, maxx FROM t ORDER BY id").fetchall())
    assert np.array_equal(stored[:, 0], down.astype(np.float64))
    assert np.array_equal(stored[:, 1], up.astype(np.float64))
