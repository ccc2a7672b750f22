"""Lengths and areas for the user, in the locale's digits: ``850 m``, ``12.35 km``, ``172.3 km``,
``4.2 ha``, ``12.35 km²``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def length_text(metres: float) -> str:
    if metres < 1_000:
        return QCoreApplication.translate("Distances", "%1 m").replace("%1", _number(round(metres), 0))
    decimals = 2 if metres < 100_000 else 1
    return QCoreApplication.translate("Distances", "%1 km").replace("%1", _number(metres / 1000, decimals))


def area_text(square_metres: float) -> str:
    if square_metres < 10_000:
        return QCoreApplication.translate("Distances", "%1 m²").replace("%1", _number(round(square_metres), 0))
    if square_metres < 1_000_000:
        return QCoreApplication.translate("Distances", "%1 ha").replace("%1", _number(square_metres / 10_000, 2))
    decimals = 2 if square_metres < 1e9 else 0
    return QCoreApplication.translate("Distances", "%1 km²").replace("%1", _number(square_metres / 1e6, decimals))


def radius_text(km: float) -> str:
    """A round distance as given (``1 km``, ``2.5 km``, ``500 m``): range ring radii, grid spacings."""
    if km < 1:
        return QCoreApplication.translate("Distances", "%1 m").replace("%1", QLocale().toString(float(km * 1000), "g", 6))
    return QCoreApplication.translate("Distances", "%1 km").replace("%1", QLocale().toString(float(km), "g", 6))
