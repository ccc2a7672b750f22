"""Rows of the ``incidents`` table that another program made invalid, found in SQL before they reach the index.

Border Monitor writes only valid incidents; QGIS, the sqlite3 shell or a script may not (``uuid = 'abc'``, a NULL
uuid, ``persons = 'many'``, a country outside LT, LV and PL ...). Such rows are kept out of the columnar index
and so out of every query, count and export until they are fixed; ``find_invalid`` names each by fid and field
(``border-monitor check`` prints them, the window shows a banner). Every condition below is plain SQL, so the
check is one scan of the table (no Python per row), run before each rebuild of the index from the table
(about 1 s per 100,000 rows; an open from a current snapshot reads the list saved with it instead). The
rebuild then leaves the rows found out (and checks the uuid digits itself, in numpy).

Derived fields (border, sector, side, distance, in-zone) with an unknown text are not listed: they are refilled
from the position (``outside_edits``). Wrong types there are listed, since the index cannot hold them.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

import numpy as np

from ...domain.errors import ValidationError
from ...domain.incident import FUTURE_TOLERANCE
from ...domain.nationality import parse_nationalities
from ...domain.taxonomy import COUNTRIES, STATUSES, TYPES, TYPES_NEEDING_PERSONS
from .incident_rows import TABLE

VALUE_MAX = 200  # characters of a bad value quoted in a report


@dataclass(frozen=True)
class RowProblem:
    """One field of one stored row that is not valid."""

    fid: int
    field: str
    value: str
    reason: str

    def sentence(self) -> str:
        return f"row fid {self.fid}: {self.field} {self.value} {self.reason}"

    def to_json(self) -> dict:
        return {"fid": self.fid, "field": self.field, "value": self.value, "reason": self.reason}


def _in(column: str, values, fold: str) -> str:
    texts = ", ".join("'" + (v.value.upper() if fold == "upper" else v.value.lower()) + "'" for v in values)
    return f"({column} IS NULL OR typeof({column}) != 'text' OR {fold}({column}) NOT IN ({texts}))"


def _time(column: str) -> str:
    # julianday() refuses what is not a date; the rest asks for a full date and time with a zone (cheap substr
    # tests: this runs on every row at each index rebuild).
    return (f"(typeof({column}) != 'text' OR julianday({column}) IS NULL OR substr({column}, 5, 1) != '-' "
            f"OR substr({column}, 11, 1) NOT IN ('T', ' ') "
            f"OR NOT (substr({column}, -1) = 'Z' OR substr({column}, -6, 1) IN ('+', '-')))")


def _flag(column: str, allow_null: bool) -> str:
    test = f"(typeof({column}) != 'integer' OR {column} NOT IN (0, 1))"
    return f"({column} IS NOT NULL AND {test})" if allow_null else test


_NEEDING = ", ".join(f"'{t.value.lower()}'" for t in TYPES_NEEDING_PERSONS)
_FUTURE_DAYS = FUTURE_TOLERANCE.total_seconds() / 86400.0
# The shape (36 characters, dashes in place) in SQL; the digits (lower-case hex) are checked in numpy by the
# index rebuild (``uuid_digits_ok``) and in SQL by ``find_invalid(full=True)``: a GLOB per row costs as much as
# the whole rebuild.
_UUID_SHAPE = "(typeof(uuid) != 'text' OR uuid NOT LIKE '________-____-____-____-____________')"
UUID_DIGITS_SQL = "uuid GLOB '*[^0-9a-f-]*'"
UUID_REASON = "is not a UUID in canonical form (8-4-4-4-12 lower-case hex digits)"

# (field, condition that is true for a bad value, what is wrong). The first that holds for a field is reported.
CHECKS: list[tuple[str, str, str]] = [
    ("uuid", "uuid IS NULL", "is empty (every incident needs an id)"),
    ("uuid", _UUID_SHAPE, UUID_REASON),
    ("geom", "geom IS NULL", "is empty (the incident has no position)"),
    ("geom", "(typeof(geom) != 'blob' OR length(geom) < 8 OR substr(geom, 1, 2) != X'4750')",
     "is not a GeoPackage geometry"),
    ("occurred_at", _time("occurred_at"), "is not an ISO 8601 date and time with a time zone"),
    ("occurred_at", "julianday(occurred_at) < julianday('2000-01-01')", "is before 2000"),
    ("occurred_at", f"julianday(occurred_at) > julianday('now') + {_FUTURE_DAYS!r}", "is in the future"),
    ("country", _in("country", COUNTRIES, "upper"), "is not LT, LV or PL"),
    ("type", _in("type", TYPES, "lower"), "is not an incident type (" + ", ".join(t.value for t in TYPES) + ")"),
    ("status", _in("status", STATUSES, "lower"), "is not a status (" + ", ".join(s.value for s in STATUSES) + ")"),
    ("persons", "(typeof(persons) != 'integer')", "is not a whole number"),
    ("persons", "persons < 0", "is negative"),
    ("persons", f"(persons = 0 AND lower(type) IN ({_NEEDING}))", "must be at least 1 for this type"),
    ("nationalities", "typeof(nationalities) != 'text'", "is not a text"),
    ("description", "typeof(description) != 'text'", "is not a text"),
    ("source", "typeof(source) != 'text'", "is not a text"),
    ("revision", "(typeof(revision) != 'integer' OR revision < 0)", "is not a whole number >= 0"),
    ("deleted", _flag("deleted", allow_null=False), "is not 0 or 1"),
    ("in_zone", _flag("in_zone", allow_null=True), "is not 0, 1 or empty"),
    ("distance_to_border_m", "(distance_to_border_m IS NOT NULL AND typeof(distance_to_border_m) "
     "NOT IN ('real', 'integer'))", "is not a number"),
    ("created_at", f"(created_at IS NOT NULL AND {_time('created_at')})", "is not an ISO 8601 date and time"),
    ("updated_at", f"(updated_at IS NOT NULL AND {_time('updated_at')})", "is not an ISO 8601 date and time"),
]

def find_invalid(conn: sqlite3.Connection, full: bool = True, fids=None) -> list[RowProblem]:
    """Every invalid field of every row, by fid (one problem per field), fid order. Without ``full`` the uuid
    digits are not checked (the index rebuild does that in numpy, ``uuid_digits_ok``). ``fids``: only those rows
    (the ones another program just wrote), not the whole table."""
    checks = CHECKS + [("uuid", UUID_DIGITS_SQL, UUID_REASON)] if full else CHECKS
    bad_row = "(" + " OR ".join(f"coalesce({cond}, 1)" for _, cond, _ in checks) + ")"
    flags = ", ".join(f"coalesce({cond}, 1)" for _, cond, _ in checks)
    fields = list(dict.fromkeys(field for field, _, _ in checks))
    quoted = ", ".join(f"quote({f})" if f != "geom" else "CASE WHEN geom IS NULL THEN 'NULL' ELSE "
                       "'(' || typeof(geom) || ', ' || length(geom) || ' bytes)' END" for f in fields)
    sql = f"SELECT fid, {flags}, {quoted} FROM {TABLE} WHERE {bad_row}"
    params: tuple = ()
    if fids is not None:
        sql += " AND fid IN (SELECT value FROM json_each(?))"
        params = (json.dumps([int(f) for f in fids]),)
    problems: list[RowProblem] = []
    n = len(checks)
    for row in conn.execute(sql + " ORDER BY fid", params):
        fid, hits, values = row[0], row[1:1 + n], dict(zip(fields, row[1 + n:]))
        seen = set()
        for (field, _cond, reason), hit in zip(checks, hits):
            if hit and field not in seen:
                seen.add(field)
                problems.append(RowProblem(int(fid), field, shorten(str(values[field])), reason))
    problems.extend(_bad_nationalities(conn, fids))
    problems.sort(key=lambda p: (p.fid, p.field))
    return problems


def uuid_digits_ok(uuids: np.ndarray) -> np.ndarray:
    """Per uuid of an S36 array whose shape SQL checked: True where every non-dash character is 0-9 or a-f."""
    if len(uuids) == 0:
        return np.ones(0, dtype=bool)
    chars = uuids.astype("S36").view(np.uint8).reshape(-1, 36)
    digits = np.delete(chars, [8, 13, 18, 23], axis=1)
    ok = ((digits >= ord("0")) & (digits <= ord("9"))) | ((digits >= ord("a")) & (digits <= ord("f")))
    return ok.all(axis=1)


def uuid_problems(conn: sqlite3.Connection, fids: list[int]) -> list[RowProblem]:
    """The problems of rows left out for their uuid digits (``uuid_digits_ok``)."""
    out = []
    for start in range(0, len(fids), 500):
        part = fids[start:start + 500]
        for fid, value in conn.execute(f"SELECT fid, quote(uuid) FROM {TABLE} WHERE fid IN "
                                       f"({', '.join('?' * len(part))})", part):
            out.append(RowProblem(int(fid), "uuid", shorten(str(value)), UUID_REASON))
    return out


def bad_nationality_texts(conn: sqlite3.Connection, fids=None) -> list[str]:
    """Distinct nationality texts of the table (or of the rows ``fids``) that do not parse (each checked once)."""
    bad = []
    sql = f"SELECT DISTINCT nationalities FROM {TABLE} WHERE typeof(nationalities) = 'text'"
    params: tuple = ()
    if fids is not None:
        sql += " AND fid IN (SELECT value FROM json_each(?))"
        params = (json.dumps([int(f) for f in fids]),)
    for (text,) in conn.execute(sql, params):
        try:
            parse_nationalities(text)
        except (ValidationError, ValueError, OverflowError):
            bad.append(text)
    return bad


def _bad_nationalities(conn: sqlite3.Connection, fids=None) -> list[RowProblem]:
    bad = bad_nationality_texts(conn, fids)
    out = []
    only = "" if fids is None else " AND fid IN (SELECT value FROM json_each(?))"
    extra = () if fids is None else (json.dumps([int(f) for f in fids]),)
    for start in range(0, len(bad), 500):
        part = bad[start:start + 500]
        for fid, text in conn.execute(f"SELECT fid, nationalities FROM {TABLE} WHERE nationalities IN "
                                      f"({', '.join('?' * len(part))}){only} ORDER BY fid", (*part, *extra)):
            out.append(RowProblem(int(fid), "nationalities", shorten(repr(text)),
                                  "is not a list of nationality codes (e.g. IRQ:12,SYR:3)"))
    return out


def shorten(text: str) -> str:
    return text if len(text) <= VALUE_MAX else text[:VALUE_MAX] + f"... ({len(text):,} characters)"


def summary(problems: list[RowProblem]) -> str:
    """'3 rows (fid 4, 17, 90)' for a banner or a log line."""
    fids = sorted({p.fid for p in problems})
    shown = ", ".join(str(f) for f in fids[:5]) + (", ..." if len(fids) > 5 else "")
    return f"{len(fids):,} row{'s' if len(fids) != 1 else ''} (fid {shown})"
