"""``IncidentCache``: the columnar index in front of a backend, with the state that keeps it current.

It owns the ``ColumnarIndex``, the lock that guards it (held only while a query computes its masks and
aggregates, or while a change is applied), the change sequence the index reflects (``index.version``), what
other programs wrote that ``refresh()`` has not handed out yet (``PendingChanges``) and counts of how it
followed them (``RefreshCounts``). The backend feeds it through a ``CacheSource``: its change sequence now
(one small query), every valid row (a rebuild), or only the rows written after a sequence number (a catch-up:
10 rows changed elsewhere cost a 10-row read, not a rebuild). A backend without a change sequence (a read-only
GeoPackage from before schema version 9) is rebuilt whole when its version moves.

Writes of the backend itself go: catch up (under the backend's write lock, which the cache is given so a catch-
up never runs beside a write of ours), write, commit, then ``apply_write`` (the write's own index update and
the new sequence), so the cache never re-reads what this process wrote.
"""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

import numpy as np

from ...domain.filters import IncidentFilter
from ..base import Change
from . import snapshot as snapshots
from .columnar import ColumnarIndex
from .extent import Bounds, ids_mask, masked_bounds
from .stale_rows import stale_fids

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CacheDelta:
    """What a backend read for a catch-up from ``seq_before``: the change sequence now (``seq``), the valid rows
    written since with their values now (``part``, fid order), the fids written since (valid or not), the fids
    to drop (deleted outright, or now invalid), the ids of the incidents written, and the descriptions of
    ``part``'s rows when asked for."""

    seq: int
    part: ColumnarIndex | None
    written: tuple[int, ...] = ()
    removed: frozenset = frozenset()
    ids: frozenset = frozenset()
    descriptions: list[str] | None = None


class CacheSource(Protocol):
    """What a backend gives its cache."""

    incremental: bool  # it can say which rows were written after a sequence number

    def mark(self) -> int:
        """The backend's change sequence now (one small query)."""

    def load_all(self, description_loader: Callable[[], list[str]]) -> ColumnarIndex:
        """The index of every valid row, its ``version`` the sequence read before the rows."""

    def load_delta(self, seq: int, with_descriptions: bool) -> CacheDelta:
        """The rows written after ``seq`` (read consistently with the sequence it returns)."""

    def descriptions(self, index: ColumnarIndex) -> list[str]:
        """The description of each row of ``index``, in order ("" for a row gone meanwhile)."""


class PendingChanges:
    """What other programs wrote that the cache took in and ``refresh()`` has not handed out yet."""

    def __init__(self):
        self.ids: set = set()  # uuid.UUID
        self.added = self.updated = self.deleted = 0
        self.everything = False  # rebuilt whole without a change sequence: any incident may have changed

    def take(self) -> Change:
        if self.everything:
            change = Change(updated=max(1, self.added + self.updated + self.deleted))
        elif not (self.ids or self.added or self.updated or self.deleted):
            change = Change()
        else:
            change = Change(incidents=frozenset(str(u) for u in self.ids), added=self.added, updated=self.updated,
                            deleted=self.deleted)
        self.__init__()
        return change


@dataclass
class RefreshCounts:
    """How the cache followed other programs' writes (for tests and benchmarks)."""

    rebuilds: int = 0  # full rebuilds after the index was loaded
    catch_ups: int = 0  # incremental catch-ups
    rows_read: int = 0  # rows read again by those catch-ups


@dataclass
class _State:
    snapshot_seq: int | None = None  # the sequence of the snapshot on disk, when it is this index's
    refill_later: set = field(default_factory=set)


