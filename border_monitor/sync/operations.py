"""What the ``sync`` commands and File > Sync now... do: export a package, import one, sync two stores.

Each takes replicas (``open_replica`` makes one from a store address) and optional ``progress(done, total)`` /
``cancel()``; each returns a report whose ``sentence()`` says what happened.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .errors import SyncError
from .exchange import BATCH_SIZE, DirectionReport, Cancel, Progress, apply_batches, outgoing, sync_replicas
from .package import Package, read_package, write_package
from .replica import PeerMarks, Replica

log = logging.getLogger(__name__)


def open_replica(address: str | Path) -> Replica:
    """The replica of a store address: a GeoPackage file or a PostgreSQL database (``postgresql://...``)."""
    text = str(address)
    if text.startswith(("postgresql://", "postgres://")):
        from .postgis_replica import PostgisReplica

        return PostgisReplica.open(text)
    from .gpkg_replica import GeoPackageReplica

    return GeoPackageReplica.open(address)


def replica_of(store) -> Replica:
    """The replica of a store already open (the window's): it works on a connection of its own and leaves the
    store open. A PostgreSQL store needs a supervisor or the owner (``PostgisReplica`` says so otherwise)."""
    from ..store.postgis.url import is_url

    if is_url(getattr(store, "url", None)):
        from .postgis_replica import PostgisReplica

        return PostgisReplica(store)
    from .gpkg_replica import GeoPackageReplica

    return GeoPackageReplica(store)


def find_peer(replica: Replica, name: str) -> PeerMarks | None:
    """The peer called ``name`` (its store name, or the start of its origin id), None when unknown."""
    wanted = name.strip()
    found = [p for p in replica.peers() if p.name == wanted or (len(wanted) >= 6 and p.origin.startswith(wanted))]
    if len(found) > 1:
        raise SyncError(f"{len(found)} peers of {replica.name} are called {wanted!r}; give the start of the origin id "
                        f"of the one you mean ({', '.join(p.origin[:8] for p in found)}).")
    return found[0] if found else None


@dataclass(frozen=True)
class ExportReport:
    path: Path
    peer: str
    items: int
    audit: int
    batches: int
    bytes: int
    encrypted: bool

    def sentence(self) -> str:
        audit = "1 audit entry" if self.audit == 1 else f"{self.audit:,} audit entries"
        to = f" for {self.peer}" if self.peer else ""
        lock = ", encrypted" if self.encrypted else ""
        return (f"wrote {self.path}{to}: {self.items:,} incident versions, {audit} in {self.batches} batches "
                f"({self.bytes:,} bytes{lock})")


def export_package(replica: Replica, out: str | Path, *, peer: str | None = None, passphrase: str | None = None,
                   batch_size: int = BATCH_SIZE) -> ExportReport:
    """Write the changes the peer has not acknowledged (every change when it is unknown; without ``peer``, what
    some known peer has not acknowledged) to a package."""
    from ..io.output_files import check_output

    check_output(out, store=getattr(replica, "path", None), what="sync package")  # before anything is written
    replica.scan()
    known = replica.peers()
    if peer:
        marks = find_peer(replica, peer)
        if marks is None:
            log.info("%s has not synced with %s yet: the package holds every change", replica.name, peer)
            marks = PeerMarks("", peer)
    elif len(known) == 1:
        marks = known[0]
    elif known:
        marks = PeerMarks("", "", min(p.acked_seq for p in known), min(p.acked_audit for p in known))
    else:
        marks = PeerMarks("")
    header, batches = outgoing(replica, marks.origin, marks.acked_seq, marks.acked_audit, marks.received_seq,
                               marks.received_audit, batch_size)
    counts = write_package(header, batches, out, store_path=getattr(replica, "path", None), passphrase=passphrase)
    return ExportReport(Path(out), marks.name, counts["items"], counts["audit"], counts["batches"], counts["bytes"],
                        passphrase is not None)


def import_package(replica: Replica, path: str | Path, *, passphrase: str | None = None,
                   progress: Progress | None = None, cancel: Cancel | None = None) -> DirectionReport:
    """Apply a package (checked whole first); batches applied before (a cut import) are skipped."""
    with read_package(path, passphrase) as package:
        return apply_package(replica, package, progress=progress, cancel=cancel)


def apply_package(replica: Replica, package: Package, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> DirectionReport:
    header = package.header
    if header.origin == replica.origin:
        raise SyncError(f"The sync package {package.path} was written by {replica.name} itself (or by a copy of its "
                        "file); import it into the other store.")
    report = DirectionReport(header.name, replica.name)
    return apply_batches(replica, header, package.batches(), report, total=package.item_count(),
                         progress=progress, cancel=cancel)


def sync_stores(local: Replica, remote: Replica, *, progress: Progress | None = None, cancel: Cancel | None = None,
                batch_size: int = BATCH_SIZE) -> tuple[DirectionReport, DirectionReport]:
    return sync_replicas(local, remote, size=batch_size, progress=progress, cancel=cancel)
