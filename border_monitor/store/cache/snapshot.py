"""The cache's snapshot: the columnar index saved in the user's cache folder, so the next open is fast.

One file per store, ``<cache folder>/index/<key>.idx``, where the cache folder is
``platformdirs.user_cache_dir("border-monitor")`` or ``$BORDER_MONITOR_CACHE_DIR`` and the key is a hash of the
store's identity: its UUID (kept in the store's metadata) and its location (a copied file is another store here).
The file holds every index column, the vocabularies, the rows left out as invalid and the store's change sequence
when saved, and the local day of each row (derived, but saved: computing it is the dearest part of a load; checked
against the row's time on load). It is a JSON header (``MAGIC``, its length, then the metadata and where each
column is) followed by the columns as raw little-endian arrays, each at an offset that is a multiple of 64 bytes:
an open maps the file copy-on-write (on Windows, which cannot replace a mapped file, it reads it) and the columns
are views of it, so opening costs the checks, not a copy (no pickles; numpy's plain dtypes only). On open it is
used only when that sequence is the store's now (and identity, shape, types and codes check out); a snapshot that
is stale, of another store or damaged is never trusted: the index is rebuilt (a stale one only tells which rows
moved, see ``stale_rows``). Written to a temporary file and renamed into place (never rewritten where it is), so a
reader never sees half a snapshot and a mapped one stays whole.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...assets import CACHE_DIR_ENV, cache_dir
from ...domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES
from .columnar import COLUMN_DTYPES, VOCABULARY_COLUMNS, ColumnarIndex, Vocabulary

log = logging.getLogger(__name__)

FORMAT = 4  # 3: with the derived local day; 4: raw aligned columns, mapped at open (3 was numpy's .npz)
MAGIC = b"BMINDEX\n"  # then the header's length (8 bytes, little-endian), the header (JSON), the columns
SUFFIX = ".idx"
_ALIGN = 64
_CODED = {"country": len(COUNTRIES), "type": len(TYPES), "status": len(STATUSES), "border": len(BORDERS),
          "side": 2, "in_zone": 2, "deleted": 2}
_PROBLEM_KEYS = {"fid", "field", "value", "reason"}
_MS_PER_DAY = 86_400_000


@dataclass(frozen=True)
class StoreIdentity:
    """Which store a snapshot belongs to: its UUID and where it is (a file path or a database address)."""

    store_uuid: str
    location: str

    def key(self) -> str:
        return hashlib.sha256(f"{self.store_uuid}\0{self.location}".encode("utf-8")).hexdigest()[:32]

    def path(self) -> Path:
        return cache_dir() / "index" / f"{self.key()}{SUFFIX}"


@dataclass(frozen=True)
class Snapshot:
    index: ColumnarIndex  # its ``version`` is the change sequence it was saved at
    invalid: list[dict]  # rows left out as invalid (``RowProblem.to_json``)


def save(identity: StoreIdentity, index: ColumnarIndex, invalid: list[dict]) -> Path:
    """Write the snapshot of ``index`` (at change sequence ``index.version``) atomically; its path."""
    target = identity.path()
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {"format": FORMAT, "store_uuid": identity.store_uuid, "location": identity.location,
            "seq": int(index.version), "rows": len(index), "invalid": invalid,
            "vocabularies": {name: index.vocab[name].texts for name in VOCABULARY_COLUMNS}}
    arrays = {name: index[name] for name in [*COLUMN_DTYPES, "day"]}
    fd, tmp = tempfile.mkstemp(prefix=".snapshot-", suffix=SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out, meta, arrays)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    target.with_suffix(".npz").unlink(missing_ok=True)  # the snapshot of format 3, replaced
    return target


def load(identity: StoreIdentity, description_loader=None, seq: int | None = None) -> Snapshot | None:
    """The snapshot of this store; with ``seq``, only when it was saved at that change sequence. None when there
    is none (or it is stale); a damaged one or one of another store is logged and None returned."""
    path = identity.path()
    if not path.is_file():
        return None
    try:
        meta, columns = read(path)
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            log.info("The index snapshot %s is in another format; rebuilding the index", path)
            return None
        if (meta.get("store_uuid"), meta.get("location")) != (identity.store_uuid, identity.location):
            raise ValueError("it belongs to another store")
        if seq is not None and meta.get("seq") != seq:
            return None
        columns = {name: columns[name] for name in [*COLUMN_DTYPES, "day"]}
        index = _checked(columns, meta, description_loader)
        invalid = meta.get("invalid")
        if not isinstance(invalid, list) or not all(isinstance(p, dict) and set(p) == _PROBLEM_KEYS for p in invalid):
            raise ValueError("its list of invalid rows is damaged")
        return Snapshot(index, invalid)
    except (ValueError, TypeError, KeyError, OverflowError, EOFError, OSError, AttributeError) as exc:
        log.warning("The index snapshot %s is damaged (%s); rebuilding the index from the store", path,
                    str(exc)[:200])
        return None


def _aligned(nbytes: int) -> int:
    """``nbytes`` rounded up to a multiple of ``_ALIGN``."""
    return -(-nbytes // _ALIGN) * _ALIGN


def write(out, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write a snapshot file: ``MAGIC``, the header's length, the header (``meta`` with where each array is),
    then each array's bytes (little-endian, C order) at a multiple of 64 bytes from the start."""
    arrays = {name: np.ascontiguousarray(a, dtype=np.asarray(a).dtype.newbyteorder("<")) for name, a in arrays.items()}
    place, offset = {}, 0
    for name, a in arrays.items():
        place[name] = {"dtype": a.dtype.str, "shape": list(a.shape), "offset": offset}
        offset += _aligned(a.nbytes)
    header = json.dumps({**meta, "arrays": place}).encode("utf-8")
    start = _aligned(len(MAGIC) + 8 + len(header))
    out.write(MAGIC + struct.pack("<Q", len(header)) + header + b" " * (start - len(MAGIC) - 8 - len(header)))
    written = 0
    for name, a in arrays.items():
        out.write(b"\0" * (place[name]["offset"] - written))
        if a.nbytes:
            out.write(a.data)
        written = place[name]["offset"] + a.nbytes


