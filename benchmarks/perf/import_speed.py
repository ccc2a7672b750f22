"""Issue 13 goal 1: the whole CSV import (``border-monitor import``: read, validate, enrich, write, audit entry,
R-tree) against pyogrio's Arrow path (``read_arrow`` + ``write_arrow`` to a GeoPackage with its spatial index),
and the PostGIS bulk load against ``ogr2ogr -f PostgreSQL``, all of the same CSV in the same run.

    .venv/bin/python benchmarks/perf/import_speed.py --rows 100000

Each side runs in its own child process, timed from the parent (interpreter start-up included on both sides);
its peak RSS and CPU seconds are the child's own (``getrusage`` in a small wrapper process). CPU seconds are
printed beside the wall time: on a machine shared with other work they compare the two sides more steadily. The PostGIS rows need a server: ``$BM_TEST_PG_URL`` or
``$BM_BENCH_PG_URL`` (a superuser's URL), else a throwaway cluster when PostgreSQL and PostGIS are installed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

from bench_import import make_csv  # noqa: E402

GOAL = "1 import"

_ANCHOR = """
import sys
import pyogrio
meta, table = pyogrio.read_arrow(sys.argv[1], X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat",
                                 AUTODETECT_TYPE="YES", KEEP_GEOM_COLUMNS="NO")
pyogrio.write_arrow(table, sys.argv[2], layer="incidents", driver="GPKG", geometry_name=meta["geometry_name"] or
                    "wkb_geometry", geometry_type="Point", crs="EPSG:4326")
