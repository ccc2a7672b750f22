"""Descriptions and sources of scenario incidents, written column-wise (no per-row Python loop)."""
from __future__ import annotations

from string import Formatter

import numpy as np

from .curves import day_index
from .templates import Template

# The services and their units (DOMAIN.md, "Who guards it").
LT_VILNIUS_STATIONS = ("Lavoriškės", "Padvarionys", "Pavoverė", "Adutiškis", "Tverečius", "Medininkai", "Šumskas",
                       "Kena", "Rūdninkai", "Švenčionys", "Ignalina", "Pabradė", "Buivydžiai", "Astravas")
PL_NADBUZANSKI_POSTS = ("Janów Podlaski", "Terespol", "Kukuryki", "Kodeń", "Sławatycze", "Włodawa", "Sobibór",
                        "Dołhobrody", "Hanna", "Biała Podlaska", "Konstantynów", "Pratulin")


def fill(template: str, fields: dict[str, np.ndarray], rows: np.ndarray) -> np.ndarray:
    """``template.format(**fields)`` for each of ``rows``, done with object-array concatenation."""
    out = np.full(len(rows), "", dtype=object)
    for literal, name, _spec, _conv in Formatter().parse(template):
        if literal:
            out = out + literal
        if name is not None:
            out = out + fields[name][rows]
    return out


def choose_templates(rng: np.random.Generator, templates: tuple[Template, ...], by_side: np.ndarray,
                     persons: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Index of a fitting template for each row, uniform among those that fit (-1 when none does)."""
    k, m = len(by_side), len(templates)
    has_persons = persons > 0
    fits = np.ones((k, m), dtype=bool)
    for j, t in enumerate(templates):
        if t.side != "*":
            fits[:, j] &= by_side == (t.side == "BY")
        if t.persons is not None:
            fits[:, j] &= has_persons == t.persons
        if t.persons:
            fits[:, j] &= persons >= t.min_persons
        if t.first is not None:
            fits[:, j] &= (day >= day_index(t.first)) & (day <= day_index(t.last))
    # Dated templates win on their days (e.g. Zapad-2021) half of the time.
    dated = np.array([t.first is not None for t in templates])
    if dated.any():
        prefer = (fits[:, dated].any(axis=1)) & (rng.random(k) < 0.5)
        fits[prefer] &= dated
    count = fits.sum(axis=1)
    target = np.floor(rng.random(k) * np.maximum(count, 1)).astype(np.int64) + 1
    pick = np.argmax(fits.cumsum(axis=1) >= target[:, None], axis=1)
    return np.where(count > 0, pick, -1)


def describe(rng: np.random.Generator, templates: tuple[Template, ...], rows: np.ndarray, by_side: np.ndarray,
             persons: np.ndarray, day: np.ndarray, fields: dict[str, np.ndarray]) -> np.ndarray:
    """Descriptions of ``rows`` (indices into the ``fields`` columns); other arrays are per row of ``rows``.

    ``persons`` is the number the sentence talks about (the migrants, without a driver)."""
    pick = choose_templates(rng, templates, by_side, persons, day)
    out = np.full(len(rows), "", dtype=object)
    for j, t in enumerate(templates):
        mine = np.flatnonzero(pick == j)
        if len(mine):
            out[mine] = fill(t.text, fields, rows[mine])
    none = np.flatnonzero(pick < 0)
    if len(none):
        out[none] = fill("Observation near {place}.", fields, rows[none])
    return out


def counted(numbers: np.ndarray, singular: str, plural: str) -> np.ndarray:
    """"1 person", "7 persons": the number with its noun."""
    v = np.asarray(numbers, dtype=np.int64)
    if len(v) and v.min() >= 0 and v.max() < 100_000:
        return np.array([f"{i} {singular if i == 1 else plural}" for i in range(int(v.max()) + 1)], dtype=object)[v]
    return v.astype(str).astype(object) + np.where(v == 1, " " + singular, " " + plural).astype(object)


def sources(rng: np.random.Generator, sector: np.ndarray, sector_places: np.ndarray, sector_country: np.ndarray,
            day: np.ndarray, countries: tuple[str, ...]) -> np.ndarray:
    """Who reported: the border guard unit and post of the sector, sometimes a supporting patrol."""
    base = np.empty(len(sector_places), dtype=object)
    for i, (place, c) in enumerate(zip(sector_places, sector_country)):
        country = countries[c]
        if country == "LT":
            district = "Vilnius" if place in LT_VILNIUS_STATIONS else "Varėna"
            base[i] = f"VSAT {district} frontier district, {place} station"
        elif country == "LV":
            base[i] = f"VRS Daugavpils board, {place} unit"
        else:
            unit = "Nadbużański" if place in PL_NADBUZANSKI_POSTS else "Podlaski"
            base[i] = f"Straż Graniczna, {unit} unit, {place} post"
    out = base[sector]
    # Supporting patrols: Frontex in LT from mid July, the armed forces from August (LT, PL) and LV.
    support = np.empty(len(sector_places), dtype=object)
    names = {"LT": "Lithuanian Armed Forces patrol (support to VSAT)",
             "LV": "Latvian National Armed Forces patrol (support to VRS)",
             "PL": "Polish Armed Forces patrol (support to Straż Graniczna)"}
    for i, (place, c) in enumerate(zip(sector_places, sector_country)):
        support[i] = f"{names[countries[c]]}, {place}"
    frontex = np.array([f"Frontex joint operation patrol, {p}" for p in sector_places], dtype=object)
    country = np.asarray(sector_country)[sector]
    lt, lv, pl = (country == countries.index(c) for c in ("LT", "LV", "PL"))
    u = rng.random(len(sector))
    use_frontex = lt & (day >= day_index("2021-07-15")) & (u < 0.04)
    army = ((lt & (day >= day_index("2021-08-03")) & (u >= 0.04) & (u < 0.08))
            | (pl & (day >= day_index("2021-08-25")) & (u < 0.06))
            | (lv & (day >= day_index("2021-08-11")) & (u < 0.06)))
    out[use_frontex] = frontex[sector[use_frontex]]
    out[army] = support[sector[army]]
    return out
