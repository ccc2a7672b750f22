"""The notice carried by synthetic (demonstration) data: in the window and on everything exported.

A store whose metadata says ``synthetic = true`` (the ``demo`` command writes such stores) holds
invented incidents. Exports from it carry ``SYNTHETIC_NOTICE``: as a ``data_notice`` column in
every row (CSV, GeoJSON, KML, GeoPackage; import ignores the column), and in each format's own
place for a file-wide note (see ``io.writers``). A store made by ``init`` or File > New store
says ``synthetic = false`` and its exports carry no notice.
"""
from __future__ import annotations

from collections.abc import Mapping

SYNTHETIC_NOTICE = "Synthetic demonstration data, not real incidents"
NOTICE_FIELD = "data_notice"
_TRUE = {"true", "1", "yes"}


def is_synthetic(metadata: Mapping[str, str]) -> bool:
    """Whether a store's metadata marks its data as synthetic."""
    return str(metadata.get("synthetic", "")).strip().lower() in _TRUE


def notice_for(store) -> str | None:
    """The notice to stamp on what is exported from ``store`` (None for real data or no store)."""
    if store is None:
        return None
    return SYNTHETIC_NOTICE if is_synthetic(store.metadata()) else None
