"""Goal 3 of issue 13: the size of a store against what GDAL writes for the same rows and columns.

    .venv/bin/python benchmarks/perf/store_size.py --rows 100000 [--workdir /tmp/size]

One run, side by side: the CSV of the import benchmark (``bench_import.make_csv``) is imported into a new store
(``border-monitor import --create``: validation, enrichment, audit entry, R-tree), the store is exported to CSV
(``border-monitor export``: every column a user sees, derived and bookkeeping ones included), and that export is
written by pyogrio's GDAL into a GeoPackage with its spatial index (``read_arrow`` + ``write_arrow``, lon/lat as
the point geometry, types detected). Ours is the store file after it was closed (write-ahead log checkpointed);
the anchor is GDAL's file. ``__main__`` also prints where the bytes of each file are, per table and index (SQLite's
``dbstat``).
"""
from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1]
TARGET = 1.3
SMALL = 50_000  # bytes: tables and indexes below this are summed on one line


def breakdown(path: Path) -> list[tuple[str, int]]:
    """(table or index, bytes) of a SQLite file, largest first (pages it holds, free pages as "(free pages)")."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return [(name, int(size)) for name, size in rows] + ([("(free pages)", free)] if free else [])


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "border_monitor", *args], check=True, capture_output=True)


def gdal_copy(csv_path: Path, out: Path) -> None:
    """The anchor: the CSV written by pyogrio's GDAL as a GeoPackage layer with its spatial index."""
    import pyogrio

    _meta, table = pyogrio.read_arrow(csv_path, X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat",
                                      AUTODETECT_TYPE="YES", KEEP_GEOM_COLUMNS="NO")
    pyogrio.write_arrow(table, out, layer="incidents", driver="GPKG", geometry_name="geom", geometry_type="Point",
                        crs="EPSG:4326", SPATIAL_INDEX="YES")


def measure(n: int, workdir: Path) -> dict:
    """Build both files for ``n`` rows in ``workdir``; their paths and sizes."""
    sys.path.insert(0, str(BENCHMARKS))
    from bench_import import make_csv

    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"incidents_{n}.csv"
    if not source.exists():
        make_csv(source, n)
    store, export, anchor = (workdir / f"size_{n}_store.gpkg", workdir / f"size_{n}_export.csv",
                             workdir / f"size_{n}_gdal.gpkg")
    for old in (store, export, anchor):
        old.unlink(missing_ok=True)
    _cli("import", "--store", str(store), "--create", str(source))
    _cli("export", "--store", str(store), "--out", str(export))
    gdal_copy(export, anchor)
    return {"n": n, "store": store, "anchor": anchor, "ours": store.stat().st_size, "gdal": anchor.stat().st_size,
            "export": export.stat().st_size}


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _label(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else f"{n:,}"


def figures(m: dict) -> list[dict]:
    ratio = m["ours"] / m["gdal"]
    return [{"goal": "3 size", "figure": f"{_label(m['n'])} store file (import of the import benchmark's CSV)",
             "ours": _mb(m["ours"]), "anchor": f"pyogrio/GDAL GPKG of our CSV export, all columns {_mb(m['gdal'])}",
             "ratio": f"{ratio:.2f}x", "target": f"<= {TARGET}x"}]


def rows(n: int) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bm_size_") as tmp:
        return figures(measure(n, Path(tmp)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the files here (default: a temporary "
                        "folder, removed after)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bm_size_") as tmp:
        m = measure(args.rows, args.workdir or Path(tmp))
        for row in figures(m):
            print(" | ".join(f"{k}: {v}" for k, v in row.items()))
        print(f"\nour CSV export: {_mb(m['export'])}; bytes per table and index (dbstat):")
        ours, gdal = dict(breakdown(m["store"])), dict(breakdown(m["anchor"]))
        print(f"{'table or index':44} {'ours':>10} {'GDAL':>10} {'ours B/row':>11}")
        small = [0, 0]
        for name in sorted(set(ours) | set(gdal), key=lambda k: -max(ours.get(k, 0), gdal.get(k, 0))):
            a, b = ours.get(name, 0), gdal.get(name, 0)
            if max(a, b) < SMALL:
                small = [small[0] + a, small[1] + b]
                continue
            print(f"{name:44} {_mb(a) if a else '-':>10} {_mb(b) if b else '-':>10} {a / m['n']:11.1f}")
        print(f"{'(every other table and index)':44} {_mb(small[0]):>10} {_mb(small[1]):>10} "
              f"{small[0] / m['n']:11.1f}")
        print(f"{'file':44} {_mb(m['ours']):>10} {_mb(m['gdal']):>10} {m['ours'] / m['n']:11.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
