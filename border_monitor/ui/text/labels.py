"""Translated names of the taxonomy values, for every view (table, filters, details, timeline).

The domain keeps plain English-free codes; these are the words a user sees.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.taxonomy import Country, IncidentType, Status


def country_label(value: Country | str) -> str:
    code = str(value)
    names = {
        "LT": QCoreApplication.translate("labels", "Lithuania"),
        "LV": QCoreApplication.translate("labels", "Latvia"),
        "PL": QCoreApplication.translate("labels", "Poland"),
        "BY": QCoreApplication.translate("labels", "Belarus"),
    }
    return names.get(code, code)


def type_label(value: IncidentType | str) -> str:
    names = {
        "apprehension": QCoreApplication.translate("labels", "Apprehension"),
        "prevented_entry": QCoreApplication.translate("labels", "Prevented entry"),
        "return_to_belarus": QCoreApplication.translate("labels", "Return to Belarus"),
        "smuggling": QCoreApplication.translate("labels", "Smuggling"),
        "trafficking": QCoreApplication.translate("labels", "Trafficking"),
        "barrier_damage": QCoreApplication.translate("labels", "Barrier damage"),
        "use_of_force": QCoreApplication.translate("labels", "Use of force"),
        "provocation": QCoreApplication.translate("labels", "Provocation"),
        "military_activity": QCoreApplication.translate("labels", "Military activity"),
        "airspace": QCoreApplication.translate("labels", "Airspace violation"),
        "humanitarian": QCoreApplication.translate("labels", "Humanitarian"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    code = str(value)
    return names.get(code, code)


def status_label(value: Status | str) -> str:
    names = {
        "reported": QCoreApplication.translate("labels", "Reported"),
        "verified": QCoreApplication.translate("labels", "Verified"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }
    code = str(value)
    return names.get(code, code)


def category_label(by: str, key: str) -> str:
    """Label of a ``DailyCounts`` key stacked ``by`` "country" or "type"."""
    return country_label(key) if by == "country" else type_label(key)


__all__ = ["country_label", "type_label", "status_label", "category_label", "Country", "IncidentType", "Status"]
