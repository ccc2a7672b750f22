"""What the connected role may do, per service, and the sentence that says why not (the GUI greys out the rest).

A shared store (PostgreSQL) knows its user's role and service (``store.role``, ``store.may``): a viewer reads;
an operator creates and edits incidents of its own service; a supervisor also verifies, closes, deletes,
restores and resolves conflicts of its own service; the owner does everything. A GeoPackage store has no roles:
everything is allowed unless it was opened read-only. The database refuses what is not allowed anyway; this
module only keeps the window from offering it, and words the reason for a tooltip.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ...domain.taxonomy import Status

ACTIONS = ("create", "edit", "verify", "close", "delete", "restore", "resolve")
STATUS_ACTION = {Status.REPORTED: "edit", Status.VERIFIED: "verify", Status.CLOSED: "close"}
_BOUND = ("operator", "supervisor")  # levels kept to their own service


def _doing(action: str) -> str:
    return {
        "create": QCoreApplication.translate("Permissions", "create incidents"),
        "edit": QCoreApplication.translate("Permissions", "edit incidents"),
        "verify": QCoreApplication.translate("Permissions", "verify incidents"),
        "close": QCoreApplication.translate("Permissions", "close incidents"),
        "delete": QCoreApplication.translate("Permissions", "delete incidents"),
        "restore": QCoreApplication.translate("Permissions", "restore deleted incidents"),
        "resolve": QCoreApplication.translate("Permissions", "resolve conflicts"),
    }[action]


def role_of(store) -> tuple[str, str]:
    """(level, service) of the store's user; ("owner", "") for a store without roles (a GeoPackage)."""
    role = getattr(store, "role", None)
    return tuple(role) if role else ("owner", "")  # type: ignore[return-value]


def own_service(store) -> str | None:
    """The one service whose incidents the user may change (None: any)."""
    level, service = role_of(store)
    return service or None if level in _BOUND else None


def countries_of(store, ids: Iterable) -> set[str]:
    """The services of the incidents ``ids`` (asked only of a store whose user is kept to a service)."""
    ids = [i for i in ids if i is not None]
    if not ids or own_service(store) is None:
        return set()
    look = getattr(store, "countries_of", None)
    if look is not None:
        return set(look(ids))
    out = set()
    for incident_id in ids[:200]:  # a store without the cache's lookup: the incidents themselves
        try:
            out.add(store.get(incident_id).country.value)
        except Exception:  # noqa: BLE001 - an incident that cannot be read is one the user cannot change either
            out.add("")
    return out


def refusal(store, action: str, countries: Iterable[str] = ()) -> str:
    """"" when the store's user may ``action`` incidents of ``countries`` (all of them), else why not."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if store is None:
        return QCoreApplication.translate("Permissions", "No store is open.")
    level, service = role_of(store)
    role = getattr(store, "role_text", "") or level
    if level == "viewer":
        text = QCoreApplication.translate(
            "Permissions", "You are connected as %1: a viewer reads the shared picture and changes nothing.")
        return text.replace("%1", role)
    if getattr(store, "read_only", False):
        return QCoreApplication.translate("Permissions", "The store is open read-only.")
    if level not in ("owner", *_BOUND):
        return QCoreApplication.translate(
            "Permissions", "Your user has no Border Monitor role on this store; ask its supervisor for one.")
    if level == "owner":
        return ""
    others = sorted({c or "?" for c in countries} - {service})
    if others:
        text = QCoreApplication.translate(
            "Permissions", "You are connected as %1: you may change incidents of %2 only, and this is of %3.")
        return text.replace("%1", role).replace("%2", service).replace("%3", ", ".join(others))
    may = getattr(store, "may", None)
    if may is not None and not may(action, service):
        text = QCoreApplication.translate("Permissions", "Only a supervisor of %1 may %2; you are connected as %3.")
        return text.replace("%1", service).replace("%2", _doing(action)).replace("%3", role)
    return ""


def status_action(status: Status | str) -> str:
    return STATUS_ACTION[Status.parse(status, "status")]
