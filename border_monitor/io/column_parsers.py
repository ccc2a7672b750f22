"""Vectorised parsers for text columns: numbers, vocabularies and ISO 8601 times.

Each parser takes a column (numpy array of str/object, or a numeric array from GDAL) and
returns the values plus ``{position: message}`` for the values it cannot read. The happy path
is one numpy cast; only when it fails do we look value by value to name the bad ones.
"""
from __future__ import annotations

import math
import warnings
from typing import Callable

import numpy as np

Errors = dict[int, str]

_ZERO, _NINE = ord("0"), ord("9")
_PLUS, _MINUS, _COLON, _DOT = ord("+"), ord("-"), ord(":"), ord(".")
MAX_TIME_TEXT = 64
_DATE_CHARS = np.zeros(128, dtype=bool)
_DATE_CHARS[[0, *b"0123456789-:T. ,"]] = True


def as_text(column) -> np.ndarray:
    """A numpy unicode array, stripped; None and NaN become ""."""
    arr = np.asarray(column)
    if arr.dtype.kind == "U":
        return np.strings.strip(arr)
    if arr.dtype.kind == "S":
        return np.strings.strip(np.strings.decode(arr, "utf-8"))
    if arr.dtype.kind == "O":
        if not len(arr):
            return np.zeros(0, dtype="U1")
        return np.strings.strip(as_object_text(arr).astype(str))
    if arr.dtype.kind == "f":
        text = arr.astype(str)
        text[np.isnan(arr)] = ""
        return text
    return arr.astype(str)


def as_object_text(column) -> np.ndarray:
    """An object array of str, for free-text columns: None and NaN (GDAL's nulls) become ""."""
    arr = np.asarray(column, dtype=object)
    if arr.size:
        missing = np.equal(arr, None) | np.not_equal(arr, arr)  # NaN != NaN
        if missing.any():
            arr = arr.copy()
            arr[missing] = ""
    return arr


# -- numbers ---------------------------------------------------------------------

def parse_floats(column, decimal_comma: bool = False) -> tuple[np.ndarray, Errors]:
    """Numbers; ``decimal_comma`` reads "54,6872" as 54.6872. "nan" stays NaN for validation to name."""
    arr = np.asarray(column)
    if arr.dtype.kind in "iu":
        return arr.astype(np.float64), {}
    if arr.dtype.kind == "f":  # from GDAL: NaN is a null field
        return arr.astype(np.float64), {int(i): "is empty" for i in np.flatnonzero(np.isnan(arr))}
    text = as_text(arr)
    if decimal_comma and len(text):  # numpy's replace fails on an empty array
        text = np.strings.replace(text, ",", ".")
    fast = decimal_floats(text) if len(text) >= FAST_FLOATS else None
    if fast is not None:
        return fast, {}
    try:
        return text.astype(np.float64), {}
    except ValueError:
        pass
    values = np.full(len(text), np.nan)
    errors: Errors = {}
    for i, item in enumerate(text.tolist()):
        if not item:
            errors[i] = "is empty"
            continue
        try:
            values[i] = float(item)
        except ValueError:
            errors[i] = "is not a number"
    return values, errors


# Columns at least this long are tried with ``decimal_floats`` (below, numpy's cast is as quick, and pyarrow need
# not be imported).
FAST_FLOATS = 4096
_DIGIT, _POINT, _SIGN = 1, 2, 3
_DECIMAL_CLASS = np.full(256, 4, dtype=np.uint8)  # 4: a byte no decimal has
_DECIMAL_CLASS[0] = 0  # the padding after a text
_DECIMAL_CLASS[list(b"0123456789")] = _DIGIT
_DECIMAL_CLASS[ord(".")], _DECIMAL_CLASS[ord("-")] = _POINT, _SIGN


def decimal_floats(text: np.ndarray) -> np.ndarray | None:
    """``text.astype(np.float64)`` of a unicode column whose every value is a plain decimal (``-12.345``, ``7``:
    ASCII digits with at most one point between digits and a leading minus), cast by pyarrow (fast_float) from the
    same characters, three times faster than numpy; None when any value is another form (numpy reads it, and names
    what is wrong). Both casts round correctly, so the numbers are the same to the bit (tests/unit/test_io_csv_arrow)."""
    n, width = len(text), text.dtype.itemsize // 4
    if text.dtype.kind != "U" or n == 0 or width == 0 or width > 40:
        return None
    codes = np.ascontiguousarray(text).view(np.uint32).reshape(n, width)
    if codes.max() >= 128:
        return None
    ascii_bytes = codes.astype(np.uint8)
    kind = _DECIMAL_CLASS[ascii_bytes]
    lengths = np.count_nonzero(kind, axis=1)
    filled = np.arange(width) < lengths[:, None]
    if not np.array_equal(kind != 0, filled) or (kind == 4).any() or (kind[:, 1:] == _SIGN).any():
        return None  # a NUL inside a text, a byte that is no digit, point or leading minus, or a minus inside
    points = np.count_nonzero(kind == _POINT, axis=1)
    signed = (kind[:, 0] == _SIGN).astype(np.int64)
    if (points > 1).any() or (lengths <= signed).any():
        return None  # two points, an empty value, a minus alone
    if points.any():
        at = np.argmax(kind == _POINT, axis=1)
        with_point = points == 1
        if ((at <= signed) | (at >= lengths - 1))[with_point].any():
            return None  # a point without a digit before or after it
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    strings = pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(ascii_bytes[filled]))
    return pc.cast(strings, pa.float64()).to_numpy(zero_copy_only=False, writable=True)  # callers write stand-ins


