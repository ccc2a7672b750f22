"""The server goes away and comes back (its own cluster, stopped and started again): the cache keeps answering,
whatever needs the server says in one sentence that the connection is lost and the picture is as of then, and
the store reconnects by itself once the server is back."""
from __future__ import annotations

import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

import pg_cluster
from border_monitor.domain.errors import StoreUnavailable
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.store.postgis.admin import init_database


@pytest.fixture
def own_cluster(pg_server):
    if pg_cluster.pg_bin() is None:
        pytest.skip("stopping a server needs the PostgreSQL binaries (pg_ctl)")
    root = Path(tempfile.mkdtemp(prefix="bm-pg-lost-"))
    cluster = pg_cluster.Cluster(root / "c").init().start()
    yield cluster
    cluster.remove()
    shutil.rmtree(root, ignore_errors=True)


def test_the_store_survives_the_server_going_away_and_reconnects(own_cluster):
    url = own_cluster.url()
    init_database(url)
    a = Incident(occurred_at=datetime(2021, 8, 1, 10, tzinfo=timezone.utc), country="LV", type="apprehension",
                 lon=27.5, lat=55.9, persons=4)
    with open_store(url) as store:
        store.add([a], "op")
        own_cluster.stop("immediate")
        assert store.count(IncidentFilter()) == 1  # the cache answers without the server
        assert store.stats(IncidentFilter()).persons == 4
        with pytest.raises(StoreUnavailable, match=r"Connection to 127\.0\.0\.1 lost; showing the picture as of "
                                                   r"\d\d:\d\d, read-only; reconnecting"):
            store.get(a.id)
        with pytest.raises(StoreUnavailable):
            store.add([Incident(occurred_at=a.occurred_at, country="LV", type="apprehension", lon=27.5, lat=55.9,
                                persons=1)], "op")
        with pytest.raises(StoreUnavailable):
            store.refresh()
        assert not store.available
        own_cluster.start()
        deadline = time.monotonic() + 60
        while True:
            try:
                assert store.get(a.id).persons == 4
                break
            except StoreUnavailable:
                assert time.monotonic() < deadline, "the store did not reconnect within 60 s"
                time.sleep(0.2)
        assert store.available
        store.add([Incident(occurred_at=a.occurred_at, country="LV", type="apprehension", lon=27.5, lat=55.9,
                            persons=1)], "op")
        assert store.count(IncidentFilter()) == 2


def test_the_window_banner_says_the_connection_is_lost(own_cluster, qtbot, tmp_path):
    from border_monitor.ui.store_banner import StoreBanner

    url = own_cluster.url()
    init_database(url)
    banner = StoreBanner()
    qtbot.addWidget(banner)
    with open_store(url) as store:
        banner.show_for(store, url)
        assert banner.label.text() == ""
        own_cluster.stop("fast")
        with pytest.raises(StoreUnavailable):
            store.metadata()
        banner.show_for(store, url)
        banner.resize(900, 40)
        banner.show()
        assert banner.isVisible()
        assert "Connection to 127.0.0.1 lost; showing the picture as of" in banner.label.text()
        assert "read-only; reconnecting" in banner.label.text()
        banner.grab().save(str(tmp_path / "banner.png"))
