"""The derived fields of a position (border, sector, distance, side, zone) as one line for the user."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication


def _text(value) -> str:
    return str(getattr(value, "value", value))


def describe_derived(derived: dict | None) -> str:
    """``"LT-BY · sector Varėna · 1.2 km from the border · EU side · in the emergency zone"``."""
    tr = QCoreApplication.translate
    if not derived:
        return tr("derived", "(enter a position)")
    parts = []
    if derived.get("border") is not None:
        parts.append(tr("derived", "border {0}").format(_text(derived["border"])))
    if derived.get("sector"):
        parts.append(tr("derived", "sector {0}").format(_text(derived["sector"])))
    distance = derived.get("distance_to_border_m")
    if distance is not None and math.isfinite(float(distance)):
        distance = float(distance)
        shown = f"{distance:.0f} m" if distance < 1000 else f"{distance / 1000:.1f} km"
        parts.append(tr("derived", "{0} from the border").format(shown))
    side = derived.get("side")
    if side is not None:
        parts.append(tr("derived", "Belarusian side") if _text(side) == "BY" else tr("derived", "EU side"))
    zone = derived.get("in_zone")
    if zone is not None:
        parts.append(tr("derived", "in the emergency zone") if zone else tr("derived", "outside the emergency zone"))
    return " · ".join(parts) if parts else tr("derived", "(no border nearby)")
