"""The early-warning statistic on synthetic series with a known answer, and the tails it rests on."""
from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from border_monitor.analysis.count_tails import gamma_upper, nbinom_cdf, nbinom_sf, poisson_cdf, poisson_sf
from border_monitor.analysis.levels import Level, Thresholds, Trend, assess, dispersion_size

T = Thresholds()


def exact_poisson_sf(k: int, mu: Fraction) -> float:
    """1 - sum_{j<k} e^-mu mu^j / j!, with the sum in exact rationals (e^-mu in floating point at the end)."""
    head = sum(Fraction(mu) ** j / math.factorial(j) for j in range(k))
    return float(1 - math.exp(-float(mu)) * head) if k else 1.0


@pytest.mark.parametrize("k, mu", [(1, Fraction(3, 10)), (3, Fraction(1)), (10, Fraction(5, 2)), (14, Fraction(134, 25)),
                                   (5, Fraction(20)), (40, Fraction(40)), (64, Fraction(75, 2))])
def test_poisson_tail_equals_the_exact_sum(k, mu):
    assert poisson_sf(k, float(mu)) == pytest.approx(exact_poisson_sf(k, mu), rel=1e-9, abs=1e-15)
    assert poisson_sf(k, float(mu)) + poisson_cdf(k - 1, float(mu)) == pytest.approx(1.0, abs=1e-12)


def test_a_far_tail_keeps_its_precision():
    # P(X >= 100 | 20) is dominated by its first term; a "1 - cdf" would give 0.
    first = math.exp(100 * math.log(20) - 20 - math.lgamma(101))
    assert poisson_sf(100, 20.0) == pytest.approx(first * (1 / (1 - 20 / 101)), rel=0.02)
    assert 0 < poisson_sf(100, 20.0) < 1e-36


def test_negative_binomial_of_size_one_is_geometric_and_large_sizes_are_poisson():
    # size 1: P(X >= k) = (mu / (1 + mu))^k
    for k in (1, 4, 12):
        assert nbinom_sf(k, 2.0, 1.0) == pytest.approx((2 / 3) ** k, rel=1e-10)
        assert nbinom_cdf(k - 1, 2.0, 1.0) == pytest.approx(1 - (2 / 3) ** k, rel=1e-10)
    assert nbinom_sf(14, 5.36, 1e9) == pytest.approx(poisson_sf(14, 5.36), rel=1e-5)
    assert nbinom_sf(14, 5.36, math.inf) == poisson_sf(14, 5.36)
    # over-dispersion fattens the tail
    assert nbinom_sf(14, 5.36, 2.0) > 10 * poisson_sf(14, 5.36)


def test_chi_square_tail_from_the_incomplete_gamma():
    # chi-square(1) 95% point 3.841459, chi-square(27) 95% point 40.11327
    assert gamma_upper(0.5, 3.841459 / 2) == pytest.approx(0.05, rel=1e-5)
    assert gamma_upper(13.5, 40.11327 / 2) == pytest.approx(0.05, rel=1e-5)


@pytest.mark.parametrize("call", [lambda: poisson_sf(3, -1.0), lambda: poisson_sf(3, math.nan),
                                  lambda: nbinom_sf(3, 1.0, 0.0)])
def test_bad_parameters_are_refused(call):
    with pytest.raises(ValueError):
        call()


def steady(rate_pattern, days=35) -> np.ndarray:
    return np.resize(np.array(rate_pattern, dtype=np.int64), days)


def test_a_step_up_rings_high_on_the_week():
    baseline = steady([1, 2, 3], 28)  # mean 2, less spread than a Poisson: tested as a Poisson
    series = np.concatenate([baseline, [6] * 7])
    a = assess(series)
    expected_rate = (baseline.sum() + 0.5) / 28
    assert a.last_7d.expected == pytest.approx(7 * expected_rate)
    assert a.last_7d.p_value == pytest.approx(poisson_sf(42, 7 * expected_rate))
    assert a.level is Level.HIGH and a.driver in ("24h", "7d") and a.last_7d.level is Level.HIGH
    assert a.trend is Trend.RISING
    assert math.isinf(a.size)


def test_a_spike_rings_high_on_the_day():
    series = np.concatenate([steady([1, 2, 3], 34), [12]])
    a = assess(series)
    assert a.last_24h.count == 12 and a.last_24h.level is Level.HIGH
    assert a.level is Level.HIGH and a.driver == "24h"
    assert a.last_24h.p_value < 1e-5


