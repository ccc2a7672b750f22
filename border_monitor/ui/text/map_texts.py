"""Every word the map page shows, translated on the Python side and handed to the page as JSON."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication




def osm_attribution() -> str:
    """OpenStreetMap's credit on the map ("© OpenStreetMap contributors (ODbL)" in English)."""
    return QCoreApplication.translate("MapPanel", "© OpenStreetMap contributors (ODbL)")


def page_labels() -> dict:
    status = {
        "open": QCoreApplication.translate("MapPanel", "open"),
        "closed": QCoreApplication.translate("MapPanel", "closed"),
        "uncertain": QCoreApplication.translate("MapPanel", "uncertain"),
    }
    return {
        "layers": {
            "countries": QCoreApplication.translate("MapPanel", "Countries"),
            "borders": QCoreApplication.translate("MapPanel", "Borders with Belarus"),
            "zones": QCoreApplication.translate("MapPanel", "Emergency zones (2021)"),
            "sectors": QCoreApplication.translate("MapPanel", "Sectors (approximate)"),
            "crossings": QCoreApplication.translate("MapPanel", "Crossing points"),
            "incidents": QCoreApplication.translate("MapPanel", "Incidents"),
            "heat": QCoreApplication.translate("MapPanel", "Heat map"),
        },
        "page": {
            "noBaseMap": QCoreApplication.translate("MapPanel", "No base map"),
            "layers": QCoreApplication.translate("MapPanel", "Map layers"),
            "cellTip": QCoreApplication.translate("MapPanel", "{n} incidents, {p} persons (click to zoom in)"),
            "zoomIn": QCoreApplication.translate("MapPanel", "Zoom in"),
            "zoomOut": QCoreApplication.translate("MapPanel", "Zoom out"),
        },
        "borders": {"border": QCoreApplication.translate("MapPanel", "Border {border}: {km} km (official length)")},
        "zones": {"zone": QCoreApplication.translate("MapPanel", "Zone"), "from": QCoreApplication.translate("MapPanel", "From"), "to": QCoreApplication.translate("MapPanel", "To"), "open": QCoreApplication.translate("MapPanel", "open-ended"),
                  "note": QCoreApplication.translate("MapPanel", "Note")},
        "sectors": {"sector": QCoreApplication.translate("MapPanel", "Sector"), "border": QCoreApplication.translate("MapPanel", "Border"), "length": QCoreApplication.translate("MapPanel", "Length"), "note": QCoreApplication.translate("MapPanel", "Note")},
        "crossings": {
            "kind": QCoreApplication.translate("MapPanel", "Kind"), "border": QCoreApplication.translate("MapPanel", "Border"), "status2021": QCoreApplication.translate("MapPanel", "Status in 2021"),
            "statusNow": QCoreApplication.translate("MapPanel", "Status now"), "note": QCoreApplication.translate("MapPanel", "Note"), "closedOn": QCoreApplication.translate("MapPanel", "closed {date}"),
            "reopenedOn": QCoreApplication.translate("MapPanel", "reopened {date}"), "kinds": {"road": QCoreApplication.translate("MapPanel", "road"), "rail": QCoreApplication.translate("MapPanel", "rail")},
            "status": status,
        },
        "legend": {
            "title": QCoreApplication.translate("MapPanel", "Incident types"),
            "cells": QCoreApplication.translate("MapPanel", "Incidents per cell"),
            "few": QCoreApplication.translate("MapPanel", "few"),
            "many": QCoreApplication.translate("MapPanel", "many"),
            "gridStatus": QCoreApplication.translate("MapPanel", "{n} incidents in {cells} cells of {cell}°; zoom in for single incidents"),
            "pointsStatus": QCoreApplication.translate("MapPanel", "{n} incidents in and around the view"),
            "truncatedStatus": QCoreApplication.translate("MapPanel", "Only {n} incidents are shown: zoom in to see all"),
            "show": QCoreApplication.translate("MapPanel", "Show the legend"),
            "hide": QCoreApplication.translate("MapPanel", "Hide the legend"),
            "outside": QCoreApplication.translate("MapPanel", "Outside the reference geography"),
        },
        "move": {"button": QCoreApplication.translate("MapPanel", "Move this incident"),
                 "hint": QCoreApplication.translate("MapPanel", "Drag to the new place and let go; Esc cancels")},
        "box": {"drawBox": QCoreApplication.translate("MapPanel", "Draw a box to filter by area (or shift+drag on the map)"),
                "clearBox": QCoreApplication.translate("MapPanel", "Clear the area filter")},
    }


def popup_labels() -> dict[str, str]:
    return {
        "persons": QCoreApplication.translate("MapPanel", "Persons"),
        "when": QCoreApplication.translate("MapPanel", "When (UTC)"),
        "country": QCoreApplication.translate("MapPanel", "Reported by"),
        "status": QCoreApplication.translate("MapPanel", "Status"),
        "sector": QCoreApplication.translate("MapPanel", "Sector"),
        "distance": QCoreApplication.translate("MapPanel", "Distance to border"),
        "nationalities": QCoreApplication.translate("MapPanel", "Nationalities"),
        "source": QCoreApplication.translate("MapPanel", "Source"),
        "side": QCoreApplication.translate("MapPanel", "Side"),
    }
