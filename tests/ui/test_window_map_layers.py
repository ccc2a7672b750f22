"""File menu map layers: an online base map (added through its dialog, kept in the settings, offered
unticked, fetched only once chosen, removable) and "Update reference layers" (store rewritten, map reloaded)."""
from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from border_monitor.store import open_store
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.map.online_layers import OnlineLayer, OnlineLayerError
from border_monitor.ui.settings import open_settings

TIMEOUT = 30_000
TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"  # loopback, a closed port: nothing can leave the machine
LOOPBACK = "http://127.0.0.1:9/"


def make_window(qtbot, store, settings_path) -> MainWindow:
    win = MainWindow(store, store_path=store.path, settings=open_settings(settings_path), restore=False)
    with qtbot.waitSignals([win.map_panel.ready, win.map_panel.drawn], timeout=TIMEOUT):
        win.show()
    return win


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    win = make_window(qtbot, demo_store, tmp_path / "settings.ini")
    yield win
    dispose(win)


def base_layers(win, run_js) -> dict[str, bool]:
    """The layer control's base maps: name -> whether it is the chosen one."""
    return dict(run_js(win.map_panel.web_view, """Array.from(document.querySelectorAll(
        '.leaflet-control-layers-base label')).map(function (l) {
            return [l.textContent.trim(), l.querySelector('input').checked]; })"""))


