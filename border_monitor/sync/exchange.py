"""Moving changes between replicas: what one side sends the other, batch by batch, and the two-way sync.

A direction of an exchange is a ``Header`` and its batches: the sender's incident states changed after what
the receiver holds (``since``), then its audit entries, each batch applied by the receiver in one transaction
with the mark that it was applied. A sync cut in the middle (a killed process, a lost connection) starts the
next time from the receiver's marks, so nothing is lost or applied twice; applying a state twice changes
nothing anyway (``versions.merge`` is idempotent).
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .errors import SyncError
from .replica import ApplyResult, Batch, Header, Replica

log = logging.getLogger(__name__)

BATCH_SIZE = 1000
AUDIT_BATCH_SIZE = 5000

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class SyncCancelled(SyncError):
    """The user stopped a sync; the batches applied so far stay, the next sync goes on from there."""


@dataclass
class DirectionReport:
    """What one direction did: incidents new, changed, unchanged here, conflicts, audit entries appended."""

    sender: str
    receiver: str
    batches: int = 0
    skipped: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    audit: int = 0
    ids: set = field(default_factory=set)

    def add(self, result: ApplyResult) -> None:
        if result.skipped:
            self.skipped += 1
            return
        self.batches += 1
        self.new += result.new
        self.changed += result.changed
        self.unchanged += result.unchanged
        self.conflicts += result.conflicts
        self.audit += result.audit
        self.ids.update(result.ids)

    def sentence(self) -> str:
        conflicts = f" ({self.conflicts:,} in conflict)" if self.conflicts else ""
        audit = "1 audit entry" if self.audit == 1 else f"{self.audit:,} audit entries"
        return f"{self.sender} -> {self.receiver}: {self.new:,} new, {self.changed:,} changed incidents{conflicts}, {audit}"


def outgoing(sender: Replica, to_origin: str, since_seq: int, since_audit: int, ack_seq: int, ack_audit: int,
             size: int = BATCH_SIZE, audit_size: int = AUDIT_BATCH_SIZE) -> tuple[Header, Iterator[Batch]]:
    """The header and (lazily) the batches of the sender's changes after ``since_*`` for the peer ``to_origin``
    ("" when unknown). The last batch of each kind carries the sender's high-water mark."""
    upto_seq, upto_audit = sender.high_water()
    since_seq, since_audit = min(since_seq, upto_seq), min(since_audit, upto_audit)
    items = sender.count_items(since_seq, upto_seq, to_origin)
    estimate = -(-items // size) + 2
    header = Header(str(uuid.uuid4()), sender.origin, sender.name, since_seq, upto_seq, since_audit, upto_audit,
                    ack_seq, ack_audit, estimate, to_origin)

    def batches() -> Iterator[Batch]:
        number = 0
        last = since_seq
        for records in sender.item_batches(since_seq, upto_seq, to_origin, size):
            number += 1
            last = records[-1].seq
            yield Batch(number, "items", upto_seq if last >= upto_seq else last, items=tuple(records))
        if last < upto_seq or number == 0:
            number += 1
            yield Batch(number, "items", upto_seq)
        for records, last_id in sender.audit_batches(since_audit, upto_audit, to_origin, audit_size):
            number += 1
            yield Batch(number, "audit", last_id, audit=tuple(records))
        number += 1
        yield Batch(number, "audit", upto_audit)

    return header, batches()


def apply_batches(receiver: Replica, header: Header, batches, report: DirectionReport, *, total: int = 0,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> DirectionReport:
    """Apply every batch not applied yet, each in its own transaction; ``cancel()`` is asked between batches."""
    done_before = receiver.applied_batches(header.package)
    done = 0
    for batch in batches:
        if cancel is not None and cancel():
            raise SyncCancelled(f"The sync with {header.name} was stopped after {report.batches} batches; what "
                                "arrived is kept and the next sync goes on from there.")
        if batch.number in done_before:
            report.skipped += 1
        else:
            report.add(receiver.apply(header, batch))
        done += len(batch.items)
        if progress is not None:
            progress(done, max(total, done))
        log.info("%s: batch %d of %s applied (%s)", receiver.name, batch.number, header.name, batch.kind)
    return report


def send_direction(sender: Replica, receiver: Replica, *, size: int = BATCH_SIZE, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> DirectionReport:
    """Everything the receiver does not hold of the sender's changes, from the receiver's own marks (so a cut
    sync resumes where it stopped), then the sender records what the receiver now holds."""
    sender.scan()  # the sender's edits since its last scan are sent too
    holds = receiver.peer(sender.origin)  # what the receiver holds of the sender
    back = sender.peer(receiver.origin)  # what the sender holds of the receiver
    header, batches = outgoing(sender, receiver.origin, holds.received_seq, holds.received_audit,
                               back.received_seq, back.received_audit, size)
    total = sender.count_items(header.since_seq, header.upto_seq, receiver.origin)
    report = apply_batches(receiver, header, batches, DirectionReport(sender.name, receiver.name), total=total,
                           progress=progress, cancel=cancel)
    sender.acknowledge(receiver.origin, receiver.name, header.upto_seq, header.upto_audit)
    return report


def sync_replicas(local: Replica, remote: Replica, *, size: int = BATCH_SIZE, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> tuple[DirectionReport, DirectionReport]:
    """Two-way sync: local -> remote, then remote -> local (each side's edits recorded before it sends, and the
    receiver's for the incidents that arrive before they merge)."""
    if local.origin == remote.origin:
        raise SyncError(f"{local.name} and {remote.name} have the same origin id ({local.origin}): one is a copy of "
                        "the other's file, and sync cannot tell their edits apart. Sync each laptop with its own "
                        "store (made with border-monitor init or import), not a copy of another's file.")
    halves = [(0, 0), (0, 0)]

    def part(k: int) -> Progress | None:
        if progress is None:
            return None

        def report(done: int, total: int) -> None:
            halves[k] = (done, total)
            done_all = halves[0][0] + halves[1][0]
            progress(done_all, max(halves[0][1] + halves[1][1], done_all))
        return report

    out = send_direction(local, remote, size=size, progress=part(0), cancel=cancel)
    back = send_direction(remote, local, size=size, progress=part(1), cancel=cancel)
    return out, back
