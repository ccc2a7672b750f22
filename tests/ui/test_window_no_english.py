"""In Lithuanian, Latvian and Polish no English text is left on screen (issue 11, "Done when").

For each language the main window (with an incident selected), the briefing, the import dialog, the settings
dialog, the Connect dialog, the TAK dialog, the online base map dialog and the report's file dialog are opened, and every text a user
can read is collected: widgets, actions, menus, tooltips, placeholders, window titles, header items, combo
items, tab titles, list and tree items, and the map page's texts (its DOM text, titles and placeholders, read
from the live page). A text fails when it is one of the catalogue's English source texts (the translation
was not applied, or the catalogue "translates" it as itself), unless it is a proper name or a code on the
short list below; and a sentence the model makes fails when it is English (a coded error, a shift).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDockWidget, QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget, QMenu,
    QTabBar, QTableWidget, QTreeWidget, QWidget,
)

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.operator import Operator
from border_monitor.ui.i18n import CATALOG, LANGUAGES, translations_dir
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings

TIMEOUT = 60_000

# Proper names, codes and notations that read the same in every language (each one checked by hand).
ALLOWED = {
    "English", "Lietuvių", "Latviešu", "Polski",  # View > Language names each language in itself
    "LT", "LV", "PL", "BY", "LT-BY", "LV-BY", "PL-BY", "UTC", "WGS 84", "MGRS", "UTM", "CSV", "XLSX", "GeoJSON",
    "KML", "GPX", "GPKG", "PDF", "HTML", "PNG", "SITREP", "TAK", "CoT", "ISO 8601", "OpenStreetMap", "Leaflet",
    "OK", "km", "m", "%", "+", "-", "×", "…", "ID", "Ctrl+F",
    "LKS-94 / Lithuania TM", "LKS-2020 / Latvia TM", "LKS-92 / Latvia TM", "PL-1992 / Poland CS92",
    "PL-2000 zone 7 / Poland CS2000/21", "PL-2000 zone 8 / Poland CS2000/24", "ETRS89 / LAEA Europe",
    "WGS 84 / UTM zone 34N", "WGS 84 / UTM zone 35N", "IRQ", "SYR", "AFG",
    "C&A:", "CA:",  # the TAK dialog's certificate authority: the abbreviation every language uses
    "RESTful", "KVP", "WMTS", "XYZ",  # the tile protocols' own names
}
# Words a language writes exactly as English does (not left untranslated: the language's own word).
SAME_IN = {"pl": {"Status", "&Port:", "Port:"}, "lv": set(), "lt": set()}
# Widgets that show the user's file as it is (the import preview's headers are the file's own).
FILE_CONTENT = {"importPreview"}


def english_sources() -> set[str]:
    """Every source text of the catalogue (singular and plural forms of counts included)."""
    root = ET.parse(translations_dir() / f"{CATALOG}_{LANGUAGES[0]}.ts").getroot()
    return {m.findtext("source") or "" for m in root.iter("message")} - {""}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root`` and its children (and its menus)."""
    found: list[tuple[str, str]] = []

    def add(where: QObject, *texts: str) -> None:
        chain, parent = [], where
        while parent is not None and len(chain) < 4:
            chain.append(f"{type(parent).__name__}({parent.objectName() or '-'})")
            parent = parent.parent()
        name = " < ".join(chain)
        found.extend((name, t) for t in texts if t and t.strip())

    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj, QAction):
            if obj.isVisible() and not obj.isSeparator():
                add(obj, obj.text(), obj.toolTip(), obj.statusTip(), obj.iconText())
            continue
        if not isinstance(obj, QWidget):
            continue
        if not (obj.isVisibleTo(root) or isinstance(obj, QMenu)) and obj is not root:
            continue
        add(obj, obj.toolTip(), obj.whatsThis(), obj.statusTip())
        if obj.isWindow():
            add(obj, obj.windowTitle())
        if isinstance(obj, QMenu):
            add(obj, obj.title())
        if isinstance(obj, QDockWidget):
            add(obj, obj.windowTitle())
        if isinstance(obj, (QLabel, QAbstractButton)):
            add(obj, obj.text())
        if isinstance(obj, QGroupBox):
            add(obj, obj.title())
        if isinstance(obj, QLineEdit):
            add(obj, obj.placeholderText())
        if isinstance(obj, QComboBox):
            add(obj, *(obj.itemText(i) for i in range(obj.count())))
            if obj.lineEdit() is not None:
                add(obj, obj.lineEdit().placeholderText())
        if isinstance(obj, QTabBar):
            add(obj, *(obj.tabText(i) for i in range(obj.count())), *(obj.tabToolTip(i) for i in range(obj.count())))
        if isinstance(obj, QHeaderView) and obj.model() is not None and (
                obj.parent() is None or obj.parent().objectName() not in FILE_CONTENT):
            orientation = obj.orientation()
            count = obj.model().columnCount() if orientation == Qt.Orientation.Horizontal else 0
            add(obj, *(str(obj.model().headerData(i, orientation) or "") for i in range(count)))
            add(obj, *(str(obj.model().headerData(i, orientation, Qt.ItemDataRole.ToolTipRole) or "")
                       for i in range(count)))
        if isinstance(obj, QTreeWidget):
            header = obj.headerItem()
            add(obj, *(header.text(i) for i in range(header.columnCount())))
        if isinstance(obj, QTableWidget) and obj.objectName() not in FILE_CONTENT:
            add(obj, *(obj.horizontalHeaderItem(i).text() for i in range(obj.columnCount())
                       if obj.horizontalHeaderItem(i) is not None))
        if isinstance(obj, QListWidget):
            add(obj, *(obj.item(i).text() for i in range(min(obj.count(), 50))))
    return found


