"""GeoJSON is scanned before GDAL sees it: UTF-8, nesting depth, property count, string length.

GDAL reads a GeoJSON file whole and builds a field for every distinct property name, which
costs time quadratic in their number (100,000 properties: minutes); Python's json module
recurses once per level (a file nested 1,000 deep raises RecursionError). So one streaming pass
over the bytes, with regular expressions and numpy (no per-character Python), checks the file
against ``ReadLimits`` first and refuses it with a sentence naming the line.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import numpy as np

from .errors import UnreadableFileError
from .read_limits import ReadLimits, over_limit

BLOCK = 1 << 22
# A key follows "{" or ",": anchoring there keeps the search linear (a pattern free to start at
# any quote rescans a long text of escaped quotes once per quote). Plain keys are found by the
# fast first pattern, keys with escapes by the second.
_KEY = re.compile(rb'[{,]\s*"([^"\\]*)"\s*:')
_ESCAPED_KEY = re.compile(rb'[{,]\s*"([^"\\]*\\(?:[^"\\]|\\.)*)"\s*:', re.DOTALL)
_STEP = np.zeros(256, dtype=np.int8)
_STEP[[ord("{"), ord("[")]] = 1
_STEP[[ord("}"), ord("]")]] = -1
_QUOTE, _BACKSLASH = ord('"'), ord("\\")
# Keys of GeoJSON itself, besides the properties (which GDAL turns into fields).
_STRUCTURE_KEYS = frozenset({b"type", b"features", b"geometry", b"properties", b"coordinates", b"crs", b"name",
                             b"id", b"bbox", b"geometries", b"href"})


def check_json_file(path: str | Path, limits: ReadLimits) -> None:
    """Refuse a file that is not UTF-8, nested deeper, wider or with longer texts than ``limits``."""
    path = Path(path)
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    depth = 0
    keys: set[bytes] = set()
    line = 1  # the line ``data`` starts on
    carry = b""
    offset = 0
    with open(path, "rb") as stream:
        while True:
            block = stream.read(BLOCK)
            final = not block
            try:
                decoder.decode(block, final)
            except UnicodeDecodeError as exc:
                at = max(0, exc.start)
                bad_line = line + carry.count(b"\n") + block[:at].count(b"\n")
                raise UnreadableFileError(
                    path, f"is not UTF-8 text: byte 0x{block[at:at + 1].hex().upper() or '??'} at byte "
                          f"{offset + at} (line {bad_line}) cannot be decoded; GeoJSON is UTF-8 (save it as UTF-8)") \
                    from None
            data = carry + block
            codes = np.frombuffer(data, dtype=np.uint8)
            quotes = _delimiters(codes)
            if len(quotes) % 2 and not final:  # the block ends inside a string: carry it over
                cut = int(quotes[-1])
                if len(data) - cut > limits.max_field_bytes:
                    raise _long_string(path, line + data[:cut].count(b"\n"), limits)
                data, carry, codes, quotes = data[:cut], data[cut:], codes[:cut], quotes[:-1]
            else:
                carry = b""
            if len(quotes) >= 2:
                lengths = quotes[1::2][: len(quotes) // 2] - quotes[0::2][: len(quotes) // 2]
                if int(lengths.max()) - 1 > limits.max_field_bytes:
                    start = int(quotes[0::2][int(np.argmax(lengths))])
                    raise _long_string(path, line + data[:start].count(b"\n"), limits)
            brackets = np.flatnonzero(_STEP[codes])
            # A bracket is inside a string when an odd number of delimiters comes before it.
            brackets = brackets[np.searchsorted(quotes, brackets) % 2 == 0]
            if len(brackets):
                levels = depth + np.cumsum(_STEP[codes[brackets]], dtype=np.int64)
                if int(levels.max()) > limits.max_depth:
                    where = int(brackets[int(np.argmax(levels > limits.max_depth))])
                    deep_line = line + data[:where].count(b"\n")
                    raise over_limit(path, f"its arrays and objects are nested more than {limits.max_depth} deep "
                                           f"(line {deep_line})", "max_depth", limits.max_depth)
                depth = int(levels[-1])
            if len(keys) <= limits.max_fields + len(_STRUCTURE_KEYS):
                keys.update(_KEY.findall(data))
                if b"\\" in data:
                    keys.update(_ESCAPED_KEY.findall(data))
                if len(keys - _STRUCTURE_KEYS) > limits.max_fields:
                    raise over_limit(path, f"its features have more than {limits.max_fields:,} distinct properties",
                                     "max_fields", limits.max_fields)
            line += data.count(b"\n")
            offset += len(block)
            if final:
                return


def _delimiters(codes: np.ndarray) -> np.ndarray:
    """Positions of the quotes that open or close strings (not those escaped by a backslash)."""
    quotes = np.flatnonzero(codes == _QUOTE)
    if len(quotes) == 0:
        return quotes
    after_backslash = quotes[(quotes > 0) & (codes[np.maximum(quotes - 1, 0)] == _BACKSLASH)]
    if len(after_backslash) == 0:
        return quotes
    escaped = []
    for q in after_backslash.tolist():  # rare: count the run of backslashes before the quote
        k = q - 1
        while k >= 0 and codes[k] == _BACKSLASH:
            k -= 1
        if (q - 1 - k) % 2:
            escaped.append(q)
    return np.setdiff1d(quotes, np.array(escaped, dtype=quotes.dtype), assume_unique=True) if escaped else quotes


def _long_string(path: Path, line: int, limits: ReadLimits) -> UnreadableFileError:
    return over_limit(path, f"a text on line {line} is longer than {limits.max_field_bytes:,} bytes", "max_field_bytes",
                      f"{limits.max_field_bytes:,}")
