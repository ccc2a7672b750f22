"""Every word the map page shows, translated on the Python side and handed to the page as JSON."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapPanel", text)


def page_labels() -> dict:
    status = {"open": _tr("open"), "closed": _tr("closed"), "uncertain": _tr("uncertain")}
    return {
        "layers": {
            "countries": _tr("Countries"),
            "borders": _tr("Borders with Belarus"),
            "zones": _tr("Emergency zones (2021)"),
            "sectors": _tr("Sectors (approximate)"),
            "crossings": _tr("Crossing points"),
            "incidents": _tr("Incidents"),
            "heat": _tr("Heat map"),
        },
        "page": {
            "noBaseMap": _tr("No base map"),
            "cellTip": _tr("{n} incidents, {p} persons (click to zoom in)"),
        },
        "borders": {"border": _tr("Border {border}: {km} km (official length)")},
        "zones": {"zone": _tr("Zone"), "from": _tr("From"), "to": _tr("To"), "open": _tr("open-ended"),
                  "note": _tr("Note")},
        "sectors": {"sector": _tr("Sector"), "border": _tr("Border"), "length": _tr("Length"), "note": _tr("Note")},
        "crossings": {
            "kind": _tr("Kind"), "border": _tr("Border"), "status2021": _tr("Status in 2021"),
            "statusNow": _tr("Status now"), "note": _tr("Note"), "closedOn": _tr("closed {date}"),
            "reopenedOn": _tr("reopened {date}"), "kinds": {"road": _tr("road"), "rail": _tr("rail")},
            "status": status,
        },
        "legend": {
            "title": _tr("Incident types"),
            "cells": _tr("Incidents per cell"),
            "few": _tr("few"),
            "many": _tr("many"),
            "gridStatus": _tr("{n} incidents in {cells} cells of {cell}°; zoom in for single incidents"),
            "pointsStatus": _tr("{n} incidents in and around the view"),
            "truncatedStatus": _tr("Only {n} incidents are shown: zoom in to see all"),
        },
        "move": {"button": _tr("Move this incident"),
                 "hint": _tr("Drag to the new place and let go; Esc cancels")},
        "box": {"drawBox": _tr("Draw a box to filter by area (or shift+drag on the map)"),
                "clearBox": _tr("Clear the area filter")},
    }


def popup_labels() -> dict[str, str]:
    return {
        "persons": _tr("Persons"),
        "when": _tr("When (UTC)"),
        "country": _tr("Reported by"),
        "status": _tr("Status"),
        "sector": _tr("Sector"),
        "distance": _tr("Distance to border"),
        "nationalities": _tr("Nationalities"),
        "source": _tr("Source"),
        "side": _tr("Side"),
    }