def parse_whole_numbers(column, decimal_comma: bool = False, default: int = 0,
                        maximum: int = 2**31 - 1) -> tuple[np.ndarray, Errors]:
    """Whole numbers; empty -> ``default``; "3.0" is 3, "3.5" an error (sign is left to validation)."""
    arr = np.asarray(column)
    if arr.dtype.kind in "iu":
        return arr.astype(np.int64), {}
    errors: Errors = {}
    if arr.dtype.kind == "f":
        values = np.where(np.isnan(arr), default, arr)
    else:
        text = as_text(arr)
        text = np.where(text == "", str(default), text)
        values, bad = parse_floats(text, decimal_comma)
        errors = {i: "is not a whole number" for i in bad}
        values[list(bad)] = default
    with np.errstate(invalid="ignore"):
        fractional = ~np.isfinite(values) | (values != np.floor(values)) | (np.abs(values) > maximum)
    for i in np.flatnonzero(fractional):
        errors.setdefault(int(i), "is not a whole number")
    return np.where(fractional, default, values).astype(np.int64), errors


# -- vocabularies -----------------------------------------------------------------

def parse_codes(column, lookup: Callable[[str], int | None], empty_code: int | None,
                unknown_message: str) -> tuple[np.ndarray, Errors]:
    """Map each distinct text once through ``lookup`` (text -> code or None).

    ``empty_code``: the code of an empty value, or None when an empty value is an error.
    """
    values = np.asarray(column, dtype=object)
    n = len(values)
    table: dict[object, int] = {}
    for value in set(values):
        text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()
        if not text:
            table[value] = -2 if empty_code is None else empty_code
        else:
            code = lookup(text)
            table[value] = -1 if code is None else code
    codes = np.fromiter(map(table.__getitem__, values), dtype=np.int16, count=n)
    errors: Errors = {}
    for i in np.flatnonzero(codes < 0):
        errors[int(i)] = "is empty" if codes[i] == -2 else unknown_message
    return codes.astype(np.int8), errors


def vocabulary_lookup(members, aliases: dict[str, str] | None = None) -> Callable[[str], int | None]:
    """Text -> index in ``members`` by value or name, ignoring case, spaces and hyphens."""
    table: dict[str, int] = {}
    for k, member in enumerate(members):
        for key in (member.value, member.name):
            table[_key(key)] = k
    for alias, value in (aliases or {}).items():
        table[_key(alias)] = table[_key(value)]

    def lookup(text: str) -> int | None:
        return table.get(_key(text))

    return lookup


def _key(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


# -- times -----------------------------------------------------------------------

def parse_times(column) -> tuple[np.ndarray, np.ndarray, Errors]:
    """ISO 8601 texts -> (epoch ms, naive mask, errors).

    Accepts ``2021-08-01T12:00:00.123Z``, ``...+03:00``, ``...+0300``, ``...+03``, a space for
    the ``T``, reduced precision (``2021-08-01 12:00``, ``2021-08-01``), the dotted forms Baltic
    and Polish spreadsheets write (``01.08.2021 12:00``, ``2021.08.01 12:00``) and an hour of one
    digit after a date (``01.08.2021 9:05``). Times with an
    offset are converted to UTC here; ``naive`` marks those without one, in local time still.
    """
    arr = np.asarray(column)
    n = len(arr)
    if arr.dtype.kind == "M":
        ms = arr.astype("datetime64[ms]")
        errors = {int(i): "is empty" for i in np.flatnonzero(np.isnat(ms))}
        return ms.astype(np.int64), np.ones(n, dtype=bool), errors
    text = as_text(arr)
    errors: Errors = {}
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool), errors
    fast = _canonical_times(text)
    return fast if fast is not None else _general_times(text)


