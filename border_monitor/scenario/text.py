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
                     has_persons: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Index of a fitting template for each row, uniform among those that fit (-1 when none does)."""
    k, m = len(by_side), len(templates)
    fits = np.ones((k, m), dtype=bool)
    for j, t in enumerate(templates):
        if t.side != "*":
            fits[:, j] &= by_side == (t.side == "BY")
        if t.persons is not None:
            fits[:, j] &= has_persons == t.persons
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
             has_persons: np.ndarray, day: np.ndarray, fields: dict[str, np.ndarray]) -> np.ndarray:
    """Descriptions of ``rows`` (indices into the ``fields`` columns); other arrays are per row of ``rows``."""
    pick = choose_templates(rng, templates, by_side, has_persons, day)
    out = np.full(len(rows), "", dtype=object)
    for j, t in enumerate(templates):
        mine = np.flatnonzero(pick == j)
        if len(mine):
            out[mine] = fill(t.text, fields, rows[mine])
    none = np.flatnonzero(pick < 0)
    if len(none):
        out[none] = fill("Observation near {place}.", fields, rows[none])
    return out


def sources(rng: np.random.Generator, country: np.ndarray, place: np.ndarray, unit: np.ndarray, day: np.ndarray,
            countries: tuple[str, ...]) -> np.ndarray:
    """Who reported: the border guard unit and post nearest the place, sometimes a supporting patrol.

    ``unit`` holds the LT frontier district or PL unit name where the reference data gives it ("" when not).
    """
    k = len(country)
    out = np.full(k, "", dtype=object)
    lt, lv, pl = (country == countries.index(c) for c in ("LT", "LV", "PL"))
    lt_district = np.where(np.isin(place, LT_VILNIUS_STATIONS), "Vilnius", "Varėna").astype(object)
    lt_district = np.where(unit != "", unit, lt_district).astype(object)
    pl_unit = np.where(np.isin(place, PL_NADBUZANSKI_POSTS), "Nadbużański", "Podlaski").astype(object)
    pl_unit = np.where(unit != "", unit, pl_unit).astype(object)
    out[lt] = "VSAT " + lt_district[lt] + " frontier district, " + place[lt] + " station"
    out[lv] = "VRS Daugavpils board, " + place[lv] + " unit"
    out[pl] = "Straż Graniczna, " + pl_unit[pl] + " unit, " + place[pl] + " post"
    # Supporting patrols: Frontex in LT from mid July, the armed forces from August (LT, PL) and LV.
    u = rng.random(k)
    frontex = lt & (day >= day_index("2021-07-15")) & (u < 0.04)
    army_lt = lt & (day >= day_index("2021-08-03")) & (u >= 0.04) & (u < 0.08)
    army_pl = pl & (day >= day_index("2021-08-25")) & (u < 0.06)
    army_lv = lv & (day >= day_index("2021-08-11")) & (u < 0.06)
    out[frontex] = "Frontex joint operation patrol, " + place[frontex]
    out[army_lt] = "Lithuanian Armed Forces patrol (support to VSAT), " + place[army_lt]
    out[army_pl] = "Polish Armed Forces patrol (support to Straż Graniczna), " + place[army_pl]
    out[army_lv] = "Latvian National Armed Forces patrol (support to VRS), " + place[army_lv]
    return out
