"""Context events of 2021 for the timeline: the "Dated events" and "Emergency zones" of DOMAIN.md."""
from __future__ import annotations

from datetime import date

from ..store.base import ContextEvent
from .curves import PERIOD_END

# (first day, last day, country, title); country "" = all, "BY" = Belarus.
# Periods that were extended beyond 2021 end with the scenario (31 Dec 2021).
_EVENTS: tuple[tuple[str, str, str, str], ...] = (
    ("2021-06-15", "2021-06-15", "LT", "Arrivals rise sharply (daily counts in the dozens)"),
    ("2021-07-02", "2021-07-02", "LT", "State-level extreme situation declared; 150 crossings that day"),
    ("2021-07-02", PERIOD_END.isoformat(), "LT", "Extreme situation (whole state)"),
    ("2021-07-10", "2021-07-10", "LT", "Frontex support requested (about 100 officers deployed by 30 Jul)"),
    ("2021-08-01", "2021-08-01", "LT", "Record day: 289 crossings"),
    ("2021-08-03", "2021-08-03", "LT", "Returns to Belarus begin (8,106 turned back by year end)"),
    ("2021-08-11", PERIOD_END.isoformat(), "LV",
     "State of emergency in the border municipalities (Ludza, Krāslava, Augšdaugava, Daugavpils); extended into 2022"),
    ("2021-08-12", "2021-08-12", "LV", "Peak day: 101 prevented entries"),
    ("2021-08-15", "2021-08-15", "", "Fall of Kabul; Afghan arrivals rise in PL"),
    ("2021-08-20", "2021-08-20", "PL", "Regulation allowing returns at the border"),
    ("2021-08-08", "2021-08-31", "PL", "Usnarz Górny: a group held for weeks on the line"),
    ("2021-09-02", "2021-12-01", "PL", "State of emergency in 183 border localities (about 3 km strip)"),
    ("2021-09-10", "2021-09-16", "BY", "Zapad-2021 military drills"),
    ("2021-10-01", "2021-10-01", "PL", "Record day: 601 attempts"),
    ("2021-10-14", "2021-10-14", "PL", "Act on building a border barrier"),
    ("2021-10-26", "2021-10-26", "PL", "Law on returns at the border"),
    ("2021-11-08", "2021-11-08", "PL", "Kuźnica-Bruzgi standoff begins (crossing closed 9 Nov)"),
    ("2021-11-10", PERIOD_END.isoformat(), "LT",
     "State of emergency in the 5 km border strip (declared until 10 Dec, then extended)"),
    ("2021-11-16", "2021-11-16", "PL", "Clashes at Kuźnica: stones thrown, water cannon, tear gas"),
)


def context_events() -> list[ContextEvent]:
    """The 2021 context events, ordered by start day."""
    events = [ContextEvent(None, date.fromisoformat(a), date.fromisoformat(b), country, title)
              for a, b, country, title in _EVENTS]
    return sorted(events, key=lambda e: (e.start, e.end, e.country, e.title))