def english_left(found: list[tuple[str, str]], sources: set[str], lang: str = "") -> list[tuple[str, str]]:
    allowed = ALLOWED | SAME_IN.get(lang, set())
    left = []
    for where, text in found:
        for candidate in {text, _plain(text)}:
            if candidate in sources and candidate not in allowed and _plain(candidate) not in allowed:
                left.append((where, text))
                break
    return sorted(set(left))


PAGE_TEXTS = """(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) { const t = walker.currentNode.textContent.trim(); if (t) out.push(t); }
  for (const el of document.querySelectorAll('[title], [placeholder], [aria-label]')) {
    for (const a of ['title', 'placeholder', 'aria-label']) { const v = el.getAttribute(a); if (v) out.push(v); }
  }
  return out;
})()"""


def _window(qtbot, store, tmp_path) -> MainWindow:
    window = MainWindow(store, store_path=store.path, settings=open_settings(tmp_path / "s.ini"), restore=False)
    window.resize(1600, 1000)
    with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT):
        window.show()
    first = store.page(IncidentFilter(), limit=1)[0]
    window.state.select([str(first.id)], str(first.id))
    qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)
    return window


def _dialogs(qtbot, window, store, tmp_path) -> list[QWidget]:
    from border_monitor.io.table_preview import preview_table
    from border_monitor.ui.actions.shared_store import ConnectDialog
    from border_monitor.ui.briefing.window import BriefingWindow
    from border_monitor.ui.import_dialog import ImportDialog
    from border_monitor.ui.map.online_layer_dialog import OnlineLayerDialog
    from border_monitor.ui.settings_dialog import SettingsDialog
    from border_monitor.ui.tak.dialog import TakDialog
    from border_monitor.ui.tak.settings import TakSettings

    csv = tmp_path / "sulaikymai.csv"
    csv.write_text("Data;Laikas;Šalis;Įvykio tipas;Asm. sk.;Platuma;Ilguma\n"
                   "2021-08-02;10:15;LT;Sulaikymas;3;54,1;25,6\n", encoding="utf-8")
    briefing = BriefingWindow(store, store_path=store.path, at="2021-10-01")
    importer = ImportDialog(preview_table(csv), QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    dialogs = [briefing, importer, SettingsDialog(Operator("j.kowalska", "SG Podlaski")),
               ConnectDialog(None), TakDialog(TakSettings(), connected=False), OnlineLayerDialog()]
    with qtbot.waitSignals([importer.checked, briefing.map_panel.ready], timeout=TIMEOUT):
        for dialog in dialogs:
            dialog.show()
    qtbot.waitUntil(briefing.map_panel.is_settled, timeout=TIMEOUT)  # drawn before the store closes
    dialogs.append(window.reports.choose_report())
    dialogs.append(window.reports.choose_map_image())
    return dialogs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_source_text_is_left_on_screen(qtbot, demo_store, tmp_path, language, run_js, lang):
    language(lang)
    sources = english_sources()
    window = _window(qtbot, demo_store, tmp_path)
    dialogs: list[QWidget] = []
    try:
        found = texts_of(window)
        dialogs = _dialogs(qtbot, window, demo_store, tmp_path)
        for dialog in dialogs:
            found += texts_of(dialog)
        page = run_js(window.map_panel.web_view, PAGE_TEXTS, timeout=TIMEOUT)
        found += [("map page", t) for t in page]
        assert len(found) > 300  # the walk saw the window, its menus, the dialogs and the page
        assert any(where == "map page" for where, _ in found)
        left = english_left(found, sources, lang)
        assert left == [], "\n".join(f"{where}: {text!r}" for where, text in left)
    finally:
        for dialog in dialogs:
            dispose(dialog)
        dispose(window)


def test_the_walk_finds_an_untranslated_text(qtbot):
    """The check itself: a label left in English and a translated one."""
    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Heat map", root)
    QLabel("Karte", root)
    combo = QComboBox(root)
    combo.addItems(["Borders with Belarus", "LT-BY"])
    root.show()
    left = english_left(texts_of(root), english_sources())
    assert [text for _where, text in left] == ["Borders with Belarus", "Heat map"]


# -- sentences the model makes ------------------------------------------------------------------------------
ENGLISH_WORDS = re.compile(r"\b(the|is|not|and|of|with|from|cannot|does|has|this|that|rising|falling)\b")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coded_errors_and_shifts_read_in_the_language(language, lang):
    """Every code the GUI words reads without an English word (values are placeholders), and a coordinate
    reader's real error and a shift read in the language with the locale's decimal comma."""
    from border_monitor.analysis.levels import Level, WindowTest
    from border_monitor.analysis.shifts import BorderShift
    from border_monitor.geo.coords import crs
    from border_monitor.geo.coords.errors import CoordinateError
    from border_monitor.ui.text.error_texts import error_text, templates
    from border_monitor.ui.text.warning_texts import shift_text

    language(lang)
    english = [(code, t) for code, t in templates().items()
               if ENGLISH_WORDS.search(re.sub(r"\{[a-z0-9]+\}|'[^']*'|border-monitor \w+ \w+|--[a-z-]+", "", t))]
    assert english == []
    with pytest.raises(CoordinateError) as caught:
        crs.parse("54,5 N 25,3 N")
    text = error_text(caught.value)
    assert "54,5 N 25,3 N" in text and not ENGLISH_WORDS.search(text.replace("54,5 N 25,3 N", ""))
    week = WindowTest(count=40, expected=12.5, p_value=0.001, p_lower=0.9, level=Level.HIGH)
    fall = WindowTest(count=3, expected=10.25, p_value=0.9, p_lower=0.01, level=Level.NORMAL)
    shift = shift_text(BorderShift(rising="PL-BY", rising_week=week, falling="LT-BY", falling_week=fall))
    assert "PL-BY" in shift and "12,5" in shift and not ENGLISH_WORDS.search(shift)
