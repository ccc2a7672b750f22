"""The words of the change history (Incident details > history): audit actions and field names.

The audit log keeps codes ("import", "occurred_at"); the history shows them in the user's language. The
English source texts are the codes themselves, as the history showed them before (and ``border-monitor
audit`` prints them); an action or field not named here shows as its code. Values stay as stored.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_label(action: str) -> str:
    names = {
        "create": QCoreApplication.translate("audit_texts", "create"),
        "update": QCoreApplication.translate("audit_texts", "update"),
        "delete": QCoreApplication.translate("audit_texts", "delete"),
        "restore": QCoreApplication.translate("audit_texts", "restore"),
        "import": QCoreApplication.translate("audit_texts", "import"),
        "enrich": QCoreApplication.translate("audit_texts", "enrich"),
        "attach": QCoreApplication.translate("audit_texts", "attach"),
        "filter": QCoreApplication.translate("audit_texts", "filter"),
    }
    return names.get(action, action)


def field_label(name: str) -> str:
    names = {
        "occurred_at": QCoreApplication.translate("audit_texts", "occurred_at"),
        "country": QCoreApplication.translate("audit_texts", "country"),
        "type": QCoreApplication.translate("audit_texts", "type"),
        "persons": QCoreApplication.translate("audit_texts", "persons"),
        "nationalities": QCoreApplication.translate("audit_texts", "nationalities"),
        "lat": QCoreApplication.translate("audit_texts", "lat"),
        "lon": QCoreApplication.translate("audit_texts", "lon"),
        "status": QCoreApplication.translate("audit_texts", "status"),
        "description": QCoreApplication.translate("audit_texts", "description"),
        "source": QCoreApplication.translate("audit_texts", "source"),
        "sector": QCoreApplication.translate("audit_texts", "sector"),
        "border": QCoreApplication.translate("audit_texts", "border"),
        "side": QCoreApplication.translate("audit_texts", "side"),
        "in_zone": QCoreApplication.translate("audit_texts", "in_zone"),
        "distance_to_border_m": QCoreApplication.translate("audit_texts", "distance_to_border_m"),
        "deleted": QCoreApplication.translate("audit_texts", "deleted"),
        "file": QCoreApplication.translate("audit_texts", "file"),
        "count": QCoreApplication.translate("audit_texts", "count"),
        "reason": QCoreApplication.translate("audit_texts", "reason"),
        "fields": QCoreApplication.translate("audit_texts", "fields"),
        "attachment": QCoreApplication.translate("audit_texts", "attachment"),
    }
    return names.get(name, name)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("audit_texts", "yes") if value else QCoreApplication.translate("audit_texts", "no")