"""


# The child is started from this small wrapper: a process forked from the benchmark would carry the benchmark's own
# peak RSS (Linux keeps the high-water mark of the memory a process was forked with across exec), so the
# wrapper's RUSAGE_CHILDREN is the only clean figure of the command's own peak.
_WRAPPER = """
import json, resource, subprocess, sys
code = subprocess.run(sys.argv[2:]).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    json.dump([code, usage.ru_maxrss, usage.ru_utime + usage.ru_stime], out)
"""


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            kids = [int(k) for t in os.listdir(f"/proc/{parent}/task")
                    for k in Path(f"/proc/{parent}/task/{t}/children").read_text().split()]
        except OSError:
            continue
        out.extend(kids)
        todo.extend(kids)
    return out


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class _MemorySampler(threading.Thread):
    """The peak, sampled 20 times a second, of the summed RSS of every process under ``pid`` (our import may run
    its CSV reader in a second process: the largest single process's peak would leave that one out). Pages two
    processes share (the libraries both load) count twice: an upper bound of what they take together."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kib, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            self.peak_kib = max(self.peak_kib, sum(_rss_kib(p) for p in _descendants(self.pid)))


def _run(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MB, CPU seconds) of one command in its own process; raises when it fails."""
    return _run_sampled(cmd, env)[:3]


def _run_sampled(cmd: list[str], env: dict | None = None) -> tuple[float, float, float, float]:
    """(wall seconds, peak RSS MB of the largest process, CPU seconds, peak summed RSS MB of all its processes) of one
    command in its own process; raises when it fails."""
    with tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "usage.json"
        err_path = Path(folder) / "stderr"
        with open(err_path, "wb") as err:
            t0 = time.perf_counter()
            # cwd: ``python -m`` puts the working folder first on the import path, so the checkout measured is this
            # one whatever folder the benchmark is started from.
            wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, str(figures), *cmd], stdout=subprocess.DEVNULL,
                                       stderr=err, env=env, cwd=ROOT)
            sampler = _MemorySampler(wrapper.pid)
            sampler.start()
            wrapper.wait()
            wall = time.perf_counter() - t0
            sampler.done.set()
            sampler.join()
        code, rss_kib, cpu = json.loads(figures.read_text())
        if code != 0:
            raise RuntimeError(f"{' '.join(cmd[:4])} ... failed ({code}): {err_path.read_text()[-2000:]}")
    return wall, rss_kib / 1024, cpu, sampler.peak_kib / 1024


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _ours(csv_path: Path, store: str) -> list[str]:
    return [sys.executable, "-m", "border_monitor", "import", str(csv_path), "--store", store, "--user", "bench"]


def gpkg_rows(csv_path: Path, workdir: Path, n: int) -> list[dict]:
    ours_store = workdir / "ours.gpkg"
    anchor_out = workdir / "pyogrio.gpkg"
    for path in workdir.glob("ours.gpkg*"):
        path.unlink()
    anchor_out.unlink(missing_ok=True)
    ours_wall, ours_rss, ours_cpu, ours_sum = _run_sampled(_ours(csv_path, str(ours_store)) + ["--create"], _env())
    anchor_wall, anchor_rss, anchor_cpu, anchor_sum = _run_sampled([sys.executable, "-c", _ANCHOR, str(csv_path),
                                                            str(anchor_out)], _env())
    size = f"{n:,}-row CSV ({csv_path.stat().st_size / 1e6:.0f} MB)"
    return [
        {"goal": GOAL, "figure": f"{size} import wall (CPU)", "ours": f"{ours_wall:.1f} s ({ours_cpu:.1f} s)",
         "anchor": f"pyogrio read_arrow+write_arrow {anchor_wall:.1f} s ({anchor_cpu:.1f} s)",
         "ratio": f"{anchor_wall / ours_wall:.2f}x ({anchor_cpu / ours_cpu:.2f}x)", "target": ">= 1.0x"},
        {"goal": GOAL, "figure": f"{size} import peak RSS (all its processes, summed)",
         "ours": f"{ours_sum:.0f} MB", "anchor": f"pyogrio/GDAL {anchor_sum:.0f} MB",
         "ratio": f"{ours_sum / anchor_sum:.2f}x", "target": "<= 1.5x"},
        {"goal": GOAL, "figure": f"{size} import peak RSS (largest process)", "ours": f"{ours_rss:.0f} MB",
         "anchor": f"pyogrio/GDAL {anchor_rss:.0f} MB", "ratio": f"{ours_rss / anchor_rss:.2f}x", "target": "-"},
    ]


def _pg_admin_url():
    """A superuser URL and a function that stops the cluster started for it (or None, None)."""
    url = os.environ.get("BM_TEST_PG_URL") or os.environ.get("BM_BENCH_PG_URL")
    if url:
        return url, lambda: None
    sys.path.insert(0, str(ROOT / "tests"))
    import pg_cluster

    if pg_cluster.pg_bin() is None or not pg_cluster.has_postgis():
        return None, None
    root = Path(tempfile.mkdtemp(prefix="bm-bench-pg-"))
    cluster = pg_cluster.Cluster(root / "c").init().start()

    def stop():
        cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)

    return cluster.url(), stop


def postgis_rows(csv_path: Path, n: int) -> list[dict]:
    exe = shutil.which("ogr2ogr")
    figure = f"{n:,}-row CSV PostGIS bulk load wall"
    admin, stop = _pg_admin_url()
    if admin is None or exe is None:
        why = "no PostgreSQL/PostGIS server" if admin is None else "no ogr2ogr"
        return [{"goal": GOAL, "figure": figure, "ours": f"not measured ({why})", "anchor": "ogr2ogr -f PostgreSQL",
                 "ratio": "-", "target": ">= 1.0x"}]
    import psycopg

    from pg_server import database, drop
    from postgis_load import ogr_connection

    try:
        url = database(admin)
        try:
            ours_wall, _, ours_cpu = _run(_ours(csv_path, url), _env())
        finally:
            drop(admin, url)
        target = database(admin, init=False)
        try:
            with psycopg.connect(target, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION postgis")
            ogr_wall, _, ogr_cpu = _run([exe, "-f", "PostgreSQL", ogr_connection(target), str(csv_path), "-nln", "incidents",
                                "-a_srs", "EPSG:4326", "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                                "-oo", "AUTODETECT_TYPE=YES", "-oo", "KEEP_GEOM_COLUMNS=NO", "-lco",
                                "GEOMETRY_NAME=geom", "--config", "PG_USE_COPY", "YES", "-gt", "65536"])
        finally:
            drop(admin, target)
    finally:
        stop()
    return [{"goal": GOAL, "figure": figure + " (client CPU)", "ours": f"{ours_wall:.1f} s ({ours_cpu:.1f} s)",
             "anchor": f"ogr2ogr -f PostgreSQL {ogr_wall:.1f} s ({ogr_cpu:.1f} s)",
             "ratio": f"{ogr_wall / ours_wall:.2f}x", "target": ">= 1.0x"}]


def rows(n: int, workdir: Path | None = None, postgis: bool = True) -> list[dict]:
    """The figures of goal 1 at ``n`` rows (the CSV is made once in ``workdir``, a temporary folder by default)."""
    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="bm-import-speed-")) if own else workdir.resolve()  # the children run in ROOT
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        csv_path = workdir / f"incidents_{n}.csv"
        if not csv_path.exists():
            make_csv(csv_path, n)
        out = gpkg_rows(csv_path, workdir, n)
        if postgis:
            out += postgis_rows(csv_path, n)
        return out
    finally:
        if own:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the CSV and the outputs here")
    parser.add_argument("--no-postgis", action="store_true", help="skip the PostGIS load")
    args = parser.parse_args(argv)
    for row in rows(args.rows, args.workdir, postgis=not args.no_postgis):
        print(" | ".join(row[k] for k in ("goal", "figure", "ours", "anchor", "ratio", "target")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
