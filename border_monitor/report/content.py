"""Every figure of a situation report, gathered from a store (no Qt).

The figures come from the calls the commands make: ``store.stats`` (as ``border-monitor stats``)
for the period and for the previous period of the same length, ``early_warning`` at the end of
the period (as ``border-monitor alerts --at TO``), ``window_counts`` by sector, ``daily_counts``
for the timeline and ``points`` for the map; the notable incidents are the filter's incidents of
the notable types, oldest first, with their position in the national grid of the service that
reported them (``geo.grid_lines.NATIONAL_GRIDS``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import numpy as np

from ..analysis.early_warning import EarlyWarning, early_warning
from ..analysis.reference_time import parse_reference_time
from ..domain.data_notice import notice_for
from ..domain.errors import ValidationError
from ..domain.filters import IncidentFilter, SortKey
from ..domain.incident import Incident
from ..domain.taxonomy import Country, IncidentType
from ..geo.coords.crs import format_many
from ..geo.grid_lines import NATIONAL_GRIDS
from ..store.base import DailyCounts, IncidentStore, Stats

log = logging.getLogger(__name__)

NOTABLE_TYPES = (IncidentType.USE_OF_FORCE, IncidentType.HUMANITARIAN, IncidentType.MILITARY_ACTIVITY,
                 IncidentType.AIRSPACE, IncidentType.PROVOCATION)
MAX_NOTABLE = 300  # rows in the notable-incidents table; more are counted, not listed
MAX_PERIOD_DAYS = 366 * 5
REFERENCE_LAYERS = ("countries", "zones", "sectors", "borders", "crossing_points")
NO_SECTOR = ""  # the key of incidents outside every sector in ``sectors``
_ALL_TIME = (-(2 ** 60), 2 ** 60)  # every instant (their difference fits int64)


@dataclass(frozen=True)
class NotableIncident:
    occurred_at: datetime  # UTC
    local_time: str  # on the reporting service's clock, with its UTC offset
    country: str
    type: str
    sector: str
    side: str
    distance_km: float | None
    persons: int
    grid: str  # the national grid's short name (geo.grid_lines.NATIONAL_GRIDS: LKS-94, LKS-2020, PL-1992)
    grid_text: str  # northing easting in metres
    lat: float
    lon: float
    title: str  # the description's first line


@dataclass(frozen=True)
class ReportContent:
    store_name: str
    notice: str | None  # the synthetic-data notice, or None for real data
    filter: IncidentFilter
    date_from: date
    date_to: date
    previous_from: date
    previous_to: date
    generated_at: datetime
    stats: Stats
    previous: Stats
    sectors: dict[str, int]  # sector -> incidents in the period (NO_SECTOR: outside every sector)
    previous_sectors: dict[str, int]
    sector_border: dict[str, str]  # sector -> its border (from the reference layer)
    daily: DailyCounts  # incidents per local day by country, over the period
    points: dict[str, np.ndarray]
    reference: dict[str, dict]
    warning: EarlyWarning
    notable: list[NotableIncident]
    notable_total: int
    countries: tuple[str, ...] = field(default=())  # the reporting countries the report covers

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1


def check_period(date_from: date | None, date_to: date | None) -> tuple[date, date]:
    """The report's period; a ``ValidationError`` naming --from or --to when it is missing or wrong."""
    if date_from is None:
        raise ValidationError("--from", "", "is missing: a report covers a period, give its first day (YYYY-MM-DD)")
    if date_to is None:
        raise ValidationError("--to", "", "is missing: a report covers a period, give its last day (YYYY-MM-DD)")
    if date_to < date_from:
        raise ValidationError("--to", date_to.isoformat(), f"is before --from {date_from.isoformat()}")
    if (date_to - date_from).days + 1 > MAX_PERIOD_DAYS:
        raise ValidationError("--to", date_to.isoformat(),
                              f"makes a period of more than {MAX_PERIOD_DAYS} days; a report covers at most five years")
    return date_from, date_to


