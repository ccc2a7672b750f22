"""File > TAK connection... against a real TAK router (taky) on loopback: the window sends the filtered
incidents, then a save, to another client; a marker another client sends appears as an incident through
the one write path (and is not sent back); the status bar says connected; bad settings are refused."""
from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import pytest

from border_monitor.domain import IncidentFilter
from border_monitor.scenario.demo_store import write_demo_store
from border_monitor.store import open_store
from border_monitor.tak.cot_in import incident_id
from border_monitor.tak.cot_out import event_uid
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings
from border_monitor.ui.tak.settings import TakSettings, load
from border_monitor.ui.write_op import run_write

pytest.importorskip("taky", reason="the tak-test extra (taky) is not installed")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from test_tak_router import Receiver, Router, _foreign  # noqa: E402

TIMEOUT = 60_000


@pytest.fixture
def router(tmp_path):
    folder = tmp_path / "taky"
    folder.mkdir()
    r = Router(folder)
    yield r
    r.close()


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "five.gpkg"
    write_demo_store(path, n=5)
    store = open_store(path)
    win = MainWindow(store, store_path=path, settings=open_settings(tmp_path / "settings.ini"), restore=False,
                     user="tak-tester")
    with qtbot.waitSignals([win.map_panel.ready, win.map_panel.drawn], timeout=TIMEOUT):
        win.show()
    yield win
    dispose(win)
    store.close()


def test_window_sends_receives_and_shows_its_state(window, router, qtbot):
    receiver = Receiver(router.port)
    try:
        receiver.ready(router.port)
        store = window.store
        incidents = store.page(IncidentFilter(), limit=100)
        assert len(incidents) == 5
        settings = TakSettings(server=f"tcp://127.0.0.1:{router.port}", affiliation="suspect", stale_hours=2.0)
        tak = window.tak
        assert tak.action in window.menus["file"].actions()
        connection = tak.connect_with(settings)
        qtbot.waitUntil(lambda: "connected" in tak.indicator.text(), timeout=TIMEOUT)
        assert tak.indicator.isVisible()
        assert load(window.settings).server == settings.server  # kept for the next session (not the password)
        # The filtered set once...
        qtbot.waitUntil(lambda: len(receiver.of_type()) >= 5, timeout=TIMEOUT)
        assert {e.get("uid") for e in receiver.of_type()} == {event_uid(i.id) for i in incidents}
        # ...a marker from another client becomes an incident, through the one write path...
        changes = []
        window.state.dataChanged.connect(changes.append)
        with socket.create_connection(("127.0.0.1", router.port)) as sender:
            sender.sendall(_foreign("ANDROID-9.drone", 9))
            qtbot.waitUntil(lambda: connection.counts.added == 1, timeout=TIMEOUT)
        got = store.get(incident_id("ANDROID-9.drone"))
        assert got.source == "PATROL-9" and got.status.value == "reported"
        assert [c.added for c in changes] == [1]  # announced once, like every write
        # ...then a save in the window replaces its marker at the other client.
        edited = incidents[0].with_changes(description="edited in the window")
        run_write(window.state, lambda: store.update(edited, "tak-tester"))
        qtbot.waitUntil(lambda: any(e.get("uid") == event_uid(edited.id) and
                                    "edited in the window" in (e.findtext(".//remarks") or "")
                                    for e in receiver.of_type()), timeout=TIMEOUT)
        # The received marker was not sent back under an id of ours.
        assert event_uid(got.id) not in {e.get("uid") for e in receiver.of_type()}
        ours = [e for e in receiver.of_type() if e.get("uid") != "ANDROID-9.drone"]  # the router forwards that one too
        assert ours and all(e.get("type", "").startswith(("a-s-", "b-")) for e in ours)  # the policy's affiliation
        tak.disconnect()
        assert "off" in tak.indicator.text()
    finally:
        receiver.close()


def test_bad_settings_are_refused_with_a_sentence(window, tmp_path):
    from border_monitor.domain.errors import BorderMonitorError

    dialog = window.tak.choose()
    dialog.server_edit.setText("http://tak.example")
    dialog.accept()
    assert dialog.isVisible() and "tcp://HOST:PORT" in dialog.error_label.text()
    dialog.server_edit.setText("tcp://127.0.0.1:8087")
    dialog.cert_edit.setText(str(tmp_path / "me.p12"))
    dialog.accept()
    assert "does not exist" in dialog.error_label.text()
    dialog.reject()
    with pytest.raises(BorderMonitorError, match="tls://"):
        TakSettings(server="tcp://127.0.0.1:1", ca=__file__).checked()
    assert window.tak.connection is None