@pytest.mark.parametrize("last_day", [1, 2])
def test_a_quiet_sector_going_from_nothing_to_one_or_two_does_not_ring(last_day):
    series = np.zeros(35, dtype=np.int64)
    series[-1] = last_day
    a = assess(series)
    assert a.last_24h.expected == pytest.approx(0.5 / 28)  # the prior: not a rate of zero
    assert a.level is Level.NORMAL and a.driver == ""
    if last_day == 2:  # surprising (p far below the threshold): only the minimum count keeps it normal
        assert a.last_24h.p_value < T.high_p


def test_the_minimum_count_is_what_holds_a_quiet_sector():
    series = np.zeros(35, dtype=np.int64)
    series[-1] = T.min_24h[0]
    assert assess(series).level is Level.ELEVATED
    series[-1] = T.min_24h[1]
    assert assess(series).level is Level.HIGH


@pytest.mark.parametrize("rate", [8, 40])
def test_steady_busy_sectors_stay_normal(rate):
    """Busy sectors with Poisson days and no change: at most 1 % of 1,000 ring at all, 0.2 % high (a Poisson test
    at 0.01 without the ratio bar rings on 1.3 % to 1.9 % of these same series)."""
    rng = np.random.default_rng(5)
    levels = [assess(rng.poisson(rate, 35)).level for _ in range(1000)]
    assert sum(level is not Level.NORMAL for level in levels) <= 10
    assert sum(level is Level.HIGH for level in levels) <= 2


def test_a_significant_but_small_rise_of_a_busy_sector_stays_normal():
    series = np.concatenate([steady([40], 28), [40] * 6, [60]])
    a = assess(series)
    assert a.last_24h.p_value < T.elevated_p  # 60 against 40 is surprising for a Poisson...
    assert a.last_24h.ratio < T.elevated_ratio and a.level is Level.NORMAL  # ...but 1.5 times is the bar


def test_an_over_dispersed_baseline_is_tested_with_a_negative_binomial():
    baseline = steady([0, 10], 28)  # mean 5, variance 26
    series = np.concatenate([baseline, [5] * 6, [14]])
    size = dispersion_size(baseline)
    assert size == pytest.approx(25 / (baseline.var(ddof=1) - 5))
    spread = assess(series)
    poisson = assess(series, thresholds=Thresholds(overdispersion=False))
    assert spread.last_24h.p_value > 10 * poisson.last_24h.p_value
    assert poisson.level is Level.HIGH and spread.level is Level.NORMAL  # its ordinary bad days do not ring
    assert math.isinf(dispersion_size(steady([4, 6, 5], 28)))  # within Poisson spread: no size


def test_a_sector_of_a_high_border_is_high_at_the_looser_threshold():
    series = np.concatenate([steady([5, 6, 5, 6, 5], 28), [5, 6, 5, 6, 5, 6], [14]])
    alone = assess(series)
    gated = assess(series, in_high_border=True)
    assert T.high_p < alone.last_24h.p_value <= T.high_p_in_high_border
    assert alone.level is Level.ELEVATED and gated.level is Level.HIGH


def test_persons_need_the_minimum_in_incidents():
    """One group of 40 persons in a quiet sector is one incident: not a warning by persons."""
    persons = np.concatenate([steady([0, 1], 34), [40]])
    incidents = np.concatenate([steady([0, 1], 34), [1]])
    assert assess(persons, incidents).level is Level.NORMAL
    assert assess(persons).level is Level.HIGH  # counted as if they were incidents, it would ring


def test_a_fall_is_a_falling_trend_only_from_a_baseline_worth_noticing():
    busy = np.concatenate([steady([10], 28), [3] * 7])
    assert assess(busy).trend is Trend.FALLING
    quiet = np.concatenate([steady([0, 0, 0, 1], 28), [0] * 7])
    assert assess(quiet).trend is Trend.STEADY


def test_thresholds_refuse_nonsense():
    with pytest.raises(ValueError, match="high_p"):
        Thresholds(high_p=0.05, elevated_p=0.01)
    with pytest.raises(ValueError, match="prior"):
        Thresholds(prior_count=0)
    with pytest.raises(ValueError, match="baseline"):
        Thresholds(baseline_days=3)
    with pytest.raises(ValueError, match="min_24h"):
        Thresholds(min_24h=(5, 3))
    with pytest.raises(ValueError, match="expected 28 baseline days"):
        assess(np.zeros(30))
