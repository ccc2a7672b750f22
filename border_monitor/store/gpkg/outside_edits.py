"""Derived fields of rows another program wrote (QGIS): found by the cache (``cache.stale_rows``), refilled here
in one write.

Border Monitor computes ``border``, ``sector``, ``distance_to_border_m``, ``side`` and ``in_zone`` from
the position on every write of its own. Another program does not: a feature added in QGIS has them
NULL, a point moved there keeps the old ones. When the store notices the table changed behind it
(its data version moved), it compares the rebuilt index with the one it had (in memory, or the
snapshot saved at the last close) and refills, in one transaction with one audit entry ("enrich"),
the derived fields of

- every row with a position in the monitored region and a derived field missing (checked on every
  open and rebuild, so a refill that could not be written is tried again);
- every row whose position or derived fields differ from the previous index. The revision does not tell
  who moved a row (an outside tool may bump it too), so each such row is recomputed; rows Border Monitor
  wrote (here or in another process) already hold the right values and are not written again.

Only the rows whose stored values differ from the recomputed ones are written. Revision and
``updated_at`` stay as they were: the refill repairs a cache, it is not an edit.
"""
from __future__ import annotations

import getpass
import logging
import sqlite3
from datetime import datetime, timezone
from typing import Callable

import numpy as np

from ...domain.taxonomy import BORDERS
from ...domain.errors import StoreError
from ..base import Change
from ..cache.stale_rows import DERIVED_COLUMNS, in_region
from . import audit
from .binary import decode_points
from .incident_rows import SIDES, TABLE, iso_ms
from .schema import touch_contents

log = logging.getLogger(__name__)

AUDIT_IDS_MAX = 10_000  # ids listed in the audit entry (the count is always exact)
_FETCH = 900


def refill(conn: sqlite3.Connection, fids: np.ndarray) -> tuple[list[int], dict, dict]:
    """Recompute the derived fields of the rows ``fids`` and write those that differ (inside the caller's
    transaction): (fids written, numeric index columns of them, their sector texts)."""
    rows = []
    fid_list = [int(f) for f in fids]
    for start in range(0, len(fid_list), _FETCH):
        part = fid_list[start:start + _FETCH]
        rows.extend(conn.execute(
            f"SELECT fid, geom, {', '.join(DERIVED_COLUMNS)} FROM {TABLE} WHERE fid IN ({', '.join('?' * len(part))})",
            part))
    if not rows:
        return [], {}, {}
    lon, lat = decode_points([r[1] for r in rows])
    ok = in_region(lon, lat)
    rows = [r for r, keep in zip(rows, ok.tolist()) if keep]
    lon, lat = lon[ok], lat[ok]
    if not rows:
        return [], {}, {}
    from ...geo import enrich as geo_enrich  # the reference geography (shapely, pyproj): only when rows moved

    e = geo_enrich.enrich(lon, lat)
    names = geo_enrich.sector_names()
    border = [BORDERS[k].value for k in e.border.tolist()]
    sector = [names[k] for k in e.sector.tolist()]
    side = [SIDES[k].value for k in e.side.tolist()]
    in_zone = e.in_zone.astype(int).tolist()
    distance = e.distance_to_border_m.tolist()
    updates, written = [], []
    for k, (fid, _geom, old_border, old_sector, old_distance, old_side, old_zone) in enumerate(rows):
        same = (old_border == border[k] and old_sector == sector[k] and old_side == side[k]
                and old_zone is not None and int(old_zone) == in_zone[k] and old_distance is not None
                and abs(float(old_distance) - distance[k]) <= 1e-6 * max(1.0, distance[k]))
        if not same:
            updates.append((border[k], sector[k], distance[k], side[k], in_zone[k], fid))
            written.append(k)
    if not updates:
        return [], {}, {}
    conn.executemany(f"UPDATE {TABLE} SET border = ?, sector = ?, distance_to_border_m = ?, side = ?, in_zone = ? "
                     "WHERE fid = ?", updates)
    pick = np.array(written, dtype=np.int64)
    columns = {"border": e.border[pick], "side": e.side[pick], "in_zone": e.in_zone[pick].astype(np.int8),
               "distance": e.distance_to_border_m[pick]}
    return [u[-1] for u in updates], columns, {"sector": [sector[k] for k in written]}


