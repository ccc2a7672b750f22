"""What to send to a TAK network: the filtered set once, then what changed in the store.

``StoreFollower.initial()`` gives every incident the filter matches. ``changes()`` asks the store
for the incidents written since the last look (newest ``updated_at`` first, deleted ones
included, a page at a time, so a poll costs one indexed query when nothing changed) and sorts
them: an incident that matches the filter and is not deleted is (re)sent; one that was sent and
now is deleted, or no longer matches the filter, gets a ``t-x-d-d``. The look back overlaps the
last one by ``OVERLAP`` (clocks of two workstations writing one store differ a little); an
(id, revision) already handled is not sent twice.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ..domain.filters import IncidentFilter, SortKey
from ..domain.incident import Incident
from ..store.base import IncidentStore

log = logging.getLogger(__name__)

PAGE = 2_000
OVERLAP = timedelta(seconds=30)


@dataclass(frozen=True)
class Outgoing:
    """One poll's work: incidents to (re)send and ids whose markers to delete."""

    send: list[Incident]
    delete: list[uuid.UUID]

    def __len__(self) -> int:
        return len(self.send) + len(self.delete)


class StoreFollower:
    def __init__(self, store: IncidentStore, flt: IncidentFilter = IncidentFilter()):
        self.store = store
        self.filter = replace(flt, include_deleted=False)
        self._every = IncidentFilter(include_deleted=True)
        self._sent: set[uuid.UUID] = set()
        self._seen: dict[uuid.UUID, int] = {}  # id -> revision handled
        self._since: datetime | None = None

    def initial(self) -> Outgoing:
        out: list[Incident] = []
        total = self.store.count(self.filter)
        for offset in range(0, total, PAGE):
            chunk = self.store.page(self.filter, SortKey.OCCURRED_AT, False, offset, PAGE)
            if not chunk:
                break
            out.extend(chunk)
        newest = self.store.page(self._every, SortKey.UPDATED_AT, True, 0, 1)
        self._since = newest[0].updated_at if newest and newest[0].updated_at else None
        for incident in out:
            self._sent.add(incident.id)
            self._seen[incident.id] = incident.revision
        return Outgoing(out, [])

    def changes(self) -> Outgoing:
        cutoff = self._since - OVERLAP if self._since else None
        changed = self._changed_since(cutoff)
        if not changed:
            return Outgoing([], [])
        matching = self._matching({i.id for i in changed}, cutoff)
        send, delete = [], []
        for incident in changed:
            if self._seen.get(incident.id) == incident.revision:
                continue
            self._seen[incident.id] = incident.revision
            if incident.id in matching:
                send.append(incident)
                self._sent.add(incident.id)
            elif incident.id in self._sent:
                delete.append(incident.id)
                self._sent.discard(incident.id)
        return Outgoing(send, delete)

    def _newest_first(self, flt: IncidentFilter, cutoff: datetime | None):
        """Pages of ``flt`` by ``updated_at``, newest first, down to ``cutoff`` (all of it when None)."""
        offset = 0
        while True:
            chunk = self.store.page(flt, SortKey.UPDATED_AT, True, offset, PAGE)
            fresh = [i for i in chunk if cutoff is None or (i.updated_at is not None and i.updated_at >= cutoff)]
            yield fresh
            if len(fresh) < len(chunk) or len(chunk) < PAGE:
                return
            offset += PAGE

    def _changed_since(self, cutoff: datetime | None) -> list[Incident]:
        """Incidents written at or after ``cutoff``, oldest first."""
        out = [i for chunk in self._newest_first(self._every, cutoff) for i in chunk]
        if out and out[0].updated_at is not None:
            self._since = max(self._since or out[0].updated_at, out[0].updated_at)
        out.reverse()
        return out

    def _matching(self, ids: set, cutoff: datetime | None) -> set:
        """Which of ``ids`` (all written after ``cutoff``) the filter matches now."""
        return {i.id for chunk in self._newest_first(self.filter, cutoff) for i in chunk if i.id in ids}
