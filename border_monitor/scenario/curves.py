"""Daily person counts of the 2021 scenario, shaped after the public record.

Each country has one "attempts" curve (persons per local day who crossed or tried to
cross), built from a piecewise-linear shape with a little seeded noise, scaled so that
given windows (months, or parts of months) add up to published totals, with record days
pinned to their published values and every other day kept below a cap so the records
stay records. The curve is then split per day into persons apprehended after crossing
and persons turned back at the line, again to window totals. Figures and their sources:
/work/shared/DOMAIN.md ("What the numbers looked like", "Dated events"), cited in
data/PROVENANCE.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

PERIOD_START = date(2021, 6, 1)
PERIOD_END = date(2021, 12, 31)


def period_days() -> list[date]:
    return [PERIOD_START + timedelta(days=k) for k in range((PERIOD_END - PERIOD_START).days + 1)]


def day_index(day: str | date) -> int:
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return (d - PERIOD_START).days


@dataclass(frozen=True)
class Window:
    """Days ``first``..``last`` (inclusive) hold ``attempts`` persons, ``apprehended`` of them caught after crossing."""

    first: str
    last: str
    attempts: int
    apprehended: int


@dataclass(frozen=True)
class CountryFlow:
    country: str
    shape: tuple[tuple[str, float], ...]  # (day, relative level), linear between, 0 outside
    windows: tuple[Window, ...]
    pins: tuple[tuple[str, int, int], ...]  # (day, attempts, apprehended) fixed exactly
    cap: int  # no unpinned day above this many attempts
    noise: float = 0.2  # sigma of the day-to-day lognormal noise


W = Window
FLOWS: tuple[CountryFlow, ...] = (
    # LT: rise from mid June, 150 on 2 Jul, record 289 on 1 Aug; returns (turning back) from 3 Aug,
    # 8,106 turned back by year end; about 4,100 apprehended by 31 Aug (the seed's "more than 4,000").
    CountryFlow(
        "LT",
        shape=(("2021-06-01", 3), ("2021-06-14", 8), ("2021-06-15", 25), ("2021-06-30", 45), ("2021-07-01", 70),
               ("2021-07-08", 80), ("2021-07-20", 95), ("2021-07-31", 135), ("2021-08-03", 180),
               ("2021-08-08", 150), ("2021-08-15", 110), ("2021-08-31", 55), ("2021-09-15", 35),
               ("2021-09-30", 42), ("2021-10-15", 52), ("2021-10-31", 55), ("2021-11-08", 115),
               ("2021-11-12", 90), ("2021-11-20", 50), ("2021-11-30", 30), ("2021-12-15", 13),
               ("2021-12-31", 8)),
        windows=(W("2021-06-01", "2021-06-30", 520, 520), W("2021-07-01", "2021-07-31", 2900, 2900),
                 W("2021-08-01", "2021-08-02", 520, 520), W("2021-08-03", "2021-08-31", 3260, 160),
                 W("2021-09-01", "2021-09-30", 1230, 30), W("2021-10-01", "2021-10-31", 1630, 30),
                 W("2021-11-01", "2021-11-30", 1835, 35), W("2021-12-01", "2021-12-31", 421, 15)),
        pins=(("2021-07-02", 150, 150), ("2021-08-01", 289, 289), ("2021-08-02", 231, 231)),
        cap=265,
    ),
    # LV: a few hundred detained before the emergency of 11 Aug; 4,045 prevented entries 11 Aug-31 Dec,
    # peak 101 on 12 Aug.
    CountryFlow(
        "LV",
        shape=(("2021-06-01", 0.1), ("2021-06-30", 0.3), ("2021-07-15", 1), ("2021-07-31", 3), ("2021-08-01", 15),
               ("2021-08-08", 35), ("2021-08-10", 40), ("2021-08-11", 70), ("2021-08-16", 60), ("2021-08-31", 30),
               ("2021-09-15", 15), ("2021-09-30", 25), ("2021-10-15", 30), ("2021-10-31", 32),
               ("2021-11-08", 62), ("2021-11-15", 50), ("2021-11-30", 20), ("2021-12-31", 5)),
        windows=(W("2021-06-01", "2021-06-30", 5, 5), W("2021-07-01", "2021-07-31", 40, 40),
                 W("2021-08-01", "2021-08-10", 250, 250), W("2021-08-11", "2021-08-31", 1090, 40),
                 W("2021-09-01", "2021-09-30", 565, 15), W("2021-10-01", "2021-10-31", 915, 15),
                 W("2021-11-01", "2021-11-30", 1262, 12), W("2021-12-01", "2021-12-31", 303, 8)),
        pins=(("2021-08-12", 101, 0),),
        cap=92,
    ),
    # PL: about 2,100 apprehended by 31 Aug (mostly Afghans after 15 Aug); 39,670 attempts in 2021:
    # Aug ~3,500, Sep ~7,700, Oct 17,447, Nov ~8,900, Dec ~1,700; record 601 on 1 Oct.
    CountryFlow(
        "PL",
        shape=(("2021-06-01", 1), ("2021-06-30", 4), ("2021-07-15", 10), ("2021-07-31", 20), ("2021-08-10", 45),
               ("2021-08-15", 60), ("2021-08-20", 150), ("2021-08-31", 220), ("2021-09-15", 250),
               ("2021-09-30", 330), ("2021-10-01", 560), ("2021-10-31", 560), ("2021-11-01", 420),
               ("2021-11-08", 470), ("2021-11-16", 380), ("2021-11-30", 120), ("2021-12-15", 55),
               ("2021-12-31", 30)),
        windows=(W("2021-06-01", "2021-06-30", 80, 70), W("2021-07-01", "2021-07-31", 380, 330),
                 W("2021-08-01", "2021-08-15", 700, 380), W("2021-08-16", "2021-08-31", 2800, 1370),
                 W("2021-09-01", "2021-09-30", 7700, 700), W("2021-10-01", "2021-10-31", 17447, 1200),
                 W("2021-11-01", "2021-11-30", 8900, 800), W("2021-12-01", "2021-12-31", 1700, 200)),
        pins=(("2021-10-01", 601, 38),),
        cap=585,
        noise=0.12,
    ),
)


def _shape(flow: CountryFlow, n_days: int) -> np.ndarray:
    xs = np.array([day_index(d) for d, _ in flow.shape], dtype=float)
    ys = np.array([v for _, v in flow.shape], dtype=float)
    return np.interp(np.arange(n_days, dtype=float), xs, ys, left=0.0, right=0.0)


def _largest_remainder(values: np.ndarray, total: int) -> np.ndarray:
    """Non-negative integers proportional to ``values`` adding up to ``total`` exactly."""
    values = np.clip(np.asarray(values, dtype=float), 0, None)
    if total <= 0 or values.sum() <= 0:
        out = np.zeros(len(values), dtype=np.int64)
        if total > 0 and len(values):
            out[: total % len(values)] += 1
            out += total // len(values)
        return out
    exact = values * (total / values.sum())
    out = np.floor(exact).astype(np.int64)
    short = int(total - out.sum())
    if short:
        order = np.argsort(-(exact - out), kind="stable")
        out[order[:short]] += 1
    return out


def _soft_cap(values: np.ndarray, cap: float) -> np.ndarray:
    """Identity up to 85% of ``cap``, then bending smoothly towards ``cap`` (never reaching it)."""
    knee = 0.85 * cap
    span = cap - knee
    over = values > knee
    out = values.copy()
    out[over] = knee + span * (1.0 - np.exp(-(values[over] - knee) / span))
    return out


def _fill_window(level: np.ndarray, total: int, cap: float) -> np.ndarray:
    """Integers shaped like ``level`` adding up to ``total``, each day below ``cap`` (softly, so peaks keep varying)."""
    if len(level) == 0:
        return np.zeros(0, dtype=np.int64)
    level = np.clip(level, 1e-6, None)
    if total >= cap * len(level) * 0.999:
        values = np.full(len(level), total / len(level))
    else:
        lo, hi = 0.0, 1.0
        while _soft_cap(level * hi, cap).sum() < total:
            hi *= 2.0
        for _ in range(80):
            mid = (lo + hi) / 2.0
            if _soft_cap(level * mid, cap).sum() < total:
                lo = mid
            else:
                hi = mid
        values = _soft_cap(level * hi, cap)
    counts = _largest_remainder(values, total)
    # Rounding may push a day to the cap: move such units to the lowest days.
    for k in np.flatnonzero(counts > cap):
        extra = int(counts[k] - cap)
        counts[k] = int(cap)
        counts[np.argsort(counts, kind="stable")[:extra]] += 1
    return counts


@dataclass(frozen=True)
class DailyPersons:
    """Persons per local day of the period for one country."""

    country: str
    apprehended: np.ndarray  # int64, one per day of ``period_days()``
    turned_back: np.ndarray  # int64

    @property
    def attempts(self) -> np.ndarray:
        return self.apprehended + self.turned_back


def build_curves(rng: np.random.Generator) -> dict[str, DailyPersons]:
    """The natural-scale daily curves of the three countries (deterministic for a given ``rng`` state)."""
    n_days = len(period_days())
    out: dict[str, DailyPersons] = {}
    for flow in FLOWS:
        level = _shape(flow, n_days) * np.exp(rng.normal(0.0, flow.noise, n_days))
        attempts = np.zeros(n_days, dtype=np.int64)
        apprehended = np.zeros(n_days, dtype=np.int64)
        pinned = np.zeros(n_days, dtype=bool)
        for day, total, caught in flow.pins:
            k = day_index(day)
            attempts[k], apprehended[k], pinned[k] = total, caught, True
        for w in flow.windows:
            a, b = day_index(w.first), day_index(w.last) + 1
            free = ~pinned[a:b]
            days = np.arange(a, b)[free]
            attempts[days] = _fill_window(level[days], w.attempts - int(attempts[a:b][~free].sum()), flow.cap)
            caught_left = w.apprehended - int(apprehended[a:b][~free].sum())
            share = _largest_remainder(attempts[days].astype(float), caught_left)
            apprehended[days] = np.minimum(share, attempts[days])
            # min() can only bite when rounding gave a day more than its attempts; give those back.
            missing = caught_left - int(apprehended[days].sum())
            if missing:
                room = attempts[days] - apprehended[days]
                order = np.argsort(-room, kind="stable")[:missing]
                apprehended[days[order]] += 1
        out[flow.country] = DailyPersons(flow.country, apprehended, attempts - apprehended)
    return out


def scale_counts(values: np.ndarray, factor: float) -> np.ndarray:
    """``values * factor`` as integers with the total rounded, not each day."""
    if factor == 1.0:
        return values.astype(np.int64)
    return _largest_remainder(values.astype(float), int(round(values.sum() * factor)))
