"""Issue 13 goal 5: opening a big store to a drawn window after a clean close, following 10 rows another program
changed, and the window's memory; each beside the same window on an empty store (the fixed cost of Qt and
Chromium) or the full index rebuild the incremental refresh spares, measured in the same run.

    .venv/bin/python benchmarks/perf/open_refresh.py --rows 100000

A demo store of ``--rows`` incidents is written once into the work folder (shared with bench_ui.py) and closed
once cleanly (its index snapshot saved in a cache folder there). Each window runs in its own child process,
offscreen at 1600x1000 with settings in a temporary file: "launch" is from starting the process to the map
having drawn (interpreter, Qt, Chromium and the store); "open" is from opening the store to the map drawn in a
running application (store open, window built, first frame, page loaded and fed), split into those three, with
the CPU seconds of the UI thread and of the whole GUI process (Chromium's renderer is a process of its own, not
counted) over it. ``create_application`` (before "open") starts the map's renderer on the page's shell (its
scripts and styles) and waits for it to load (``ui.map.engine``, 40-80 ms): "launch" counts that, "open" does not.
The children run from compiled bytecode, as an installed application does (``PYTHONPYCACHEPREFIX`` in the work
folder, whatever ``PYTHONDONTWRITEBYTECODE`` says). Then, ``--edits`` times,
a second process (plain ``sqlite3`` with the GeoPackage's ST_ functions, as QGIS through GDAL) marks 10 random incidents deleted in one transaction, and
the figure is from its commit until the table and the timeline count them and the map has drawn again (the
window follows the file by itself: ``ui.live_refresh``); the median is given. RSS is the window process's after
the refreshes (``VmRSS``), its peak (``VmHWM``) beside it.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = "5 open/refresh"
ROOT = Path(__file__).resolve().parents[2]

_EDITOR = """
import json, sqlite3, sys, time
from border_monitor.store.gpkg.binary import register_functions
conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
register_functions(conn)  # the ST_ functions of the R-tree triggers, which GDAL (QGIS) registers too
for line in sys.stdin:
    fids = json.loads(line)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"UPDATE incidents SET deleted = 1 WHERE fid IN ({','.join(str(int(f)) for f in fids)})")
    conn.execute("COMMIT")
    print(time.time(), flush=True)
"""

_WINDOW = """
import json, os, random, sqlite3, subprocess, sys, time
t_launch = float(sys.argv[3])
from PySide6.QtCore import QEventLoop, QTimer
from border_monitor.ui.app import create_application
from border_monitor.store import open_store
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings
from border_monitor.ui.lifecycle import dispose

path, edits = sys.argv[1], int(sys.argv[2])
app = create_application()

def spin(ms=1):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

def wait(condition, timeout=300.0):
    deadline = time.time() + timeout
    while not condition():
        if time.time() > deadline:
            raise TimeoutError("the window did not get there")
        spin()

def memory():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

out = {}
t0, ui0, cpu0 = time.perf_counter(), time.thread_time(), time.process_time()
store = open_store(path)
out["store_open"] = time.perf_counter() - t0
out["index_source"] = store.index_source
window = MainWindow(store, store_path=path, settings=open_settings(sys.argv[4]), restore=False)
window.resize(1600, 1000)
out["built"] = time.perf_counter() - t0
out["built_ui_cpu"] = time.thread_time() - ui0
drawn = []
window.map_panel.drawn.connect(lambda _n: drawn.append(time.time()))
window.show()
wait(lambda: bool(drawn))
out["open"] = time.perf_counter() - t0
out["open_ui_cpu"], out["open_cpu"] = time.thread_time() - ui0, time.process_time() - cpu0
out["launch"] = time.time() - t_launch
wait(window.map_panel.is_settled)
spin(300)
latencies = []
if edits:
    conn = sqlite3.connect(path)
    editor = subprocess.Popen([sys.executable, "-c", sys.argv[5], path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    rng = random.Random(13)
    live = [f for (f,) in conn.execute("SELECT fid FROM incidents WHERE deleted = 0")]
    for _ in range(edits):
        fids = rng.sample(live, 10)
        live = sorted(set(live) - set(fids))
        rows, bars = window.table_panel.model.rowCount(), window.timeline_panel.bar_sum()
        drawn.clear()
        editor.stdin.write(json.dumps(fids) + "\\n"); editor.stdin.flush()
        committed = float(editor.stdout.readline())
        seen = {}
        def done():
            now = time.time()
            if "table" not in seen and window.table_panel.model.rowCount() == rows - 10:
                seen["table"] = now
            if "timeline" not in seen and window.timeline_panel.bar_sum() == bars - 10:
                seen["timeline"] = now
            if "map" not in seen and drawn and drawn[-1] > committed:
                seen["map"] = drawn[-1]
            return len(seen) == 3
        wait(done, 60)
        latencies.append(max(seen.values()) - committed)
        spin(400)
    editor.stdin.close(); editor.wait(60)
    conn.close()
out["refresh"] = latencies
out["rss_mb"], out["peak_mb"] = memory()
dispose(window)
store.close()
print("RESULT " + json.dumps(out), flush=True)
"""

_REBUILD = """
import json, sqlite3, sys, time
from border_monitor.store.gpkg.index_load import rebuild
conn = sqlite3.connect(sys.argv[1])
t0 = time.perf_counter()
index = rebuild(conn)
print("RESULT " + json.dumps({"rebuild": time.perf_counter() - t0, "rows": len(index)}), flush=True)
"""


def _env(workdir: Path) -> dict:
    env = dict(os.environ, BORDER_MONITOR_CACHE_DIR=str(workdir / "cache"), QT_QPA_PLATFORM="offscreen")
    # As an installed application runs: from compiled bytecode (kept in the work folder, not beside the sources).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    if "--no-sandbox" not in env.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = (env.get("QTWEBENGINE_CHROMIUM_FLAGS", "") + " --no-sandbox").strip()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _child(code: str, args: list[str], env: dict) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            timeout=1800)
    lines = [x for x in result.stdout.splitlines() if x.startswith("RESULT ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"the benchmark's child failed ({result.returncode}): {result.stderr[-3000:]}")
    return json.loads(lines[-1][len("RESULT "):])


def store_of(workdir: Path, n: int, env: dict) -> Path:
    """The demo store of ``n`` incidents (bench_ui.py's name), written once, then opened and closed cleanly."""
    path = workdir / f"demo-{n}.gpkg"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "border_monitor", "demo", "--out", str(path), "--incidents", str(n)],
                       check=True, capture_output=True, env=env)
    return path


def empty_store(workdir: Path, env: dict) -> Path:
    path = workdir / "empty.gpkg"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "border_monitor", "init", "--store", str(path)], check=True,
                       capture_output=True, env=env)
    return path


