"""Many incidents as columns: the bulk path for imports, the demo scenario and sync.

Building a million ``Incident`` objects costs tens of seconds; a batch holds numpy
columns and validates them with vectorised masks, reporting every bad row by its row
number (as the user knows it: the line in the file) and field.
"""
from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from .errors import ValidationError
from .incident import EARLIEST, FUTURE_TOLERANCE, REGION_BBOX, Incident
from .nationality import format_nationalities, parse_nationalities
from .taxonomy import COUNTRIES, STATUSES, TYPES, TYPES_NEEDING_PERSONS
from .value_text import quoted

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def datetime_to_ms(value: datetime) -> int:
    return int(round((value - _EPOCH).total_seconds() * 1000))


def ms_to_datetime(ms: int) -> datetime:
    return datetime.fromtimestamp(int(ms) / 1000, tz=timezone.utc)


@dataclass(frozen=True)
class RowError:
    row: int  # the row as the user knows it (e.g. the line number in a CSV, 1 = header)
    field: str
    value: object
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {quoted(self.value)} {self.message}"


@dataclass
class IncidentBatch:
    """Columns of equal length n. Codes index ``COUNTRIES``, ``TYPES``, ``STATUSES``."""

    occurred_at_ms: np.ndarray  # int64, UTC epoch milliseconds
    country: np.ndarray  # int8
    type: np.ndarray  # int8
    lon: np.ndarray  # float64
    lat: np.ndarray  # float64
    persons: np.ndarray  # int32
    nationalities: np.ndarray  # object: canonical text "IRQ:3,SYR" ("" when none)
    description: np.ndarray  # object (str)
    source: np.ndarray  # object (str)
    status: np.ndarray  # int8
    id: np.ndarray | None = None  # object (str UUID); None -> new ids are made
    row: np.ndarray | None = None  # int64 row numbers for error messages; None -> 1..n
    extra: dict = field(default_factory=dict)  # optional bookkeeping columns (created_at_ms, origin, ...)

    def __len__(self) -> int:
        return len(self.occurred_at_ms)

    @property
    def rows(self) -> np.ndarray:
        return self.row if self.row is not None else np.arange(1, len(self) + 1)

    def ensure_ids(self) -> np.ndarray:
        if self.id is None:
            self.id = np.array([str(uuid.uuid4()) for _ in range(len(self))], dtype=object)
        return self.id

    def take(self, index) -> "IncidentBatch":
        """The rows at ``index`` (bool mask or integer positions)."""
        def pick(a):
            return None if a is None else a[index]
        return IncidentBatch(
            occurred_at_ms=self.occurred_at_ms[index], country=self.country[index], type=self.type[index],
            lon=self.lon[index], lat=self.lat[index], persons=self.persons[index],
            nationalities=self.nationalities[index], description=self.description[index],
            source=self.source[index], status=self.status[index], id=pick(self.id), row=pick(self.row),
            extra={k: v[index] for k, v in self.extra.items()},
        )

    # -- validation -----------------------------------------------------------
    def validate(self, now: datetime | None = None, max_errors: int = 1000) -> list[RowError]:
        """Every rule of ``Incident``, vectorised. Returns the errors (empty when all rows are good)."""
        now = now or datetime.now(timezone.utc)
        n = len(self)
        errors: list[RowError] = []
        rows = self.rows
        for name in ("country", "type", "lon", "lat", "persons", "nationalities", "description", "source", "status"):
            if len(getattr(self, name)) != n:
                raise ValueError(f"column {name} has {len(getattr(self, name))} values, expected {n}")

        def report(mask: np.ndarray, field_name: str, values, message) -> None:
            """``values``: an array, or a function of the row position (computed for bad rows only)."""
            for i in np.flatnonzero(mask)[: max(0, max_errors - len(errors))]:
                value = values(i) if callable(values) else _plain(values[i])
                text = message(value) if callable(message) else message
                errors.append(RowError(int(rows[i]), field_name, value, text))

        t = self.occurred_at_ms
        def iso(i: int) -> str:
            return _iso(t[i : i + 1])[0]

        report(t < datetime_to_ms(EARLIEST), "occurred_at", iso, "is before 2000")
        report(t > datetime_to_ms(now + FUTURE_TOLERANCE), "occurred_at", iso, "is in the future")
        report((self.country < 0) | (self.country >= len(COUNTRIES)), "country", self.country, "is not LT, LV or PL")
        report((self.type < 0) | (self.type >= len(TYPES)), "type", self.type, "is not a known incident type")
        report((self.status < 0) | (self.status >= len(STATUSES)), "status", self.status, "is not a known status")
        lon = np.asarray(self.lon, dtype=float)
        lat = np.asarray(self.lat, dtype=float)
        bad_lon = ~np.isfinite(lon)
        bad_lat = ~np.isfinite(lat)
        report(bad_lon, "lon", lon, "is not a finite number")
        report(bad_lat, "lat", lat, "is not a finite number")
        with np.errstate(invalid="ignore"):
            report(~bad_lon & ((lon < -180) | (lon > 180)), "lon", lon, "is outside -180..180")
            report(~bad_lat & ((lat < -90) | (lat > 90)), "lat", lat, "is outside -90..90")
            minx, miny, maxx, maxy = REGION_BBOX
            in_range = ~bad_lon & ~bad_lat & (np.abs(lon) <= 180) & (np.abs(lat) <= 90)
            outside = in_range & ((lon < minx) | (lon > maxx) | (lat < miny) | (lat > maxy))
        report(outside, "location", lambda i: f"{lat[i]:.5f}, {lon[i]:.5f}",
               f"is outside the monitored region (lat {miny}..{maxy}, lon {minx}..{maxx})")
        report(self.persons < 0, "persons", self.persons, "is negative")
        needs = np.isin(self.type, [TYPES.index(t) for t in TYPES_NEEDING_PERSONS])
        report(needs & (self.persons == 0), "persons", self.persons,
               "must be at least 1 for this type")
        # Nationalities: few distinct texts in practice, so check each distinct one once.
        texts, inverse = np.unique(self.nationalities.astype(str), return_inverse=True)
        canonical = np.empty(len(texts), dtype=object)
        counted = np.zeros(len(texts), dtype=np.int64)
        bad = np.zeros(len(texts), dtype=bool)
        reason = {}
        for k, text in enumerate(texts.tolist()):
            canonical[k], counted[k], why = _nationalities_check(text)
            if why is not None:
                bad[k] = True
                reason[k] = why
        if bad.any():
            row_bad = bad[inverse]
            report(row_bad, "nationalities", self.nationalities,
                   lambda v: reason[int(np.flatnonzero(texts == str(v))[0])])
        over = ~bad[inverse] & (self.persons >= 0) & (counted[inverse] > self.persons)
        report(over, "nationalities", self.nationalities, "count more persons than the incident has")
        self.nationalities = canonical[inverse]
        if self.id is not None:
            # Canonical ids (36 lower-case characters) are checked with numpy; the rest
            # (upper case, braces, no hyphens, garbage) go through uuid.UUID one by one.
            for i in np.flatnonzero(~_canonical_uuids(self.id)):
                if len(errors) >= max_errors:
                    break
                value = self.id[i]
                try:
                    self.id[i] = str(uuid.UUID(str(value)))
                except ValueError:
                    errors.append(RowError(int(rows[i]), "id", value, "is not a UUID"))
            ids, counts = _repeated_ids(self.id)
            for dup in ids[counts > 1][:10]:
                first = np.flatnonzero(self.id.astype(str) == dup)
                errors.append(RowError(int(rows[first[1]]), "id", dup, f"repeats the id of row {int(rows[first[0]])}"))
        errors.sort(key=lambda e: e.row)
        return errors[:max_errors]

    # -- conversions ----------------------------------------------------------
    @classmethod
    def from_incidents(cls, incidents: list[Incident]) -> "IncidentBatch":
        return cls(
            occurred_at_ms=np.array([datetime_to_ms(i.occurred_at) for i in incidents], dtype=np.int64),
            country=np.array([COUNTRIES.index(i.country) for i in incidents], dtype=np.int8),
            type=np.array([TYPES.index(i.type) for i in incidents], dtype=np.int8),
            lon=np.array([i.lon for i in incidents], dtype=np.float64),
            lat=np.array([i.lat for i in incidents], dtype=np.float64),
            persons=np.array([i.persons for i in incidents], dtype=np.int32),
            nationalities=np.array([format_nationalities(i.nationalities) for i in incidents], dtype=object),
            description=np.array([i.description for i in incidents], dtype=object),
            source=np.array([i.source for i in incidents], dtype=object),
            status=np.array([STATUSES.index(i.status) for i in incidents], dtype=np.int8),
            id=np.array([str(i.id) for i in incidents], dtype=object),
        )

    def to_incidents(self) -> list[Incident]:
        """Full Incident objects (slow for big batches: for small ones and tests)."""
        ids = self.ensure_ids()
        return [
            Incident(
                id=ids[k], occurred_at=ms_to_datetime(self.occurred_at_ms[k]), country=COUNTRIES[self.country[k]],
                type=TYPES[self.type[k]], lon=float(self.lon[k]), lat=float(self.lat[k]), persons=int(self.persons[k]),
                nationalities=str(self.nationalities[k]), description=str(self.description[k]),
                source=str(self.source[k]), status=STATUSES[self.status[k]],
            )
            for k in range(len(self))
        ]


