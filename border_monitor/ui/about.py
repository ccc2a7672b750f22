"""Help > About: version, the open store, data attributions, the synthetic-scenario notice."""
from __future__ import annotations

import html
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import __version__
from ..store.base import IncidentStore

SYNTHETIC_KEYS = ("synthetic", "scenario_synthetic")


def is_synthetic(metadata: dict[str, str]) -> bool:
    """True when the store's metadata marks its incidents as a made-up scenario."""
    for key in SYNTHETIC_KEYS:
        value = str(metadata.get(key, "")).strip().lower()
        if value in ("1", "true", "yes"):
            return True
    return False


class AboutDialog(QDialog):
    def __init__(self, store: IncidentStore | None, store_path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Border Monitor"))
        self.label = QLabel(self.about_html(store, store_path), self)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.label.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)

    def about_html(self, store: IncidentStore | None, store_path: str | None) -> str:
        """The About text."""
        parts = [f"<h3>Border Monitor {html.escape(__version__)}</h3>",
                 "<p>" + html.escape(self.tr("Incidents on the Lithuanian, Latvian and Polish borders with Belarus.")) + "</p>",
                 "<p>" + html.escape(self.tr("Python %1, Qt %2, PySide6 %3")).replace("%1", sys.version.split()[0]).replace(
                     "%2", qVersion()).replace("%3", pyside_version) + "</p>"]
        if store is not None:
            metadata = store.metadata()
            parts.append("<p><b>" + html.escape(self.tr("Store")) + ":</b> " + html.escape(store.name)
                         + (f"<br><small>{html.escape(store_path)}</small>" if store_path else "") + "</p>")
            if is_synthetic(metadata):
                notice = self.tr("The incidents in this store are a synthetic scenario made up for demonstration and "
                            "training. They follow the public figures of 2021 in outline, but no record is a real event.")
                description = metadata.get("scenario_description") or metadata.get("description") or ""
                parts.append("<p style='color:#a00000'><b>" + html.escape(notice) + "</b>"
                             + (f"<br>{html.escape(description)}" if description else "") + "</p>")
        parts.append("<p><b>" + html.escape(self.tr("Data")) + ":</b><br>"
                     + html.escape(self.tr("Borders and countries: © OpenStreetMap contributors, available under the "
                                      "Open Database Licence (ODbL)."))
                     + "<br>" + html.escape(self.tr("Map library: Leaflet (BSD-2-Clause); map page built with folium (MIT)."))
                     + "</p>")
        parts.append("<p><small>" + html.escape(self.tr("Licence: EUPL-1.2")) + "</small></p>")
        return "".join(parts)
