"""A CSV file's bytes cut into chunks of whole records, where Python's ``csv.reader`` (strict) ends them, with the
line number of each record: what lets a parser in C++ (``csv_arrow_columns``) read each chunk on its own.

The cut is made on bytes, with numpy over a block at a time. A record ends at a line end (LF, CR or CR LF, as a text
file opened with ``newline=""`` splits lines) outside quotes, and quotes are told apart by their parity: the 1st,
3rd, ... quote opens, the 2nd, 4th, ... closes. That is how ``csv.reader`` reads them provided every quote stands
where strict CSV allows one: an opening quote at a field's start (after a separator, a line end or the start of the
data) or right after a closing one (a doubled quote), a closing quote before a separator, a line end, the end of the
file or an opening one (the doubled quote again). A quote anywhere else (inside a field that is not quoted, or with
text after its closing quote, which ``csv.reader`` refuses and a C++ parser reads another way), a physical line
longer than the reader's limit, a record that grows past that limit before it ends, or a quote never closed, stops
the cut: the chunks before it are yielded, then ``Unproven`` says where ``csv.reader`` must take over (always at the
start of a record, at a chunk's start), and it reads the rest exactly as it always has, errors and all.

A blank line is a record of its own (``csv.reader`` yields ``[]`` for it, and counts it in a chunk), without a line
number in ``starts``: the reader drops it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Iterator

import numpy as np

# Bytes read per step: a few chunks of a typical export's records, each step analysed in a few numpy passes.
BLOCK = 2 << 20

_LF, _CR, _QUOTE = 10, 13, 34
_EMPTY = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class RecordChunk:
    """Whole records of a file, as ``csv.reader`` would split them."""

    data: memoryview  # the records' bytes, each with its line end (the file's last may have none)
    offset: int  # where ``data`` starts in the file
    first_line: int  # the line number of its first byte
    last_line: int  # the line number of its last line (``csv.reader.line_num`` after its last record)
    records: int  # records in it, blank lines included
    starts: np.ndarray  # int64: the line number each record that is not a blank line starts on
    longest: int  # bytes of its longest record, line end left out


class Unproven(Exception):
    """From ``offset`` (the start of a record, on line ``line``) the bytes are not cut here: ``csv.reader`` reads
    them."""

    def __init__(self, offset: int, line: int, why: str) -> None:
        super().__init__(f"from byte {offset} (line {line}): {why}")
        self.offset, self.line, self.why = offset, line, why


def record_chunks(stream: BinaryIO, offset: int, line: int, separator: str, chunk_rows: int, longest_line: int,
                  block: int = BLOCK) -> Iterator[RecordChunk]:
    """Chunks of ``chunk_rows`` records (the last one shorter) of ``stream`` from its position, which is ``offset``
    in the file, the start of a record on line ``line``; raises ``Unproven`` where the cut cannot be proven to be
    ``csv.reader``'s (see the module's note). ``longest_line``: characters a physical line may have, its line end
    included (a longer one is for ``csv.reader`` to refuse)."""
    if len(separator) != 1 or ord(separator) > 127 or separator in "\r\n\"":
        raise Unproven(offset, line, f"the separator {separator!r} is not a byte of its own")
    pending, quotes, breaks = b"", _EMPTY, _EMPTY  # bytes not yet yielded, where their quotes and line breaks are
    final = False
    while not final:
        more = stream.read(block)
        if len(more) < block:  # the end of the file, unless it grows (then it is read on)
            tail = stream.read(1)
            final = not tail
            more += tail
        quotes = np.concatenate((quotes, _positions(more, _QUOTE) + len(pending)))
        breaks = np.concatenate((breaks, _line_breaks(more) + len(pending)))
        buf = pending + more if pending else more
        del pending, more  # only buf is held while its chunks are read
        cut = _Cut(buf, quotes, breaks, ord(separator), final, longest_line)
        done = 0
        while done + chunk_rows <= cut.usable or (final and cut.doubt is None and done < cut.usable):
            last = min(done + chunk_rows, cut.usable) - 1
            yield cut.chunk(done, last, offset, line)
            done = last + 1
        start = int(cut.next_start[done - 1]) if done else 0
        line += cut.lines_before(start)
        offset += start
        if cut.doubt is not None:
            raise Unproven(offset, line, cut.doubt)
        pending = buf[start:]
        quotes = quotes[np.searchsorted(quotes, start):] - start
        breaks = breaks[np.searchsorted(breaks, start):] - start


def _positions(data: bytes, byte: int) -> np.ndarray:
    return np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == byte) if byte in data else _EMPTY


def _line_breaks(data: bytes) -> np.ndarray:
    """Where the LF and CR bytes are; only the LF when every CR is the first byte of a CR LF (one line end, at its
    LF: ``_Cut`` makes no more of such a CR), as in most files that have CR at all."""
    codes = np.frombuffer(data, dtype=np.uint8)
    lf = np.flatnonzero(codes == _LF)
    if b"\r" not in data:
        return lf
    cr = np.flatnonzero(codes == _CR)
    if cr[-1] + 1 < len(codes) and (codes[cr + 1] == _LF).all():
        return lf
    return np.union1d(lf, cr)


class _Cut:
    """Where the records and physical lines of a buffer end (it starts at a record's start), and how many of its
    records are proven to end there (``usable``; ``doubt`` says why not more, None when the rest only waits for
    more bytes)."""

    def __init__(self, buf: bytes, quotes: np.ndarray, breaks: np.ndarray, separator: int, final: bool,
                 longest_line: int) -> None:
        """``quotes``, ``breaks``: where the buffer's quotes are, and its LF and CR bytes (or only its LF, when each CR
        is followed by one)."""
        self.buf = buf
        a = np.frombuffer(buf, dtype=np.uint8)
        size = len(a)
        if len(breaks):
            is_cr = a[breaks] == _CR
            following = np.minimum(breaks + 1, size - 1)
            cr_lf = is_cr & (breaks + 1 < size) & (a[following] == _LF)  # one line end, at its LF
            undecided = is_cr & (breaks + 1 >= size) & (not final)  # a LF may follow in the next block
            line_ends = breaks[~cr_lf & ~undecided]
        else:
            line_ends = _EMPTY
        self.line_ends = line_ends
        outside = (np.searchsorted(quotes, line_ends) & 1) == 0
        ends = line_ends[outside]
        after_cr = (ends > 0) & (a[np.maximum(ends - 1, 0)] == _CR) & (a[ends] == _LF)
        next_start = ends + 1
        line_end_bytes = np.where(after_cr, 2, 1)
        self.doubt: str | None = None
        doubt_at = size + 1
        last_end = int(next_start[-1]) if len(next_start) else 0
        if final and last_end < size:  # the file's last record has no line end
            if len(quotes) & 1:
                self.doubt, doubt_at = "a quoted field is never closed", last_end
            else:
                next_start = np.append(next_start, size)
                line_end_bytes = np.append(line_end_bytes, 0)
        elif size - last_end > longest_line:
            self.doubt, doubt_at = f"a record is not ended within {longest_line:,} bytes", last_end
        self.next_start = next_start
        record_starts = np.concatenate(([0], next_start[:-1])).astype(np.int64)
        self.record_starts = record_starts
        self.content = next_start - record_starts - line_end_bytes
        proven = int(next_start[-1]) if len(next_start) else 0
        # Every quote before the end of the last whole record where strict CSV allows it (see the module's note).
        checked = quotes[: np.searchsorted(quotes, proven)]
        opening, closing = checked[0::2], checked[1::2]
        is_separator = np.zeros(256, dtype=bool)
        is_separator[[separator, _CR, _LF]] = True
        before = np.concatenate(([-2], closing[:-1]))
        good_open = (opening == 0) | is_separator[a[np.maximum(opening - 1, 0)]] | (opening - 1 == before)
        after = np.concatenate((opening[1:], [-2]))
        nxt = closing + 1
        good_close = (nxt >= size) | is_separator[a[np.minimum(nxt, size - 1)]] | (nxt == after)
        wrong = np.concatenate((opening[~good_open], closing[~good_close]))
        if len(wrong) and int(wrong.min()) < doubt_at:
            self.doubt, doubt_at = "a quote stands where csv.reader reads it another way", int(wrong.min())
        # No physical line longer than the reader's limit (bytes: never fewer than its characters).
        line_starts = np.concatenate(([0], line_ends[:-1] + 1)) if len(line_ends) else _EMPTY
        long_lines = np.flatnonzero(line_ends + 1 - line_starts > longest_line)
        if len(long_lines) and int(line_starts[long_lines[0]]) < doubt_at:
            self.doubt, doubt_at = f"a line is longer than {longest_line:,} bytes", int(line_starts[long_lines[0]])
        tail_start = int(line_ends[-1]) + 1 if len(line_ends) else 0
        if size - tail_start > longest_line and tail_start < doubt_at:
            self.doubt, doubt_at = f"a line is longer than {longest_line:,} bytes", tail_start
        # Records wholly before the doubt, if any, are read as cut.
        self.usable = int(np.searchsorted(next_start, doubt_at, side="right")) if self.doubt else len(next_start)

    def lines_before(self, position: int) -> int:
        """Physical lines that end before ``position``."""
        return int(np.searchsorted(self.line_ends, position))

    def chunk(self, first: int, last: int, offset: int, line: int) -> RecordChunk:
        """Records ``first`` to ``last`` of the buffer, which starts at ``offset`` on line ``line``."""
        start, end = int(self.record_starts[first]), int(self.next_start[last])
        content = self.content[first:last + 1]
        filled = self.record_starts[first:last + 1][content > 0]
        return RecordChunk(
            data=memoryview(self.buf)[start:end], offset=offset + start, first_line=line + self.lines_before(start),
            last_line=line + self.lines_before(end - 1), records=last - first + 1,
            starts=line + np.searchsorted(self.line_ends, filled).astype(np.int64),
            longest=int(content.max()) if len(content) else 0,
        )
