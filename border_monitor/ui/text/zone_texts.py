"""Texts about the display time zone: the zone's name in headers and the menu, an incident's shown time."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...domain.display_zone import DisplayZone, display_time
from .formats import datetime_offset_text


def zone_caption(choice: DisplayZone, workstation_zone: str) -> str:
    """What a header names the zone as: "UTC", "Europe/Vilnius", "reporter's zone"."""
    if choice is DisplayZone.UTC:
        return "UTC"
    if choice is DisplayZone.WORKSTATION:
        return workstation_zone
    return QCoreApplication.translate("zone_texts", "reporter's zone")


def time_header(choice: DisplayZone, workstation_zone: str) -> str:
    """The Time column's header: "Time (UTC)", "Time (Europe/Vilnius)", "Time (reporter's zone)"."""
    return QCoreApplication.translate("zone_texts", "Time (%1)").replace("%1", zone_caption(choice, workstation_zone))


def menu_text(choice: DisplayZone, workstation_zone: str) -> str:
    """The View > Time zone entry for ``choice``."""
    if choice is DisplayZone.UTC:
        return QCoreApplication.translate("zone_texts", "&UTC")
    if choice is DisplayZone.WORKSTATION:
        return QCoreApplication.translate("zone_texts", "This &workstation's (%1)").replace("%1", workstation_zone)
    return QCoreApplication.translate("zone_texts", "The &reporter's (each country's zone)")


def shown_time(value: datetime, reporter_zone: str, choice: DisplayZone, workstation_zone: str,
               long: bool = False) -> str:
    """``value`` in the chosen zone with its UTC offset: "2021-07-03 23:45 +03:00"."""
    return datetime_offset_text(display_time(value, reporter_zone, choice, workstation_zone), long)
