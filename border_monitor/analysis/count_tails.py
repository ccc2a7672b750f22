"""Tail probabilities of count distributions (Poisson, negative binomial), without scipy.

``poisson_sf(k, mu)`` is P(X >= k) for X ~ Poisson(mu); ``nbinom_sf(k, mu, size)`` the same for a
negative binomial with mean ``mu`` and size (shape) ``size``, whose variance is ``mu + mu**2 / size``.
The ``*_cdf`` functions give P(X <= k). Both reduce to the regularized incomplete gamma and beta
functions, computed with the usual series and continued fractions (Lentz's method, as in Numerical
Recipes, ch. 6.2 and 6.4) from ``math.lgamma``. Each tail is computed directly, never as one minus
the other, so a small upper tail (the alarming case) keeps its relative precision down to 1e-300.
"""
from __future__ import annotations

import math

_EPS = 1e-15
_TINY = 1e-300
_MAX_ITERATIONS = 100_000


def _gamma_series(a: float, x: float) -> float:
    """Regularized lower incomplete gamma P(a, x) by its series (fast for x < a + 1)."""
    term = total = 1.0 / a
    ap = a
    for _ in range(_MAX_ITERATIONS):
        ap += 1.0
        term *= x / ap
        total += term
        if abs(term) < abs(total) * _EPS:
            break
    return total * math.exp(-x + a * math.log(x) - math.lgamma(a))


def _gamma_fraction(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) by its continued fraction (fast for x >= a + 1)."""
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_ITERATIONS):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = _TINY if abs(d) < _TINY else d
        c = b + an / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def gamma_lower(a: float, x: float) -> float:
    """Regularized lower incomplete gamma P(a, x), a > 0, x >= 0."""
    if x <= 0:
        return 0.0
    return _gamma_series(a, x) if x < a + 1.0 else 1.0 - _gamma_fraction(a, x)


def gamma_upper(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x), a > 0, x >= 0."""
    if x <= 0:
        return 1.0
    return 1.0 - _gamma_series(a, x) if x < a + 1.0 else _gamma_fraction(a, x)


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (converges for x < (a + 1) / (a + b + 2))."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = _TINY if abs(d) < _TINY else d
    d = 1.0 / d
    h = d
    for m in range(1, _MAX_ITERATIONS):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = _TINY if abs(d) < _TINY else d
        c = 1.0 + aa / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = _TINY if abs(d) < _TINY else d
        c = 1.0 + aa / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            break
    return h


def beta_regularized(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b), a, b > 0, 0 <= x <= 1."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def _check(k: float, mu: float) -> None:
    if not (math.isfinite(mu) and mu >= 0):
        raise ValueError(f"the expected count {mu!r} is not a finite number 0 or more")
    if not math.isfinite(k):
        raise ValueError(f"the count {k!r} is not finite")


def poisson_sf(k: int, mu: float) -> float:
    """P(X >= k) for X ~ Poisson(mu)."""
    _check(k, mu)
    if k <= 0:
        return 1.0
    if mu == 0:
        return 0.0
    return gamma_lower(float(k), float(mu))


def poisson_cdf(k: int, mu: float) -> float:
    """P(X <= k) for X ~ Poisson(mu)."""
    _check(k, mu)
    if k < 0:
        return 0.0
    if mu == 0:
        return 1.0
    return gamma_upper(float(k) + 1.0, float(mu))


def nbinom_sf(k: int, mu: float, size: float) -> float:
    """P(X >= k) for a negative binomial of mean ``mu`` and size ``size`` (``math.inf``: Poisson)."""
    _check(k, mu)
    if math.isinf(size):
        return poisson_sf(k, mu)
    if not size > 0:
        raise ValueError(f"the negative binomial size {size!r} is not positive")
    if k <= 0:
        return 1.0
    if mu == 0:
        return 0.0
    # P(X >= k) = I_q(k, size) with q = mu / (mu + size), the "failure" probability.
    return beta_regularized(float(k), float(size), mu / (mu + size))


def nbinom_cdf(k: int, mu: float, size: float) -> float:
    """P(X <= k) for a negative binomial of mean ``mu`` and size ``size`` (``math.inf``: Poisson)."""
    _check(k, mu)
    if math.isinf(size):
        return poisson_cdf(k, mu)
    if not size > 0:
        raise ValueError(f"the negative binomial size {size!r} is not positive")
    if k < 0:
        return 0.0
    if mu == 0:
        return 1.0
    # P(X <= k) = I_p(size, k + 1) with p = size / (mu + size).
    return beta_regularized(float(size), float(k) + 1.0, size / (mu + size))
