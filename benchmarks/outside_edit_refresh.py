"""Benchmark: another program edits a few incidents; how long the open store takes to follow.

    python benchmarks/outside_edit_refresh.py [--n 100000] [--edits 10] [--repeat 5] [--dir /tmp/x]

Builds a store of ``n`` plausible incidents (``bench_store.make_batch``), keeps it open, and ``repeat`` times
lets a plain sqlite3 connection (as QGIS has it: no Border Monitor code) edit ``edits`` rows (persons, status),
and as many times the same with one of the points moved (whose derived fields the store then refills, in a
write of its own: an fsync'd transaction with an audit entry). It prints, side by side:

- ``refresh()`` after the attribute edits: the incremental catch-up (only the rows written since are read again);
- ``refresh()`` after the edits with a moved point: the catch-up plus the refill write;
- a full rebuild of the index from the table (what following an outside edit cost before the change sequence),
  with the comparison that finds the rows to refill;

as medians over the repeats, and their ratio; then the file size, and the snapshot's size in the cache folder.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench_store import make_batch
from border_monitor.domain.filters import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.cache.stale_rows import stale_fids
from border_monitor.store.gpkg.binary import encode_point, register_functions


def edit_elsewhere(path: Path, fids: list[int], round_: int, move: bool) -> None:
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    conn.execute("BEGIN")
    for k, fid in enumerate(fids):
        if k == 0 and move:
            conn.execute("UPDATE incidents SET geom = ? WHERE fid = ?", (encode_point(23.7 + 0.01 * round_, 53.3), fid))
        else:
            conn.execute("UPDATE incidents SET persons = persons + 1, status = 'verified' WHERE fid = ?", (fid,))
    conn.execute("COMMIT")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="bm-refresh-"))
    path = workdir / f"refresh-{args.n}.gpkg"
    if path.exists():
        path.unlink()
    t = time.perf_counter()
    with open_store(path, create=True) as store:
        store.add_batch(make_batch(args.n, seed=3), "bench")
    print(f"store of {args.n:,} incidents built in {time.perf_counter() - t:.1f} s: {path}")
    rng = np.random.default_rng(5)
    incremental, with_refill, rebuild = [], [], []
    with open_store(path) as store:
        total = store.count(IncidentFilter(include_deleted=True))
        fids_all = store._cache.index["fid"]  # noqa: SLF001 - pick existing rows to edit
        for round_ in range(2 * args.repeat):
            move = round_ % 2 == 1
            fids = sorted(int(f) for f in rng.choice(fids_all, size=args.edits, replace=False))
            edit_elsewhere(path, fids, round_, move)
            read_before = store.refresh_counts.rows_read
            t = time.perf_counter()
            change = store.refresh()
            (with_refill if move else incremental).append(time.perf_counter() - t)
            assert len(change.incidents) == args.edits, change
            assert store.refresh_counts.rows_read - read_before == args.edits
            if move:
                continue
            # What the same edit cost before: the whole index read again, compared with the one it replaces.
            cache = store._cache  # noqa: SLF001
            with store._write_lock:  # noqa: SLF001
                t = time.perf_counter()
                previous = cache.index
                index = cache.source.load_all(lambda: [])
                stale_fids(previous, index)
                rebuild.append(time.perf_counter() - t)
            assert len(index) == total
        assert store.refresh_counts.rebuilds == 0
        size = path.stat().st_size
    with open_store(path, read_only=True) as store:
        snapshot = store.snapshot_path
        snapshot_size = snapshot.stat().st_size if snapshot and snapshot.is_file() else 0
    inc, full = statistics.median(incremental), statistics.median(rebuild)
    print(f"outside edit of {args.edits} rows in a store of {args.n:,}, median of {args.repeat}:")
    print(f"  incremental refresh (changes_since):  {inc * 1000:8.1f} ms")
    print(f"  ... with one point moved (+ refill):  {statistics.median(with_refill) * 1000:8.1f} ms")
    print(f"  full rebuild of the index:            {full * 1000:8.1f} ms")
    print(f"  ratio (rebuild / incremental):        {full / inc:8.1f} x")
    print(f"file {size / 1e6:.1f} MB; cache snapshot {snapshot_size / 1e6:.1f} MB in {snapshot.parent if snapshot else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