def previous_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The period of the same length that ends the day before ``date_from``."""
    length = (date_to - date_from).days + 1
    return date_from - timedelta(days=length), date_from - timedelta(days=1)


def sector_counts(store: IncidentStore, flt: IncidentFilter, total: int) -> dict[str, int]:
    """Incidents per sector under ``flt`` (its own local days), and under ``NO_SECTOR`` those outside every sector."""
    counts = store.window_counts(flt, _ALL_TIME, by="sector")
    out = {key: int(n) for key, n in zip(counts.keys, counts.counts[:, 0].tolist())}
    rest = total - sum(out.values())
    if rest:
        out[NO_SECTOR] = rest
    return out


def _first_line(text: str, limit: int = 90) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\u2026"


def _local_text(moment: datetime, country: Country) -> str:
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo(country.timezone))
    offset = local.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return f"{local:%Y-%m-%d %H:%M} UTC{hours:+d}"


def notable_incidents(store: IncidentStore, flt: IncidentFilter, limit: int = MAX_NOTABLE
                      ) -> tuple[list[NotableIncident], int]:
    """The filter's incidents of ``NOTABLE_TYPES`` (oldest first, at most ``limit``) and how many there are."""
    types = frozenset(NOTABLE_TYPES) & flt.types if flt.types else frozenset(NOTABLE_TYPES)
    if not types:
        return [], 0
    notable = flt.with_changes(types=types)
    total = store.count(notable)
    rows: list[Incident] = store.page(notable, SortKey.OCCURRED_AT, False, 0, limit) if total else []
    grids: dict[str, list[str]] = {}
    for code, (system, _label, _epsg) in NATIONAL_GRIDS.items():
        mine = [r for r in rows if r.country.value == code]
        if mine:
            grids[code] = format_many([r.lon for r in mine], [r.lat for r in mine], system, 0)
    taken = {code: 0 for code in grids}
    out = []
    for r in rows:
        code = r.country.value
        text = grids[code][taken[code]]
        taken[code] += 1
        out.append(NotableIncident(
            occurred_at=r.occurred_at, local_time=_local_text(r.occurred_at, r.country), country=code,
            type=r.type.value, sector=r.sector or "", side=r.side.value if r.side else "",
            distance_km=None if r.distance_to_border_m is None else r.distance_to_border_m / 1000.0,
            persons=r.persons, grid=NATIONAL_GRIDS[code][1], grid_text=text, lat=r.lat, lon=r.lon,
            title=_first_line(r.description)))
    return out, total


def _sector_borders(layer: dict) -> dict[str, str]:
    out = {}
    for feature in layer.get("features", []):
        props = feature.get("properties") or {}
        name = props.get("name") or props.get("sector")
        if name:
            out[str(name)] = str(props.get("border") or "")
    return out


def zones_in_force(layer: dict, first: date, last: date) -> dict:
    """The emergency zones in force on some day of the period (``valid_from``..``valid_to``, open-ended if none)."""
    def overlaps(props: dict) -> bool:
        try:
            start = date.fromisoformat(str(props.get("valid_from"))) if props.get("valid_from") else date.min
            end = date.fromisoformat(str(props.get("valid_to"))) if props.get("valid_to") else date.max
        except ValueError:
            return True  # a zone with unreadable dates is shown rather than hidden
        return start <= last and end >= first

    return {**layer, "features": [f for f in layer.get("features", []) if overlaps(f.get("properties") or {})]}


def gather(store: IncidentStore, flt: IncidentFilter, *, generated_at: datetime | None = None,
           with_points: bool = True) -> ReportContent:
    """The content of the report of ``flt`` (whose ``date_from`` and ``date_to`` are the period)."""
    date_from, date_to = check_period(flt.date_from, flt.date_to)
    prev_from, prev_to = previous_period(date_from, date_to)
    previous_flt = flt.with_changes(date_from=prev_from, date_to=prev_to)
    stats = store.stats(flt)
    previous = store.stats(previous_flt)
    log.info("report: %d incidents in %s..%s, %d before", stats.total, date_from, date_to, previous.total)
    base = IncidentFilter()  # the early warning of ``alerts --at TO``: every incident, its own windows
    warning = early_warning(store, parse_reference_time(date_to.isoformat(), "--to"), base_filter=base)
    reference = {name: store.reference_layer(name) for name in REFERENCE_LAYERS}
    reference["zones"] = zones_in_force(reference.get("zones") or {}, date_from, date_to)
    notable, notable_total = notable_incidents(store, flt)
    countries = tuple(sorted(c.value for c in flt.countries)) or tuple(c.value for c in Country)
    return ReportContent(
        store_name=store.name, notice=notice_for(store), filter=flt, date_from=date_from, date_to=date_to,
        previous_from=prev_from, previous_to=prev_to,
        generated_at=(generated_at or datetime.now(timezone.utc)).replace(microsecond=0),
        stats=stats, previous=previous, sectors=sector_counts(store, flt, stats.total),
        previous_sectors=sector_counts(store, previous_flt, previous.total),
        sector_border=_sector_borders(reference.get("sectors") or {}),
        daily=store.daily_counts(flt, by="country"),
        points=store.points(flt) if with_points else {},
        reference=reference, warning=warning, notable=notable, notable_total=notable_total, countries=countries)


def change_percent(now: int, before: int) -> float | None:
    """The change from ``before`` to ``now`` in percent; None when there was nothing before and is now."""
    if before == 0:
        return 0.0 if now == 0 else None
    return (now - before) * 100.0 / before
