"""The IncidentStore interface: everything above the store talks to this, never to SQL.

Backends: ``gpkg.GeoPackageStore`` (local file); a PostGIS backend and sync follow
behind the same interface. Every write is one transaction and returns a ``Change``
saying what it touched, so the UI can broadcast it once (Anki's OpChanges habit).
"""
from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Callable, Iterable, Literal
from uuid import UUID

import numpy as np

from ..domain.filters import IncidentFilter, SortKey
from ..domain.incident import Incident

if TYPE_CHECKING:
    from ..domain.batch import IncidentBatch


@dataclass(frozen=True)
class Change:
    """What one write touched."""

    incidents: frozenset = field(default_factory=frozenset)  # UUIDs added, changed or (un)deleted
    added: int = 0
    updated: int = 0
    deleted: int = 0
    reference: bool = False  # reference layers changed
    events: bool = False  # timeline context events changed
    saved_filters: bool = False  # a named saved filter was saved, replaced or deleted
    attachments: frozenset = field(default_factory=frozenset)  # UUIDs of incidents whose attachments changed

    @property
    def touches_incidents(self) -> bool:
        """Incidents were added, changed or (un)deleted: what views of incidents (map, table, timeline) redraw on."""
        return bool(self.incidents or self.added or self.updated or self.deleted)

    @property
    def any(self) -> bool:
        return (self.touches_incidents or self.reference or self.events or self.saved_filters
                or bool(self.attachments))


@dataclass(frozen=True)
class ChangeSet:
    """The incidents written (added, edited, deleted, undeleted) after a change sequence number, and the new
    high-water mark to ask from next time (``IncidentStore.changes_since``)."""

    seq: int
    ids: frozenset[UUID] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ChangeSource:
    """How a UI learns that ``IncidentStore.refresh()`` is worth calling (Qt-free; ``ui.live_refresh`` maps it):

    - ``paths``: files whose modification means a write (a GeoPackage and its ``-wal``): watch them;
    - ``fileno`` with ``drain``: a socket that becomes readable on a write (a PostgreSQL LISTEN connection);
      call ``drain()`` when it is (it returns -1 once the connection is gone), then refresh;
    - ``poll_seconds``: neither works (a hot standby, a network file system): refresh every so many seconds.
    """

    paths: tuple[str, ...] = ()
    fileno: int | None = None
    drain: Callable[[], None] | None = None
    poll_seconds: float | None = None


@dataclass(frozen=True)
class DailyCounts:
    """Incidents (or persons) per local day, stacked by a category.

    ``days`` are consecutive dates; ``keys`` the category values (e.g. "LT", "PL" or type
    names); ``counts[k, d]`` the number for key k on day d.
    """

    days: list[date]
    keys: list[str]
    counts: np.ndarray  # shape (len(keys), len(days)), int64


@dataclass(frozen=True)
class WindowCounts:
    """Incidents (or persons) per key in consecutive time windows.

    Window ``w`` holds the incidents with ``edges_ms[w] <= occurred_at < edges_ms[w + 1]`` (UTC epoch
    ms); ``counts[k, w]`` is the number for key ``keys[k]`` in it.
    """

    edges_ms: np.ndarray  # shape (windows + 1,), int64, increasing
    keys: list[str]
    counts: np.ndarray  # shape (len(keys), windows), int64


@dataclass(frozen=True)
class GridCounts:
    """Incidents aggregated into square cells of ``cell_deg`` degrees (lon/lat of cell centres)."""

    cell_deg: float
    lon: np.ndarray
    lat: np.ndarray
    counts: np.ndarray
    persons: np.ndarray


@dataclass(frozen=True)
class ContextEvent:
    """A dated context event shown on the timeline (e.g. "state of emergency")."""

    id: int | None
    start: date
    end: date
    country: str  # LT, LV, PL, BY or "" for all
    title: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    origin: str
    action: str  # create, update, delete, restore, import, enrich (derived fields refilled after outside edits), attach
    incident_id: str | None
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class Stats:
    total: int
    persons: int
    by_country: dict[str, int]
    by_type: dict[str, int]
    by_day: dict[str, int]  # "YYYY-MM-DD" -> incidents (local day of the reporting country)
    by_nationality: dict[str, int]  # alpha-3 -> persons

    def to_json(self) -> dict:
        return {
            "total": self.total,
            "persons": self.persons,
            "by_country": self.by_country,
            "by_type": self.by_type,
            "by_day": self.by_day,
            "by_nationality": self.by_nationality,
        }