def _general_times(text: np.ndarray) -> tuple[np.ndarray, np.ndarray, Errors]:
    """``parse_times`` of a stripped unicode column of any of the accepted forms, naming each bad value."""
    n = len(text)
    errors: Errors = {}
    lengths = np.strings.str_len(text)
    too_long = lengths > MAX_TIME_TEXT
    for i in np.flatnonzero(too_long):
        errors[int(i)] = "is not an ISO 8601 date and time"
    width = int(min(max(lengths.max(), 10), MAX_TIME_TEXT)) + 2  # room for an hour's leading zero
    codes = np.ascontiguousarray(text.astype(f"U{width}")).view(np.uint32).reshape(n, width).copy()
    lengths = np.minimum(lengths, width - 1).astype(np.int64)
    codes[too_long] = 0
    lengths[too_long] = 0
    rows = np.arange(n)

    def at(pos: np.ndarray) -> np.ndarray:
        return codes[rows, np.clip(pos, 0, width - 1)]

    # 01.08.2021[ 12:00] -> 2021-08-01[ 12:00]
    dotted = (lengths >= 10) & (codes[:, 2] == _DOT) & (codes[:, 5] == _DOT)
    if dotted.any():
        sub = codes[dotted]
        day, month, year = sub[:, 0:2].copy(), sub[:, 3:5].copy(), sub[:, 6:10].copy()
        sub[:, 0:4], sub[:, 5:7], sub[:, 8:10] = year, month, day
        sub[:, 4] = sub[:, 7] = _MINUS
        codes[dotted] = sub
    # 2021.08.01[ 12:00] -> 2021-08-01[ 12:00]
    year_dotted = (lengths >= 10) & (codes[:, 4] == _DOT) & (codes[:, 7] == _DOT)
    codes[year_dotted, 4] = _MINUS
    codes[year_dotted, 7] = _MINUS
    # 2021-08-01 9:05 -> 2021-08-01 09:05
    short_hour = (lengths >= 14) & np.isin(codes[:, 10], (ord(" "), ord("T"))) & (codes[:, 12] == _COLON) \
        if width > 14 else np.zeros(n, dtype=bool)
    if short_hour.any():
        codes[short_hour, 12:] = codes[short_hour, 11:-1]
        codes[short_hour, 11] = _ZERO
        lengths = np.where(short_hour, lengths + 1, lengths)
    codes[(lengths > 10) & (codes[:, 10] == ord(" ")), 10] = ord("T")

    last = at(lengths - 1)
    zulu = (lengths > 10) & ((last == ord("Z")) | (last == ord("z")))
    sign6, sign5, sign3 = at(lengths - 6), at(lengths - 5), at(lengths - 3)

    def is_sign(c):
        return (c == _PLUS) | (c == _MINUS)

    colon_form = ~zulu & (lengths - 6 > 10) & is_sign(sign6) & (at(lengths - 3) == _COLON)
    compact_form = ~zulu & ~colon_form & (lengths - 5 > 10) & is_sign(sign5)
    hour_form = ~zulu & ~colon_form & ~compact_form & (lengths - 3 > 10) & is_sign(sign3)

    def digits(pos):
        return at(pos).astype(np.int64) - _ZERO

    hours = np.zeros(n, dtype=np.int64)
    minutes = np.zeros(n, dtype=np.int64)
    signs = np.ones(n, dtype=np.int64)
    ok_digits = np.ones(n, dtype=bool)
    for form, sign_at, hour_at, minute_at in (
        (colon_form, 6, (5, 4), (2, 1)),
        (compact_form, 5, (4, 3), (2, 1)),
        (hour_form, 3, (2, 1), None),
    ):
        if not form.any():
            continue
        positions = [hour_at[0], hour_at[1]] + ([] if minute_at is None else [minute_at[0], minute_at[1]])
        d = {p: digits(lengths - p) for p in positions}
        good = np.all([(d[p] >= 0) & (d[p] <= 9) for p in positions], axis=0)
        ok_digits &= ~form | good
        hours = np.where(form, d[hour_at[0]] * 10 + d[hour_at[1]], hours)
        if minute_at is not None:
            minutes = np.where(form, d[minute_at[0]] * 10 + d[minute_at[1]], minutes)
        signs = np.where(form, np.where(at(lengths - sign_at) == _MINUS, -1, 1), signs)
    has_offset = colon_form | compact_form | hour_form
    bad_offset = has_offset & (~ok_digits | (hours > 18) | (minutes > 59))
    for i in np.flatnonzero(bad_offset):
        errors.setdefault(int(i), "has a UTC offset that is not +HH:MM")
    cut = lengths.copy()
    cut[zulu] -= 1
    cut[colon_form] -= 6
    cut[compact_form] -= 5
    cut[hour_form] -= 3
    codes[np.arange(width)[None, :] >= cut[:, None]] = 0
    starts_with_digit = (codes[:, 0] >= _ZERO) & (codes[:, 0] <= _NINE)
    # What is left after the zone is cut must be digits and separators only: numpy would read a
    # second "Z" (2021-08-01T10:00:00ZZ) as a zone, or "today" and "now" as times.
    stray = (~_DATE_CHARS[np.minimum(codes, 127)] | (codes > 127)).any(axis=1)
    codes[~starts_with_digit | stray] = 0
    local = codes.view(f"U{width}").reshape(n)
    with warnings.catch_warnings():
        # A sign left after the time (2021-08-01T12:00:00.123-, ...T12:00-05:00:00) is read by numpy as a zone, with a
        # UserWarning on stderr, before it refuses the value; the value is refused here in a sentence either way.
        warnings.filterwarnings("ignore", "no explicit representation of timezones", UserWarning)
        try:
            stamps = local.astype("datetime64[ms]")
        except ValueError:
            stamps = np.empty(n, dtype="datetime64[ms]")
            for i, item in enumerate(local.tolist()):
                try:
                    stamps[i] = np.datetime64(item, "ms")
                except ValueError:
                    stamps[i] = np.datetime64("NaT")
    nat = np.isnat(stamps)
    for i in np.flatnonzero(nat):
        errors.setdefault(int(i), "is empty" if lengths[i] == 0 else "is not an ISO 8601 date and time")
    ms = stamps.astype(np.int64)
    ms[nat] = 0
    offset_ms = signs * (hours * 60 + minutes) * 60_000
    ms = np.where(has_offset & ~bad_offset, ms - offset_ms, ms)
    naive = ~(zulu | has_offset)
    return ms, naive, errors


