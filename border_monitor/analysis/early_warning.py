"""Early warning per sector and per border, from a store, at a reference time.

``early_warning(store, at)`` asks the store for the counts of the 35 days before ``at`` (28 of
baseline, then 7 recent ones, the last of them the last 24 hours), per sector and per border, for
incidents and for persons: a few ``window_counts`` calls per reporting country (each one bincount
over the columnar index for all its sectors), then the statistic of ``levels`` on each series.
A border counts every incident its service reported (as ``stats`` does), a sector the incidents
placed in it. Which measure drives the level is the caller's choice (incidents by default); the
other is computed and shown beside it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from ..domain.filters import IncidentFilter
from ..domain.taxonomy import Country
from ..store.base import IncidentStore
from .levels import Assessment, Level, Thresholds, assess
from .nationality_shares import NationalityShare, share_changes
from .reference_time import ReferenceTime, now
from .sector_layout import SectorLayout, sector_layout
from .shifts import BorderShift, SectorShift, border_shifts, sector_shifts

log = logging.getLogger(__name__)

MEASURES = ("incidents", "persons")
RECENT_DAYS = 7
TOP_NATIONALITIES = 5


@dataclass(frozen=True)
class UnitWarning:
    """The warning of one sector or one border."""

    kind: Literal["sector", "border"]
    name: str
    border: str
    measure: str  # the one that drives the level
    incidents: Assessment
    persons: Assessment

    @property
    def driving(self) -> Assessment:
        return self.incidents if self.measure == "incidents" else self.persons

    @property
    def level(self) -> Level:
        return self.driving.level

    def to_json(self) -> dict:
        return {"kind": self.kind, "name": self.name, "border": self.border, "level": self.level.value,
                "measure": self.measure, "driver": self.driving.driver, "trend": self.driving.trend.value,
                "incidents": self.incidents.to_json(), "persons": self.persons.to_json()}


@dataclass(frozen=True)
class EarlyWarning:
    at: ReferenceTime
    measure: str
    thresholds: Thresholds
    borders: list[UnitWarning]
    sectors: list[UnitWarning]  # along each border in order, LT then LV then PL
    sector_shifts: list[SectorShift]
    border_shifts: list[BorderShift]
    nationalities: dict[str, list[NationalityShare]] = field(default_factory=dict)  # "all" and each border

    def high_sectors(self) -> list[str]:
        return [u.name for u in self.sectors if u.level is Level.HIGH]

    def level_of(self, name: str) -> Level:
        for unit in (*self.borders, *self.sectors):
            if unit.name == name:
                return unit.level
        raise KeyError(name)

    def to_json(self) -> dict:
        return {
            "at": self.at.to_json(), "measure": self.measure, "thresholds": self.thresholds.to_json(),
            "borders": [u.to_json() for u in self.borders], "sectors": [u.to_json() for u in self.sectors],
            "sector_shifts": [s.to_json() for s in self.sector_shifts],
            "border_shifts": [s.to_json() for s in self.border_shifts],
            "nationalities": {scope: [n.to_json() for n in items] for scope, items in self.nationalities.items()},
        }


@dataclass
class _CountryCounts:
    """Daily series of one reporting country: its border and each of its sectors, both measures."""

    border_incidents: np.ndarray
    border_persons: np.ndarray
    sectors: list[str]
    sector_incidents: np.ndarray  # (sectors, days)
    sector_persons: np.ndarray
    nationality_codes: list[str]
    nationality_baseline: np.ndarray
    nationality_recent: np.ndarray


def _country_counts(store: IncidentStore, country: Country, at: ReferenceTime, base: IncidentFilter,
                    days: int) -> _CountryCounts:
    flt = base.with_changes(countries=frozenset({country}))
    edges = at.day_edges_ms(country, days)
    per_sector = {m: store.window_counts(flt, edges, by="sector", measure=m) for m in MEASURES}
    per_border = {m: store.window_counts(flt, edges, by="country", measure=m) for m in MEASURES}
    row = per_border["incidents"].keys.index(country.value)
    incidents, persons = per_sector["incidents"], per_sector["persons"]
    if incidents.keys != persons.keys:  # a sector with incidents of no persons: align on the incidents' keys
        lookup = dict(zip(persons.keys, persons.counts))
        persons_counts = np.array([lookup.get(k, np.zeros(days, np.int64)) for k in incidents.keys]).reshape(-1, days)
    else:
        persons_counts = persons.counts
    nationality = store.window_counts(flt, [edges[0], edges[days - RECENT_DAYS], edges[days]], by="nationality",
                                      measure="persons")
    return _CountryCounts(
        border_incidents=per_border["incidents"].counts[row], border_persons=per_border["persons"].counts[row],
        sectors=list(incidents.keys), sector_incidents=incidents.counts, sector_persons=persons_counts,
        nationality_codes=list(nationality.keys), nationality_baseline=nationality.counts[:, 0],
        nationality_recent=nationality.counts[:, 1],
    )


def _unit(kind, name, border, measure, incidents, persons, t, gate: dict[str, Level] | None = None) -> UnitWarning:
    """``gate``: the level of each border by each measure; a sector of a high border is tested with the gate open."""
    gate = gate or {}
    return UnitWarning(kind=kind, name=name, border=border, measure=measure,
                       incidents=assess(incidents, None, t, gate.get("incidents") is Level.HIGH),
                       persons=assess(persons, incidents, t, gate.get("persons") is Level.HIGH))


def early_warning(store: IncidentStore, at: ReferenceTime | None = None, *, measure: str = "incidents",
                  thresholds: Thresholds = Thresholds(), base_filter: IncidentFilter = IncidentFilter(),
                  layout: SectorLayout | None = None) -> EarlyWarning:
    """The early warning of every sector and border of ``store`` at ``at`` (default: now).

    ``base_filter`` narrows the incidents (types, statuses, text, bbox); its countries and dates are the
    warning's own business and must be empty. ``layout`` defaults to the store's sectors layer."""
    if measure not in MEASURES:
        raise ValueError(f"the early warning measures 'incidents' or 'persons', not {measure!r}")
    if base_filter.countries or base_filter.date_from or base_filter.date_to:
        raise ValueError("the early warning covers every border over its own windows: the base filter must not "
                         "set countries or dates")
    at = at or now()
    t = thresholds
    days = t.baseline_days + RECENT_DAYS
    layout = layout or sector_layout(store.reference_layer("sectors"))
    borders: dict[str, UnitWarning] = {}
    sectors: dict[str, UnitWarning] = {}
    series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    nationalities: dict[str, list[NationalityShare]] = {}
    overall: dict[str, list[int]] = {}  # code -> [baseline persons, recent persons] over every border
    for country in Country:
        border = country.border.value
        counts = _country_counts(store, country, at, base_filter, days)
        unit = borders[border] = _unit("border", border, border, measure, counts.border_incidents,
                                       counts.border_persons, t)
        gate = {"incidents": unit.incidents.level, "persons": unit.persons.level}
        found = dict(zip(counts.sectors, zip(counts.sector_incidents, counts.sector_persons)))
        zero = np.zeros(days, dtype=np.int64)
        # the layout's sectors in order, then any sector the store holds that the layout lacks
        names = [*layout.by_border.get(border, ()), *sorted(set(counts.sectors) - set(layout.border_of))]
        for name in names:
            inc, per = found.get(name, (zero, zero))
            series[name] = (inc, per)
            sectors[name] = _unit("sector", name, layout.border_of.get(name, border), measure, inc, per, t, gate)
        nationalities[border] = share_changes(counts.nationality_codes, counts.nationality_baseline,
                                              counts.nationality_recent, TOP_NATIONALITIES)
        for code, b, r in zip(counts.nationality_codes, counts.nationality_baseline.tolist(),
                              counts.nationality_recent.tolist()):
            pair = overall.setdefault(code, [0, 0])
            pair[0] += b
            pair[1] += r
    neighbourhoods: dict[str, Assessment] = {}
    for name, unit in sectors.items():
        around = [n for n in layout.neighbours.get(name, ()) if n in series]
        if around:
            inc = np.sum([series[n][0] for n in around], axis=0)
            per = np.sum([series[n][1] for n in around], axis=0)
            neighbourhoods[name] = assess(inc, None, t) if measure == "incidents" else assess(per, inc, t)
    driving = {name: unit.driving for name, unit in sectors.items()}
    codes = sorted(overall)
    nationalities = {"all": share_changes(codes, np.array([overall[c][0] for c in codes], dtype=np.int64),
                                          np.array([overall[c][1] for c in codes], dtype=np.int64),
                                          TOP_NATIONALITIES), **nationalities}
    return EarlyWarning(
        at=at, measure=measure, thresholds=t, borders=list(borders.values()), sectors=list(sectors.values()),
        sector_shifts=sector_shifts(driving, neighbourhoods, layout.neighbours, {n: u.border for n, u in sectors.items()}),
        border_shifts=border_shifts({name: unit.driving for name, unit in borders.items()}),
        nationalities=nationalities,
    )