class IncidentStore(ABC):
    """A store of incidents, reference layers and context events."""

    # -- identity -----------------------------------------------------------
    @property
    @abstractmethod
    def name(self) -> str:
        """Short name for the user (file name or database name)."""

    @property
    @abstractmethod
    def origin(self) -> str:
        """This installation's id (written as ``origin`` of incidents it creates)."""

    @abstractmethod
    def metadata(self) -> dict[str, str]:
        """Key/value metadata (schema version, synthetic flag, scenario description, ...)."""

    @abstractmethod
    def set_metadata(self, key: str, value: str) -> Change:
        """Set one metadata text (e.g. ``synthetic`` = ``true``); ``schema_version`` is the store's own and
        refused (``ValidationError``), as is an empty key. Returns an empty ``Change`` (no incident changed)."""

    # -- writes (each one transaction, each audited) -------------------------
    @abstractmethod
    def add(self, incidents: Iterable[Incident], user: str) -> Change: ...

    @abstractmethod
    def add_batch(self, batch: "IncidentBatch", user: str, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None, *, source_name: str = "",
                  validated: bool = False) -> Change:
        """Bulk insert, all or nothing: validates (raising ``ImportRejected`` listing row errors), enriches
        vectorised, writes one transaction. ``progress(done, total)``; ``cancel()`` true -> roll back, raise
        ``ImportCancelled``. ``source_name`` (e.g. the imported file) is written to the audit entry.
        ``validated``: the caller has just run ``batch.validate()`` on exactly these rows and kept only the
        good ones (the io readers do), so the rules are not checked again; ids are still checked against
        the store (``ImportRejected`` naming the rows whose id it already holds)."""

    @abstractmethod
    def update(self, incident: Incident, user: str) -> Change:
        """Replace an incident by id; checks ``revision`` (optimistic locking), bumps it."""

    @abstractmethod
    def update_many(self, incidents: list[Incident], user: str) -> Change:
        """Replace several incidents in one transaction, all or nothing: each must exist, not be deleted and
        carry the stored ``revision`` (else ``StoreError``/``NotFoundError`` naming the incident, and nothing is
        written); each gets its revision bumped and its own audit entry. ``Change.updated`` counts them."""

    @abstractmethod
    def delete(self, ids: Iterable, user: str) -> Change:
        """Soft delete: the rows stay, flagged, and can be restored."""

    @abstractmethod
    def restore(self, ids: Iterable, user: str) -> Change: ...

    @abstractmethod
    def delete_batch(self, ids: Iterable, user: str, reason: str = "") -> Change:
        """Soft-delete many incidents (e.g. undoing an import) in one transaction with ONE audit entry (action
        ``delete``, ``after`` = count, reason, ids); rows already deleted are skipped; an unknown id refuses
        (``NotFoundError``) and nothing changes."""

    @abstractmethod
    def restore_batch(self, ids: Iterable, user: str, reason: str = "") -> Change:
        """The reverse of ``delete_batch``: one transaction, one audit entry (action ``restore``)."""

    # -- reads --------------------------------------------------------------
    @abstractmethod
    def get(self, incident_id) -> Incident: ...

    @abstractmethod
    def count(self, flt: IncidentFilter) -> int: ...

    @abstractmethod
    def page(self, flt: IncidentFilter, sort: SortKey = SortKey.OCCURRED_AT, descending: bool = False,
             offset: int = 0, limit: int = 200) -> list[Incident]: ...

    @abstractmethod
    def position(self, flt: IncidentFilter, sort: SortKey, descending: bool, incident_id) -> int | None:
        """The row of an incident in ``page(flt, sort, descending, ...)`` order (0 first), found without
        fetching rows; None when the filter excludes it or the store holds no such incident."""

    @abstractmethod
    def daily_counts(self, flt: IncidentFilter, by: Literal["country", "type"] = "country",
                     measure: Literal["incidents", "persons"] = "incidents", zone: str | None = None) -> DailyCounts:
        """Counts per local day: each incident on its reporter's day (the days the filter's dates mean), or,
        with ``zone`` (an IANA name or "UTC"), on its day in that zone (the timeline under View > Time zone)."""

    @abstractmethod
    def window_counts(self, flt: IncidentFilter, edges_ms,
                      by: Literal["country", "border", "sector", "type", "nationality"] = "country",
                      measure: Literal["incidents", "persons"] = "incidents") -> WindowCounts:
        """Counts in the windows between consecutive ``edges_ms`` (UTC epoch ms, increasing), per key: every
        country, border or type; the sectors, or nationalities (persons only), with a count in the windows.
        The filter's own dates (local days) apply as well."""

    @abstractmethod
    def grid_counts(self, flt: IncidentFilter, cell_deg: float) -> GridCounts: ...

    @abstractmethod
    def points(self, flt: IncidentFilter, limit: int | None = None) -> dict[str, np.ndarray]:
        """Columns for drawing: ``row`` (index handle), ``id`` (str), ``lon``, ``lat``, ``type`` (int code),
        ``country`` (int code), ``persons``, ``day`` (local day as days since 1970-01-01)."""

    @abstractmethod
    def stats(self, flt: IncidentFilter) -> Stats: ...

    @abstractmethod
    def extent(self, flt: IncidentFilter) -> tuple[float, float, float, float] | None:
        """(min_lon, min_lat, max_lon, max_lat) of the incidents in ``flt``; None when it holds none."""

    @abstractmethod
    def extent_of(self, ids: Iterable, include_deleted: bool = False) -> tuple[float, float, float, float] | None:
        """The same for the incidents with these ids (unknown ids are passed over)."""

    # -- named saved filters (shared by every workstation of the store) ------
    @abstractmethod
    def saved_filters(self) -> list:
        """Every saved filter (``store.saved_filters.SavedFilter``), by name."""

    @abstractmethod
    def saved_filter(self, name: str) -> IncidentFilter: ...

    @abstractmethod
    def save_filter(self, name: str, flt: IncidentFilter, user: str) -> Change:
        """Save (or replace) a named filter, audited; ``Change(saved_filters=True)``."""

    @abstractmethod
    def delete_filter(self, name: str, user: str) -> Change: ...

    @abstractmethod
    def history(self, incident_id) -> list[AuditEntry]: ...

    @abstractmethod
    def events(self) -> list[ContextEvent]: ...

    @abstractmethod
    def set_events(self, events: Iterable[ContextEvent], user: str) -> Change:
        """Replace every context event by ``events`` in one write (their ``id`` is ignored; the store numbers
        them). Refuses (``ValidationError``) an end before the start, a country other than LT, LV, PL, BY or
        "" (all), an empty title. Returns ``Change(events=True)``."""

    @abstractmethod
    def reference_layer(self, name: str) -> dict:
        """A reference layer (countries, borders, crossing_points, zones, sectors) as a GeoJSON dict."""

    def reference_layer_text(self, name: str) -> str:
        """``reference_layer`` as GeoJSON text (the map page takes it as it is: a store that keeps the text gives it
        without parsing and writing it again)."""
        return json.dumps(self.reference_layer(name), ensure_ascii=False, separators=(",", ":"))

    @abstractmethod
    def refresh_reference(self, user: str) -> Change:
        """Rewrite the reference layers from the packaged reference data (after it was updated), in one
        write. Returns ``Change(reference=True)``. Derived fields of stored incidents are not recomputed."""

    # -- the change API: following writes made by other programs and connections --------------------
    @abstractmethod
    def change_seq(self) -> int:
        """The store's change sequence: a counter bumped by every committed write to incidents, by any program."""

    @abstractmethod
    def changes_since(self, seq: int) -> ChangeSet:
        """The incidents written after ``seq`` (added, edited, deleted, undeleted; by anyone) and the new mark."""

    @abstractmethod
    def refresh(self) -> Change:
        """Catch up with writes other programs or connections made since this store object last looked: the
        cache follows incrementally; the ``Change`` says what they touched (empty when nothing changed)."""

    @abstractmethod
    def change_source(self) -> ChangeSource:
        """How a UI learns that ``refresh()`` is worth calling (see ``ChangeSource``)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

