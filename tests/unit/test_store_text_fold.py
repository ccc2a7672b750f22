"""The store's text search ignores case and diacritics both ways (a real GeoPackage store)."""
from __future__ import annotations

import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.domain.text_fold import fold
from border_monitor.store import open_store

PLACES = {"pl-diacritic": ("PL", "Kuźnica crossing, group of 4"),
          "pl-plain": ("PL", "near Kuznica station"),
          "lt": ("LT", "forest track by Šalčininkai"),
          "lv": ("LV", "Krāslava district, river bank"),
          "pl-stroke": ("PL", "Łosośna village"),
          "other": ("LT", "Vilnius road to Medininkai")}


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "places.gpkg", create=True)
    s.add([Incident(occurred_at="2021-08-01T10:00:00Z", country=country, type="apprehension", lon=24.0, lat=54.0,
                    persons=1, description=description, source=key)
           for key, (country, description) in PLACES.items()], "tester")
    yield s
    s.close()


def found(store, text: str) -> set[str]:
    return {i.source for i in store.page(IncidentFilter(text=text), limit=100)}


@pytest.mark.parametrize("query, expected", [
    ("Kuznica", {"pl-diacritic", "pl-plain"}),
    ("Kuźnica", {"pl-diacritic", "pl-plain"}),
    ("KUŹNICA", {"pl-diacritic", "pl-plain"}),
    ("Salcininkai", {"lt"}),
    ("šalčininkai", {"lt"}),
    ("Kraslava", {"lv"}),
    ("Krāslava", {"lv"}),
    ("lososna", {"pl-stroke"}),  # ł is not decomposed by NFKD
    ("Łosośna", {"pl-stroke"}),
    ("inkai", {"lt", "other"}),
    ("Kužnica", {"pl-diacritic", "pl-plain"}),  # another mark on the same letter folds alike
    ("Kuzniça x", set()),
])
def test_search_ignores_diacritics_and_case_both_ways(store, query, expected):
    assert found(store, query) == expected
    assert store.count(IncidentFilter(text=query)) == len(expected)


def test_a_text_added_after_indexing_is_folded_too(store):
    assert found(store, "azuolu") == set()
    store.add([Incident(occurred_at="2021-08-02T10:00:00Z", country="LT", type="smuggling", lon=24.0, lat=54.0,
                        persons=0, description="Ąžuolų street", source="new")], "tester")
    assert found(store, "azuolu") == {"new"}
    assert found(store, "Krāslava") == {"lv"}


def test_fold_special_letters():
    assert fold("Łódź") == "lodz" and fold("Đakovo") == "dakovo" and fold("Straße") == "strasse"
    assert fold("Ūla") == fold("ULA") == "ula"
    assert fold("ﬁeld") == "field"  # compatibility forms decompose too


def test_sector_names_are_searched_without_their_diacritics(store):
    sectors = {i.sector for i in store.page(IncidentFilter(), limit=100)} - {None}
    marked = sorted(s for s in sectors if fold(s) != s.casefold())
    assert marked, f"no sector name with diacritics among {sectors}"
    bare = fold(marked[0])
    assert found(store, bare) and found(store, bare) == found(store, marked[0])
