"""Threads and other programs: reads during an import, and changes made behind the store's back."""
from __future__ import annotations

import sqlite3
import threading

from store_support import random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.gpkg.binary import register_functions


def test_reader_thread_sees_a_consistent_store_during_an_import(tmp_path):
    store = open_store(tmp_path / "c.gpkg", create=True)
    store.add_batch(random_batch(2000, seed=30), "ana")
    seen: list[int] = []
    errors: list[BaseException] = []
    started = threading.Event()

    def read_while_importing(done, total):
        started.set()

    def reader():
        started.wait(60)
        try:
            for _ in range(40):
                n = store.count(IncidentFilter())
                page = store.page(IncidentFilter(), limit=50)
                store.daily_counts(IncidentFilter())
                assert len(page) == 50
                seen.append(n)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    thread = threading.Thread(target=reader)
    thread.start()
    store.add_batch(random_batch(100_000, seed=31), "ana", progress=read_while_importing)
    thread.join(120)
    assert not errors, errors
    assert set(seen) <= {2000, 102_000} and seen
    assert store.count(IncidentFilter()) == 102_000
    store.close()


def test_writes_from_two_threads_are_serialised(tmp_path):
    store = open_store(tmp_path / "w.gpkg", create=True)
    batches = [random_batch(300, seed=40 + k) for k in range(4)]
    threads = [threading.Thread(target=store.add_batch, args=(b, f"user{k}")) for k, b in enumerate(batches)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert store.count(IncidentFilter()) == 1200
    conn = sqlite3.connect(store.path)
    users = {u for (u,) in conn.execute("SELECT user FROM audit_log WHERE action = 'import'")}
    conn.close()
    assert users == {"user0", "user1", "user2", "user3"}
    store.close()


def test_changes_by_another_program_are_seen(tmp_path):
    path = tmp_path / "ext.gpkg"
    store = open_store(path, create=True)
    store.add_batch(random_batch(500, seed=50), "ana")
    victim = store.page(IncidentFilter(), limit=1)[0]
    other = sqlite3.connect(path)  # e.g. QGIS editing the layer: no Border Monitor code involved
    register_functions(other)  # GDAL and QGIS bring the ST_ functions the R-tree triggers call
    other.execute("UPDATE incidents SET persons = 777, description = 'edited in QGIS' WHERE uuid = ?",
                  (str(victim.id),))
    other.execute("DELETE FROM incidents WHERE fid IN (SELECT fid FROM incidents ORDER BY fid DESC LIMIT 3)")
    other.commit()
    other.close()
    assert store.count(IncidentFilter()) == 497
    assert store.count(IncidentFilter(text="edited in qgis")) == 1
    assert store.stats(IncidentFilter(text="EDITED")).persons == 777
    assert store.get(victim.id).persons == 777
    store.close()
    with open_store(path) as again:
        assert again.count(IncidentFilter()) == 497
