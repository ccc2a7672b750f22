"""The in-memory columnar index in front of a backend: numpy columns that answer filters fast.

One row per incident (deleted ones too), ordered by ``fid``; the position in these arrays is the
``row`` handle that ``points()`` hands out. Filters become boolean masks, sorted pages come from a
cached permutation per sort key, aggregates are ``np.bincount``. Texts with few distinct values
(sector, nationalities, source, and descriptions once loaded) are held as codes into a vocabulary,
so a text search tests each distinct text once; each is folded once (``domain.text_fold``: no case,
no diacritics) for the search, and the query the same way.

The index itself does no I/O and takes no locks: ``incident_cache.IncidentCache`` holds it (a backend fills it,
e.g. ``gpkg.index_load``), keeps
it in step after every write and serialises access.
"""
from __future__ import annotations

import gc
from typing import Callable

import numpy as np

from ...domain.filters import IncidentFilter, SortKey
from ...domain.text_fold import fold, fold_many
from ...domain.taxonomy import COUNTRIES, COUNTRY_TIMEZONES, STATUSES, TYPES
from ...domain.local_time import day_number, local_days

ZONES = tuple(COUNTRY_TIMEZONES[c] for c in COUNTRIES)


def row_days(rows: dict[str, np.ndarray]) -> np.ndarray:
    """The "day" column of index rows: each row's local day (in its country's time zone) of its ``ms``."""
    return local_days(np.asarray(rows["ms"], dtype=np.int64), np.asarray(rows["country"]), ZONES)

# name -> dtype of every column the index holds (``day`` is derived from ``ms`` and ``country``).
COLUMN_DTYPES: dict[str, str] = {
    "fid": "int64",
    "uuid": "S36",
    "ms": "int64",  # occurred_at, UTC epoch ms
    "updated_ms": "int64",  # -1 when unknown
    "country": "int8",  # index into COUNTRIES, -1 unknown
    "type": "int8",
    "status": "int8",
    "border": "int8",  # index into BORDERS, -1 none
    "side": "int8",  # 0 EU, 1 BY, -1 none
    "in_zone": "int8",  # 0/1, -1 unknown
    "deleted": "bool",
    "sector": "int32",  # code into the "sector" vocabulary, -1 none
    "lon": "float64",
    "lat": "float64",
    "persons": "int32",
    "distance": "float64",  # NaN when unknown
    "nationalities": "int32",  # code into the "nationalities" vocabulary
    "source": "int32",  # code into the "source" vocabulary
    "revision": "int32",
}
VOCABULARY_COLUMNS = ("sector", "nationalities", "source")
# Python lists become numpy arrays in slices of this many items: converting a 1M-item list in one call holds
# the GIL ~50 ms (the query worker would block the UI thread that long); a slice holds it well under 1 ms.
LIST_SLICE = 32_768
TEXT_SEARCH_COLUMNS = ("description", "source", "sector", "nationalities")


def array_of(values: list, dtype) -> np.ndarray:
    """``np.array(values, dtype=dtype)``, converted ``LIST_SLICE`` items at a time (no long hold of the GIL)."""
    out = np.empty(len(values), dtype=dtype)
    for start in range(0, len(values), LIST_SLICE):
        out[start:start + LIST_SLICE] = values[start:start + LIST_SLICE]
    return out


