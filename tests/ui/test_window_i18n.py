"""Translations: the catalogues hold every string of the code under its context, the .qm matching the
locale is loaded and the window speaks it."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from border_monitor.ui.i18n import CATALOG, LANGUAGES, install_translators, run_lrelease, run_lupdate, translations_dir
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


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> the <translation> element, for every message of ``ts``."""
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = (context.findtext("name") or "").strip()
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.find("translation")
    return found


def is_translated(translation: ET.Element) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform") or [translation]
    return all((form.text or "").strip() for form in forms)


def catalogue(lang: str) -> Path:
    return translations_dir() / f"{CATALOG}_{lang}.ts"


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory) -> dict:
    """What pyside6-lupdate finds in the code today, in a fresh catalogue."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    run_lupdate(ts, "lt")
    return messages(ts)


def test_lupdate_sees_every_string_under_a_context(code_strings):
    # A translate() through an alias (tr = QCoreApplication.translate) reaches lupdate without its context:
    # such strings can never be translated.
    assert len(code_strings) > 200
    assert [key for key in code_strings if not key[0]] == []
    assert ("derived", "(enter a position)", "") in code_strings
    assert ("MapPanel", "Heat map", "") in code_strings  # ui/text/map_texts.py, translated as the map's
    assert ("labels", "Poland", "") in code_strings


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_of_the_code(code_strings, lang):
    committed = messages(catalogue(lang))
    assert ET.parse(catalogue(lang)).getroot().get("language") == lang
    assert [key for key in committed if not key[0]] == [], "messages without a context"
    missing = sorted(set(code_strings) - set(committed))
    stale = sorted(set(committed) - set(code_strings))
    assert missing == [], f"in the code, not in {catalogue(lang).name}: run python -m border_monitor.ui.i18n"
    assert stale == [], f"in {catalogue(lang).name}, no longer in the code: run python -m border_monitor.ui.i18n"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_the_source_compiled(tmp_path, lang):
    fresh = tmp_path / f"{lang}.qm"
    run_lrelease(catalogue(lang), fresh)
    assert fresh.stat().st_size > 1000
    assert catalogue(lang).with_suffix(".qm").read_bytes() == fresh.read_bytes()


def test_completeness_of_each_language(capsys):
    lines = []
    for lang in LANGUAGES:
        found = messages(catalogue(lang))
        done = sum(is_translated(t) for t in found.values())
        assert 0 < done <= len(found)
        lines.append(f"{lang}: {done}/{len(found)} translated ({100 * done / len(found):.0f}%)")
    with capsys.disabled():
        print("\ntranslation completeness: " + "; ".join(lines))


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
    assert model.headerData(0, Qt.Orientation.Horizontal) not in ("Time", "Time (reporter's zone)")


def test_english_without_a_catalogue(translated):
    loaded = translated("en_GB")
    assert not any(CATALOG in t.filePath() for t in loaded)
    assert country_label("PL") == "Poland"
