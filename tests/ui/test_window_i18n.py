"""Translations: the catalogues hold every string of the code under its context, the .qm matching the
locale is loaded and the window speaks it."""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from border_monitor.ui.i18n import CATALOG, LANGUAGES, PLURALS, install_translators, run_lrelease, run_lupdate, translations_dir
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
        assert done == len(found) > 400
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


def test_english_loads_only_its_plural_forms(translated):
    loaded = translated("en_GB")
    assert [Path(t.filePath()).name for t in loaded] == [f"{CATALOG}_{PLURALS}.qm"]
    assert country_label("PL") == "Poland"


def test_the_english_catalogue_holds_every_count_message_of_the_code(code_strings):
    counted = {key for key, translation in code_strings.items() if translation is not None
               and translation.findall("numerusform")}
    committed = messages(catalogue(PLURALS))
    assert counted and set(committed) == counted
    assert all(is_translated(t) for t in committed.values()), "English forms missing: fill them in the .ts"


# -- every catalogue complete -------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"%L?\d|%L?n|\{[a-z0-9-]*\}")
FORMS = {"lt": 3, "lv": 3, "pl": 3, PLURALS: 2}


def message_elements(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name") or "").strip(), message


@pytest.mark.parametrize("lang", (*LANGUAGES, PLURALS))
def test_no_catalogue_has_an_unfinished_or_empty_message(lang):
    unfinished = [(ctx, m.findtext("source")) for ctx, m in message_elements(catalogue(lang))
                  if not is_translated(m.find("translation"))]
    assert unfinished == [], f"{len(unfinished)} messages of {catalogue(lang).name} are not translated"


@pytest.mark.parametrize("lang", (*LANGUAGES, PLURALS))
def test_counts_have_the_plural_forms_of_their_language(lang):
    for ctx, message in message_elements(catalogue(lang)):
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")
            assert len(forms) == FORMS[lang], (ctx, message.findtext("source"), len(forms))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder_of_their_source(lang):
    """A translation without its %1 or {n} shows no value; one with a stray placeholder shows '%2'."""
    wrong = []
    for ctx, message in message_elements(catalogue(lang)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if not p.endswith("n"))
        for form in forms:
            if sorted(p for p in PLACEHOLDER.findall(form) if not p.endswith("n")) != wanted:
                wrong.append((ctx, source, form))
    assert wrong == []


def _literal_messages() -> set[str]:
    """The text of every tr("...") and translate(ctx, "...") call in the GUI's sources, read with ast."""
    from border_monitor.ui.i18n import source_files

    found = set()
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.add(args[0].value)
            elif (node.func.attr == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant)
                  and isinstance(args[1].value, str)):
                found.add(args[1].value)
    return found


def test_every_translated_literal_reaches_the_catalogue(code_strings):
    """pyside6-lupdate does not read calls inside f-strings (nor through an alias): such a text stays English
    in every language. Every tr()/translate() literal in the sources must be among lupdate's messages."""
    seen = {source for _ctx, source, _dis in code_strings}
    missed = sorted(_literal_messages() - seen)
    assert missed == [], f"lupdate does not see: {missed}"
