"""The main window in each language at 1600x1000: no text cut off in the toolbars, the menu bar and its
menus and the docks, and no English message left on screen in Lithuanian, Latvian or Polish. The PNGs go to
``BORDER_MONITOR_SHOTS`` when it is set (docs/languages.md), else to the test's temporary folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSizePolicy, QWidget

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.retranslate import message_keys
from border_monitor.ui.settings import open_settings
from border_monitor.ui.window_capture import grab_window

from text_fit import cut_texts, shown_texts  # tests/ui/text_fit.py

SIZE = (1600, 1000)


def english_left(window) -> list[str]:
    """Texts on screen that are a message's English source although the language translates it otherwise."""
    from border_monitor.ui.retranslate import translate

    untranslated = {source for key in message_keys() for source in [key[1]] if translate(key) != source}
    return sorted(text for text in shown_texts(window) if text in untranslated)


@pytest.mark.parametrize("lang", ["en", "lt", "lv", "pl"])
def test_no_text_is_cut_off_at_1600x1000(qtbot, demo_store, tmp_path, language, lang):
    language(lang)
    window = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"),
                        restore=False)
    try:
        window.resize(*SIZE)
        window.show()
        first = demo_store.page(IncidentFilter(), limit=1)[0]
        window.state.select([str(first.id)], str(first.id))  # details, crossing, history and popup filled in
        image = grab_window(window, timeout_s=60)
        folder = Path(os.environ.get("BORDER_MONITOR_SHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        assert image.save(str(folder / f"window-{lang}.png"))
        assert (window.width(), window.height()) == SIZE
        assert cut_texts(window) == []
        if lang != "en":
            assert english_left(window) == []
    finally:
        dispose(window)


def test_the_check_finds_a_cut_label_and_a_hidden_toolbar_action(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget())
    dock = QDockWidget("Dock", window)
    label = QLabel("A label far too long for the narrow dock it sits in", dock)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # the dock may squeeze it
    dock.setWidget(label)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    toolbar = window.addToolBar("Tools")
    for i in range(30):
        toolbar.addAction(f"Action number {i}")
    window.resize(400, 300)
    window.show()
    window.resizeDocks([dock], [120], Qt.Orientation.Horizontal)
    qtbot.waitExposed(window)
    found = cut_texts(window)
    assert any("A label far too long" in f for f in found), found
    assert any("hidden behind" in f for f in found), found