class IncidentCache:
    def __init__(self, source: CacheSource, write_lock: threading.RLock, name: str):
        self.source = source
        self.name = name
        self.lock = threading.RLock()
        self._write_lock = write_lock
        self.index: ColumnarIndex | None = None
        self.loaded_from = ""  # "snapshot" or "table": where the index came from at open
        self.pending = PendingChanges()
        self.counts = RefreshCounts()
        self._state = _State()

    # -- loading ------------------------------------------------------------------------------
    def open(self, identity: snapshots.StoreIdentity | None, trust_snapshot: bool) -> tuple[np.ndarray, list[dict] | None]:
        """Fill the index: from this store's snapshot when it is at the backend's sequence now (and
        ``trust_snapshot``), else from the backend. Returns (fids whose derived fields need a refill, the
        invalid rows listed in the snapshot, or None when the index was read from the backend)."""
        seq = self.source.mark()
        snap = None
        if identity is not None and trust_snapshot:
            snap = snapshots.load(identity, self._load_descriptions, seq=seq)
        if snap is not None:
            self.index, self.loaded_from = snap.index, "snapshot"
            self._state.snapshot_seq = seq
            return np.zeros(0, dtype=np.int64), snap.invalid
        previous = snapshots.load(identity, None) if identity is not None else None  # stale: only to compare
        self.index = self.source.load_all(self._load_descriptions)
        self.loaded_from = "table"
        return stale_fids(previous.index if previous else None, self.index), None

    def _load_descriptions(self) -> list[str]:
        # Runs under the lock; rows newer than the index are ignored (their writer updates them).
        return self.source.descriptions(self.index)

    # -- keeping it current -----------------------------------------------------------------------
    def behind(self) -> bool:
        """Whether the backend changed since the index last looked (one small query)."""
        return self.index.version < 0 or self.source.mark() != self.index.version

    def rebuild(self) -> np.ndarray:
        """Read every row again and swap the new index in; the fids whose derived fields need a refill."""
        previous = self.index
        index = self.source.load_all(self._load_descriptions)
        with self.lock:
            self.index = index
            self.pending.everything = True
        self.counts.rebuilds += 1
        log.info("%s: rebuilt the incident index (%d incidents)", self.name, len(index))
        return stale_fids(previous, index)

    def catch_up(self) -> np.ndarray:
        """Take in what the backend holds that the index does not (the caller holds the write lock): only the rows
        written since, or everything without a change sequence. The fids whose derived fields need a refill."""
        if not self.source.incremental or self.index.version < 0:
            stale = self.rebuild()
        else:
            stale = self._apply_delta(self.source.load_delta(self.index.version, self.index.descriptions_loaded))
        if self._state.refill_later:
            later = np.fromiter(self._state.refill_later, dtype=np.int64, count=len(self._state.refill_later))
            stale = np.union1d(stale, later)
            self._state.refill_later = set()
        return stale

    def _apply_delta(self, delta: CacheDelta) -> np.ndarray:
        index = self.index
        removed = set(delta.removed)
        stale = np.zeros(0, dtype=np.int64)
        with self.lock:
            own = index["fid"]
            part = delta.part if delta.part is not None else index.take(np.zeros(0, dtype=np.int64))
            held = np.isin(part["fid"], own)
            if len(part):
                stale = stale_fids(index.take(index.positions(part["fid"][held])), part)
            added = int((~held).sum())
            gone = int(np.isin(np.fromiter(removed, dtype=np.int64, count=len(removed)), own).sum())
            index.upsert(part, delta.descriptions, removed)
            index.version = delta.seq
            self.pending.ids |= set(delta.ids)
            self.pending.added += added
            self.pending.deleted += gone
            self.pending.updated += max(0, len(set(delta.written) | removed) - added - gone)
        self.counts.catch_ups += 1
        self.counts.rows_read += len(delta.written)
        if delta.written or removed:
            log.info("%s: took in %d row(s) written and %d dropped by another program", self.name,
                     len(delta.written), len(removed))
        return stale

    def refill_later(self, fids: Iterable[int]) -> None:
        """Fids whose refill was undone (with the write it was part of): refilled at the next catch-up."""
        self._state.refill_later |= {int(f) for f in fids}

    @contextmanager
    def reading(self, refill: Callable[[np.ndarray], object]):
        """The index, caught up first when the backend changed behind it (``refill(stale fids)`` then)."""
        if self.behind():
            with self._write_lock:  # waits while a write of ours is between commit and index update
                if self.behind():
                    refill(self.catch_up())
        with self.lock:
            yield self.index

    def apply_write(self, steps: Iterable[Callable[[ColumnarIndex], None] | None], seq: int) -> None:
        """After a write of ours committed at sequence ``seq``: apply its index updates. A failure leaves the index
        marked broken, rebuilt at the next query."""
        with self.lock:
            try:
                for step in steps:
                    if step is not None:
                        step(self.index)
                self.index.version = seq
            except Exception:  # keep going: the next query rebuilds the index from the backend
                log.exception("Updating the incident index failed; it will be rebuilt")
                self.index.version = -1

    def take_changes(self) -> Change:
        """What other programs wrote since the last call (``IncidentStore.refresh``)."""
        with self.lock:  # not the write lock: a long write of ours in a worker must not hold this up
            return self.pending.take()

    # -- snapshot -----------------------------------------------------------------------------------
    def save_snapshot(self, identity: snapshots.StoreIdentity, invalid: list[dict]) -> bool:
        """Save the index to the user's cache folder (nothing to do when the snapshot there is this index's);
        False when the index is not current (broken)."""
        with self.lock:
            seq = self.index.version
            if seq < 0:
                return False
            if self._state.snapshot_seq == seq:
                return True
            path = snapshots.save(identity, self.index, invalid)
        self._state.snapshot_seq = seq
        log.info("%s: saved the index snapshot (%d incidents) to %s", self.name, len(self.index), path)
        return True

    # -- extents (zoom to results, zoom to selection) ----------------------------------------------------
    @staticmethod
    def extent(index: ColumnarIndex, flt: IncidentFilter) -> Bounds | None:
        return masked_bounds(index, index.mask(flt))

    @staticmethod
    def extent_of(index: ColumnarIndex, ids: Iterable, include_deleted: bool = False) -> Bounds | None:
        mask = ids_mask(index, list(ids))
        if not include_deleted:
            mask &= ~index["deleted"]
        return masked_bounds(index, mask)
