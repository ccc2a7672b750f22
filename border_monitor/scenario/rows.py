"""The scenario's incidents before places and words: who, what, which day, how many persons.

Three kinds of rows: groups of persons cut from the daily curves (apprehensions, prevented
entries, returns), incidents drawn at daily rates (smuggling, provocations, ...), and a few dated
records written out by hand (the deaths, Usnarz Górny, the Kuźnica standoff and clashes).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..domain.taxonomy import COUNTRIES, TYPES
from .curves import DailyPersons, day_index, scale_counts
from .mixes import BY_SIDE_SHARE, RETURN_SHARE, cut_into_groups, group_sizes, rate_table

COUNTRY_CODES = tuple(c.value for c in COUNTRIES)
TYPE_CODES = tuple(t.value for t in TYPES)
RATE_TYPES = ("smuggling", "trafficking", "barrier_damage", "provocation", "use_of_force", "humanitarian",
              "airspace", "military_activity", "other")
BY_SIDE_TARGET = 0.03  # share of incidents observed on the Belarusian side


@dataclass
class Rows:
    country: np.ndarray  # int8 codes
    type: np.ndarray  # int8 codes
    day: np.ndarray  # index of the period day (local)
    persons: np.ndarray  # int
    by_side: np.ndarray  # bool
    text: np.ndarray = field(default=None)  # object: a fixed description template, "" for the usual ones
    nationalities: np.ndarray = field(default=None)  # object: fixed nationalities, "" to draw them
    sector: np.ndarray = field(default=None)  # int: forced sector index, -1 to draw one

    def __post_init__(self):
        k = len(self.country)
        if self.text is None:
            self.text = np.full(k, "", dtype=object)
        if self.nationalities is None:
            self.nationalities = np.full(k, "", dtype=object)
        if self.sector is None:
            self.sector = np.full(k, -1, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.country)

    def take(self, index) -> "Rows":
        return Rows(**{name: getattr(self, name)[index] for name in self.__dataclass_fields__})

    @staticmethod
    def concat(parts: list["Rows"]) -> "Rows":
        return Rows(**{name: np.concatenate([getattr(p, name) for p in parts])
                       for name in Rows.__dataclass_fields__})


def _code(value: str, codes: tuple[str, ...]) -> int:
    return codes.index(value)


def person_rows(rng: np.random.Generator, curves: dict[str, DailyPersons], factor: float) -> Rows:
    """Groups of persons: apprehended after crossing, or turned back (prevented entry, sometimes a return)."""
    parts = []
    for country in COUNTRY_CODES:
        curve = curves[country]
        for kind in ("apprehended", "turned_back"):
            days, persons = cut_into_groups(rng, scale_counts(getattr(curve, kind), factor))
            if kind == "apprehended":
                types = np.full(len(days), _code("apprehension", TYPE_CODES), dtype=np.int8)
            else:
                since, share = RETURN_SHARE[country]
                is_return = (days >= day_index(since)) & (rng.random(len(days)) < share)
                types = np.where(is_return, _code("return_to_belarus", TYPE_CODES),
                                 _code("prevented_entry", TYPE_CODES)).astype(np.int8)
            parts.append(Rows(country=np.full(len(days), _code(country, COUNTRY_CODES), dtype=np.int8), type=types,
                              day=days, persons=persons, by_side=np.zeros(len(days), dtype=bool)))
    return Rows.concat(parts)


def rate_rows(rng: np.random.Generator, factor: float, n_days: int) -> Rows:
    """Incidents at daily rates (Poisson), with persons where the type involves people."""
    table = rate_table(COUNTRY_CODES, RATE_TYPES, n_days) * factor
    counts = rng.poisson(table)
    c_idx, t_idx, d_idx = np.nonzero(counts)
    reps = counts[c_idx, t_idx, d_idx]
    country = np.repeat(c_idx, reps).astype(np.int8)
    rate_type = np.repeat(t_idx, reps)
    day = np.repeat(d_idx, reps).astype(np.int64)
    k = len(day)
    names = np.array(RATE_TYPES, dtype=object)[rate_type]
    type_codes = np.array([_code(t, TYPE_CODES) for t in RATE_TYPES], dtype=np.int8)[rate_type]
    by_share = np.array([BY_SIDE_SHARE.get(t, 0.0) for t in RATE_TYPES])[rate_type]
    by_side = rng.random(k) < by_share
    persons = np.zeros(k, dtype=np.int64)
    couriers = (names == "smuggling") & (rng.random(k) < 0.4)
    persons[couriers] = rng.integers(1, 3, size=int(couriers.sum()))
    trafficking = names == "trafficking"
    persons[trafficking] = np.minimum(group_sizes(rng, int(trafficking.sum())), 15) + 1  # migrants + the driver
    humanitarian = (names == "humanitarian") & ~by_side
    persons[humanitarian] = np.minimum(group_sizes(rng, int(humanitarian.sum())), 12)
    return Rows(country=country, type=type_codes, day=day, persons=persons, by_side=by_side)


def top_up_by_side(rng: np.random.Generator, rows: Rows) -> None:
    """Mark prevented entries seen on the Belarusian side until about 3% of all rows are on that side."""
    want = int(round(BY_SIDE_TARGET * len(rows))) - int(rows.by_side.sum())
    if want <= 0:
        return
    candidates = np.flatnonzero((rows.type == _code("prevented_entry", TYPE_CODES)) & ~rows.by_side
                                & (rows.text == ""))
    chosen = rng.choice(candidates, size=min(want, len(candidates)), replace=False)
    rows.by_side[chosen] = True


# --- dated records ---------------------------------------------------------------
# Deaths: at least 20 in 2021 on all three borders, most in Poland in the cold months.
DEATHS = {"PL": 14, "LT": 2, "LV": 4}


def signature_rows(rng: np.random.Generator, curves: dict[str, DailyPersons], sector_index: dict[str, int]) -> Rows:
    """Hand-written records of the dated events (not scaled with ``n``)."""
    from .templates import DEATH_TEMPLATES

    parts = []

    def add(country: str, type_name: str, day: str | int, persons: int, by: bool, text: str, nats: str = "",
            sector: str | None = None) -> None:
        d = day_index(day) if isinstance(day, str) else int(day)
        parts.append(Rows(country=np.array([_code(country, COUNTRY_CODES)], dtype=np.int8),
                          type=np.array([_code(type_name, TYPE_CODES)], dtype=np.int8), day=np.array([d]),
                          persons=np.array([persons]), by_side=np.array([by]), text=np.array([text], dtype=object),
                          nationalities=np.array([nats], dtype=object),
                          sector=np.array([sector_index.get(sector, -1) if sector else -1])))

    # Deaths, on days weighted by the attempts from September on (the cold months).
    autumn = day_index("2021-09-01")
    for country, count in DEATHS.items():
        weights = curves[country].attempts[autumn:].astype(float)
        days = autumn + rng.choice(len(weights), size=count, p=weights / weights.sum())
        for d in np.sort(days):
            text = DEATH_TEMPLATES[int(rng.integers(len(DEATH_TEMPLATES)))].text
            code = ("IRQ", "SYR", "AFG", "YEM", "IRQ")[int(rng.integers(5))]
            add(country, "humanitarian", int(d), 1, False, text, f"{code}:1")
    # Usnarz Górny (gmina Szudziałowo): Afghans held on the line from 8 Aug.
    add("PL", "provocation", "2021-08-08", 0, True,
        "Belarusian officers stopped a group of about 30 (AFG) at the line near Usnarz Górny and kept it there.",
        sector="Szudziałowo")
    add("PL", "humanitarian", "2021-08-19", 32, True,
        "Group of 32 (AFG) held between the Polish and Belarusian lines near Usnarz Górny for the twelfth day; "
        "no access for doctors.", "AFG:32", sector="Szudziałowo")
    # Kuźnica-Bruzgi: the standoff from 8 Nov and the clashes of 16 Nov.
    add("PL", "provocation", "2021-11-08", 0, True,
        "Belarusian services led about 2,000 migrants to the line at Kuźnica-Bruzgi; a camp is set up at the fence.",
        sector="Kuźnica")
    add("PL", "use_of_force", "2021-11-08", 0, False,
        "Groups tried to break through the fence at Kuźnica with logs and spades; pushed back.", sector="Kuźnica")
    for text in (
        "Stones and concrete thrown at officers at Kuźnica; water cannon used to hold the line.",
        "Tear gas used at Kuźnica after stones were thrown at the line; officers injured.",
        "Flash-bang and smoke grenades thrown from the Belarusian side at Kuźnica.",
        "Belarusian officers seen handing out stun grenades to migrants at Kuźnica.",
        "Fence at Kuźnica attacked with logs; water cannon and tear gas used.",
        "Policeman at Kuźnica hit in the head by a stone; taken to hospital.",
    ):
        add("PL", "use_of_force", "2021-11-16", 0, "Belarusian side" in text or "handing out" in text, text,
            sector="Kuźnica")
    return Rows.concat(parts)
