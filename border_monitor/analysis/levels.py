"""The early-warning statistic: recent counts against a baseline, as an impact level.

For one unit (a sector, a border, a group of sectors) we have daily counts over the baseline and
the recent days. The expected count per day is the baseline rate with a Jeffreys prior (half an
incident over the baseline), so a baseline of zero expects a little, not nothing. The recent count
is tested against it with an upper tail: a negative binomial whose size comes from the baseline's
own day-to-day spread (method of moments) when the baseline is over-dispersed (the dispersion index
test: (n - 1) s^2 / mean against a chi-square of n - 1 degrees of freedom), else a Poisson.

Why a negative binomial: border pressure comes in waves (groups, pushes from the other side,
weather), so daily counts vary more than a Poisson allows. A Poisson test would ring on a sector's
ordinary bad days; the spread it has shown over the baseline sets how surprising a count is.

Sectors are tested in two stages (hierarchical testing, as in Meinshausen 2008 or the screening of
Benjamini and Bogomolov 2014): the border first, with its pooled counts and the strict ``high_p``;
inside a border that is itself high, a sector is high at the looser ``high_p_in_high_border``. The
border's test is the gate: when it opens, the question is no longer whether anything happens at
that border but which sectors carry it, and a sector's own count is too small to reach the strict
threshold however much it rose (14 against 5.4 expected is p = 0.001).

A level needs three things at once: a small p-value (surprising), a count well above the
expected one (large enough to matter: with big counts a few percent is "significant"), and a
minimum number of incidents (a quiet sector going from 0 to 1 or 2 is not a warning). The minimum
is in incidents whatever the measure, so one large group is one event.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

import numpy as np

from .count_tails import gamma_upper, nbinom_cdf, nbinom_sf


class Level(str, Enum):
    NORMAL = "normal"
    ELEVATED = "elevated"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return ("normal", "elevated", "high").index(self.value)

    def __str__(self) -> str:
        return self.value


class Trend(str, Enum):
    RISING = "rising"
    STEADY = "steady"
    FALLING = "falling"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Thresholds:
    """When a count is a warning. The defaults and why:

    - ``baseline_days`` 28: four whole weeks, so each weekday counts equally, long enough for a rate of
      a few a week, short enough to follow a crisis that changes month by month.
    - ``prior_count`` 0.5: the Jeffreys prior for a Poisson rate, the usual uninformative choice; a
      sector with no incident in 28 days expects 0.018 a day.
    - ``elevated_p`` 0.01 and ``high_p`` 0.001: about 46 units (43 sectors, 3 borders) and two windows
      make some 90 tests per run. At 0.001 a chance "high" somewhere on the line comes about once in
      eleven days if nothing changes (fewer in practice: the count and ratio rules below filter more);
      at 0.01 a unit is "elevated" by chance about once in a hundred days.
    - ``high_p_in_high_border`` 0.01: a sector of a border that is high (the gate above): some 20 sector
      tests stand behind one strong border test, not 90 alone.
    - ``elevated_ratio`` 1.5 and ``high_ratio`` 2: half as much again, or double, what the baseline
      leads to expect; below that a busy sector's count is ordinary variation, however "significant".
    - ``min_24h`` (3, 5) and ``min_7d`` (5, 10) incidents for (elevated, high): a sector that is
      quiet (a few a month) reaches "elevated" only with three incidents in a day or five in a week,
      and "high" with five in a day or ten in a week; one or two incidents never ring.
    - ``shift_p`` 0.05 and ``shift_ratio`` 1.5: a trend (rising, falling) used to find shifts, where
      one side already rings; a looser test than the levels, as it only qualifies a warning.
    - ``overdispersion`` True: the negative binomial where the baseline is over-dispersed at
      ``dispersion_p`` 0.05 (the moment estimate of the size is noisy over 28 days, so a Poisson
      baseline that looks a little spread by chance stays a Poisson); False always tests a Poisson.
    """

    baseline_days: int = 28
    prior_count: float = 0.5
    elevated_p: float = 0.01
    high_p: float = 0.001
    high_p_in_high_border: float = 0.01
    elevated_ratio: float = 1.5
    high_ratio: float = 2.0
    min_24h: tuple[int, int] = (3, 5)
    min_7d: tuple[int, int] = (5, 10)
    shift_p: float = 0.05
    shift_ratio: float = 1.5
    overdispersion: bool = True
    dispersion_p: float = 0.05

    def __post_init__(self) -> None:
        if self.baseline_days < 7:
            raise ValueError(f"a baseline of {self.baseline_days} days is too short to estimate a rate (7 or more)")
        if not self.prior_count > 0:
            raise ValueError("the prior count must be positive (a baseline of zero must not expect zero)")
        if not 0 < self.high_p <= self.elevated_p < 1:
            raise ValueError("the p-value thresholds need 0 < high_p <= elevated_p < 1")
        if not self.high_p <= self.high_p_in_high_border < 1:
            raise ValueError("high_p_in_high_border must be between high_p and 1")
        if not 1 <= self.elevated_ratio <= self.high_ratio:
            raise ValueError("the ratio thresholds need 1 <= elevated_ratio <= high_ratio")
        for name in ("min_24h", "min_7d"):
            low, high = getattr(self, name)
            if not 1 <= low <= high:
                raise ValueError(f"{name} needs 1 <= elevated minimum <= high minimum")
        if not 0 < self.dispersion_p < 1:
            raise ValueError("dispersion_p must be between 0 and 1")
        if not 0 < self.shift_p < 1 or self.shift_ratio < 1:
            raise ValueError("shift_p must be between 0 and 1 and shift_ratio 1 or more")

    def to_json(self) -> dict:
        return {"baseline_days": self.baseline_days, "prior_count": self.prior_count,
                "elevated_p": self.elevated_p, "high_p": self.high_p,
                "high_p_in_high_border": self.high_p_in_high_border, "elevated_ratio": self.elevated_ratio,
                "high_ratio": self.high_ratio, "min_24h": list(self.min_24h), "min_7d": list(self.min_7d),
                "shift_p": self.shift_p, "shift_ratio": self.shift_ratio, "overdispersion": self.overdispersion,
                "dispersion_p": self.dispersion_p}


@dataclass(frozen=True)
class WindowTest:
    """One recent window against the baseline."""

    count: int
    expected: float
    p_value: float  # P(X >= count) under the baseline
    p_lower: float  # P(X <= count): small when the count fell
    level: Level

    @property
    def ratio(self) -> float:
        return self.count / self.expected

    def to_json(self) -> dict:
        return {"count": self.count, "expected": round(self.expected, 3), "ratio": round(self.ratio, 3),
                "p_value": self.p_value, "p_lower": self.p_lower, "level": self.level.value}


@dataclass(frozen=True)
class Assessment:
    """A unit's recent windows against its baseline, and its level."""

    last_24h: WindowTest
    last_7d: WindowTest
    baseline_total: int
    size: float  # negative binomial size of one day (math.inf: Poisson)
    level: Level
    driver: str  # "24h", "7d" or "" (the window that set the level)
    trend: Trend  # of the last 7 days

    def to_json(self) -> dict:
        return {"level": self.level.value, "driver": self.driver, "trend": self.trend.value,
                "last_24h": self.last_24h.to_json(), "last_7d": self.last_7d.to_json(),
                "baseline_total": self.baseline_total,
                "dispersion_size": None if math.isinf(self.size) else round(self.size, 3)}