def _clean_close(path: Path, env: dict) -> None:
    code = "import sys\nfrom border_monitor.store import open_store\nopen_store(sys.argv[1]).close()"
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True, env=env)


def _window(path: Path, edits: int, env: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix="bm-open-") as settings:
        return _child(_WINDOW, [str(path), str(edits), repr(time.time()), str(Path(settings) / "s.ini"), _EDITOR], env)


def rows(n: int, edits: int = 5, workdir: Path | None = None) -> list[dict]:
    workdir = workdir or Path(tempfile.gettempdir()) / "bm-bench"
    workdir.mkdir(parents=True, exist_ok=True)
    env = _env(workdir)
    big, empty = store_of(workdir, n, env), empty_store(workdir, env)
    for path in (big, empty):
        _clean_close(path, env)
    base = _window(empty, 0, env)
    ours = _window(big, edits, env)
    rebuild = _child(_REBUILD, [str(big)], env)["rebuild"]
    refresh = statistics.median(ours["refresh"]) if ours["refresh"] else float("nan")
    size = f"{n:,}"
    return [
        {"goal": GOAL, "figure": f"launch to drawn window, {size} store (index from {ours['index_source']})",
         "ours": f"{ours['launch']:.2f} s", "anchor": f"empty store {base['launch']:.2f} s",
         "ratio": f"{base['launch'] / ours['launch']:.2f}x", "target": "-"},
        {"goal": GOAL, "figure": f"open {size} store to drawn window (store {ours['store_open']:.2f} s, "
                                 f"window built {ours['built'] - ours['store_open']:.2f} s, "
                                 f"page and first frame {ours['open'] - ours['built']:.2f} s; CPU: UI thread "
                                 f"{ours['open_ui_cpu']:.2f} s, GUI process {ours['open_cpu']:.2f} s)",
         "ours": f"{ours['open']:.2f} s", "anchor": f"empty store {base['open']:.2f} s",
         "ratio": f"{base['open'] / ours['open']:.2f}x", "target": "<= 0.5 s"},
        {"goal": GOAL, "figure": f"10 rows changed by another program -> 3 views, {size} (median of {edits})",
         "ours": f"{refresh:.2f} s", "anchor": f"index rebuilt from the table {rebuild:.2f} s",
         "ratio": f"{rebuild / refresh:.1f}x", "target": "<= 1 s"},
        {"goal": GOAL, "figure": f"GUI RSS, {size} store (peak {ours['peak_mb'] / 1024:.2f} GB)",
         "ours": f"{ours['rss_mb'] / 1024:.2f} GB", "anchor": f"empty store {base['rss_mb'] / 1024:.2f} GB",
         "ratio": f"{base['rss_mb'] / ours['rss_mb']:.2f}x", "target": "<= 1.5 GB"},
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--edits", type=int, default=5, help="outside changes of 10 rows to follow")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    for row in rows(args.rows, args.edits, args.workdir):
        print(" | ".join(row[k] for k in ("goal", "figure", "ours", "anchor", "ratio", "target")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
