"""The columnar index converts long Python lists to arrays a slice at a time (so the query worker never holds the
GIL long): the codes and the text-search lookup table are the same as one conversion gives, across slices."""
import numpy as np

from border_monitor.store.cache import columnar
from border_monitor.store.cache.columnar import LIST_SLICE, Vocabulary, array_of


def test_array_of_equals_one_conversion_across_slice_edges():
    for n in (0, 1, LIST_SLICE - 1, LIST_SLICE, LIST_SLICE + 1, 2 * LIST_SLICE + 3):
        values = [(k * 7919) % 100_003 - 5 for k in range(n)]
        out = array_of(values, np.int32)
        assert out.dtype == np.int32 and out.tolist() == values


def test_vocabulary_codes_and_matches_past_one_slice():
    n = LIST_SLICE + 10
    texts = [f"Kuźnica {k}" if k % 2 else f"forest {k}" for k in range(n)]
    vocab = Vocabulary()
    codes = vocab.encode(texts + [None, texts[3]])
    assert codes.tolist() == list(range(n)) + [-1, 3]
    lut = vocab.matching("kuznica")
    assert len(lut) == n + 1 and not lut[-1]  # the NULL entry stays false
    assert lut[:-1].tolist() == [k % 2 == 1 for k in range(n)]
    assert vocab.matching(columnar.fold("FOREST " + str(n - 2)))[n - 2]  # n - 2 is even: a "forest" text


def test_the_first_text_search_builds_with_the_collector_off_then_freezes_it(tmp_path):
    """The descriptions' build runs with Python's cycle collector off (a pass would walk its million-text lists
    holding the GIL); the collector is back on after it, also when the build fails, and what it built is frozen."""
    import gc
    import sqlite3

    import pytest

    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store.gpkg.index_load import load_descriptions, rebuild

    path = tmp_path / "d.gpkg"
    write_demo_store(path, n=300)
    conn = sqlite3.connect(path)
    seen = []

    def loader():
        seen.append(gc.isenabled())
        return load_descriptions(conn)

    index = rebuild(conn)
    index._description_loader, index._descriptions = loader, None
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    try:
        assert index.text_mask("forest").any()
        assert seen == [False] and gc.isenabled() and gc.get_freeze_count() > frozen
        broken = rebuild(conn)
        broken._description_loader, broken._descriptions = (lambda: ["only one"]), None
        with pytest.raises(ValueError, match="descriptions for"):
            broken.descriptions()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        conn.close()


def test_descriptions_are_placed_in_fid_order_across_reads():
    """Rows read ``LIST_SLICE`` at a time land at their fid's position; a fid the index does not hold is left out,
    a row without a description and a fid without a row give ""."""
    import sqlite3

    from border_monitor.store.cache.columnar import descriptions_in_order

    n = LIST_SLICE + 5
    known = np.arange(2, 2 * n + 2, 2, dtype=np.int64)  # even fids
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY, d TEXT)")
    rows = [(int(f), None if f % 10 == 0 else f"text {f}") for f in known if f != 8]
    conn.executemany("INSERT INTO t VALUES (?, ?)", rows + [(1, "not in the index"), (2 * n + 7, "nor this")])
    texts = descriptions_in_order(known, conn.execute("SELECT fid, d FROM t ORDER BY fid"))
    expected = ["" if f == 8 or f % 10 == 0 else f"text {f}" for f in known.tolist()]
    assert texts == expected and len(texts) == n
    assert descriptions_in_order(known[:0], conn.execute("SELECT fid, d FROM t")) == []
