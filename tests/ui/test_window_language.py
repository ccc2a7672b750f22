"""View > Language: the window switches language live, keeps the store, filter and selection, and reads
exactly as a window built in that language; the choice is kept for the next start."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.actions.language import switch_language
from border_monitor.ui.i18n import LANGUAGE_SETTING, chosen_locale, install_translators, locale_for
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings
from text_fit import shown_texts  # tests/ui/text_fit.py

TIMEOUT = 30_000


@pytest.fixture
def english(qapp):
    """The application in English for the test (conftest's fixture puts the catalogues and locale back after it)."""
    install_translators(qapp, QLocale("en_GB"))


def make_window(qtbot, store, settings_file) -> MainWindow:
    window = MainWindow(store, store_path=store.path, settings=open_settings(settings_file), restore=False)
    window.resize(1600, 1000)
    with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT):
        window.show()
    return window


def test_the_language_menu_names_each_language_in_itself(qtbot, demo_store, tmp_path, english):
    window = make_window(qtbot, demo_store, tmp_path / "s.ini")
    try:
        menu = window.language.menu
        assert [a.text() for a in menu.actions()] == ["English", "Lietuvių", "Latviešu", "Polski"]
        assert menu.menuAction() in window.menus["view"].actions()
        assert window.language.actions["en"].isChecked()
    finally:
        dispose(window)


@pytest.mark.parametrize("lang, file_menu, edit_menu, count", [
    ("lt", "&Failas", "&Taisa", "filtre"),
    ("lv", "&Fails", "&Rediģēt", "filtrā"),
    ("pl", "&Plik", "&Edycja", "w filtrze"),
])
def test_switching_keeps_store_filter_and_selection_and_reads_as_if_built_so(
        qtbot, demo_store, tmp_path, english, lang, file_menu, edit_menu, count, settle):
    window = make_window(qtbot, demo_store, tmp_path / "s.ini")
    fresh = None
    try:
        ids = [str(i.id) for i in demo_store.page(IncidentFilter(types=frozenset({"apprehension"})), limit=3)]
        window.state.update_filter(types=frozenset({"apprehension"}))
        settle(window.state)
        window.state.select(ids, ids[-1])
        store, flt, rows = window.state.store, window.state.filter, window.table_panel.selected_ids()
        assert ids[-1] in rows  # the table shows the focus selected (and what of the rest it has loaded)
        with qtbot.waitSignal(window.map_panel.ready, timeout=TIMEOUT):  # the map page is rebuilt with its texts
            window.language.choose(lang)
        qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)
        assert window.state.store is store and window.state.filter == flt
        assert window.state.selection == tuple(ids) and window.state.focus == ids[-1]
        assert window.table_panel.selected_ids() == rows
        assert window.menus["file"].title() == file_menu and window.editing.edit_menu.title() == edit_menu
        assert count in window.count_label.text()
        assert window.settings.value(LANGUAGE_SETTING) == lang
        assert window.language.actions[lang].isChecked()
        switched = shown_texts(window)

        fresh = make_window(qtbot, demo_store, tmp_path / "fresh.ini")  # built in the new language
        fresh.state.update_filter(types=frozenset({"apprehension"}))
        settle(fresh.state)
        fresh.state.select(ids, ids[-1])
        built = shown_texts(fresh)
        assert sorted((switched - built).elements()) == [] and sorted((built - switched).elements()) == []
    finally:
        dispose(fresh)
        dispose(window)


def test_after_a_switch_numbers_and_the_map_page_follow_the_language(qtbot, demo_store, tmp_path, run_js, english):
    window = make_window(qtbot, demo_store, tmp_path / "s.ini")
    try:
        assert QLocale().toString(1.5, "f", 1) == "1.5"
        with qtbot.waitSignal(window.map_panel.ready, timeout=TIMEOUT):
            window.language.choose("lt")
        assert QLocale().name() == "lt_LT" and QLocale().toString(1.5, "f", 1) == "1,5"  # decimal comma
        assert window.locale().name() == "lt_LT"  # date and number widgets follow their window's locale
        title = run_js(window.map_panel.web_view, "document.querySelector('.bm-legend-title').textContent")
        assert title == "Incidentų tipai"
        zoom = run_js(window.map_panel.web_view, "document.querySelector('.leaflet-control-zoom-in').title")
        assert zoom == "Priartinti"
        with qtbot.waitSignal(window.map_panel.ready, timeout=TIMEOUT):
            window.language.choose("en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert window.menus["file"].title() == "&File" and QLocale().language() == QLocale.Language.English
        assert run_js(window.map_panel.web_view, "document.querySelector('.bm-legend-title').textContent") == \
            "Incident types"
    finally:
        dispose(window)


def test_the_saved_language_is_the_next_start_s(tmp_path, monkeypatch):
    monkeypatch.delenv("BORDER_MONITOR_LOCALE", raising=False)
    settings = open_settings(tmp_path / "s.ini")
    assert chosen_locale(settings).name() == QLocale.system().name()  # nothing saved: the system's
    settings.setValue(LANGUAGE_SETTING, "lv")
    assert chosen_locale(settings).name() == "lv_LV"
    monkeypatch.setenv("BORDER_MONITOR_LOCALE", "pl_PL")  # the variable still wins
    assert chosen_locale(settings).name() == "pl_PL"
    assert locale_for("en").language() == QLocale.Language.English
    with pytest.raises(ValueError, match="'de' is not one of the languages"):
        locale_for("de")


def test_switch_language_alone_rewrites_an_open_dialog_s_static_texts(qtbot, english):
    from border_monitor.ui.settings_dialog import SettingsDialog
    from border_monitor.domain.operator import Operator

    dialog = SettingsDialog(Operator("j.kowalska", "SG Podlaski"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Settings"
    switch_language("pl")
    assert dialog.windowTitle() == "Ustawienia"
