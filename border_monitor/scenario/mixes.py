"""Mixes of the 2021 scenario: group sizes, nationalities, incident types, hours of the day.

Nationality weights are shares of persons, after the public figures in DOMAIN.md (LT on
12 Aug: Iraq 2,797, Congo 200, Cameroon 131, Syria 130, Afghanistan 83, then Guinea, Russia,
Iran, Sri Lanka, Nigeria, Tajikistan; PL: Afghans after the fall of Kabul on 15 Aug, then
Iraq, Syria, Yemen, Iran, Turkey; LV: Iraq, Syria, Afghanistan, Iran).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .curves import day_index

# --- group sizes -------------------------------------------------------------
GROUP_MEDIAN = 5.0
GROUP_SIGMA = 0.85
GROUP_MAX = 60


def group_sizes(rng: np.random.Generator, k: int) -> np.ndarray:
    """``k`` group sizes 1..60 with median about 5 (lognormal)."""
    sizes = np.rint(np.exp(rng.normal(np.log(GROUP_MEDIAN), GROUP_SIGMA, k)))
    return np.clip(sizes, 1, GROUP_MAX).astype(np.int64)


def cut_into_groups(rng: np.random.Generator, daily: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Split persons per day into groups so that every day's total is kept exactly.

    Returns (day index, persons) per group. Group sizes come from ``group_sizes``; a group
    that would straddle midnight is split into two (the tail of one night, the head of the next).
    """
    daily = np.asarray(daily, dtype=np.int64)
    total = int(daily.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    sizes = group_sizes(rng, int(total / (GROUP_MEDIAN * 1.2)) + 16)
    while sizes.sum() < total:
        sizes = np.concatenate([sizes, group_sizes(rng, int(total / GROUP_MEDIAN) + 16)])
    group_ends = np.cumsum(sizes)
    group_ends = group_ends[group_ends < total]
    day_ends = np.cumsum(daily)
    # Both are increasing: a stable sort of the two runs is a merge (timsort), cheaper than union1d.
    ends = np.sort(np.concatenate([group_ends, day_ends[daily > 0]]), kind="stable")
    ends = ends[np.concatenate([[True], ends[1:] != ends[:-1]])]
    persons = np.diff(np.concatenate([[0], ends]))
    days = np.searchsorted(day_ends, ends, side="left")
    return days.astype(np.int64), persons.astype(np.int64)


# --- nationalities -----------------------------------------------------------
@dataclass(frozen=True)
class NationalityMix:
    country: str
    first: str  # first day (inclusive)
    last: str  # last day (inclusive)
    weights: tuple[tuple[str, float], ...]


NATIONALITY_MIXES: tuple[NationalityMix, ...] = (
    NationalityMix("LT", "2021-06-01", "2021-08-31", (
        ("IRQ", 79.9), ("COD", 5.7), ("CMR", 3.7), ("SYR", 3.7), ("AFG", 2.4), ("GIN", 1.2), ("RUS", 0.9),
        ("IRN", 0.8), ("LKA", 0.5), ("NGA", 0.6), ("TJK", 0.6))),
    NationalityMix("LT", "2021-09-01", "2021-12-31", (
        ("IRQ", 58), ("SYR", 11), ("AFG", 9), ("IRN", 5), ("CMR", 4), ("COD", 4), ("TUR", 3), ("YEM", 2),
        ("LKA", 1), ("NGA", 1.5), ("RUS", 1.5))),
    NationalityMix("LV", "2021-06-01", "2021-12-31", (
        ("IRQ", 57), ("SYR", 15), ("AFG", 12), ("IRN", 8), ("TUR", 3), ("YEM", 2), ("CMR", 1.5), ("LKA", 1.5))),
    NationalityMix("PL", "2021-06-01", "2021-08-15", (
        ("IRQ", 58), ("AFG", 14), ("SYR", 9), ("COD", 5), ("CMR", 4), ("IRN", 4), ("TUR", 3), ("YEM", 3))),
    NationalityMix("PL", "2021-08-16", "2021-08-31", (
        ("AFG", 64), ("IRQ", 17), ("SYR", 7), ("YEM", 4), ("IRN", 4), ("TUR", 3), ("COD", 1))),
    NationalityMix("PL", "2021-09-01", "2021-12-31", (
        ("IRQ", 45), ("SYR", 19), ("AFG", 12), ("YEM", 8), ("IRN", 6), ("TUR", 5), ("EGY", 2), ("CMR", 1.5),
        ("COD", 1.5))),
)

# Smugglers and drivers: residents of the region, not migrants.
COURIER_NATIONALITIES = {
    "LT": (("LTU", 55), ("BLR", 35), ("RUS", 10)),
    "LV": (("LVA", 50), ("BLR", 35), ("RUS", 15)),
    "PL": (("POL", 45), ("BLR", 30), ("UKR", 15), ("GEO", 5), ("LTU", 5)),
}


def primary_nationality(rng: np.random.Generator, country: np.ndarray, day: np.ndarray,
                        countries: tuple[str, ...]) -> np.ndarray:
    """One alpha-3 code per row after the country/period mixes (object array)."""
    out = np.full(len(day), "XXX", dtype=object)
    for mix in NATIONALITY_MIXES:
        code = countries.index(mix.country)
        rows = np.flatnonzero((country == code) & (day >= day_index(mix.first)) & (day <= day_index(mix.last)))
        if len(rows):
            codes = np.array([c for c, _ in mix.weights], dtype=object)
            p = np.array([w for _, w in mix.weights], dtype=float)
            out[rows] = codes[rng.choice(len(codes), size=len(rows), p=p / p.sum())]
    return out


def other_nationality(rng: np.random.Generator, country: np.ndarray, day: np.ndarray, first: np.ndarray,
                      countries: tuple[str, ...]) -> np.ndarray:
    """A second code for mixed groups, different from ``first``."""
    second = primary_nationality(rng, country, day, countries)
    same = second == first
    for _ in range(8):
        if not same.any():
            break
        second[same] = primary_nationality(rng, country[same], day[same], countries)
        same = second == first
    fallback = np.where(first == "SYR", "IRQ", "SYR").astype(object)
    second[same] = fallback[same]
    return second


def courier_nationality(rng: np.random.Generator, country: np.ndarray, countries: tuple[str, ...]) -> np.ndarray:
    out = np.full(len(country), "XXX", dtype=object)
    for name, weights in COURIER_NATIONALITIES.items():
        rows = np.flatnonzero(country == countries.index(name))
        codes = np.array([c for c, _ in weights], dtype=object)
        p = np.array([w for _, w in weights], dtype=float)
        out[rows] = codes[rng.choice(len(codes), size=len(rows), p=p / p.sum())]
    return out


# --- incidents that are not counted in persons per day ------------------------
@dataclass(frozen=True)
class RateRule:
    """``rate`` incidents a day of ``type`` reported by ``country`` on days first..last."""

    country: str
    type: str
    first: str
    last: str
    rate: float


R = RateRule
RATE_RULES: tuple[RateRule, ...] = (
    # cigarettes from Belarus: the classic smuggling case, all year
    R("LT", "smuggling", "2021-06-01", "2021-12-31", 0.55), R("LV", "smuggling", "2021-06-01", "2021-12-31", 0.3),
    R("PL", "smuggling", "2021-06-01", "2021-12-31", 0.45),
    # drivers and guides taking migrants on from the border
    R("LT", "trafficking", "2021-06-20", "2021-08-10", 0.5), R("LT", "trafficking", "2021-08-11", "2021-12-31", 0.1),
    R("LV", "trafficking", "2021-08-01", "2021-12-31", 0.08), R("PL", "trafficking", "2021-08-10", "2021-09-30", 0.5),
    R("PL", "trafficking", "2021-10-01", "2021-11-30", 1.4), R("PL", "trafficking", "2021-12-01", "2021-12-31", 0.3),
    # cut wire and damaged fences once the barriers went up
    R("LT", "barrier_damage", "2021-07-20", "2021-12-31", 0.3), R("LV", "barrier_damage", "2021-08-20", "2021-12-31", 0.1),
    R("PL", "barrier_damage", "2021-08-26", "2021-09-30", 0.6), R("PL", "barrier_damage", "2021-10-01", "2021-11-30", 1.3),
    R("PL", "barrier_damage", "2021-12-01", "2021-12-31", 0.4),
    # Belarusian lights, lasers, noise, escorting groups to the line
    R("LT", "provocation", "2021-08-03", "2021-12-31", 0.35), R("LV", "provocation", "2021-08-11", "2021-12-31", 0.15),
    R("PL", "provocation", "2021-08-20", "2021-12-31", 0.5), R("PL", "provocation", "2021-11-08", "2021-11-20", 2.5),
    # stones and branches
    R("PL", "use_of_force", "2021-10-01", "2021-11-30", 0.25), R("PL", "use_of_force", "2021-11-08", "2021-11-20", 1.0),
    R("LT", "use_of_force", "2021-08-03", "2021-12-31", 0.03), R("LV", "use_of_force", "2021-08-11", "2021-12-31", 0.02),
    # hypothermia, exhaustion, injuries (deaths are separate, dated records)
    R("LT", "humanitarian", "2021-07-01", "2021-12-31", 0.15), R("LV", "humanitarian", "2021-08-11", "2021-12-31", 0.12),
    R("PL", "humanitarian", "2021-08-20", "2021-12-31", 0.55), R("PL", "humanitarian", "2021-10-15", "2021-11-30", 0.6),
    # drones and helicopters
    R("LT", "airspace", "2021-07-01", "2021-12-31", 0.12), R("LV", "airspace", "2021-08-11", "2021-12-31", 0.05),
    R("PL", "airspace", "2021-08-20", "2021-12-31", 0.15),
    # Belarusian troops and equipment seen across the line; Zapad-2021 on 10-16 Sep
    R("LT", "military_activity", "2021-06-01", "2021-12-31", 0.05), R("LV", "military_activity", "2021-06-01", "2021-12-31", 0.03),
    R("PL", "military_activity", "2021-06-01", "2021-12-31", 0.06),
    R("LT", "military_activity", "2021-09-10", "2021-09-16", 2.5), R("LV", "military_activity", "2021-09-10", "2021-09-16", 1.0),
    R("PL", "military_activity", "2021-09-10", "2021-09-16", 3.0), R("PL", "military_activity", "2021-11-08", "2021-11-20", 0.6),
    # everything else: abandoned camps, found documents, tracks
    R("LT", "other", "2021-06-15", "2021-12-31", 0.3), R("LV", "other", "2021-08-01", "2021-12-31", 0.12),
    R("PL", "other", "2021-08-01", "2021-12-31", 0.35),
)

# Share of each type observed on the Belarusian side of the line (the rest is on the EU side).
BY_SIDE_SHARE = {
    "provocation": 0.45, "military_activity": 1.0, "airspace": 0.3, "use_of_force": 0.35, "other": 0.03,
    "humanitarian": 0.05,
}

# Returns to Belarus among the persons turned back, from the day each country began them.
RETURN_SHARE = {"LT": ("2021-08-03", 0.08), "LV": ("2021-08-11", 0.06), "PL": ("2021-08-20", 0.07)}


def rate_table(countries: tuple[str, ...], types: tuple[str, ...], n_days: int) -> np.ndarray:
    """Expected incidents per (country, type, day) from ``RATE_RULES``."""
    table = np.zeros((len(countries), len(types), n_days))
    for rule in RATE_RULES:
        table[countries.index(rule.country), types.index(rule.type), day_index(rule.first):day_index(rule.last) + 1] += rule.rate
    return table


# --- hours of the day (local) -------------------------------------------------
# Crossings happen at night and in the early morning; other reports spread more over the day.
NIGHT_HOURS = np.array([9, 9, 9, 8, 8, 6, 4, 2.5, 1.5, 1.2, 1.0, 1.0, 1.0, 1.0, 1.2, 1.4, 1.8, 2.4, 3.5, 5, 6, 7.5, 8.5, 9])
DAY_HOURS = np.array([3, 2.5, 2, 2, 2, 2.5, 3.5, 4.5, 5.5, 6, 6, 6, 6, 6, 6, 6, 5.5, 5, 5, 4.5, 4.5, 4, 3.5, 3])


def local_time_of_day_ms(rng: np.random.Generator, night: np.ndarray) -> np.ndarray:
    """Milliseconds after local midnight; ``night`` rows follow the night profile."""
    k = len(night)
    hours = np.where(night, rng.choice(24, size=k, p=NIGHT_HOURS / NIGHT_HOURS.sum()),
                     rng.choice(24, size=k, p=DAY_HOURS / DAY_HOURS.sum()))
    minutes = rng.integers(0, 60, size=k)
    return (hours * 60 + minutes) * 60_000


# --- status ---------------------------------------------------------------------
def statuses(rng: np.random.Generator, day: np.ndarray, statuses_order: tuple[str, ...]) -> np.ndarray:
    """Older records are mostly closed or verified; December still has open (reported) ones."""
    late = day >= day_index("2021-12-01")
    u = rng.random(len(day))
    closed = np.where(late, u < 0.40, u < 0.68)
    verified = ~closed & np.where(late, u < 0.80, u < 0.96)
    out = np.full(len(day), statuses_order.index("reported"), dtype=np.int8)
    out[verified] = statuses_order.index("verified")
    out[closed] = statuses_order.index("closed")
    return out