class Vocabulary:
    """Distinct texts and their codes (code -1 stands for NULL)."""

    def __init__(self, texts: list[str] | None = None):
        self.texts: list[str] = list(texts or [])
        self.codes: dict[str, int] = {t: k for k, t in enumerate(self.texts)}
        self._lower: list[str] | None = None
        self._folded: list[str] | None = None
        self._rank: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.texts)

    def encode(self, values) -> np.ndarray:
        """Codes of texts (None -> -1), adding new texts."""
        codes, texts = self.codes, self.texts
        out = []
        for v in values:
            if v is None:
                out.append(-1)
                continue
            k = codes.get(v)
            if k is None:
                k = codes[v] = len(texts)
                texts.append(v)
            out.append(k)
        if len(texts) != len(self._lower or ()):
            self._lower = None
            self._rank = None
        return array_of(out, np.int32)

    def lower(self) -> list[str]:
        if self._lower is None or len(self._lower) != len(self.texts):
            self._lower = [t.lower() for t in self.texts]
        return self._lower

    def folded(self) -> list[str]:
        """The texts folded for search (``text_fold.fold``), each folded once; new texts are folded as they come."""
        if self._folded is None:
            self._folded = fold_many(self.texts)
        elif len(self._folded) < len(self.texts):
            self._folded.extend(fold_many(self.texts[len(self._folded):]))
        return self._folded

    def matching(self, needle: str) -> np.ndarray:
        """Lookup table (len + 1, last entry for code -1): does each text contain ``needle`` (already folded)?"""
        lut = np.zeros(len(self.texts) + 1, dtype=bool)
        if needle:
            folded = self.folded()
            for start in range(0, len(folded), LIST_SLICE):
                hits = [needle in t for t in folded[start:start + LIST_SLICE]]
                lut[start:start + len(hits)] = hits
        return lut

    def rank(self) -> np.ndarray:
        """Sort rank of each code by lowercase text (len + 1 entries: NULL ranks last)."""
        if self._rank is None or len(self._rank) != len(self.texts) + 1:
            lowered = self.lower()
            order = sorted(range(len(lowered)), key=lowered.__getitem__)
            rank = np.empty(len(lowered) + 1, dtype=np.int64)
            rank[np.array(order, dtype=np.int64)] = np.arange(len(order))
            rank[-1] = len(order)
            self._rank = rank
        return self._rank


def _is_any(column: np.ndarray, codes: list[int]) -> np.ndarray:
    """``column`` equals one of ``codes`` (a few comparisons beat a lookup-table gather, which
    numpy does through an intp copy of the whole column)."""
    out = column == codes[0]
    for code in codes[1:]:
        out |= column == code
    return out


def descriptions_in_order(known_fids: np.ndarray, cursor) -> list[str]:
    """Each row's description in the index's fid order ("" where none), from a cursor over ``(fid, description)``
    rows (a DB-API cursor with ``fetchmany``), read and placed ``LIST_SLICE`` rows at a time: this runs on the query
    worker at the first text search, and at 1M one ``fetchall``'s million row tuples took 40-60 ms to free in one
    C call (the GIL held all along), one ``.tolist()`` of a million positions ~20 ms."""
    texts = [""] * len(known_fids)
    while len(known_fids):
        rows = cursor.fetchmany(LIST_SLICE)
        if not rows:
            break
        fids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        pos = np.searchsorted(known_fids, fids)
        ok = (pos < len(known_fids)) & (known_fids[np.minimum(pos, len(known_fids) - 1)] == fids)
        for p, k in zip(pos[ok].tolist(), np.flatnonzero(ok).tolist()):
            texts[p] = rows[k][1] or ""
    return texts


