"""Field sync: N changed incidents each way between two GeoPackage stores, and the size of a package of N changes.

    .venv/bin/python benchmarks/sync_changes.py 10000
    .venv/bin/python benchmarks/sync_changes.py 10000 --workdir /tmp/bench-sync

A "central" store holds 2N incidents of the demo scenario; a "laptop" store gets them by a first sync (timed).
Then the laptop edits N of them and the central store the other N (a description each, one transaction per
side), and one two-way sync carries N changes each way (timed). Then the laptop edits N again and a package of
those N changes is written plain and encrypted (size, time) and imported into the central store (time).
Figures are wall-clock seconds on this machine.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from border_monitor.domain.filters import IncidentFilter
from border_monitor.scenario.demo_store import write_demo_store
from border_monitor.store import open_store
from border_monitor.sync.exchange import sync_replicas
from border_monitor.sync.gpkg_replica import GeoPackageReplica
from border_monitor.sync.operations import export_package, import_package


def _edit(path: Path, ids: list[str], text: str) -> None:
    with open_store(path) as store:
        for start in range(0, len(ids), 5000):
            part = [store.get(i) for i in ids[start:start + 5000]]
            store.update_many([inc.with_changes(description=f"{text} {k}") for k, inc in enumerate(part)], "bench")


def _ids(path: Path, n: int) -> list[str]:
    with open_store(path) as store:
        return [str(i.id) for i in store.page(IncidentFilter(), limit=n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="changed incidents each way (e.g. 10000)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    n = args.n
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    central, laptop = work / "central.gpkg", work / "laptop.gpkg"
    for p in (central, laptop):
        p.unlink(missing_ok=True)
    write_demo_store(central, n=2 * n)
    open_store(laptop, create=True).close()
    ids = _ids(central, 2 * n)
    rows = []

    def timed(label: str, fn):
        started = time.perf_counter()
        result = fn()
        rows.append((label, time.perf_counter() - started))
        return result

    with GeoPackageReplica.open(laptop) as lap, GeoPackageReplica.open(central) as cen:
        timed(f"first sync: {2 * n:,} incidents central -> laptop", lambda: sync_replicas(lap, cen))
    _edit(laptop, ids[:n], "laptop")
    _edit(central, ids[n:], "central")
    with GeoPackageReplica.open(laptop) as lap, GeoPackageReplica.open(central) as cen:
        out, back = timed(f"two-way sync: {n:,} changed each way", lambda: sync_replicas(lap, cen))
    assert out.changed == n and back.changed == n, (out, back)
    _edit(laptop, ids[:n], "again")
    sizes = {}
    for label, passphrase in (("plain", None), ("encrypted", "bench passphrase")):
        pkg = work / f"laptop-{label}.bmsync"
        with GeoPackageReplica.open(laptop) as lap:
            report = timed(f"export {n:,} changes, {label}", lambda: export_package(
                lap, pkg, peer="central.gpkg", passphrase=passphrase))
        sizes[label] = report.bytes
        assert report.items == n, report
    with GeoPackageReplica.open(central) as cen:
        got = timed(f"import the encrypted package ({n:,} changes)", lambda: import_package(
            cen, work / "laptop-encrypted.bmsync", passphrase="bench passphrase"))
    assert got.changed == n, got
    print(f"Field sync, N = {n:,} (stores in {work})")
    for label, seconds in rows:
        print(f"  {label:<52} {seconds:8.2f} s")
    for label, size in sizes.items():
        print(f"  package of {n:,} changes, {label:<34} {size / 1e6:8.2f} MB ({size / n:,.0f} bytes a change)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