def read(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """(the header, the arrays) of a snapshot file: views of the file mapped copy-on-write (a change in memory never
    reaches the file), or of its bytes read at once on Windows. ValueError when it is not one, or cut short."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        lead = f.read(len(MAGIC) + 8)
        if len(lead) < len(MAGIC) + 8 or lead[:len(MAGIC)] != MAGIC:
            raise ValueError("it is not an index snapshot of this version")
        (length,) = struct.unpack("<Q", lead[len(MAGIC):])
        if length > size:
            raise ValueError("its header is cut short")
        header = json.loads(f.read(length).decode("utf-8"))
    if not isinstance(header, dict) or not isinstance(header.get("arrays"), dict):
        raise ValueError("its header is not a table of columns")
    start = _aligned(len(MAGIC) + 8 + length)
    if os.name == "nt":
        data = np.fromfile(path, dtype=np.uint8)
    else:
        data = np.memmap(path, dtype=np.uint8, mode="c") if size else np.zeros(0, dtype=np.uint8)
    arrays = {}
    for name, place in header["arrays"].items():
        dtype = np.dtype(str(place["dtype"]))
        if dtype.hasobject or dtype.kind not in "biufS" or dtype.byteorder == ">":
            raise ValueError(f"column {name} is of type {dtype}, not a plain number or text")
        shape = tuple(int(n) for n in place["shape"])
        offset = start + int(place["offset"])
        nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        if offset % _ALIGN or offset + nbytes > size:
            raise ValueError(f"column {name} lies outside the file (cut short?)")
        arrays[name] = np.asarray(data[offset:offset + nbytes]).view(dtype).reshape(shape)
    return header, arrays


def _checked(columns: dict, meta: dict, description_loader) -> ColumnarIndex:
    rows = int(meta["rows"])
    if any(v.ndim != 1 or len(v) != rows for v in columns.values()):
        raise ValueError("its columns do not all hold one value per row")
    for name, dtype in COLUMN_DTYPES.items():
        if not np.can_cast(columns[name].dtype, dtype, casting="same_kind"):
            raise ValueError(f"column {name} holds {columns[name].dtype}, not {np.dtype(dtype)}")
    fid = columns["fid"]
    if rows and (np.any(np.diff(fid) <= 0) or fid[0] < 1):
        raise ValueError("the fids are not increasing")
    vocabularies = meta["vocabularies"]
    vocab = {}
    for name in VOCABULARY_COLUMNS:
        texts = vocabularies.get(name, [])
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise ValueError(f"the vocabulary {name} is not a list of texts")
        vocab[name] = Vocabulary(texts)
        codes = columns[name]
        if rows and (codes.min() < -1 or codes.max() >= len(texts)):
            raise ValueError(f"column {name} holds codes outside its vocabulary")
    for name, members in _CODED.items():
        codes = columns[name]
        if rows and (codes.min() < -1 or codes.max() >= members):
            raise ValueError(f"column {name} holds codes outside -1..{members - 1}")
    day = columns["day"]
    if day.dtype.kind != "i":
        raise ValueError(f"column day holds {day.dtype}, not whole days")
    # The UTC midnight of a row's local day lies between 36 hours before and 14 hours after its time (zones of
    # UTC-12 to UTC+14).
    start = day.astype(np.int64) * _MS_PER_DAY - columns["ms"].astype(np.int64)
    if rows and (start.min() <= -(_MS_PER_DAY + 12 * 3_600_000) or start.max() > 14 * 3_600_000):
        raise ValueError("column day does not hold the local days of the rows' times")
    return ColumnarIndex(columns, vocab, int(meta["seq"]), description_loader)


def remove(identity: StoreIdentity) -> None:
    identity.path().unlink(missing_ok=True)


def size_of(identity: StoreIdentity) -> int:
    path = identity.path()
    return path.stat().st_size if path.is_file() else 0


__all__ = ["CACHE_DIR_ENV", "Snapshot", "StoreIdentity", "cache_dir", "load", "remove", "save", "size_of"]
