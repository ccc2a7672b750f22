"""A vectorised CSV tokenizer: field boundaries of a whole file found with numpy.

Separators, quotes and newlines are ASCII, the same bytes in UTF-8, cp1257 and cp1250, so
the raw bytes are split without decoding. A separator or newline is a boundary when an even
number of quotes precedes it. Fields then become numpy arrays by gathering their bytes into
a fixed-width matrix (short fields) or by one slice-and-decode per value (long free text).

Only regular files take this path: every quote must open or close a quoted field or be
doubled inside one. Anything else (a stray quote, an unclosed quote at the end of a truncated
file, old Mac line ends) returns None and the caller uses Python's csv module, whose errors
name the line.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_QUOTE, _NL, _CR = 34, 10, 13
MATRIX_WIDTH = 64  # fields up to this many bytes are gathered into a matrix


@dataclass
class Tokens:
    data: bytes
    encoding: str
    header: list[str]
    starts: np.ndarray  # (n, width) content start of each field (after an opening quote)
    ends: np.ndarray  # (n, width) content end (before a closing quote / CR)
    escaped: np.ndarray  # (n, width) bool: quoted content with doubled quotes to undo
    lines: np.ndarray  # (n,) line on which each record starts (1 = header)
    shape_errors: list[tuple[int, int, str]]  # (line, fields, text) of records with a wrong field count
    truncated_last: tuple[int, int] | None  # (line, fields) of a short last record with no line end
    _padded: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.lines)

    def text(self, k: int) -> np.ndarray:
        """Column k as a numpy unicode array (for parsing)."""
        s, e = self.starts[:, k], self.ends[:, k]
        width = int((e - s).max()) if len(s) else 0
        if width <= MATRIX_WIDTH:
            matrix = self._matrix(s, e, max(width, 1))
            if not len(matrix) or matrix.max() < 128:
                out = matrix.astype(np.uint32).view(f"U{max(width, 1)}").reshape(len(s))
            else:
                out = np.array([b.decode(self.encoding) for b in matrix.view(f"S{width}").reshape(len(s)).tolist()])
        else:
            out = np.array(self._decode_each(s, e))
        return self._unescape(out, k)

    def objects(self, k: int) -> np.ndarray:
        """Column k as an object array of str (free text)."""
        s, e = self.starts[:, k], self.ends[:, k]
        width = int((e - s).max()) if len(s) else 0
        if width <= MATRIX_WIDTH:
            matrix = self._matrix(s, e, max(width, 1))
            if not len(matrix) or matrix.max() < 128:
                out = matrix.astype(np.uint32).view(f"U{max(width, 1)}").reshape(len(s)).astype(object)
                return self._unescape(out, k)
        return self._unescape(np.array(self._decode_each(s, e), dtype=object), k)

    def _matrix(self, s: np.ndarray, e: np.ndarray, width: int) -> np.ndarray:
        """The bytes of each field, left-aligned in a zero-padded (n, width) matrix."""
        if self._padded is None:
            self._padded = np.frombuffer(self.data + bytes(MATRIX_WIDTH + 1), dtype=np.uint8)
        buf = self._padded
        windows = np.lib.stride_tricks.as_strided(buf, shape=(len(buf) - width + 1, width), strides=(1, 1))
        matrix = windows[s]
        matrix[np.arange(width)[None, :] >= (e - s)[:, None]] = 0
        return matrix

    def _decode_each(self, s: np.ndarray, e: np.ndarray) -> list[str]:
        data, encoding = self.data, self.encoding
        return [data[a:b].decode(encoding) for a, b in zip(s.tolist(), e.tolist())]

    def _unescape(self, values: np.ndarray, k: int) -> np.ndarray:
        rows = np.flatnonzero(self.escaped[:, k])
        if len(rows):
            if values.dtype.kind == "U":
                values = values.astype(object)
            for i in rows:
                values[i] = str(values[i]).replace('""', '"')
        return values


def tokenize(data: bytes, encoding: str, separator: str, start: int = 0) -> Tokens | None:
    """Split ``data[start:]`` into records and fields, or None when the file is not regular."""
    buf = np.frombuffer(data, dtype=np.uint8)
    end = len(buf)
    sep = ord(separator)
    quote_pos = np.flatnonzero(buf == _QUOTE)
    quote_pos = quote_pos[quote_pos >= start]
    is_boundary = buf == _NL
    newline_pos = np.flatnonzero(is_boundary)
    if not len(newline_pos) and _CR in buf:
        return None  # old Mac line ends
    is_boundary |= buf == sep
    candidates = np.flatnonzero(is_boundary)
    del is_boundary
    candidates = candidates[candidates >= start]
    if len(quote_pos):
        if len(quote_pos) % 2:
            return None  # an unclosed quote: truncated, or a stray quote
        # Quotes pair up into quoted stretches (a doubled quote closes one and opens the next);
        # candidates inside a stretch are text. Stretch j holds candidates first_inside[j]:first_after[j]
        # (disjoint ranges, in order); only those few are gathered and dropped.
        first_inside = np.searchsorted(candidates, quote_pos[0::2], side="right")
        first_after = np.searchsorted(candidates, quote_pos[1::2], side="left")
        inside_counts = np.maximum(first_after - first_inside, 0)
        inside = (np.repeat(first_inside - (np.cumsum(inside_counts) - inside_counts), inside_counts)
                  + np.arange(int(inside_counts.sum())))
        keep = np.ones(len(candidates), dtype=bool)
        keep[inside] = False
        delims = candidates[keep]
        del keep, inside
    else:
        delims = candidates
    bare_cr = np.flatnonzero(buf == _CR)
    followed_by_nl = (bare_cr + 1 < end) & (buf[np.minimum(bare_cr + 1, end - 1)] == _NL)
    bare_cr = bare_cr[(bare_cr >= start) & ~followed_by_nl]
    if len(bare_cr) and (len(quote_pos) == 0 or (np.searchsorted(quote_pos, bare_cr) % 2 == 0).any()):
        return None  # a carriage return alone, outside quotes: the csv module decides what it means
    is_nl = buf[delims] == _NL if len(delims) else np.zeros(0, dtype=bool)
    ends_with_newline = bool(end > start and buf[end - 1] == _NL)
    if not ends_with_newline:
        delims = np.append(delims, end)
        is_nl = np.append(is_nl, True)
    field_starts = np.concatenate(([start], delims[:-1] + 1)).astype(np.int64)
    field_ends = delims.astype(np.int64)  # a copy: changed in place below
    record_last = np.flatnonzero(is_nl)
    # A CR before the newline is part of the line end, not of the last field.
    line_ends, line_starts = field_ends[record_last], field_starts[record_last]
    cr = (line_ends > line_starts) & (buf[np.maximum(line_ends - 1, 0)] == _CR)
    field_ends[record_last[cr]] -= 1
    content_starts, content_ends, escaped = field_starts.copy(), field_ends.copy(), np.zeros(len(delims), bool)
    if len(quote_pos):
        nonempty = field_ends > field_starts
        quoted = nonempty & (buf[np.minimum(field_starts, end - 1)] == _QUOTE)
        closed = quoted & (field_ends - field_starts >= 2) & (buf[np.maximum(field_ends - 1, 0)] == _QUOTE)
        if (quoted & ~closed).any():
            return None
        content_starts[quoted] += 1
        content_ends[quoted] -= 1
        inner = (np.searchsorted(quote_pos, content_ends[quoted]) -
                 np.searchsorted(quote_pos, content_starts[quoted]))
        if (inner % 2).any() or 2 * int(quoted.sum()) + int(inner.sum()) != len(quote_pos):
            return None  # a quote outside a quoted field, or a lone quote inside one
        escaped[np.flatnonzero(quoted)[inner > 0]] = True
    record_first = np.concatenate(([0], record_last[:-1] + 1))
    counts = record_last - record_first + 1
    header = [data[a:b].decode(encoding).replace('""', '"') if escaped[i] else data[a:b].decode(encoding)
              for i, (a, b) in enumerate(zip(content_starts[record_first[0]: record_last[0] + 1].tolist(),
                                             content_ends[record_first[0]: record_last[0] + 1].tolist()))]
    width = len(header)
    first, counts = record_first[1:], counts[1:]
    lines = np.searchsorted(newline_pos, field_starts[first]) + 1
    blank = (counts == 1) & (field_ends[first] == field_starts[first])
    good = counts == width
    shape_errors: list[tuple[int, int, str]] = []
    truncated_last = None
    for r in np.flatnonzero(~good & ~blank):
        a, b = int(field_starts[first[r]]), int(field_ends[first[r] + counts[r] - 1])
        fields_here = range(first[r], first[r] + counts[r])
        if counts[r] > width and all(not data[content_starts[i]:content_ends[i]].strip()
                                     for i in fields_here[width:]):
            good[r] = True  # trailing separators, as spreadsheets write them
        elif all(content_ends[i] <= content_starts[i] or not data[content_starts[i]:content_ends[i]].strip()
                 for i in fields_here):
            blank[r] = True
        elif r == len(first) - 1 and counts[r] < width and not ends_with_newline:
            truncated_last = (int(lines[r]), int(counts[r]))
        else:
            shape_errors.append((int(lines[r]), int(counts[r]), data[a:b].decode(encoding, "replace")[:120]))
    index = first[good][:, None] + np.arange(width)[None, :]
    return Tokens(data=data, encoding=encoding, header=header, starts=content_starts[index],
                  ends=content_ends[index], escaped=escaped[index], lines=lines[good].astype(np.int64),
                  shape_errors=shape_errors, truncated_last=truncated_last)
