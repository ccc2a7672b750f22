"""Derived fields of rows another program wrote (QGIS): found after an index rebuild, refilled in one write.

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

import numpy as np

from ..domain.incident import REGION_BBOX
from ..domain.taxonomy import BORDERS
from ..geo import enrich as geo_enrich
from .columnar import ColumnarIndex
from .gpkg_binary import decode_points
from .incident_rows import SIDES, TABLE

log = logging.getLogger(__name__)

DERIVED_COLUMNS = ("border", "sector", "distance_to_border_m", "side", "in_zone")
AUDIT_IDS_MAX = 10_000  # ids listed in the audit entry (the count is always exact)
_FETCH = 900


def _in_region(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    minx, miny, maxx, maxy = REGION_BBOX
    with np.errstate(invalid="ignore"):
        return np.isfinite(lon) & np.isfinite(lat) & (lon >= minx) & (lon <= maxx) & (lat >= miny) & (lat <= maxy)


def missing_derived(index: ColumnarIndex) -> np.ndarray:
    """Rows with a position in the region and at least one derived field NULL."""
    c = index.cols
    missing = (c["border"] < 0) | (c["side"] < 0) | (c["in_zone"] < 0) | (c["sector"] < 0) | np.isnan(c["distance"])
    return missing & _in_region(c["lon"], c["lat"])


def _differs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.dtype.kind == "f":
        return ~((a == b) | (np.isnan(a) & np.isnan(b)))
    return a != b


def stale_fids(previous: ColumnarIndex | None, index: ColumnarIndex) -> np.ndarray:
    """Fids of the rows of ``index`` whose derived fields may not fit their position (see the module text)."""
    stale = missing_derived(index)
    if previous is not None and len(previous) and len(index):
        fid, old_fid = index["fid"], previous["fid"]
        at = np.minimum(np.searchsorted(old_fid, fid), len(old_fid) - 1)
        common = old_fid[at] == fid
        new_rows, old_rows = np.flatnonzero(common), at[common]
        moved = np.zeros(len(new_rows), dtype=bool)
        for name in ("lon", "lat", "border", "side", "in_zone", "distance"):
            moved |= _differs(index[name][new_rows], previous[name][old_rows])
        # Sector codes index each index's own vocabulary: compare through the new one.
        remap = np.array([index.vocab["sector"].codes.get(t, -2) for t in previous.vocab["sector"].texts] + [-1],
                         dtype=np.int64)
        moved |= remap[previous["sector"][old_rows]] != index["sector"][new_rows]
        outside = new_rows[moved]
        stale[outside] |= _in_region(index["lon"][outside], index["lat"][outside])
    return index["fid"][stale]


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
    ok = _in_region(lon, lat)
    rows = [r for r, keep in zip(rows, ok.tolist()) if keep]
    lon, lat = lon[ok], lat[ok]
    if not rows:
        return [], {}, {}
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
