"""Translations: the .qm matching the locale is loaded and the window speaks it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from border_monitor.ui.i18n import CATALOG, LANGUAGES, install_translators, translations_dir
from border_monitor.ui.text.labels import country_label, type_label
from border_monitor.ui.table.model import IncidentTableModel


@pytest.fixture
def translated(qapp):
    loaded: list = []
    previous = QLocale()

    def install(name: str):
        loaded.extend(install_translators(qapp, QLocale(name)))
        return loaded

    yield install
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_every_language_has_its_source_and_compiled_catalogue():
    for lang in LANGUAGES:
        assert (translations_dir() / f"{CATALOG}_{lang}.ts").is_file()
        assert (translations_dir() / f"{CATALOG}_{lang}.qm").stat().st_size > 1000


@pytest.mark.parametrize("locale, poland, apprehension, menu", [
    ("pl_PL", "Polska", "Zatrzymanie", "&Plik"),
    ("lt_LT", "Lenkija", "Sulaikymas", "&Failas"),
    ("lv_LV", "Polija", "Aizturēšana", "&Fails"),
])
def test_the_catalogue_of_the_locale_is_loaded(translated, locale, poland, apprehension, menu, demo_store):
    loaded = translated(locale)
    assert any(t.filePath().endswith(f"{CATALOG}_{locale[:2]}.qm") for t in loaded)
    assert country_label("PL") == poland
    assert type_label("apprehension") == apprehension
    assert QCoreApplication.translate("MainWindow", "&File") == menu
    assert QLocale().name() == locale
    model = IncidentTableModel(demo_store)
    assert model.headerData(0, Qt.Orientation.Horizontal) != "Time"


def test_english_without_a_catalogue(translated):
    loaded = translated("en_GB")
    assert not any(CATALOG in t.filePath() for t in loaded)
    assert country_label("PL") == "Poland"
