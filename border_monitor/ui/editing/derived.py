"""The derived fields of a position (border, sector, distance, side, zone) as one line for the user."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from ..text.distances import length_text


def _text(value) -> str:
    return str(getattr(value, "value", value))


def describe_derived(derived: dict | None) -> str:
    """``"LT-BY · sector Varėna · 1.2 km from the border · EU side · in the emergency zone"``."""
    if not derived:
        return QCoreApplication.translate("derived", "(enter a position)")
    parts = []
    if derived.get("border") is not None:
        parts.append(QCoreApplication.translate("derived", "border {0}").format(_text(derived["border"])))
    if derived.get("sector"):
        parts.append(QCoreApplication.translate("derived", "sector {0}").format(_text(derived["sector"])))
    distance = derived.get("distance_to_border_m")
    if distance is not None and math.isfinite(float(distance)):
        distance = float(distance)
        shown = length_text(distance)
        parts.append(QCoreApplication.translate("derived", "{0} from the border").format(shown))
    side = derived.get("side")
    if side is not None:
        if _text(side) == "BY":
            parts.append(QCoreApplication.translate("derived", "Belarusian side"))
        else:
            parts.append(QCoreApplication.translate("derived", "EU side"))
    zone = derived.get("in_zone")
    if zone is not None:
        if zone:
            parts.append(QCoreApplication.translate("derived", "in the emergency zone"))
        else:
            parts.append(QCoreApplication.translate("derived", "outside the emergency zone"))
    return " · ".join(parts) if parts else QCoreApplication.translate("derived", "(no border nearby)")
