"""The nationality codes and names read from pycountry's own table file are pycountry's (issue 13, goal 4: the
``stats`` command validates nationalities without importing pycountry)."""
from __future__ import annotations

import pycountry

from border_monitor.domain import nationality
from border_monitor.domain.nationality import EXTRA_CODES, Nationality


def test_the_table_read_from_the_file_is_pycountrys_own():
    from_file = nationality._names_from_database()
    assert from_file is not None
    assert from_file == {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    assert len(from_file) >= 249 and from_file["LTU"] == "Lithuania" and from_file["BLR"] == "Belarus"


def test_without_the_file_pycountry_itself_answers(monkeypatch):
    monkeypatch.setattr(nationality, "_names_from_database", lambda: None)
    nationality.nationality_names.cache_clear()
    try:
        names = nationality.nationality_names()
        syria = pycountry.countries.get(alpha_3="SYR")
        assert names["SYR"] == (getattr(syria, "common_name", None) or syria.name)
        assert set(EXTRA_CODES) <= set(names) and len(names) == len(pycountry.countries) + len(EXTRA_CODES)
    finally:
        nationality.nationality_names.cache_clear()
    assert Nationality("irq", 3).code == "IRQ"