# The form our own export writes (``2021-08-01T12:00:00.123Z``): what each of its 24 characters must be.
_CANONICAL_TIME = "dddd-dd-ddTdd:dd:dd.dddZ"
_CANONICAL_DIGITS = np.array([c == "d" for c in _CANONICAL_TIME])
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
_CANONICAL_MARKS = np.array([0 if c == "d" else ord(c) for c in _CANONICAL_TIME], dtype=np.uint32)


def _canonical_times(text: np.ndarray) -> tuple[np.ndarray, np.ndarray, Errors] | None:
    """``parse_times`` of a stripped column whose every value is empty or in our export's form, in a few numpy
    passes; None when any value is in another form (the general parse reads it, and names what is wrong).

    For these values the general parse cuts the ``Z`` and has numpy read the 23 characters before it; here the
    fields are read as numbers and counted into days of the same (proleptic Gregorian) calendar, and any date or
    time out of range sends the column to the general parse. An empty value is "is empty", naive and 0, as there.
    Hand-written because it pays: numpy's own text-to-datetime64 reading was most of the general parse, and this
    takes 0.076 s where that took 0.284 s for a 300k-row column (imported CSVs are mostly our own export)."""
    width = text.dtype.itemsize // 4
    if text.dtype.kind != "U" or width == 0:
        return None
    n = len(text)
    codes = np.ascontiguousarray(text).view(np.uint32).reshape(n, width)
    empty = ~codes.any(axis=1)
    if empty.all():
        return np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool), dict.fromkeys(range(n), "is empty")
    if width != 24:
        return None
    filled = codes[~empty] if empty.any() else codes
    digits = filled[:, _CANONICAL_DIGITS]
    if not ((filled[:, ~_CANONICAL_DIGITS] == _CANONICAL_MARKS[~_CANONICAL_DIGITS]).all()
            and ((digits >= _ZERO) & (digits <= _NINE)).all()):
        return None
    d = np.ascontiguousarray(filled.T).astype(np.int64) - _ZERO  # one row per character: each a contiguous run

    def number(*at):
        value = d[at[0]]
        for k in at[1:]:
            value = value * 10 + d[k]
        return value

    year, month, day = number(0, 1, 2, 3), number(5, 6), number(8, 9)
    hour, minute, second, milli = number(11, 12), number(14, 15), number(17, 18), number(20, 21, 22)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _MONTH_DAYS[np.clip(month, 0, 12)] + ((month == 2) & leap)
    if not ((year >= 1) & (month >= 1) & (month <= 12) & (day >= 1) & (day <= month_days)
            & (hour <= 23) & (minute <= 59) & (second <= 59)).all():
        return None  # out of range (or a leap second, year 0): the general parse decides
    # days since 1970-01-01 in the proleptic Gregorian calendar, as numpy counts them (H. Hinnant's days_from_civil)
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    days = era * 146_097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719_468
    ms = np.zeros(n, dtype=np.int64)
    ms[~empty] = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli
    return ms, empty.copy(), {int(i): "is empty" for i in np.flatnonzero(empty)}
