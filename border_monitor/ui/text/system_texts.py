"""Coordinate systems as the menus and the form name them, in the user's language.

``geo.coords.systems`` labels each system in English; most labels are proper names ("LKS-94 / Lithuania
TM", "WGS 84 / UTM zone 34N") and stay so; the three that describe a notation are translated here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...geo.coords import crs


def system_label(name: str) -> str:
    described = {
        "wgs84": QCoreApplication.translate("system_texts", "WGS 84 decimal degrees"),
        "dms": QCoreApplication.translate("system_texts", "WGS 84 degrees, minutes, seconds"),
        "mgrs": QCoreApplication.translate("system_texts", "MGRS grid reference"),
    }
    return described.get(name) or crs.get_system(name).label
