"""The banner over the window names how many rows another program made invalid and points to ``check``."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # store_support

from store_support import random_batch  # noqa: E402

from border_monitor.store import open_store  # noqa: E402
from border_monitor.store.gpkg.binary import register_functions  # noqa: E402
from border_monitor.ui.store_banner import StoreBanner  # noqa: E402


def test_banner_shows_invalid_rows_and_hides_for_a_clean_store(qtbot, tmp_path):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(20, seed=3), "ana")
    banner = StoreBanner()
    qtbot.addWidget(banner)
    with open_store(path, read_only=True) as store:
        banner.show_for(store, str(path))
        assert not banner.isVisibleTo(None) and banner.label.text() == ""
    conn = sqlite3.connect(path)
    register_functions(conn)
    conn.execute("UPDATE incidents SET uuid = NULL WHERE fid IN (2, 5)")
    conn.commit()
    conn.close()
    with open_store(path, read_only=True) as store:
        banner.show_for(store, str(path))
    banner.show()
    assert banner.isVisible()
    assert "2 row(s)" in banner.label.text() and f"border-monitor check --store {path}" in banner.label.text()
