"""A chunk of whole CSV records (``csv_record_bytes.RecordChunk``) read by pyarrow's CSV parser (C++) into the very
columns ``csv_reader.record_chunks`` makes of the same records with ``csv.reader``.

Only what pyarrow is known to read as ``csv.reader`` does is given to it: records the cut has proven (every quote
where strict CSV puts one), in UTF-8 or a single-byte code page (transcoded to UTF-8 first), none longer than a
field may be (``csv.reader``'s field limit is then never reached), not starting with a byte order mark (pyarrow
drops one at the start of its input; here it is a letter of the first field). Anything pyarrow refuses (a record
with another number of fields than the header, a line of blanks, ...) or a count of records other than the cut's
gives None, and the caller reads that chunk with ``csv.reader`` (which names the problem exactly as before).
"""
from __future__ import annotations

import codecs
import functools
import logging

import numpy as np

from .csv_record_bytes import RecordChunk

log = logging.getLogger(__name__)

# Codecs whose bytes pyarrow may split: UTF-8, and code pages of one byte a character whose ASCII bytes (line ends,
# quotes, separators) are ASCII characters and no other byte is one of them.
CODECS = frozenset({"utf-8", "cp1257", "cp1250"})
# Columns of few distinct texts as a rule (vocabularies, sources, nationalities).
FEW_VALUES = frozenset({"country", "type", "status", "source", "nationalities"})
# pyarrow's own thread pool parses the blocks of a chunk in parallel; the import's other core is the store's, so
# the chunk is parsed as one block on this process's thread (measured: threads gave no speed and cost CPU).
USE_THREADS = False
# Bytes pyarrow parses at a time: its parse buffers stay small, whatever the chunk's size.
PARSE_BLOCK = 1 << 20


def arrow_columns(chunk: RecordChunk, width: int, wanted: dict[str, int], separator: str, codec: str,
                  max_field_chars: int, object_fields: frozenset[str]) -> dict[str, np.ndarray] | None:
    """Field -> column of the chunk's records that are not blank lines, as ``csv_reader.record_chunks`` builds it
    (``object_fields`` as object arrays of str, the others as unicode arrays), from the chunk's columns
    ``wanted[field]``; None when pyarrow is not to read the chunk (see the module's note)."""
    if codec not in CODECS or chunk.longest > max_field_chars:
        return None
    n = len(chunk.starts)
    if n == 0:  # blank lines only
        return {name: np.zeros(0, dtype=object) if name in object_fields else np.zeros(0, dtype="U1")
                for name in wanted}
    data = chunk.data if codec == "utf-8" else codecs.decode(chunk.data, codec).encode("utf-8")
    if data[:3] == codecs.BOM_UTF8:
        return None
    import pyarrow as pa
    from pyarrow import csv as pacsv

    pool = _memory_pool()
    names = [f"c{k}" for k in range(width)]
    picked = {name: names[k] for name, k in wanted.items()}
    try:
        table = pacsv.read_csv(
            pa.py_buffer(data),
            read_options=pacsv.ReadOptions(column_names=names, use_threads=USE_THREADS, block_size=PARSE_BLOCK),
            parse_options=pacsv.ParseOptions(delimiter=separator, quote_char='"', double_quote=True,
                                             escape_char=False, newlines_in_values=True, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(
                include_columns=sorted(set(picked.values())), column_types=dict.fromkeys(picked.values(), pa.string()),
                strings_can_be_null=False, quoted_strings_can_be_null=False, null_values=[]),
            memory_pool=pool,
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        log.debug("pyarrow does not read lines %d-%d: %s", chunk.first_line, chunk.last_line, exc)
        return None
    if table.num_rows != n:
        return None
    out = {}
    for name, column_name in picked.items():
        column = table.column(column_name).combine_chunks(memory_pool=pool)
        out[name] = _objects(column, name in FEW_VALUES) if name in object_fields else _unicode(column)
    return out


def _objects(column, few: bool) -> np.ndarray:
    """A pyarrow string array as an object array of str; ``few``: a column of few distinct texts (a vocabulary),
    where each distinct text is made a Python string once, and shared by its cells."""
    if few:
        import pyarrow.compute as pc

        encoded = pc.dictionary_encode(column)
        if 4 * len(encoded.dictionary) <= len(column):
            return encoded.dictionary.to_numpy(zero_copy_only=False)[encoded.indices.to_numpy()]
    return column.to_numpy(zero_copy_only=False)


@functools.cache
def _memory_pool():
    """jemalloc's pool, giving freed memory back at once: pyarrow's default pool (mimalloc) keeps the parse buffers
    of a chunk (tens of MB at 25,000 records) for itself, the system's malloc fragments them (both measured); the
    default pool where pyarrow is built without jemalloc."""
    import pyarrow as pa

    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:
        return None
    pa.jemalloc_set_decay_ms(0)  # only this reader allocates from jemalloc's pool (pyarrow's default is mimalloc)
    return pool


def make_default_pool() -> None:
    """In a process that only reads CSV files (``csv_stream_process``'s child): the pool of ``_memory_pool`` for
    every pyarrow allocation, also those no pool can be named for (``to_numpy``): 15-20 MB less at the peak."""
    import pyarrow as pa

    pool = _memory_pool()
    if pool is not None:
        pa.set_memory_pool(pool)


def _unicode(column) -> np.ndarray:
    """A pyarrow string array as the numpy unicode array ``np.array(texts, dtype=str)`` makes of its texts; only
    empty texts: ``np.zeros(n, "U1")``, as ``record_chunks`` makes them. ASCII texts (numbers, times: most columns
    kept as unicode) are laid out in numpy directly, without a Python string each."""
    n = len(column)
    offsets = np.frombuffer(column.buffers()[1], dtype=np.int32)[column.offset:column.offset + n + 1]
    first, end = int(offsets[0]), int(offsets[-1])
    if end == first:
        return np.zeros(n, dtype="U1")
    body = np.frombuffer(column.buffers()[2], dtype=np.uint8)[first:end]
    if body.max() >= 0x80:  # letters beyond ASCII: decoded by Python
        return column.to_numpy(zero_copy_only=False).astype(str)
    lengths = np.diff(offsets)
    width = int(lengths.max())
    codes = np.zeros((n, width), dtype=np.uint32)
    codes[np.arange(width) < lengths[:, None]] = body  # row by row, each text's characters then zeros
    return codes.view(f"U{width}").reshape(n)
