"""A replica: one store taking part in sync, seen through the few operations an exchange needs.

The exchange (``sync.exchange``) and the package format (``sync.package``) only talk to this interface; the
backend-specific part (SQL, transactions) is one implementation per backend (``sync.gpkg_replica`` for a
GeoPackage, ``sync.postgis_replica`` for PostgreSQL), both on the shared ``sync.replica_core.SqlReplica``. The records below are plain values that travel
between replicas.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Iterator

from .versions import ItemState, Sibling


@dataclass(frozen=True)
class ItemRecord:
    """One incident's sync state as the sender holds it, with the sender's sequence of its last change."""

    uuid: str
    seq: int
    state: ItemState


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry as written where it began: ``origin`` and ``source_id`` (its id there) name it on every
    replica; ``before``/``after`` are the stored JSON texts, kept as they are."""

    origin: str
    source_id: int
    at: str
    user: str
    action: str
    incident: str | None
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Batch:
    """A part of an exchange applied in one transaction. ``upto``: after it, the receiver holds the sender's
    changes up to this sequence (items) or audit id (audit)."""

    number: int
    kind: str  # "items" or "audit"
    upto: int
    items: tuple[ItemRecord, ...] = ()
    audit: tuple[AuditRecord, ...] = ()


@dataclass(frozen=True)
class Header:
    """What a package (or one direction of a direct sync) says about itself."""

    package: str  # a UUID, new for every package
    origin: str  # the sender's origin id
    name: str  # the sender's store name
    since_seq: int  # the changes after this sequence of the sender's ...
    upto_seq: int  # ... up to this one
    since_audit: int
    upto_audit: int
    ack_seq: int  # how much of the receiver's changes the sender holds (received_seq of its peer record)
    ack_audit: int
    batches: int
    to_origin: str = ""  # the receiver, when the sender knew it


@dataclass(frozen=True)
class PeerMarks:
    origin: str
    name: str = ""
    acked_seq: int = 0  # of our changes, how far the peer holds them
    acked_audit: int = 0
    received_seq: int = 0  # of the peer's changes, how far we hold them
    received_audit: int = 0
    last_sync: str | None = None


@dataclass(frozen=True)
class Conflict:
    """An incident whose groups hold different values on different replicas' writes."""

    uuid: str
    state: ItemState
    groups: tuple[str, ...]

    def versions(self, group: str) -> list[Sibling]:
        """The group's writes, provisional winner first."""
        return sorted(self.state.groups[group], key=lambda s: s.rank, reverse=True)


@dataclass
class ApplyResult:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    audit: int = 0
    skipped: bool = False  # the batch had been applied already
    ids: list[str] = field(default_factory=list)


class Replica(ABC):
    """A store in sync. Every write method is one transaction."""

    @property
    @abstractmethod
    def origin(self) -> str: ...

    @property
    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def scan(self) -> int:
        """Record the incidents changed here since the last scan as writes of this replica; how many."""

    @abstractmethod
    def high_water(self) -> tuple[int, int]:
        """(the local sync sequence, the last audit id) now."""

    @abstractmethod
    def peer(self, origin: str) -> PeerMarks: ...

    @abstractmethod
    def peers(self) -> list[PeerMarks]: ...

    @abstractmethod
    def item_batches(self, since: int, upto: int, to_origin: str, size: int) -> Iterator[list[ItemRecord]]:
        """Incident states changed in (since, upto], by sequence, leaving out those that came unchanged from
        ``to_origin``."""

    @abstractmethod
    def count_items(self, since: int, upto: int, to_origin: str) -> int:
        """How many states ``item_batches`` gives for the same arguments."""

    @abstractmethod
    def audit_batches(self, since: int, upto: int, to_origin: str,
                      size: int) -> Iterator[tuple[list[AuditRecord], int]]:
        """Audit entries in (since, upto] by local id, leaving out those written by ``to_origin`` and the local
        "sync" entries; each part with the last local id it covers."""

    @abstractmethod
    def applied_batches(self, package: str) -> set[int]: ...

    @abstractmethod
    def apply(self, header: Header, batch: Batch) -> ApplyResult:
        """Merge a batch in one transaction that also marks it applied and moves the peer's marks."""

    @abstractmethod
    def acknowledge(self, origin: str, name: str, acked_seq: int, acked_audit: int) -> None:
        """The peer ``origin`` holds our changes up to these marks (they only move forward)."""

    @abstractmethod
    def conflicts(self) -> list[Conflict]: ...

    @abstractmethod
    def resolve(self, uuid: str, choices: dict[str, Sibling], user: str) -> list[str]:
        """Write the chosen versions (group -> sibling) as this replica's edit; the incident ids changed."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
