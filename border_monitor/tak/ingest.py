"""Events from a TAK network into a store, idempotent by CoT uid.

The incident id of an event is the id our own uid names (``border-monitor.<id>``) or a name-based
UUID (uuid5) of the CoT uid, so the same event received twice, by two stores or after a restart,
is the same incident and no mapping table is needed. An event whose incident is new is added with
status "reported" and its callsign as the source; one whose incident exists replaces it only when
the event is newer (``CotEvent.moment`` later than the stored ``updated_at``), keeping the stored
status (a service may have verified it since); ``t-x-d-d`` soft-deletes the incident its
``<link uid>`` names. Events outside the monitored region, of a type that maps to no incident type,
or with values the model refuses are skipped and counted. Each ``ingest`` call is at most three
store writes (add, update, delete), each one transaction with its audit entries.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from datetime import datetime

from ..domain.errors import NotFoundError
from ..domain.incident import REGION_BBOX, Incident
from ..store.base import Change, IncidentStore
from .cot_in import CotEvent, Skipped, event_incident, incident_id

log = logging.getLogger(__name__)

_CONTENT = ("occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description", "source")


@dataclass
class IngestCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0  # an event we hold already (the same or an older version)
    outside: int = 0  # outside the monitored region
    unmapped: int = 0  # a CoT type that maps to no incident type
    invalid: int = 0  # values the model refuses (e.g. a time in the future)
    refused: int = 0  # not readable as an event at all (a DTD, broken XML, over 1 MB)

    def add(self, other: "IngestCounts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def summary(self) -> str:
        skipped = self.outside + self.unmapped + self.invalid + self.refused
        return (f"{self.added} added, {self.updated} updated, {self.deleted} deleted, {self.unchanged} unchanged; "
                f"skipped {skipped} ({self.outside} outside the monitored region, {self.unmapped} of unmapped "
                f"types, {self.invalid} invalid, {self.refused} refused)")


class Ingestor:
    def __init__(self, store: IncidentStore, user: str, region=REGION_BBOX):
        self.store = store
        self.user = user
        self.region = tuple(region)
        self.counts = IngestCounts()

    def ingest(self, events: list[CotEvent], now: datetime | None = None) -> tuple[IngestCounts, list[Change]]:
        """Apply a batch of events (in the order received); returns what it did and the store's changes."""
        counts = IngestCounts()
        latest: dict = {}  # incident id -> (moment, Incident | None for a delete)
        for event in events:
            if event.is_delete:
                if event.link_uid:
                    latest[incident_id(event.link_uid)] = (event.time, None)
                continue
            try:
                incident = event_incident(event, self.region, now)
            except Skipped as skip:
                setattr(counts, skip.reason, getattr(counts, skip.reason) + 1)
                log.info("skipped: %s", skip)
                continue
            previous = latest.get(incident.id)
            if previous is not None and previous[1] is not None and previous[0] >= event.moment:
                counts.unchanged += 1
                continue
            latest[incident.id] = (event.moment, incident)
        new, updates, restores, deletes = [], [], [], []
        for key, (moment, incident) in latest.items():
            try:
                stored = self.store.get(key)
            except NotFoundError:
                stored = None
            if incident is None:
                if stored is not None and not stored.deleted:
                    deletes.append(key)
                else:
                    counts.unchanged += 1
                continue
            if stored is None:
                new.append(incident)
            elif stored.updated_at is not None and moment <= stored.updated_at and not stored.deleted:
                counts.unchanged += 1
            elif _same_content(stored, incident) and not stored.deleted:
                counts.unchanged += 1
            else:
                if stored.deleted:
                    restores.append(key)
                updates.append((key, incident))
        changes = []
        if new:
            changes.append(self.store.add(new, self.user))
            counts.added += len(new)
        if restores:
            changes.append(self.store.restore(restores, self.user))
        if updates:
            current = [self.store.get(key) for key, _ in updates]
            replaced = [stored.with_changes(**{name: getattr(incident, name) for name in _CONTENT})
                        for stored, (_, incident) in zip(current, updates)]
            changes.append(self.store.update_many(replaced, self.user))
            counts.updated += len(replaced)
        if deletes:
            changes.append(self.store.delete(deletes, self.user))
            counts.deleted += len(deletes)
        self.counts.add(counts)
        return counts, changes


def _same_content(a: Incident, b: Incident) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in _CONTENT)
