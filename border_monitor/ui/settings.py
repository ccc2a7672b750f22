"""What the window remembers between runs (QSettings): layout, geometry, last store, map view, and who is
working (``operator``: user name and unit, written into the audit log).

Tests and the screenshot command pass their own ``QSettings`` (an INI file in a temporary
folder) so that they never read or write the user's settings.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..domain.errors import ValidationError
from ..domain.operator import Operator

log = logging.getLogger(__name__)

ORGANIZATION = "BorderMonitor"
APPLICATION = "border-monitor"
# Bump when the docks change so an old saved layout is not restored onto a different set of docks.
LAYOUT_VERSION = 1


def open_settings(path: str | Path | None = None) -> QSettings:
    """The user's settings (native format), or an INI file at ``path``."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class WindowSettings:
    """Typed access to the keys the main window uses."""

    def __init__(self, settings: QSettings):
        self.qsettings = settings

    # -- window -------------------------------------------------------------------
    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        s = self.qsettings
        s.setValue("window/geometry", geometry)
        s.setValue("window/state", state)
        s.setValue("window/layout_version", LAYOUT_VERSION)

    def window_geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        if int(self.qsettings.value("window/layout_version", 0) or 0) != LAYOUT_VERSION:
            return None
        value = self.qsettings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- store and map -------------------------------------------------------------
    @property
    def last_store(self) -> str | None:
        value = self.qsettings.value("store/last")
        return str(value) if value else None

    @last_store.setter
    def last_store(self, path: str | Path | None) -> None:
        self.qsettings.setValue("store/last", "" if path is None else str(path))

    @property
    def map_view(self) -> dict | None:
        text = self.qsettings.value("map/view")
        if not text:
            return None
        try:
            view = json.loads(str(text))
        except ValueError:
            log.warning("ignoring a saved map view that is not JSON: %r", text)
            return None
        return view if isinstance(view, dict) else None

    @map_view.setter
    def map_view(self, view: dict | None) -> None:
        self.qsettings.setValue("map/view", json.dumps(view) if view else "")

    # -- who is working --------------------------------------------------------------
    @property
    def operator(self) -> Operator:
        """The user name and unit set in Edit > Settings (default: the OS account name, no unit)."""
        name = str(self.qsettings.value("operator/name", "") or "")
        unit = str(self.qsettings.value("operator/unit", "") or "")
        if not name.strip():
            return Operator.default() if not unit.strip() else Operator(Operator.default().name, unit)
        try:
            return Operator(name, unit)
        except ValidationError as exc:
            log.warning("ignoring the saved user name and unit (%s); using the OS account name", exc)
            return Operator.default()

    @operator.setter
    def operator(self, operator: Operator) -> None:
        self.qsettings.setValue("operator/name", operator.name)
        self.qsettings.setValue("operator/unit", operator.unit)

    # -- small view preferences ------------------------------------------------------
    def value(self, key: str, default=None):
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()
