"""Column-wise attributes of scenario incidents: nationality texts, ids, numbers as text."""
from __future__ import annotations

import numpy as np

from .mixes import courier_nationality, other_nationality, primary_nationality


def int_text(values: np.ndarray) -> np.ndarray:
    """Whole numbers as text (object array); small numbers through a lookup table, which is fast."""
    v = np.asarray(values, dtype=np.int64)
    if len(v) and v.min() >= 0 and v.max() < 100_000:
        return np.array([str(i) for i in range(int(v.max()) + 1)], dtype=object)[v]
    return v.astype(str).astype(object)


def km_text(km: np.ndarray) -> np.ndarray:
    """Kilometres with one decimal ("1.2"), without a per-row format call."""
    tenths = np.rint(np.asarray(km) * 10).astype(np.int64)
    return int_text(tenths // 10) + "." + int_text(tenths % 10)


def _pair(code_a: np.ndarray, count_a: np.ndarray, code_b: np.ndarray, count_b: np.ndarray) -> np.ndarray:
    """Canonical "AAA:n,BBB:m" (codes in alphabetical order)."""
    a = code_a + ":" + int_text(count_a)
    b = code_b + ":" + int_text(count_b)
    first = code_a < code_b
    return np.where(first, a + "," + b, b + "," + a)


def migrant_nationalities(rng: np.random.Generator, country: np.ndarray, day: np.ndarray, persons: np.ndarray,
                          countries: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """(nationalities text, display text) of groups of migrants.

    Most groups are of one nationality with every person counted; some are mixed (two codes
    adding up to the group), some have only part of the group identified, a few none at all.
    """
    k = len(persons)
    first = primary_nationality(rng, country, day, countries)
    u = rng.random(k)
    mixed = (persons >= 2) & (u < 0.12)
    partial = (persons >= 3) & (u >= 0.12) & (u < 0.17)
    unknown = (u >= 0.17) & (u < 0.18)
    text = first + ":" + int_text(persons)
    display = first.copy()
    if mixed.any():
        second = other_nationality(rng, country[mixed], day[mixed], first[mixed], countries)
        p = persons[mixed]
        count_b = 1 + np.floor(rng.random(len(p)) * (p - 1) * 0.5).astype(np.int64)
        text[mixed] = _pair(first[mixed], p - count_b, second, count_b)
        display[mixed] = first[mixed] + ", " + second
    if partial.any():
        p = persons[partial]
        known = p - 1 - np.floor(rng.random(len(p)) * np.minimum(3, p - 2)).astype(np.int64)
        text[partial] = first[partial] + ":" + int_text(known)
    text[unknown] = ""
    display[unknown] = "nationality unknown"
    return text, display


def courier_codes(rng: np.random.Generator, country: np.ndarray, countries: tuple[str, ...]) -> np.ndarray:
    return courier_nationality(rng, country, countries)


def add_code(text: np.ndarray, code: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Add ``code:count`` to canonical nationality texts, keeping the codes sorted and distinct."""
    out = text.copy()
    for i in range(len(text)):  # used for the few trafficking and smuggling records only
        items = dict(part.split(":") for part in text[i].split(",") if part)
        items[code[i]] = str(int(items.get(code[i], 0)) + int(count[i]))
        out[i] = ",".join(f"{c}:{n}" for c, n in sorted(items.items()))
    return out


def uuid4_texts(rng: np.random.Generator, k: int) -> np.ndarray:
    """``k`` random (version 4) UUIDs as text, drawn from ``rng``: the same seed gives the same ids."""
    raw = rng.integers(0, 256, size=(k, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    hexdigits = np.array(list("0123456789abcdef"))
    nibbles = np.empty((k, 32), dtype=np.uint8)
    nibbles[:, 0::2] = raw >> 4
    nibbles[:, 1::2] = raw & 0x0F
    chars = hexdigits[nibbles]
    dashed = np.full((k, 36), "-", dtype="<U1")
    dashed[:, 0:8], dashed[:, 9:13], dashed[:, 14:18] = chars[:, 0:8], chars[:, 8:12], chars[:, 12:16]
    dashed[:, 19:23], dashed[:, 24:36] = chars[:, 16:20], chars[:, 20:32]
    return np.ascontiguousarray(dashed).view("<U36").ravel().astype(object)