def fill_dialog(qtbot, dialog, name: str, url: str, attribution: str, max_zoom: int = 0) -> None:
    for edit, text in ((dialog.name_edit, name), (dialog.url_edit, url), (dialog.attribution_edit, attribution)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.max_zoom_spin.setValue(max_zoom)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_file_menu_offers_the_map_layer_actions(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    at = texts.index("Add &base map...")
    assert texts[at + 1: at + 3] == ["Add &online base map...", "&Remove online base map"]
    assert "&Update reference layers" in texts
    assert not window.map_layers.remove_menu.isEnabled()  # nothing to remove yet


def test_online_base_map_is_offered_unticked_fetched_only_when_chosen_and_removable(window, qtbot, run_js, tmp_path):
    actions, panel = window.map_layers, window.map_panel
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as done:
        actions.add_online_action.trigger()
        fill_dialog(qtbot, actions.dialog, "Loopback tiles", TILES, "© Loopback", max_zoom=12)
    assert done.args == ["online", True]
    qtbot.waitUntil(lambda: "Loopback tiles" in base_layers(window, run_js), timeout=TIMEOUT)
    assert base_layers(window, run_js) == {"No base map": True, "Loopback tiles": False}
    # Moving the map would load tiles of a shown layer: this one is only offered, so nothing goes out.
    with qtbot.waitSignal(panel.drawn, timeout=TIMEOUT):
        panel.center_on(23.9, 53.6, 12)
    assert panel.requests.non_local() == []
    assert "© Loopback" not in run_js(panel.web_view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert actions.remove_menu.isEnabled()

    run_js(panel.web_view, """Array.from(document.querySelectorAll('.leaflet-control-layers-base label'))
        .filter(function (l) { return l.textContent.trim() === 'Loopback tiles'; })[0].querySelector('input').click()""")
    qtbot.waitUntil(lambda: any(u.startswith(LOOPBACK) for u in panel.requests.urls), timeout=TIMEOUT)
    assert not panel.requests.blocked  # the user's own layer is let through
    assert base_layers(window, run_js) == {"No base map": False, "Loopback tiles": True}
    assert "© Loopback" in run_js(panel.web_view, "document.querySelector('.leaflet-control-attribution').textContent")
    with qtbot.waitSignal(panel.viewChanged, timeout=TIMEOUT):
        panel.center_on(23.9, 53.6, 15)
    qtbot.waitUntil(lambda: any(u.startswith(LOOPBACK + "12/") for u in panel.requests.urls[-40:]), timeout=TIMEOUT)
    assert not [u for u in panel.requests.urls if u.startswith(LOOPBACK + "15/")]  # max zoom 12: tiles enlarged

    # Kept in the settings: the next window offers it again, unticked.
    window.settings.sync()
    second = make_window(qtbot, window.store, tmp_path / "settings.ini")
    try:
        qtbot.waitUntil(lambda: "Loopback tiles" in base_layers(second, run_js), timeout=TIMEOUT)
        assert base_layers(second, run_js)["Loopback tiles"] is False
        assert second.map_panel.requests.non_local() == []
    finally:
        dispose(second)

    # Removed: out of the control and the settings, back to no base map, and its address blocked again.
    remove = actions.remove_menu.actions()
    assert [a.text() for a in remove] == ["Loopback tiles"]
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as done:
        remove[0].trigger()
    assert done.args == ["remove", True]
    qtbot.waitUntil(lambda: base_layers(window, run_js) == {"No base map": True}, timeout=TIMEOUT)
    assert not actions.remove_menu.isEnabled()
    assert window.settings.value("map/online_layers") == "[]"
    run_js(panel.web_view, f"fetch('{LOOPBACK}1/1/1.png').catch(function () {{}}), 1")
    qtbot.waitUntil(lambda: f"{LOOPBACK}1/1/1.png" in panel.requests.blocked, timeout=TIMEOUT)


def test_the_dialog_keeps_a_wrong_entry_open_and_says_what_is_wrong(window, qtbot, run_js):
    actions = window.map_layers
    actions.add_online_action.trigger()
    dialog = actions.dialog
    fill_dialog(qtbot, dialog, "Tiles", "ftp://tiles.example.org/{z}/{x}/{y}.png", "© Example")
    assert dialog.isVisible()
    assert "http:// or https://" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.url_edit
    fill_dialog(qtbot, dialog, "Tiles", "https://tiles.example.org/{z}/{x}/{y}.png", "")
    assert dialog.isVisible() and "attribution" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.attribution_edit
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as done:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert done.args == ["online", False]
    assert not window.settings.value("map/online_layers")
    assert set(base_layers(window, run_js)) == {"No base map"}


@pytest.mark.parametrize("name, url, attribution, max_zoom, field, words", [
    ("", TILES, "a", None, "name", "name"),
    ("Taken", TILES, "a", None, "name", "already"),
    ("T", "tiles.example.org/{z}/{x}/{y}.png", "a", None, "url", "http:// or https://"),
    ("T", "file:///tiles/{z}/{x}/{y}.png", "a", None, "url", "http:// or https://"),
    ("T", "https:///{z}/{x}/{y}.png", "a", None, "url", "no server"),
    ("T", "https://tiles.example.org/{z}/{x}.png", "a", None, "url", "{y}"),
    ("T", "https://tiles.example.org/{z}/{x}/{y}.png?key={apikey}", "a", None, "url", "{apikey}"),
    ("T", "https://tiles.example.org/{z}/{x}/{y} .png", "a", None, "url", "space"),
    ("T", TILES, "  ", None, "attribution", "attribution"),
    ("T", TILES, "a", 0, "max_zoom", "1 to 19"),
    ("T", TILES, "a", 20, "max_zoom", "1 to 19"),
])
def test_online_layer_checks_name_each_wrong_field(name, url, attribution, max_zoom, field, words):
    with pytest.raises(OnlineLayerError) as raised:
        OnlineLayer.checked(name, url, attribution, max_zoom, taken_names=["Taken"])
    assert raised.value.field == field
    assert words in str(raised.value)


def test_online_layer_accepts_subdomains_and_trims():
    layer = OnlineLayer.checked(" OSM ", " https://{s}.tile.example.org/{z}/{x}/{-y}.png?r={r} ", " © OSM ", 18)
    assert layer == OnlineLayer("OSM", "https://{s}.tile.example.org/{z}/{x}/{-y}.png?r={r}", "© OSM", 18)


def test_update_reference_layers_rewrites_an_old_store_and_the_map_reloads_them(qtbot, demo_store_file, tmp_path,
                                                                               run_js):
    path = tmp_path / "old.gpkg"
    shutil.copyfile(demo_store_file, path)
    with sqlite3.connect(path) as conn:  # a store written before a crossing point was added to the data
        assert conn.execute("DELETE FROM crossing_points WHERE name = 'Kuźnica - Bruzgi'").rowcount == 1
    conn.close()
    store = open_store(path)
    win = make_window(qtbot, store, tmp_path / "settings.ini")
    try:
        view = win.map_panel.web_view
        kuznica = "document.querySelectorAll('.bm-crossing[title=\"Kuźnica - Bruzgi\"]').length"
        assert run_js(view, "document.querySelectorAll('.bm-crossing').length") == 20
        assert run_js(view, kuznica) == 0
        changes, results = [], []
        win.state.dataChanged.connect(changes.append)
        win.map_layers.finished.connect(lambda *args: results.append(args))
        with qtbot.waitSignal(win.map_panel.ready, timeout=TIMEOUT):  # the page is loaded again
            win.map_layers.update_reference_action.trigger()
        assert results == [("reference", True)]
        assert len(changes) == 1 and changes[0].reference
        qtbot.waitUntil(lambda: run_js(view, "document.querySelectorAll('.bm-crossing').length") == 21,
                        timeout=TIMEOUT)
        assert run_js(view, kuznica) == 1
        names = [f["properties"]["name"] for f in store.reference_layer("crossing_points")["features"]]
        assert "Kuźnica - Bruzgi" in names
    finally:
        dispose(win)
        store.close()
    with sqlite3.connect(path) as conn:  # written to the file, not only to the open store's cache
        assert conn.execute("SELECT count(*) FROM crossing_points").fetchone()[0] == 21
    conn.close()
