"""Aggregates over the columnar index: per-day counts, grid cells, map points and statistics."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from ...domain.filters import IncidentFilter, SortKey
from ...domain.nationality import parse_nationalities
from ...domain.taxonomy import COUNTRIES, TYPES
from ..base import DailyCounts, GridCounts, Stats
from .columnar import ColumnarIndex
from ...domain.local_time import day_date, day_number

UNKNOWN_NATIONALITY = "XXX"
_MAX_DENSE_CELLS = 4_000_000


def daily_counts(index: ColumnarIndex, flt: IncidentFilter, by: str = "country",
                 measure: str = "incidents", zone: str | None = None) -> DailyCounts:
    if by not in ("country", "type"):
        raise ValueError(f"daily counts can be split by 'country' or 'type', not {by!r}")
    if measure not in ("incidents", "persons"):
        raise ValueError(f"daily counts can measure 'incidents' or 'persons', not {measure!r}")
    vocabulary, chosen = (COUNTRIES, flt.countries) if by == "country" else (TYPES, flt.types)
    members = [m for m in vocabulary if not chosen or m in chosen]
    keys = [m.value for m in members]
    mask = index.mask(flt)
    keys_all, some_unknown, data_first, span = index.day_keys(by, zone)
    cells = keys_all[mask]
    weights = index["persons"][mask] if measure == "persons" else None
    if some_unknown:  # rows whose value is not in the vocabulary (written by other programs)
        keep = cells >= 0
        cells = cells[keep]
        weights = None if weights is None else weights[keep]
    per_code_day = np.bincount(cells, weights=weights, minlength=len(vocabulary) * span)
    per_code_day = np.rint(per_code_day).astype(np.int64).reshape(len(vocabulary), span)
    used = np.flatnonzero(per_code_day.any(axis=0))  # none when every matching row counts 0 persons
    if flt.date_from is not None or len(used) == 0:
        first = day_number(flt.date_from) if flt.date_from is not None else None
    else:
        first = data_first + int(used[0])
    if flt.date_to is not None or len(used) == 0:
        last = day_number(flt.date_to) if flt.date_to is not None else None
    else:
        last = data_first + int(used[-1])
    if first is None and last is None:
        return DailyCounts(days=[], keys=keys, counts=np.zeros((len(keys), 0), dtype=np.int64))
    first = last if first is None else first
    last = first if last is None else last
    n_days = last - first + 1
    # The window [first, last] against the index's own span [data_first, data_first + span).
    counts = np.zeros((len(vocabulary), n_days), dtype=np.int64)
    lo, hi = max(first, data_first), min(last, data_first + span - 1)
    if lo <= hi:
        counts[:, lo - first:hi - first + 1] = per_code_day[:, lo - data_first:hi - data_first + 1]
    counts = counts[[vocabulary.index(m) for m in members]]
    return DailyCounts(days=[day_date(first + k) for k in range(n_days)], keys=keys, counts=counts)


def grid_counts(index: ColumnarIndex, flt: IncidentFilter, cell_deg: float) -> GridCounts:
    cell_deg = float(cell_deg)
    if not np.isfinite(cell_deg) or cell_deg <= 0:
        raise ValueError(f"grid cell size {cell_deg!r} is not a positive number of degrees")
    mask = index.mask(flt)
    all_cells, some_missing, x0, y0, height, size = index.grid_cells(cell_deg)
    cells = all_cells[mask]
    persons = index["persons"][mask]
    if some_missing:  # rows without a position
        keep = cells >= 0
        cells, persons = cells[keep], persons[keep]
    empty = np.zeros(0)
    if len(cells) == 0:
        return GridCounts(cell_deg, empty, empty, np.zeros(0, np.int64), np.zeros(0, np.int64))
    if size <= _MAX_DENSE_CELLS:
        counts = np.bincount(cells, minlength=size)
        sums = np.bincount(cells, weights=persons, minlength=size)
        used = np.flatnonzero(counts)
        counts, sums = counts[used], sums[used]
    else:
        used, inverse = np.unique(cells, return_inverse=True)
        counts = np.bincount(inverse)
        sums = np.bincount(inverse, weights=persons)
    gx, gy = used // height + x0, used % height + y0
    return GridCounts(
        cell_deg=cell_deg, lon=(gx + 0.5) * cell_deg, lat=(gy + 0.5) * cell_deg,
        counts=counts.astype(np.int64), persons=np.rint(sums).astype(np.int64),
    )


def points(index: ColumnarIndex, flt: IncidentFilter, limit: int | None = None) -> dict[str, np.ndarray]:
    """Drawing columns of matching incidents in time order; with ``limit``, the latest ``limit`` of them."""
    mask = index.mask(flt)
    rows = index.sorted_positions(mask, SortKey.OCCURRED_AT)
    if limit is not None and len(rows) > limit:
        rows = rows[len(rows) - max(0, int(limit)):]
    return {
        "row": rows.astype(np.int64),
        "id": index["uuid"][rows].astype(str),
        "lon": index["lon"][rows],
        "lat": index["lat"][rows],
        "type": index["type"][rows],
        "country": index["country"][rows],
        "persons": index["persons"][rows],
        "day": index["day"][rows],
    }


@lru_cache(maxsize=4096)
def _nationality_parts(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """(counted (code, count) pairs, codes without a count) of a canonical nationalities text."""
    try:
        items = parse_nationalities(text)
    except ValueError:
        return (), ()
    counted = tuple((n.code, n.count) for n in items if n.count is not None)
    uncounted = tuple(n.code for n in items if n.count is None)
    return counted, uncounted


def nationality_persons(index: ColumnarIndex, mask: np.ndarray) -> dict[str, int]:
    """Persons per nationality among the masked rows.

    Explicit counts count as given; the persons an incident has beyond them are shared evenly
    among its nationalities listed without a count (the first ones get the odd persons), or count
    as ``XXX`` (unknown) when every listed nationality has a count. The totals add up to the persons.
    """
    codes = index["nationalities"][mask]
    persons = index["persons"][mask].astype(np.int64)
    texts = index.vocab["nationalities"].texts
    n_vocab = len(texts) + 1
    slot = np.where(codes < 0, n_vocab - 1, codes)
    rows_per = np.bincount(slot, minlength=n_vocab)
    persons_per = np.bincount(slot, weights=persons, minlength=n_vocab)
    totals: dict[str, int] = {}

    def add(code: str, value: int) -> None:
        if value:
            totals[code] = totals.get(code, 0) + int(value)

    split_later = []
    for k in np.flatnonzero(rows_per):
        counted, uncounted = _nationality_parts(texts[k]) if k < len(texts) else ((), ())
        explicit = sum(c for _, c in counted)
        for code, count in counted:
            add(code, count * rows_per[k])
        remainder = int(round(persons_per[k])) - explicit * int(rows_per[k])
        if not uncounted:
            add(UNKNOWN_NATIONALITY, remainder)
        elif len(uncounted) == 1:
            add(uncounted[0], remainder)
        else:
            split_later.append((k, explicit, uncounted))
    if split_later:
        order = np.argsort(slot, kind="stable")
        starts = np.concatenate([[0], np.cumsum(rows_per)])
        for k, explicit, uncounted in split_later:
            rest = persons[order[starts[k]:starts[k + 1]]] - explicit
            share, odd = np.divmod(np.maximum(rest, 0), len(uncounted))
            for j, code in enumerate(uncounted):
                add(code, share.sum() + int((odd > j).sum()))
    return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))


def stats(index: ColumnarIndex, flt: IncidentFilter) -> Stats:
    mask = index.mask(flt)
    country = index["country"][mask]
    type_ = index["type"][mask]
    persons = index["persons"][mask].astype(np.int64)
    by_country = np.bincount(country[country >= 0], minlength=len(COUNTRIES))
    by_type = np.bincount(type_[type_ >= 0], minlength=len(TYPES))
    days = index["day"][mask]
    by_day = {}
    if len(days):
        first = int(days.min())
        per_day = np.bincount(days.astype(np.int64) - first)
        by_day = {day_date(first + int(k)).isoformat(): int(per_day[k]) for k in np.flatnonzero(per_day)}
    return Stats(
        total=int(mask.sum()),
        persons=int(persons.sum()),
        by_country={c.value: int(by_country[k]) for k, c in enumerate(COUNTRIES)},
        by_type={t.value: int(by_type[k]) for k, t in enumerate(TYPES)},
        by_day=by_day,
        by_nationality=nationality_persons(index, mask),
    )
