"""The deterministic 2021 demo scenario: synthetic incidents shaped after the public record.

``generate()`` gives the natural scale (one incident per group of persons, about ten thousand
incidents); ``generate(n)`` gives exactly ``n`` incidents with the same shapes (up to a million in
a few seconds). The same seed gives the same incidents, ids included. Figures and sources:
``curves.py``, ``mixes.py`` and /work/shared/DOMAIN.md; places: ``places.py``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from ..domain.batch import IncidentBatch, datetime_to_ms
from ..domain.taxonomy import COUNTRY_TIMEZONES, STATUSES, Country
from ..store.base import ContextEvent
from .attributes import add_code, courier_codes, int_text, km_text, migrant_nationalities, uuid4_texts
from ..domain.local_time import local_to_utc_ms
from .defaults import DEFAULT_SEED, MAX_INCIDENTS
from .curves import PERIOD_END, PERIOD_START, build_curves, period_days
from .events import context_events
from .mixes import local_time_of_day_ms, statuses
from .places import border_segments, place_incidents
from .rows import COUNTRY_CODES, TYPE_CODES, Rows, person_rows, rate_rows, signature_rows, top_up_by_side
from .templates import TEMPLATES
from .text import counted, describe, fill, sources

log = logging.getLogger(__name__)

# Types reported mostly at night and in the early morning (the crossings and what goes with them).
NIGHT_TYPES = ("apprehension", "prevented_entry", "return_to_belarus", "smuggling", "trafficking", "barrier_damage",
               "provocation", "use_of_force")
SOURCES = (
    "Lithuania, State Border Guard Service (VSAT): 2021 monthly irregular entries, record of 1 Aug, turned back in 2021",
    "Latvia, State Border Guard (VRS): prevented entries 11 Aug-31 Dec 2021, peak of 12 Aug",
    "Poland, Border Guard (Straż Graniczna): attempts by month in 2021, record of 1 Oct",
    "PISM Spotlight, early autumn 2021: more than 4,000 detained in LT (mainly Iraqi), more than 2,000 in PL "
    "(mostly Afghan)",
    "Press reports of the dated events (Usnarz Górny, Zapad-2021, Kuźnica-Bruzgi)",
    "Border lines and sectors: the application's reference data (OpenStreetMap, ODbL)",
)


@dataclass
class Scenario:
    batch: IncidentBatch
    events: list[ContextEvent]
    metadata: dict = field(default_factory=dict)


def _rng(seed: int, stage: int) -> np.random.Generator:
    """One independent stream per stage, so a change in one stage leaves the others as they were."""
    return np.random.default_rng(np.random.SeedSequence([int(seed), stage]))


def _rows(seed: int, factor: float, curves, sector_index: dict[str, int], with_signatures: bool) -> Rows:
    n_days = len(period_days())
    parts = [person_rows(_rng(seed, 2), curves, factor), rate_rows(_rng(seed, 3), factor, n_days)]
    if with_signatures:
        parts.append(signature_rows(_rng(seed, 4), curves, sector_index))
    return Rows.concat(parts)


def generate(n: int | None = None, seed: int = DEFAULT_SEED) -> Scenario:
    """The 2021 scenario: ``n`` incidents (None: the natural scale), deterministic for ``seed``."""
    if n is not None:
        n = int(n)
        if not 1 <= n <= MAX_INCIDENTS:
            raise ValueError(f"the number of incidents {n} is not between 1 and {MAX_INCIDENTS:,}")
    curves = build_curves(_rng(seed, 1))
    segments = border_segments(COUNTRY_CODES)
    sector_index = {name: i for i, name in enumerate(segments.sector_names)}
    natural = _rows(seed, 1.0, curves, sector_index, with_signatures=True)
    if n is None:
        rows = natural
    else:
        signatures = n >= 20 * int((natural.text != "").sum())
        fixed = int((natural.text != "").sum()) if signatures else 0
        scalable = len(natural) - int((natural.text != "").sum())
        factor = max((n - fixed) / scalable, 1e-9) * 1.03
        while True:
            pool = _rows(seed, factor, curves, sector_index, with_signatures=signatures)
            free = np.flatnonzero(pool.text == "")
            if len(free) >= n - fixed:
                break
            factor *= 1.1
        keep = np.sort(_rng(seed, 5).choice(free, size=n - fixed, replace=False))
        rows = pool.take(np.sort(np.concatenate([keep, np.flatnonzero(pool.text != "")])))
    top_up_by_side(_rng(seed, 6), rows)
    batch = _build_batch(seed, rows, segments)
    metadata = {
        "synthetic": "true",
        "description": "Synthetic demo scenario of 2021 on the LT, LV and PL borders with Belarus: invented "
                       "incidents whose timing, peaks, places and mixes follow the public record. Not real data.",
        "scenario": "demo2021",
        "seed": str(seed),
        "n": str(len(batch)),
        "period": f"{PERIOD_START.isoformat()}/{PERIOD_END.isoformat()}",
        "sources": "; ".join(SOURCES),
    }
    return Scenario(batch=batch, events=context_events(), metadata=metadata)


def _build_batch(seed: int, rows: Rows, segments) -> IncidentBatch:
    k = len(rows)
    type_names = np.array(TYPE_CODES, dtype=object)[rows.type]
    # When: local day and a local time of day, then UTC.
    night = np.isin(rows.type, [TYPE_CODES.index(t) for t in NIGHT_TYPES])
    local_ms = (datetime_to_ms(datetime.combine(PERIOD_START, datetime.min.time(), tzinfo=timezone.utc))
                + rows.day * 86_400_000 + local_time_of_day_ms(_rng(seed, 7), night))
    occurred = np.empty(k, dtype=np.int64)
    for c, code in enumerate(COUNTRY_CODES):
        mine = rows.country == c
        occurred[mine] = local_to_utc_ms(local_ms[mine], COUNTRY_TIMEZONES[Country(code)])
    # Where.
    placed = place_incidents(_rng(seed, 8), rows.country, rows.day, rows.by_side, COUNTRY_CODES,
                             forced_sector=rows.sector)
    place = segments.sector_places[placed.sector]
    # Who.
    rng = _rng(seed, 9)
    persons = rows.persons.astype(np.int64)
    migrants = persons.copy()
    is_trafficking = type_names == "trafficking"
    is_smuggling = type_names == "smuggling"
    migrants[is_trafficking] -= 1
    groups = (migrants > 0) & ~is_smuggling & (rows.nationalities == "")
    nat_text = rows.nationalities.copy()
    nat_display = np.full(k, "", dtype=object)
    idx = np.flatnonzero(groups)
    nat_text[idx], nat_display[idx] = migrant_nationalities(rng, rows.country[idx], rows.day[idx], migrants[idx],
                                                            COUNTRY_CODES)
    fixed = np.flatnonzero(rows.nationalities != "")
    nat_display[fixed] = np.array([",".join(p.split(":")[0] for p in t.split(",")) for t in nat_text[fixed]],
                                  dtype=object)
    couriers = courier_codes(rng, rows.country, COUNTRY_CODES)
    with_courier = np.flatnonzero(is_trafficking | (is_smuggling & (persons > 0)))
    if len(with_courier):
        counts = np.where(is_trafficking[with_courier], 1, persons[with_courier])
        nat_text[with_courier] = add_code(nat_text[with_courier], couriers[with_courier], counts)
    smug = np.flatnonzero(is_smuggling & (persons > 0))
    nat_display[smug] = couriers[smug]
    # What was said.
    fields = {
        "n": int_text(migrants), "persons": counted(migrants, "person", "persons"),
        "foreigners": counted(migrants, "foreigner", "foreigners"), "migrants": counted(migrants, "migrant", "migrants"),
        "passengers": counted(migrants, "passenger", "passengers"), "nat": nat_display, "km": km_text(placed.offset_km), "place": place,
        "cartons": int_text(rng.integers(1, 80, size=k) * 5), "metres": int_text(rng.integers(2, 40, size=k) * 5),
        "minutes": int_text(rng.integers(3, 45, size=k)), "crowd": int_text(rng.integers(2, 30, size=k) * 10),
        "courier": couriers,
    }
    description = np.full(k, "", dtype=object)
    free = rows.text == ""
    for t, name in enumerate(TYPE_CODES):
        mine = np.flatnonzero(free & (rows.type == t))
        if len(mine):
            description[mine] = describe(rng, TEMPLATES[name], mine, rows.by_side[mine], migrants[mine],
                                         rows.day[mine], fields)
    for template in np.unique(rows.text[~free].astype(str)):
        mine = np.flatnonzero(rows.text == template)
        description[mine] = fill(template, fields, mine)
    source = sources(rng, placed.sector, segments.sector_places, segments.sector_country, rows.day, COUNTRY_CODES)
    status = statuses(rng, rows.day, tuple(s.value for s in STATUSES))
    ids = uuid4_texts(_rng(seed, 10), k)
    order = np.argsort(occurred, kind="stable")
    batch = IncidentBatch(
        occurred_at_ms=occurred[order], country=rows.country[order].astype(np.int8),
        type=rows.type[order].astype(np.int8), lon=placed.lon[order], lat=placed.lat[order],
        persons=persons[order].astype(np.int32), nationalities=nat_text[order], description=description[order],
        source=source[order], status=status[order], id=ids[order],
    )
    log.info("scenario: %d incidents, %d persons", len(batch), int(batch.persons.sum()))
    return batch
