"""CSV import rate: our reader + ``store.add_batch`` (validation and enrichment included) against
GDAL loading the same CSV into a GeoPackage (``ogr2ogr`` from Debian's gdal-bin, and pyogrio).

    .venv/bin/python benchmarks/bench_import.py                    # 100k and 1M rows
    .venv/bin/python benchmarks/bench_import.py --rows 100000 --workdir /tmp/bench

GDAL only parses and writes points with text fields; ours also checks every rule of the model,
converts local times, canonicalises nationalities, derives border/sector/distance/side/zone,
writes the audit log and the R-tree, and indexes the columns. Both write one GeoPackage.
The enrichment index is built once per process before timing (its time is reported apart).
Prints one table; figures are wall-clock seconds on this machine.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from border_monitor.domain.taxonomy import COUNTRIES, TYPES, TYPES_NEEDING_PERSONS
from border_monitor.io import read_incidents, write_incidents

# Points near the three borders (lon, lat boxes), one per country.
BOXES = {"LT": (24.0, 53.9, 26.8, 55.7), "LV": (26.6, 55.6, 28.2, 56.1), "PL": (23.2, 51.5, 24.0, 53.9)}


def make_csv(path: Path, n: int, seed: int = 1) -> None:
    """n valid incidents as our CSV export writes them (through ``write_incidents``)."""
    rng = np.random.default_rng(seed)
    country = rng.integers(0, 3, n)
    lon = np.empty(n)
    lat = np.empty(n)
    for k, code in enumerate(c.value for c in COUNTRIES):
        mask = country == k
        x0, y0, x1, y1 = BOXES[code]
        lon[mask] = rng.uniform(x0, x1, mask.sum())
        lat[mask] = rng.uniform(y0, y1, mask.sum())
    kind = rng.integers(0, len(TYPES), n)
    needs = np.isin(kind, [TYPES.index(t) for t in TYPES_NEEDING_PERSONS])
    persons = np.where(needs, rng.integers(1, 40, n), rng.integers(0, 3, n))
    start = np.datetime64("2021-06-01T00:00:00", "ms").astype(np.int64)
    ms = start + rng.integers(0, 200 * 86_400_000, n)
    codes = np.array(["IRQ", "SYR", "AFG", "COD", "CMR", "XXX"], dtype=object)
    nationalities = np.where(persons > 0, codes[rng.integers(0, len(codes), n)] + ":" + persons.astype(str), "")
    columns = {
        "id": np.array([f"{a:08x}-{b:04x}-4{c:03x}-8{d:03x}-{e:012x}" for a, b, c, d, e in zip(
            rng.integers(0, 2**32, n), rng.integers(0, 2**16, n), rng.integers(0, 2**12, n),
            rng.integers(0, 2**12, n), rng.integers(0, 2**48, n))], dtype=object),
        "occurred_at": ms.astype("datetime64[ms]"),
        "country": np.array([c.value for c in COUNTRIES], dtype=object)[country],
        "type": np.array([t.value for t in TYPES], dtype=object)[kind],
        "lon": lon, "lat": lat, "persons": persons,
        "nationalities": nationalities.astype(object),
        "description": np.array([f"Grupė {p} asmenų prie sienos, pranešimas {k}" for k, p in enumerate(persons)],
                                dtype=object),
        "source": np.array(["VSAT", "VRS", "SG"], dtype=object)[country],
    }
    write_incidents(columns, path)


def _cpu() -> float:
    """CPU seconds of this process and its finished children (less sensitive to a busy machine)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def ours(csv_path: Path, store_path: Path) -> dict:
    from border_monitor.store import open_store

    c0, t0 = _cpu(), time.perf_counter()
    result = read_incidents(csv_path)
    c1, t1 = _cpu(), time.perf_counter()
    assert not result.rejects, result.rejects[:3]
    with open_store(store_path, create=True) as store:
        # As `border-monitor import` does: the reader validated the batch already.
        store.add_batch(result.batch, "bench", validated=True, source_name=str(csv_path))
    c2, t2 = _cpu(), time.perf_counter()
    return {"read": t1 - t0, "store": t2 - t1, "total": t2 - t0, "cpu": c2 - c0,
            "cpu_read": c1 - c0, "n": len(result.batch)}


def ogr2ogr(csv_path: Path, out: Path) -> tuple[float, float] | None:
    exe = shutil.which("ogr2ogr")
    if exe is None:
        return None
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run([exe, "-f", "GPKG", str(out), str(csv_path), "-nln", "incidents", "-a_srs", "EPSG:4326",
                    "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "AUTODETECT_TYPE=YES",
                    "-oo", "KEEP_GEOM_COLUMNS=NO", "-gt", "65536"], check=True, capture_output=True)
    return time.perf_counter() - t0, _cpu() - c0


def pyogrio_copy(csv_path: Path, out: Path) -> tuple[float, float]:
    from pyogrio import raw

    c0, t0 = _cpu(), time.perf_counter()
    meta, _, geometry, fields = raw.read(csv_path, X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat",
                                         AUTODETECT_TYPE="YES", KEEP_GEOM_COLUMNS="NO")
    raw.write(out, geometry, fields, meta["fields"], layer="incidents", driver="GPKG", geometry_type="Point",
              crs="EPSG:4326")
    return time.perf_counter() - t0, _cpu() - c0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench_import_"))
    workdir.mkdir(parents=True, exist_ok=True)

    from border_monitor.geo import enrich

    t0 = time.perf_counter()
    enrich.enrich(np.array([25.0]), np.array([54.5]))
    warm = time.perf_counter() - t0
    print(f"enrichment index built once in {warm:.1f} s (not counted below)")
    rows = []
    for n in args.rows:
        csv_path = workdir / f"incidents_{n}.csv"
        if not csv_path.exists():
            make_csv(csv_path, n)
        size = csv_path.stat().st_size / 1e6
        for leftover in workdir.glob(f"out_{n}_*"):
            leftover.unlink()
        mine = ours(csv_path, workdir / f"out_{n}_ours.gpkg")
        gdal = ogr2ogr(csv_path, workdir / f"out_{n}_ogr2ogr.gpkg")
        py = pyogrio_copy(csv_path, workdir / f"out_{n}_pyogrio.gpkg")
        rows.append((n, size, mine, gdal, py))
        print(f"  {n:,} rows done", file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print("wall-clock seconds (CPU seconds in brackets); rates in incidents per wall-clock second")
    print(f"{'rows':>10} {'MB':>5} | {'read':>5} {'store':>6} {'ours':>13} {'ours/s':>8} | "
          f"{'ogr2ogr':>13} {'ogr/s':>8} | {'pyogrio':>13} | {'ours:ogr2ogr':>12} {'(CPU)':>6}")
    for n, size, mine, gdal, py in rows:
        ours_text = f"{mine['total']:5.1f} ({mine['cpu']:5.1f})"
        gdal_text = f"{gdal[0]:5.1f} ({gdal[1]:5.1f}) {n / gdal[0]:8,.0f}" if gdal else f"{'-':>13} {'-':>8}"
        ratio = f"{mine['total'] / gdal[0]:12.2f} {mine['cpu'] / gdal[1]:6.2f}" if gdal else f"{'-':>12} {'-':>6}"
        print(f"{n:>10,} {size:5.0f} | {mine['read']:5.1f} {mine['store']:6.1f} {ours_text} "
              f"{n / mine['total']:8,.0f} | {gdal_text} | {py[0]:5.1f} ({py[1]:5.1f}) | {ratio}")
    print(f"\npeak memory of this process: {peak:,.0f} MB; files in {workdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