class ColumnarIndex:
    """Numpy columns of every incident, in fid order, with filter masks and sort orders."""

    def __init__(self, columns: dict[str, np.ndarray], vocabularies: dict[str, Vocabulary], version: int,
                 description_loader: Callable[[], list[str]] | None = None):
        n = len(columns["fid"])
        self.cols: dict[str, np.ndarray] = {}
        for name, dtype in COLUMN_DTYPES.items():
            values = np.asarray(columns[name]).astype(dtype, copy=False)
            if len(values) != n:
                raise ValueError(f"index column {name} has {len(values)} values, expected {n}")
            self.cols[name] = values
        self.vocab = {name: vocabularies.get(name) or Vocabulary() for name in VOCABULARY_COLUMNS}
        self.version = version
        self.generation = 0
        self._description_loader = description_loader
        self._descriptions: tuple[Vocabulary, np.ndarray] | None = None
        day = columns.get("day")  # derived: given by a snapshot (which checked it), else computed here
        self.cols["day"] = np.asarray(day, dtype=np.int32) if day is not None and len(day) == n else \
            local_days(self.cols["ms"], self.cols["country"], ZONES)
        self._masks: dict = {}
        self._orders: dict = {}
        self._derived: dict = {}  # per-row values derived for aggregates (grid cells, day keys), per change

    # -- shape ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.cols["fid"])

    def __getitem__(self, name: str) -> np.ndarray:
        return self.cols[name]

    def positions(self, fids) -> np.ndarray:
        """Row positions of fids (which must be in the index)."""
        fids = np.asarray(fids, dtype=np.int64)
        pos = np.searchsorted(self.cols["fid"], fids)
        if len(fids) and (np.any(pos >= len(self)) or np.any(self.cols["fid"][np.minimum(pos, len(self) - 1)] != fids)):
            raise KeyError("fid not in the index")
        return pos

    def bounds(self) -> tuple[float, float, float, float] | None:
        lon, lat = self.cols["lon"], self.cols["lat"]
        ok = np.isfinite(lon) & np.isfinite(lat)
        if not ok.any():
            return None
        return float(lon[ok].min()), float(lat[ok].min()), float(lon[ok].max()), float(lat[ok].max())

    # -- changes ----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.generation += 1
        self._masks.clear()
        self._orders.clear()
        self._derived.clear()

    def append(self, rows: dict[str, np.ndarray], texts: dict[str, list], descriptions: list[str]) -> None:
        """Add rows (fids above every fid held). ``texts`` holds the vocabulary columns as texts."""
        if len(rows["fid"]) == 0:
            return
        self._append_codes(rows, {name: self.vocab[name].encode(texts[name]) for name in VOCABULARY_COLUMNS},
                           descriptions)

    def append_coded(self, rows: dict[str, np.ndarray], coded: dict[str, tuple[list, np.ndarray]],
                     descriptions: list[str], owned: bool = False) -> None:
        """``append`` with each vocabulary column given as (its distinct texts, each row's position among them,
        -1 for NULL): a bulk import encodes each distinct text once, not every row's. ``rows`` may hold the "day"
        column too (``row_days``); ``owned``: the arrays of ``rows`` are the caller's no more, so an empty index
        takes them as they are (a million rows: 0.08 s of copies less)."""
        if len(rows["fid"]) == 0:
            return
        codes = {}
        for name in VOCABULARY_COLUMNS:
            distinct, positions = coded[name]
            lookup = np.append(self.vocab[name].encode(distinct), np.int32(-1))
            codes[name] = lookup[np.asarray(positions, dtype=np.int64)]
        self._append_codes(rows, codes, descriptions, owned)

    def _append_codes(self, rows: dict[str, np.ndarray], codes: dict[str, np.ndarray], descriptions: list[str],
                      owned: bool = False) -> None:
        if len(self) and int(np.min(rows["fid"])) <= int(self.cols["fid"][-1]):
            raise ValueError("appended fids must follow the fids in the index")
        new = dict(rows)
        new.update(codes)
        fresh = set(codes)  # arrays made by this call: nobody else holds them
        if "day" not in new:
            new["day"] = row_days(new)
            fresh.add("day")
        for name in list(COLUMN_DTYPES) + ["day"]:
            dtype = self.cols[name].dtype
            values = np.asarray(new[name]).astype(dtype, copy=False)
            if len(self):
                self.cols[name] = np.concatenate([self.cols[name], values])
            else:
                self.cols[name] = values if owned or name in fresh else values.copy()
        if self._descriptions is not None:
            vocab, held = self._descriptions
            self._descriptions = (vocab, np.concatenate([held, vocab.encode(descriptions)]))
        self._changed()

    def set_rows(self, positions: np.ndarray, rows: dict[str, np.ndarray], texts: dict[str, list],
                 descriptions: list[str] | None) -> None:
        """Overwrite the rows at ``positions`` with new values (every column given in ``rows``/``texts``)."""
        positions = np.asarray(positions, dtype=np.int64)
        for name, values in rows.items():
            self.cols[name][positions] = values
        for name, values in texts.items():
            self.cols[name][positions] = self.vocab[name].encode(values)
        if "ms" in rows or "country" in rows:
            self.cols["day"][positions] = local_days(self.cols["ms"][positions], self.cols["country"][positions], ZONES)
        if descriptions is not None and self._descriptions is not None:
            vocab, codes = self._descriptions
            codes[positions] = vocab.encode(descriptions)
        self._changed()

    def take(self, positions: np.ndarray) -> "ColumnarIndex":
        """A small index of the rows at ``positions`` (sharing this one's vocabularies; for comparing rows)."""
        positions = np.asarray(positions, dtype=np.int64)
        return ColumnarIndex({name: self.cols[name][positions] for name in [*COLUMN_DTYPES, "day"]}, self.vocab,
                             self.version)

    def upsert(self, part: "ColumnarIndex", descriptions: list[str] | None, remove=()) -> None:
        """Make the rows of ``part`` (an index of some rows read again from the table, e.g. after another program
        wrote them) this index's rows for their fids, adding those it lacks, and drop the rows of the fids
        ``remove`` (deleted outright). ``descriptions``: of ``part``'s rows, in order (None when not read).
        Rows keep fid order; only what changed is touched when the fids are all held (or all new, at the end)."""
        fids = np.asarray(part.cols["fid"], dtype=np.int64)
        texts = {name: [None if c < 0 else part.vocab[name].texts[c] for c in part.cols[name].tolist()]
                 for name in VOCABULARY_COLUMNS}
        rows = {name: part.cols[name] for name in COLUMN_DTYPES if name not in VOCABULARY_COLUMNS}
        own = self.cols["fid"]
        gone = np.asarray(sorted({int(f) for f in remove} - set(fids.tolist())), dtype=np.int64)
        gone = gone[np.isin(gone, own)] if len(gone) else gone
        held = np.isin(fids, own) if len(fids) else np.zeros(0, dtype=bool)
        if not len(gone) and held.all():
            if len(fids):
                self.set_rows(self.positions(fids), rows, texts, descriptions)
            return
        if not len(gone) and not held.any() and (not len(self) or int(fids.min()) > int(own[-1])):
            self.append(rows, texts, descriptions if descriptions is not None else [""] * len(fids))
            return
        keep = ~np.isin(own, np.concatenate([gone, fids]))
        codes = {name: self.vocab[name].encode(texts[name]) for name in VOCABULARY_COLUMNS}
        new_day = local_days(np.asarray(rows["ms"], dtype=np.int64), np.asarray(rows["country"]), ZONES)
        merged_fid = np.concatenate([own[keep], fids])
        order = np.argsort(merged_fid, kind="stable")
        for name in list(COLUMN_DTYPES) + ["day"]:
            added = codes[name] if name in codes else new_day if name == "day" else rows[name]
            column = self.cols[name]
            self.cols[name] = np.concatenate([column[keep], np.asarray(added).astype(column.dtype, copy=False)])[order]
        if self._descriptions is not None:
            vocab, old_codes = self._descriptions
            more = vocab.encode(descriptions if descriptions is not None else [""] * len(fids))
            self._descriptions = (vocab, np.concatenate([old_codes[keep], more])[order])
        self._changed()

    # -- descriptions (loaded on first use) --------------------------------------------------
    @property
    def descriptions_loaded(self) -> bool:
        return self._descriptions is not None

    def descriptions(self) -> tuple[Vocabulary, np.ndarray]:
        """The descriptions' vocabulary and each row's code, built at the first text search.

        The build (1M rows: ~2 s on the query worker) makes lists of a million texts; a pass of Python's cycle
        collector during it walks them all while holding the GIL (measured at 1M: the UI thread held 40-60 ms;
        9 ms with the collector off). So the collector is off for the build and what it built is then frozen
        (``gc.freeze``: left out of later passes; one build per index, so at most the cycles dead at that
        moment are never collected). The loader is expected to give its list in the same spirit (read in slices:
        ``gpkg.index_source``)."""
        if self._descriptions is None:
            collecting = gc.isenabled()
            gc.disable()
            try:
                texts = self._description_loader() if self._description_loader else [""] * len(self)
                if len(texts) != len(self):
                    raise ValueError(f"{len(texts)} descriptions for {len(self)} incidents")
                vocab = Vocabulary()
                self._descriptions = (vocab, vocab.encode(texts))
                while texts:  # the repeated texts freed a slice at a time (all at once: ~25 ms in one C call)
                    del texts[-LIST_SLICE:]
                vocab.folded()
                gc.freeze()
            finally:
                if collecting:
                    gc.enable()
        return self._descriptions

    # -- filters ----------------------------------------------------------------------------
    def text_mask(self, text: str) -> np.ndarray:
        """Rows whose description, source, sector or nationalities contain ``text``, ignoring case and
        diacritics both ways ("Kuznica" finds "Kuźnica" and "Kuźnica" finds "Kuznica")."""
        needle = fold(text)
        vocab, codes = self.descriptions()
        mask = vocab.matching(needle)[codes]
        for name in ("source", "sector", "nationalities"):
            lut = self.vocab[name].matching(needle)
            if lut.any():
                mask |= lut[self.cols[name]]
        return mask

    def mask(self, flt: IncidentFilter) -> np.ndarray:
        """Rows matching the filter (cached per filter until the next change; do not modify)."""
        key = flt
        cached = self._masks.get(key)
        if cached is not None:
            return cached
        c = self.cols
        m = np.ones(len(self), dtype=bool) if flt.include_deleted else ~c["deleted"]
        for values, vocabulary, column in ((flt.countries, COUNTRIES, "country"), (flt.types, TYPES, "type"),
                                           (flt.statuses, STATUSES, "status")):
            if values:
                m &= _is_any(c[column], sorted(vocabulary.index(v) for v in values))
        if flt.date_from is not None:
            m &= c["day"] >= day_number(flt.date_from)
        if flt.date_to is not None:
            m &= c["day"] <= day_number(flt.date_to)
        if flt.bbox is not None:
            minx, miny, maxx, maxy = flt.bbox
            m &= (c["lon"] >= minx) & (c["lon"] <= maxx) & (c["lat"] >= miny) & (c["lat"] <= maxy)
        if flt.text:
            m &= self.text_mask(flt.text)
        m.flags.writeable = False
        if len(self._masks) >= 8:
            self._masks.pop(next(iter(self._masks)))
        self._masks[key] = m
        return m

    # -- sorting ----------------------------------------------------------------------------
    def sort_values(self, key: SortKey) -> np.ndarray:
        """The primary sort value of every row (missing values sort last)."""
        c = self.cols
        if key is SortKey.OCCURRED_AT:
            return c["ms"]
        if key is SortKey.UPDATED_AT:
            return c["updated_ms"]
        if key in (SortKey.COUNTRY, SortKey.BORDER, SortKey.TYPE, SortKey.STATUS):
            column = {SortKey.COUNTRY: "country", SortKey.BORDER: "border", SortKey.TYPE: "type",
                      SortKey.STATUS: "status"}[key]
            values = c[column].astype(np.int16)
            return np.where(values < 0, np.int16(1000), values)
        if key is SortKey.PERSONS:
            return c["persons"]
        if key is SortKey.DISTANCE:
            return c["distance"]
        if key in (SortKey.SECTOR, SortKey.NATIONALITIES):
            column = "sector" if key is SortKey.SECTOR else "nationalities"
            return self.vocab[column].rank()[c[column]]
        if key is SortKey.DESCRIPTION:
            vocab, codes = self.descriptions()
            return vocab.rank()[codes]
        raise ValueError(f"cannot sort by {key!r}")

    def order(self, key: SortKey) -> np.ndarray:
        """Row positions sorted by ``key`` ascending, then by occurrence time, then by fid (cached)."""
        key = SortKey(key)
        cached = self._orders.get(key)
        if cached is not None:
            return cached
        values = self.sort_values(key)
        if key is SortKey.OCCURRED_AT:
            order = np.argsort(values, kind="stable")  # ties keep fid order
        else:
            order = np.lexsort((self.cols["ms"], values))
        order.flags.writeable = False
        self._orders[key] = order
        return order

    def sorted_positions(self, mask: np.ndarray, key: SortKey, descending: bool = False,
                         offset: int = 0, limit: int | None = None) -> np.ndarray:
        """Positions of the masked rows in sort order, sliced ``offset:offset+limit``.

        When the page is a small share of the matches, only the head of the sort order is scanned
        (in growing steps) instead of gathering the mask along the whole order.
        """
        order = self.order(key)
        if descending:
            order = order[::-1]
        n = len(order)
        matches = int(np.count_nonzero(mask))
        need = matches if limit is None else min(matches, offset + limit)
        if need < matches and need * 4 < matches:
            step = int(need / matches * n * 1.5) + 1024
            start, found = 0, []
            count = 0
            while count < need and start < n:
                part = order[start:start + step]
                hit = part[mask[part]]
                found.append(hit)
                count += len(hit)
                start += step
                step *= 2
            selected = np.concatenate(found)
        else:
            selected = order[mask[order]]
        stop = None if limit is None else offset + limit
        return selected[offset:stop]

    def rank(self, mask: np.ndarray, key: SortKey, descending: bool, position: int) -> int:
        """Where the (masked) row ``position`` comes among ``sorted_positions(mask, key, descending)``:
        one scan of the cached sort order and one count, no rows fetched."""
        order = self.order(key)
        at = int(np.flatnonzero(order == position)[0])
        before = order[at + 1:] if descending else order[:at]
        return int(np.count_nonzero(mask[before]))

    # -- values derived for aggregates (cached until the next change) ---------------------------
    def grid_cells(self, cell_deg: float) -> tuple[np.ndarray, bool, int, int, int, int]:
        """(cell id of every row or -1 without a position, whether any row lacks one, x0, y0, height,
        number of cells). A cell id is ``(floor(lon / cell) - x0) * height + floor(lat / cell) - y0``."""
        key = ("grid", cell_deg)
        cached = self._derived.get(key)
        if cached is None:
            lon, lat = self.cols["lon"], self.cols["lat"]
            ok = np.isfinite(lon) & np.isfinite(lat)
            cx = np.zeros(len(self), dtype=np.int64)
            cy = np.zeros(len(self), dtype=np.int64)
            cx[ok] = np.floor(lon[ok] / cell_deg)
            cy[ok] = np.floor(lat[ok] / cell_deg)
            x0 = int(cx[ok].min()) if ok.any() else 0
            y0 = int(cy[ok].min()) if ok.any() else 0
            height = int(cy[ok].max()) - y0 + 1 if ok.any() else 1
            cells = np.where(ok, (cx - x0) * height + (cy - y0), -1)
            size = int(cells.max()) + 1 if len(cells) else 0
            cached = self._derived[key] = (cells, not ok.all(), x0, y0, height, size)
            if len([k for k in self._derived if k[0] == "grid"]) > 6:
                self._derived.pop(next(k for k in self._derived if k[0] == "grid"))
        return cached

    def day_keys(self, column: str, zone: str | None = None) -> tuple[np.ndarray, bool, int, int]:
        """(``code * span + day - first`` of every row or -1 for an unknown code, whether any is -1, first
        day, span): one bincount gives the counts per code and day. Days are each reporter's local days, or
        the local days of ``zone`` (an IANA name or "UTC") for every row when it is given."""
        key = ("days", column, zone)
        cached = self._derived.get(key)
        if cached is None:
            if zone is None:
                day = self.cols["day"]
            else:
                day = local_days(self.cols["ms"], np.zeros(len(self), dtype=np.int8), (zone,))
            first = int(day.min()) if len(day) else 0
            span = int(day.max()) - first + 1 if len(day) else 1
            codes = self.cols[column].astype(np.int64)
            known = codes >= 0
            cached = self._derived[key] = (np.where(known, codes * span + (day - first), -1), not known.all(),
                                           first, span)
        return cached