def dispersion_size(baseline: np.ndarray, test_p: float = 0.05) -> float:
    """Negative binomial size of the daily counts by the method of moments; ``math.inf`` (Poisson) unless the
    dispersion index test finds them over-dispersed at ``test_p``."""
    baseline = np.asarray(baseline, dtype=float)
    n = len(baseline)
    mean = float(baseline.mean()) if n else 0.0
    var = float(baseline.var(ddof=1)) if n > 1 else 0.0
    if mean <= 0 or var <= mean:
        return math.inf
    index = (n - 1) * var / mean  # chi-square with n - 1 degrees of freedom for Poisson counts
    if gamma_upper((n - 1) / 2.0, index / 2.0) > test_p:
        return math.inf
    return mean * mean / (var - mean)


def _window_level(count: int, incidents: int, expected: float, p: float, minimum: tuple[int, int],
                  t: Thresholds, high_p: float) -> Level:
    ratio = count / expected
    if p <= high_p and ratio >= t.high_ratio and incidents >= minimum[1]:
        return Level.HIGH
    if p <= t.elevated_p and ratio >= t.elevated_ratio and incidents >= minimum[0]:
        return Level.ELEVATED
    return Level.NORMAL


def assess(daily: np.ndarray, incidents_daily: np.ndarray | None = None,
           thresholds: Thresholds = Thresholds(), in_high_border: bool = False) -> Assessment:
    """Assess one unit from its daily counts: ``baseline_days`` of baseline, then the last 7 days (the last of
    them the last 24 hours). ``incidents_daily`` (same shape) gives the incidents behind a count of persons,
    for the minimum counts; None when ``daily`` counts incidents. ``in_high_border``: a sector of a border
    that is high, tested for high at ``high_p_in_high_border``."""
    t = thresholds
    high_p = t.high_p_in_high_border if in_high_border else t.high_p
    daily = np.asarray(daily, dtype=np.int64)
    if daily.shape != (t.baseline_days + 7,):
        raise ValueError(f"{len(daily)} daily counts: expected {t.baseline_days} baseline days and 7 recent ones")
    incidents = daily if incidents_daily is None else np.asarray(incidents_daily, dtype=np.int64)
    baseline = daily[:t.baseline_days]
    rate = (int(baseline.sum()) + t.prior_count) / t.baseline_days
    size = dispersion_size(baseline, t.dispersion_p) if t.overdispersion else math.inf
    tests = {}
    for name, days, minimum in (("24h", 1, t.min_24h), ("7d", 7, t.min_7d)):
        count = int(daily[-days:].sum())
        expected = rate * days
        window_size = size * days  # a sum of days with one spread: the sizes add
        p = nbinom_sf(count, expected, window_size)
        p_lower = nbinom_cdf(count, expected, window_size)
        level = _window_level(count, int(incidents[-days:].sum()), expected, p, minimum, t, high_p)
        tests[name] = WindowTest(count=count, expected=expected, p_value=p, p_lower=p_lower, level=level)
    day, week = tests["24h"], tests["7d"]
    level, driver = max((day.level, "24h"), (week.level, "7d"), key=lambda pair: pair[0].rank)
    expected_incidents = (int(incidents[:t.baseline_days].sum()) + t.prior_count) / t.baseline_days * 7
    trend = trend_of(week, int(incidents[-7:].sum()), expected_incidents, t)
    return Assessment(last_24h=day, last_7d=week, baseline_total=int(baseline.sum()), size=size, level=level,
                      driver=driver if level is not Level.NORMAL else "", trend=trend)


def trend_of(week: WindowTest, recent_incidents: int, expected_incidents: float, t: Thresholds) -> Trend:
    """Rising: the week is up by ``shift_ratio`` at ``shift_p``, with at least the elevated minimum of incidents;
    falling: down by as much at ``shift_p``, from a baseline that expects at least that many incidents (a fall
    from one or two to none says nothing)."""
    if week.p_value <= t.shift_p and week.ratio >= t.shift_ratio and recent_incidents >= t.min_7d[0]:
        return Trend.RISING
    if week.p_lower <= t.shift_p and week.ratio <= 1 / t.shift_ratio and expected_incidents >= t.min_7d[0]:
        return Trend.FALLING
    return Trend.STEADY
