"""The cache's snapshot: the columnar index saved in the user's cache folder, so the next open is fast.

One file per store, ``<cache folder>/index/<key>.npz`` (numpy's zip of ``.npy`` arrays, no pickles), where the
cache folder is ``platformdirs.user_cache_dir("border-monitor")`` or ``$BORDER_MONITOR_CACHE_DIR`` and the key is
a hash of the store's identity: its UUID (kept in the store's metadata) and its location (a copied file is
another store here). The file holds every index column, the vocabularies, the rows left out as invalid and
the store's change sequence when saved, and the local day of each row (derived, but saved: computing it is the
dearest part of a load; checked against the row's time on load). On open it is used only when that sequence is the store's now (and
identity, shape, types and codes check out); a snapshot that is stale, of another store or damaged is never
trusted: the index is rebuilt (a stale one only tells which rows moved, see ``stale_rows``). Written to a
temporary file and renamed into place, so a reader never sees half a snapshot.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES
from .columnar import COLUMN_DTYPES, VOCABULARY_COLUMNS, ColumnarIndex, Vocabulary

log = logging.getLogger(__name__)

FORMAT = 3  # 3: with the derived local day
CACHE_DIR_ENV = "BORDER_MONITOR_CACHE_DIR"
_CODED = {"country": len(COUNTRIES), "type": len(TYPES), "status": len(STATUSES), "border": len(BORDERS),
          "side": 2, "in_zone": 2, "deleted": 2}
_PROBLEM_KEYS = {"fid", "field", "value", "reason"}
_MS_PER_DAY = 86_400_000


def cache_dir() -> Path:
    """The user's cache folder of Border Monitor (``$BORDER_MONITOR_CACHE_DIR`` when set)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("border-monitor"))


@dataclass(frozen=True)
class StoreIdentity:
    """Which store a snapshot belongs to: its UUID and where it is (a file path or a database address)."""

    store_uuid: str
    location: str

    def key(self) -> str:
        return hashlib.sha256(f"{self.store_uuid}\0{self.location}".encode("utf-8")).hexdigest()[:32]

    def path(self) -> Path:
        return cache_dir() / "index" / f"{self.key()}.npz"


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
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    fd, tmp = tempfile.mkstemp(prefix=".snapshot-", suffix=".npz", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            np.savez(out, **arrays)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def load(identity: StoreIdentity, description_loader=None, seq: int | None = None) -> Snapshot | None:
    """The snapshot of this store; with ``seq``, only when it was saved at that change sequence. None when there
    is none (or it is stale); a damaged one or one of another store is logged and None returned."""
    path = identity.path()
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            if not isinstance(meta, dict) or meta.get("format") != FORMAT:
                log.info("The index snapshot %s is in another format; rebuilding the index", path)
                return None
            if (meta.get("store_uuid"), meta.get("location")) != (identity.store_uuid, identity.location):
                raise ValueError("it belongs to another store")
            if seq is not None and meta.get("seq") != seq:
                return None
            columns = {name: data[name] for name in [*COLUMN_DTYPES, "day"]}
        index = _checked(columns, meta, description_loader)
        invalid = meta.get("invalid")
        if not isinstance(invalid, list) or not all(isinstance(p, dict) and set(p) == _PROBLEM_KEYS for p in invalid):
            raise ValueError("its list of invalid rows is damaged")
        return Snapshot(index, invalid)
    except (ValueError, TypeError, KeyError, OverflowError, EOFError, OSError, AttributeError,
            zipfile.BadZipFile) as exc:
        log.warning("The index snapshot %s is damaged (%s); rebuilding the index from the store", path,
                    str(exc)[:200])
        return None


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