@functools.lru_cache(maxsize=1 << 14)
def _nationalities_check(text: str) -> tuple[str, int, str | None]:
    """A nationalities text as the model writes it, the persons it counts and None; or the text itself, 0 and why it
    is wrong. Cached: the same few texts come back in every chunk of a big file."""
    try:
        items = parse_nationalities(text)
    except ValidationError as exc:
        return text, 0, exc.reason
    return format_nationalities(items), sum(x.count or 0 for x in items), None


def _repeated_ids(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids.astype(str), return_counts=True)``, or (nothing, nothing) when no id is there twice: as
    nearly always, which a set of the str ids (none with a NUL, which a numpy text may lose) says ten times faster
    than the sort."""
    values = ids.tolist()
    try:
        clean = "\x00" not in "".join(values)
    except TypeError:  # not all str
        clean = False
    if clean and len(set(values)) == len(values):
        return np.zeros(0, dtype=str), np.zeros(0, dtype=np.int64)
    return np.unique(ids.astype(str), return_counts=True)


_HEX = np.zeros(128, dtype=bool)
_HEX[[ord(c) for c in "0123456789abcdef"]] = True


_HEX_BYTE = np.zeros(256, dtype=bool)
_HEX_BYTE[list(b"0123456789abcdef")] = True
_DASH = np.zeros(36, dtype=bool)
_DASH[[8, 13, 18, 23]] = True


def _canonical_uuids(ids: np.ndarray) -> np.ndarray:
    """True where an id is already in canonical form: 8-4-4-4-12 lower-case hex digits.

    Ids of 36 ASCII characters each (as nearly all are) are checked as one block of bytes, five times faster than
    ``_canonical_uuids_wide``, which takes any ids and gives the same answer (tests/unit/test_canonical_uuids)."""
    values = ids.tolist() if ids.dtype == object and len(ids) else None
    if values is not None:
        try:
            joined = "".join(values)
        except TypeError:  # not all str
            joined = None
        if joined is not None and joined.isascii() and set(map(len, values)) == {36}:
            codes = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(len(values), 36)
            return (codes[:, _DASH] == ord("-")).all(axis=1) & _HEX_BYTE[codes[:, ~_DASH]].all(axis=1)
    return _canonical_uuids_wide(ids)


def _canonical_uuids_wide(ids: np.ndarray) -> np.ndarray:
    """``_canonical_uuids`` of any ids (str or not, any length and characters)."""
    text = ids.astype("U37")  # one character more, so that longer ids are not cut to 36
    codes = text.view(np.uint32).reshape(len(text), 37)[:, :36]
    ok = np.char.str_len(text) == 36
    dashes = np.zeros(36, dtype=bool)
    dashes[[8, 13, 18, 23]] = True
    ok &= (codes[:, dashes] == ord("-")).all(axis=1)
    digits = codes[:, ~dashes]
    ok &= ((digits < 128) & _HEX[np.minimum(digits, 127)]).all(axis=1)
    return ok


def _iso(ms: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(ms.astype("datetime64[ms]"), unit="s").astype(object) + "Z"


def _plain(value):
    return value.item() if isinstance(value, np.generic) else value
