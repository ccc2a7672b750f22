"""The Conflicts panel and File > Sync now... in the real main window (offscreen Qt, real stores)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import incident, replica, rows

from border_monitor.store import open_store
from border_monitor.sync.exchange import sync_replicas

pytest.importorskip("pytestqt")



def _conflicted_pair(a: Path, b: Path) -> tuple[str, str]:
    """Two incidents on both stores: one with description and status both changed on both sides, one deleted
    on a and edited on b."""
    first, second = incident(1), incident(2)
    with open_store(a) as store:
        store.add([first, second], "alice")
    with replica(a) as ra, replica(b) as rb:
        sync_replicas(ra, rb)
    with open_store(a) as store:
        store.update(store.get(first.id).with_changes(description="A: two persons ran to the forest",
                                                      status="verified"), "alice")
        store.delete([second.id], "alice")
    with open_store(b) as store:
        store.update(store.get(first.id).with_changes(description="B: three persons, one returned",
                                                      status="closed"), "bob")
        store.update(store.get(second.id).with_changes(description="B: the fence was repaired"), "bob")
    return str(first.id), str(second.id)


@pytest.fixture
def window(qtbot, two_stores, tmp_path):
    from border_monitor.ui.lifecycle import dispose
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings

    a, b = two_stores
    ids = _conflicted_pair(a, b)
    store = open_store(a)
    win = MainWindow(store, store_path=a, settings=open_settings(tmp_path / "settings.ini"), restore=False,
                     user="supervisor")
    win.resize(1500, 950)
    win.show()
    yield win, a, b, ids
    dispose(win)
    store.close()


def _sync_now(qtbot, win, mode, path, **kwargs):
    with qtbot.waitSignal(win.sync.finished, timeout=60_000) as blocker:
        win.sync.run(mode, str(path), **kwargs)
    return blocker.args


def test_sync_now_lists_the_conflicts_side_by_side_and_keep_this_resolves_one(qtbot, window, tmp_path):
    win, a, b, (first, second) = window
    assert win.sync.sync_action in win.menus["file"].actions()
    assert win.docks["conflicts"].toggleViewAction() in win.menus["view"].actions()
    seen = []
    win.state.dataChanged.connect(seen.append)
    ok, message = _sync_now(qtbot, win, "store", b)
    assert ok and "b.gpkg -> a.gpkg" in message
    # what arrived was announced to the views (through the write path; the live refresh may announce a part while
    # the sync still runs, the job the rest), and nothing is left over for a later refresh
    assert first in set().union(*(c.incidents for c in seen))
    assert not win.state.store.refresh().any
    panel = win.sync.panel
    assert win.docks["conflicts"].isVisible()  # conflicts arrived: the panel shows itself
    assert panel.list.count() == 2
    panel.list.setCurrentRow([c.uuid for c in panel._conflicts].index(first))
    qtbot.wait(50)
    assert panel.table.rowCount() == 2 and panel.table.columnCount() == 3  # field | version A | version B
    texts = [panel.table.cellWidget(r, c).text() for r in range(2) for c in (1, 2)]
    assert sum("\u2605" in t for t in texts) == 2  # one provisional winner per field
    assert any("A: two persons" in t for t in texts) and any("B: three persons" in t for t in texts)
    win.grab().save(str(tmp_path / "conflicts_window.png"))
    win.docks["conflicts"].grab().save(str(tmp_path / "conflicts_panel.png"))
    # keep b's version of every field
    column = 1 + panel._columns.index(next(o for o in panel._columns if o != panel._origin))
    with qtbot.waitSignal(panel.resolved, timeout=30_000):
        panel.keep_buttons[column - 1].click()
    got = win.state.store.get(first)
    assert (got.description, got.status.value) == ("B: three persons, one returned", "closed")
    assert [c.uuid for c in panel._conflicts] == [second]
    # the resolution syncs like an edit: after the next sync b has no conflict on it either
    _sync_now(qtbot, win, "store", b)
    with replica(b) as rb:
        assert [c.uuid for c in rb.conflicts()] == [second]
    assert rows(a) == rows(b)


def test_picked_fields_merge_and_a_package_round_trip_through_the_dialog_modes(qtbot, window, tmp_path):
    win, a, b, (first, second) = window
    pkg = tmp_path / "from-b.bmsync"
    with replica(b) as rb:
        from border_monitor.sync.operations import export_package

        export_package(rb, pkg, passphrase="field kit 7")
    ok, message = _sync_now(qtbot, win, "import", pkg, passphrase="wrong one")
    assert not ok and "passphrase is wrong" in message
    ok, message = _sync_now(qtbot, win, "import", pkg, passphrase="field kit 7")
    assert ok, message
    panel = win.sync.panel
    panel.list.setCurrentRow([c.uuid for c in panel._conflicts].index(first))
    other = next(o for o in panel._columns if o != panel._origin)
    panel.pick("description", panel._origin)  # a's description
    panel.pick("status", other)  # b's status
    with qtbot.waitSignal(panel.resolved, timeout=30_000):
        panel.merge_button.click()
    got = win.state.store.get(first)
    assert (got.description, got.status.value) == ("A: two persons ran to the forest", "closed")
    # delete on a vs edit on b: keep the edit (the incident comes back with b's description)
    panel.list.setCurrentRow([c.uuid for c in panel._conflicts].index(second))
    win.docks["conflicts"].show()
    qtbot.wait(50)
    win.docks["conflicts"].grab().save(str(tmp_path / "conflicts_delete_vs_edit.png"))
    keep_edit = next(c for c in panel._columns if c != panel._origin)
    with qtbot.waitSignal(panel.resolved, timeout=30_000):
        panel.keep_version(keep_edit)
    got = win.state.store.get(second)
    assert not got.deleted and got.description == "B: the fence was repaired"
    assert panel.list.count() == 0
    out = tmp_path / "for-b.bmsync"
    ok, message = _sync_now(qtbot, win, "export", out, peer="b.gpkg")
    assert ok and out.exists() and "for b.gpkg" in message


def test_a_cancelled_sync_keeps_what_arrived_and_the_next_one_finishes(qtbot, window):
    win, a, b, _ids = window
    with qtbot.waitSignal(win.sync.finished, timeout=60_000) as blocker:
        worker = win.sync.run("store", str(b))
        worker.cancel()
    ok, message = blocker.args
    assert not ok
    ok, _ = _sync_now(qtbot, win, "store", b)
    assert ok and rows(a) == rows(b)


def test_the_sync_dialog_offers_the_three_ways(qtbot, window, tmp_path):
    win, *_ = window
    dialog = win.sync.choose()
    qtbot.waitExposed(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no path yet
    dialog.set_mode("export")
    dialog.path_edit.setText("/tmp/x.bmsync")
    assert dialog.peer_edit.isVisible() and dialog.passphrase_edit.isVisible()
    assert dialog.peer == "b.gpkg"  # the peer it synced with is offered
    dialog.grab().save(str(tmp_path / "sync_dialog.png"))
    dialog.set_mode("store")
    assert not dialog.passphrase_edit.isVisible()
    dialog.reject()
