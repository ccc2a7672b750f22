"""The window on a database store: another workstation's save reaches the table, timeline and map without user
action (LISTEN/NOTIFY -> refresh), and when the server goes away the banner says so, the picture stays, and
once the server is back the window follows saves again by itself."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

import pg_cluster  # noqa: E402
from border_monitor.scenario.demo_store import write_demo_store  # noqa: E402
from border_monitor.store import open_store  # noqa: E402
from border_monitor.store.postgis.admin import init_database  # noqa: E402
from border_monitor.store.postgis.transfer import geopackage_to_database  # noqa: E402
from border_monitor.ui.lifecycle import dispose  # noqa: E402
from border_monitor.ui.main_window import MainWindow  # noqa: E402
from border_monitor.ui.settings import open_settings  # noqa: E402

TIMEOUT = 30_000
WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, timezone
    from border_monitor.domain.incident import Incident
    from border_monitor.store import open_store
    with open_store(sys.argv[1]) as store:
        inc = Incident(occurred_at=datetime(2021, 9, 14, 3, 0, tzinfo=timezone.utc), country="LT",
                       type="apprehension", lon=25.1, lat=54.9, persons=4, description="saved by workstation B")
        print(next(iter(store.add([inc], "officer.b").incidents)))
""")


@pytest.fixture
def shared(pg_server, tmp_path):
    root = Path(tempfile.mkdtemp(prefix="bm-pg-gui-"))
    cluster = pg_cluster.Cluster(root / "c").init().start()
    url = cluster.url()
    init_database(url)
    demo = tmp_path / "demo.gpkg"
    write_demo_store(demo, 400)
    geopackage_to_database(demo, url)
    yield cluster, url
    cluster.remove()
    shutil.rmtree(root, ignore_errors=True)


def save_elsewhere(url: str) -> str:
    done = subprocess.run([sys.executable, "-c", WRITER, url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_window_follows_another_workstation_and_survives_the_server_going_away(qtbot, shared, tmp_path):
    cluster, url = shared
    store = open_store(url)
    w = MainWindow(store, store_path=url, settings=open_settings(tmp_path / "s.ini"), restore=False, user="officer.a")
    try:
        w.resize(1400, 900)
        w.show()
        qtbot.waitUntil(w.map_panel.is_settled, timeout=TIMEOUT)
        assert w.live_refresh.source.fileno is not None
        rows, bars = w.table_panel.model.rowCount(), w.timeline_panel.bar_sum()
        started = time.monotonic()
        save_elsewhere(url)
        qtbot.waitUntil(lambda: w.table_panel.model.rowCount() == rows + 1 and w.timeline_panel.bar_sum() == bars + 1,
                        timeout=TIMEOUT)
        print(f"\nshared store: another workstation's save on screen {time.monotonic() - started:.2f} s after it began")

        cluster.stop("fast")
        qtbot.waitUntil(lambda: "Connection to 127.0.0.1 lost" in w.store_banner.label.text(), timeout=TIMEOUT)
        assert w.store_banner.isVisible() and w.table_panel.model.rowCount() == rows + 1  # the picture stays
        w.grab().save(str(tmp_path / "lost.png"))

        cluster.start()
        qtbot.waitUntil(lambda: w.store_banner.label.text() == "", timeout=TIMEOUT)  # reconnected by itself
        save_elsewhere(url)
        qtbot.waitUntil(lambda: w.table_panel.model.rowCount() == rows + 2, timeout=TIMEOUT)
    finally:
        dispose(w)
        store.close()
