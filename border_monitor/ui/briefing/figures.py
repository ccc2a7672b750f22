"""The headline figures of the briefing, per country and for the whole border (no Qt).

Every figure is one ``store.stats`` answer for a filter a user can type on the command line, so the
wall says what ``border-monitor stats`` says:

- today: ``--country X --from D --to D`` (D the service's reporting day at the reference time);
- last 7 days: ``--from D-6 --to D``; the week before: ``--from D-13 --to D-7``;
- persons: the persons of those incidents (today and the 7 days);
- top nationalities: the persons by nationality of the 7 days, most first.

The whole border adds the three services up (each incident has one reporting service).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from ...domain.filters import IncidentFilter
from ...domain.taxonomy import Country
from ...store.base import IncidentStore
from .picture_time import BriefingTime

TOP_NATIONALITIES = 3
ALL = "all"


@dataclass(frozen=True)
class ScopeFigures:
    """The headline figures of one service (``scope`` LT, LV, PL) or of the whole border (``all``)."""

    scope: str
    day: date | None  # the reporting day (None for the whole border, whose services may be on different days)
    today: int
    persons_today: int
    week: int
    persons_week: int
    previous_week: int
    nationalities: tuple[tuple[str, int], ...]  # (alpha-3, persons) of the 7 days, most first

    @property
    def change(self) -> float | None:
        """The last 7 days against the week before, as a fraction (0.25: a quarter more); None when the week
        before had none."""
        if self.previous_week == 0:
            return None
        return self.week / self.previous_week - 1.0

    def top(self, n: int = TOP_NATIONALITIES) -> tuple[tuple[str, int], ...]:
        return self.nationalities[:n]


def figure_filters(country: Country | str, day: date, base: IncidentFilter = IncidentFilter()) -> dict[str, IncidentFilter]:
    """The filters behind one service's figures ("today", "week", "previous_week")."""
    country = Country.parse(country, "country")
    flt = base.with_changes(countries=frozenset({country}))
    return {"today": flt.with_changes(date_from=day, date_to=day),
            "week": flt.with_changes(date_from=day - timedelta(days=6), date_to=day),
            "previous_week": flt.with_changes(date_from=day - timedelta(days=13), date_to=day - timedelta(days=7))}


def _ranked(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((k, int(v)) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))


def country_figures(store: IncidentStore, country: Country | str, day: date,
                    base: IncidentFilter = IncidentFilter()) -> ScopeFigures:
    filters = figure_filters(country, day, base)
    today, week = store.stats(filters["today"]), store.stats(filters["week"])
    previous = store.count(filters["previous_week"])
    return ScopeFigures(scope=Country.parse(country, "country").value, day=day, today=today.total,
                        persons_today=today.persons, week=week.total, persons_week=week.persons,
                        previous_week=previous, nationalities=_ranked(week.by_nationality))


def headline_figures(store: IncidentStore, when: BriefingTime,
                     base: IncidentFilter = IncidentFilter()) -> dict[str, ScopeFigures]:
    """``{"all": ..., "LT": ..., "LV": ..., "PL": ...}`` at ``when``; ``base`` narrows the incidents (types,
    statuses, text); its countries and dates are the briefing's own."""
    per = {c.value: country_figures(store, c, when.day(c), base.with_changes(countries=frozenset(),
                                                                                 date_from=None, date_to=None))
           for c in Country}
    nationalities: Counter = Counter()
    for figures in per.values():
        nationalities.update(dict(figures.nationalities))
    whole = ScopeFigures(scope=ALL, day=None, today=sum(f.today for f in per.values()),
                         persons_today=sum(f.persons_today for f in per.values()),
                         week=sum(f.week for f in per.values()), persons_week=sum(f.persons_week for f in per.values()),
                         previous_week=sum(f.previous_week for f in per.values()),
                         nationalities=_ranked(dict(nationalities)))
    return {ALL: whole, **per}
