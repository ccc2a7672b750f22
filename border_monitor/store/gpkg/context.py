"""``StoreContext(access)``: a GeoPackage store's context beside incidents, owned for the store (``access.StoreAccess``):
metadata, timeline events and reference layers (with the cache of their GeoJSON texts)."""
from __future__ import annotations

import json
import logging
from datetime import date, datetime
from typing import Iterable

from ...domain.errors import ValidationError
from ..base import Change, ContextEvent
from .schema import touch_contents
from .access import StoreAccess

log = logging.getLogger(__name__)

EVENT_COUNTRIES = ("", "LT", "LV", "PL", "BY")


class StoreContext:
    def __init__(self, access: StoreAccess):
        self._access = access
        self._reference_cache: dict[str, str] = {}

    # -- metadata -----------------------------------------------------------------------------
    def metadata(self) -> dict[str, str]:
        return {k: v for k, v in self._access.conn().execute("SELECT key, value FROM bm_metadata ORDER BY key")}

    def set_metadata(self, key: str, value: str) -> Change:
        """Set one metadata text (e.g. ``synthetic`` = ``true``, ``scenario`` = a description)."""
        key = str(key).strip()
        if not key:
            raise ValidationError("key", key, "is empty")
        if key in ("schema_version", "audit_head", "store_uuid"):
            raise ValidationError("key", key, "is kept by the store itself")

        def work(conn, _index):
            conn.execute("INSERT INTO bm_metadata (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))
            touch_contents(conn, "bm_metadata")
            return Change(), None
        return self._access.write(work)

    # -- context events ------------------------------------------------------------------------
    def events(self) -> list[ContextEvent]:
        rows = self._access.conn().execute("SELECT id, start_date, end_date, country, title FROM events "
                                    "ORDER BY start_date, end_date, id")
        return [ContextEvent(id=i, start=date.fromisoformat(s), end=date.fromisoformat(e), country=c or "", title=t)
                for i, s, e, c, t in rows]

    def set_events(self, events: Iterable[ContextEvent], user: str) -> Change:
        """Replace every context event by ``events`` (their ``id`` is ignored; the store numbers them)."""
        rows = []
        for ev in events:
            start, end = _as_date(ev.start, "start", ev.title), _as_date(ev.end, "end", ev.title)
            if end < start:
                raise ValidationError("end", end.isoformat(), f"is before the start {start} of event {ev.title!r}")
            country = (ev.country or "").strip().upper()
            if country not in EVENT_COUNTRIES:
                raise ValidationError("country", ev.country, f"of event {ev.title!r} is not LT, LV, PL, BY or empty")
            if not str(ev.title).strip():
                raise ValidationError("title", ev.title, f"of the event starting {start} is empty")
            rows.append((start.isoformat(), end.isoformat(), country, str(ev.title).strip()))

        def work(conn, _index):
            conn.execute("DELETE FROM events")
            conn.executemany("INSERT INTO events (start_date, end_date, country, title) VALUES (?, ?, ?, ?)", rows)
            touch_contents(conn, "events")
            log.info("%s set %d context events in %s", user, len(rows), self._access.name)
            return Change(events=True), None
        return self._access.write(work)

    # -- reference layers ----------------------------------------------------------------------
    def reference_layer(self, name: str) -> dict:
        return json.loads(self.reference_layer_text(name))

    def reference_layer_text(self, name: str) -> str:
        from ...geo.reference import LAYER_NAMES
        from .reference_layers import read_layer_text

        if name not in LAYER_NAMES:
            raise ValidationError("layer", name, f"is not a reference layer ({', '.join(LAYER_NAMES)})")
        text = self._reference_cache.get(name)
        if text is None:
            text = self._reference_cache[name] = read_layer_text(self._access.conn(), name)
        return text

    def refresh_reference(self, user: str) -> Change:
        """Rewrite the reference layers from the packaged reference data (after it was updated)."""
        from ...geo.reference import LAYER_NAMES, load_reference
        from .reference_layers import write_reference

        def work(conn, _index):
            write_reference(conn, load_reference(), LAYER_NAMES)
            log.info("%s rewrote the reference layers of %s", user, self._access.name)
            return Change(reference=True), None
        change = self._access.write(work)
        self._reference_cache.clear()
        return change


def _as_date(value, field: str, title: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, value, f"of event {title!r} is not a date (YYYY-MM-DD)") from None
