"""How many rows of a batch lie on the Belarusian side of the line, and how far inside: for the import summary.

A report from inside Belarus is possible (an observation across the line) but is more often a typo in a
coordinate (a swapped or mistyped digit), so the CLI says so after an import and the GUI asks before
storing when a row lies more than ``CONFIRM_INSIDE_M`` inside. Vectorised over the enrichment's side and
distance fields (``geo.enrich``), the same values the store writes.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..domain.taxonomy import Side
from .enrich import SIDES, enrich

#: The GUI asks before storing a batch with a row farther than this inside Belarus.
CONFIRM_INSIDE_M = 1000.0
_BY = SIDES.index(Side.BY)


@dataclass(frozen=True)
class SideSummary:
    """``count`` rows on the Belarusian side, the farthest ``max_inside_m`` metres from the line; ``rows`` are
    their positions in the batch (0-based), farthest first."""

    count: int
    max_inside_m: float
    rows: np.ndarray
    beyond_confirm: int  # rows more than CONFIRM_INSIDE_M inside

    @property
    def needs_confirmation(self) -> bool:
        return self.beyond_confirm > 0

    def sentence(self) -> str:
        """The English summary line ("12 incidents lie on the Belarusian side, up to 3.4 km from the line")."""
        if self.count == 0:
            return ""
        subject = "1 incident lies" if self.count == 1 else f"{self.count:,} incidents lie"
        return f"{subject} on the Belarusian side, up to {self.max_inside_m / 1000:.1f} km from the line"


def side_summary(lon, lat) -> SideSummary:
    """The rows of ``lon``/``lat`` (degrees, WGS 84) on the Belarusian side."""
    lon = np.asarray(lon, dtype=np.float64)
    lat = np.asarray(lat, dtype=np.float64)
    if len(lon) == 0:
        return SideSummary(0, 0.0, np.zeros(0, dtype=np.int64), 0)
    derived = enrich(lon, lat)
    on_by = np.flatnonzero(derived.side == _BY)
    if len(on_by) == 0:
        return SideSummary(0, 0.0, on_by, 0)
    inside = np.nan_to_num(derived.distance_to_border_m[on_by], nan=0.0)
    order = np.argsort(-inside, kind="stable")
    return SideSummary(len(on_by), float(inside[order[0]]), on_by[order],
                       int(np.count_nonzero(inside > CONFIRM_INSIDE_M)))
