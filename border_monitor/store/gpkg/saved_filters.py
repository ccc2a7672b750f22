"""Named saved filters, kept in the store's ``saved_filters`` table so every workstation of the store has them.

Each row holds a name (unique, compared as written after trimming), the filter as JSON (``domain.filter_json``),
who saved it and when it was made and last replaced. Saving, replacing and deleting are writes like any
other: one transaction with an audit entry of action "filter" (``before``/``after``: the name and the filter).
``SavedFilters(access)`` owns the table for its store (``access.StoreAccess``); the record and the name rule are
backend-neutral (``store.saved_filters``).
"""
from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timezone

from ...domain import filter_json
from ...domain.errors import NotFoundError, ValidationError
from ...domain.filters import IncidentFilter
from ..base import Change
from ..saved_filters import SavedFilter, check_name
from . import audit
from .access import StoreAccess
from .schema import touch_contents

log = logging.getLogger(__name__)

def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def read_all(conn: sqlite3.Connection) -> list[SavedFilter]:
    """Every saved filter, by name (none in a file from before schema version 7, opened read-only)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'saved_filters'").fetchone() is None:
        return []
    out = []
    for name, text, author, created, updated in conn.execute(
            "SELECT name, filter_json, author, created, updated FROM saved_filters ORDER BY name COLLATE NOCASE"):
        try:
            flt, problem = filter_json.loads(text, name), ""
        except ValidationError as exc:
            flt, problem = None, str(exc)
        out.append(SavedFilter(name, flt, author, created, updated, problem))
    return out


def _row(conn: sqlite3.Connection, name: str):
    return conn.execute("SELECT filter_json FROM saved_filters WHERE name = ?", (name,)).fetchone()


def _entry(name: str, text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        return {"name": name, "filter": json.loads(text)}
    except ValueError:  # a damaged text (another program) is kept in the log as it was
        return {"name": name, "filter_text": text}


class SavedFilters:
    def __init__(self, access: StoreAccess):
        self._access = access

    def saved_filters(self) -> list[SavedFilter]:
        """Every saved filter of the store, by name; one saved by a newer version comes with ``problem`` set."""
        return read_all(self._access.conn())

    def saved_filter(self, name: str) -> IncidentFilter:
        """The filter saved as ``name``: ``NotFoundError`` if there is none, ``ValidationError`` if it was
        saved in a format newer than this version reads."""
        name = check_name(name)
        row = _row(self._access.conn(), name)
        if row is None:
            raise NotFoundError(f"There is no saved filter {name!r} in {self._access.name}.")
        return filter_json.loads(row[0], name)

    def save_filter(self, name: str, flt: IncidentFilter, user: str) -> Change:
        """Save ``flt`` as ``name`` (replacing a filter of that name), audited. ``Change(saved_filters=True)``."""
        name = check_name(name)
        text = filter_json.dumps(flt)

        def work(conn, _index):
            at = _now()
            old = _row(conn, name)
            conn.execute("INSERT INTO saved_filters (name, filter_json, author, created, updated) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT(name) DO UPDATE SET filter_json = excluded.filter_json, "
                         "author = excluded.author, updated = excluded.updated", (name, text, user, at, at))
            audit.append(conn, at, user, self._access.origin(), "filter", None, _entry(name, old[0] if old else None),
                         _entry(name, text))
            touch_contents(conn, "saved_filters")
            log.info("%s saved the filter %r in %s", user, name, self._access.name)
            return Change(saved_filters=True), None
        return self._access.write(work)

    def delete_filter(self, name: str, user: str) -> Change:
        """Delete the saved filter ``name`` (``NotFoundError`` if there is none), audited."""
        name = check_name(name)

        def work(conn, _index):
            old = _row(conn, name)
            if old is None:
                raise NotFoundError(f"There is no saved filter {name!r} in {self._access.name}.")
            at = _now()
            conn.execute("DELETE FROM saved_filters WHERE name = ?", (name,))
            audit.append(conn, at, user, self._access.origin(), "filter", None, _entry(name, old[0]), None)
            touch_contents(conn, "saved_filters")
            log.info("%s deleted the saved filter %r from %s", user, name, self._access.name)
            return Change(saved_filters=True), None
        return self._access.write(work)