def audit_after(conn: sqlite3.Connection, fids: list[int]) -> dict:
    """The ``after`` of the audit entry of a refill: how many, and (up to ``AUDIT_IDS_MAX``) which incidents."""
    ids = []
    listed = fids[:AUDIT_IDS_MAX]
    for start in range(0, len(listed), _FETCH):
        part = listed[start:start + _FETCH]
        ids.extend(u for (u,) in conn.execute(
            f"SELECT uuid FROM {TABLE} WHERE fid IN ({', '.join('?' * len(part))}) ORDER BY fid", part))
    return {"count": len(fids), "fields": list(DERIVED_COLUMNS), "ids": ids,
            "reason": "changed outside Border Monitor (e.g. in QGIS)"}


def login_name() -> str:
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


class Refill:
    """Refilling the derived fields of rows another program wrote, as writes of the store: in a write of its own,
    or inside a write that caught up first. ``write(work)`` is the store's one-transaction write; ``refusal()``
    why the store may not write now (None when it may)."""

    def __init__(self, write: Callable, origin: Callable[[], str], name: str, refusal: Callable[[], str | None]):
        self._write = write
        self._origin = origin
        self._name = name
        self._refusal = refusal

    def work(self, fids: np.ndarray):
        """The write's work that refills ``fids`` where they differ, with one audit entry ("enrich")."""
        def work(conn: sqlite3.Connection, _index):
            written, rows, texts = refill(conn, fids)
            if not written:
                return Change(), None
            after = audit_after(conn, written)
            now = datetime.now(timezone.utc)
            audit.append(conn, iso_ms(now), login_name(), self._origin(), "enrich", None, None, after)
            touch_contents(conn, TABLE)
            log.info("Refilled the derived fields of %d incident(s) of %s changed outside Border Monitor",
                     len(written), self._name)

            def apply(ix) -> None:
                ix.set_rows(ix.positions(written), rows, texts, None)
            return Change(incidents=frozenset(after["ids"]), updated=len(written)), apply
        return work

    def in_transaction(self, conn: sqlite3.Connection, fids: np.ndarray):
        """Refill inside the caller's transaction (a savepoint: a failure here leaves the caller's write to go
        on); the index update to apply after commit, or None."""
        if not len(fids):
            return None
        conn.execute("SAVEPOINT bm_refill")
        try:
            apply = self.work(fids)(conn, None)[1]
        except (sqlite3.Error, ValueError) as exc:
            conn.execute("ROLLBACK TO bm_refill")
            conn.execute("RELEASE bm_refill")
            log.warning("Could not fill the derived fields of %d incident(s) changed outside Border Monitor in "
                        "%s: %s", len(fids), self._name, exc)
            return None
        conn.execute("RELEASE bm_refill")
        return apply

    def __call__(self, fids: np.ndarray) -> Change:
        """Refill in a write of its own; a store that cannot be written now is left as it is (a row still missing
        a derived field is tried again at the next open or catch-up)."""
        if not len(fids):
            return Change()
        refusal = self._refusal()
        if refusal is not None:
            log.info("%d incident(s) of %s changed outside Border Monitor keep their derived fields: %s", len(fids),
                     self._name, refusal)
            return Change()
        try:
            return self._write(self.work(fids))
        except (StoreError, sqlite3.Error, ValueError) as exc:
            log.warning("Could not fill the derived fields of %d incident(s) changed outside Border Monitor in "
                        "%s: %s", len(fids), self._name, exc)
            return Change()
