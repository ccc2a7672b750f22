"""The catalogues use the glossary's words (resources/translations/glossary.tsv) for the taxonomy and the
border terms, and the glossary names only messages the code has."""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES
from border_monitor.ui.i18n import CATALOG, LANGUAGES, install_translators, translations_dir
from border_monitor.ui.text.labels import country_label, status_label, type_label


def glossary() -> list[dict]:
    path = translations_dir() / "glossary.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def translations(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(translations_dir() / f"{CATALOG}_{lang}.ts").getroot()
    return {((c.findtext("name") or "").strip(), m.findtext("source") or ""): (m.findtext("translation") or "")
            for c in root.iter("context") for m in c.iter("message")}


def test_the_glossary_covers_the_whole_taxonomy():
    labels = {row["source"] for row in glossary() if row["context"] == "labels"}
    with_english = {country_label(c) for c in COUNTRIES} | {type_label(t) for t in TYPES} | {
        status_label(s) for s in STATUSES}
    assert with_english <= labels | {"LT", "LV", "PL"}
    assert len(glossary()) >= 25


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogue_uses_the_glossary_terms(lang):
    found = translations(lang)
    wrong = []
    for row in glossary():
        key = (row["context"], row["source"])
        assert key in found, f"the glossary names {key}, which the code does not have"
        if found[key] != row[lang]:
            wrong.append((key, found[key], row[lang]))
    assert wrong == [], f"{lang}: catalogue differs from the glossary (key, catalogue, glossary)"


@pytest.mark.parametrize("locale, prevented, trafficking", [
    ("lt_LT", "Neleista patekti", "Neteisėtas žmonių gabenimas"),
    ("lv_LV", "Novērsts šķērsošanas mēģinājums", "Nelikumīga personu pārvietošana"),
    ("pl_PL", "Próba nielegalnego przekroczenia granicy", "Pomocnictwo w nielegalnym przekroczeniu granicy"),
])
def test_the_window_speaks_the_services_terms(qapp, locale, prevented, trafficking):
    before = QLocale()
    loaded = install_translators(qapp, QLocale(locale))
    try:
        assert type_label("prevented_entry") == prevented
        assert type_label("trafficking") == trafficking  # facilitation of crossings, not human trafficking
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.mark.parametrize("locale, iraq, syria, stateless", [
    ("lt_LT", "Irakas", "Sirija", "Asmuo be pilietybės"),
    ("lv_LV", "Irāka", "Sīrija", "Bezvalstnieks"),
    ("pl_PL", "Irak", "Syria", "Bezpaństwowiec"),
    ("en_GB", "Iraq", "Syria", "Stateless person"),
])
def test_nationalities_are_named_in_the_language(qapp, locale, iraq, syria, stateless):
    from border_monitor.ui.editing.nationality_edit import completion_entries
    from border_monitor.ui.text.nationality_texts import nationality_label

    before = QLocale()
    loaded = install_translators(qapp, QLocale(locale))
    try:
        assert (nationality_label("IRQ"), nationality_label("SYR"), nationality_label("XXA")) == (iraq, syria, stateless)
        assert f"IRQ — {iraq}" in completion_entries()  # the form completes names in the user's language
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
