"""The File menu's map layer actions: add or remove an online base map, update the reference layers.

Online base maps are kept in the window's settings (``ui.map.online_layers``) and offered in the map's
layer control at every start, unticked: the map fetches nothing online until the user picks one.
"Update reference layers" rewrites the open store's reference layers (borders, crossings, zones,
sectors, countries) from the data this version of Border Monitor ships; the map then reloads them.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ...domain.errors import BorderMonitorError
from ..map.online_layer_dialog import OnlineLayerDialog
from ..map.online_layers import OnlineLayer, OnlineLayerError, load_layers, save_layers
from ..write_op import run_write

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)


class MapLayerActions(QObject):
    """Owned by the main window; ``finished`` tells tests (and the status bar) an action is done."""

    finished = Signal(str, bool)  # what ("online", "remove", "reference"), success

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.dialog: OnlineLayerDialog | None = None  # the open "Add online base map" dialog (tests fill it)
        self.message_box: QMessageBox | None = None
        self._layers: list[tuple[OnlineLayer, str]] = []  # (layer, key in the map panel)

        self.add_online_action = QAction(self.tr("Add &online base map..."), self)
        self.add_online_action.triggered.connect(lambda _checked=False: self.choose_online_layer())
        self.remove_menu = QMenu(self.tr("&Remove online base map"), window)
        self.update_reference_action = QAction(self.tr("&Update reference layers"), self)
        self.update_reference_action.setToolTip(self.tr(
            "Rewrite the store's borders, crossing points, zones and sectors from the data this version ships"))
        self.update_reference_action.triggered.connect(lambda _checked=False: self.update_reference())
        for layer in load_layers(window.settings):
            self._offer(layer)
        self._fill_remove_menu()

    def install(self, menu: QMenu, before: QAction) -> None:
        """Put the actions into ``menu`` above ``before`` (the window's Quit) and the separator over it, so
        the online base maps follow the MBTiles one."""
        actions = menu.actions()
        at = actions.index(before)
        if at > 0 and actions[at - 1].isSeparator():
            before = actions[at - 1]
        menu.insertAction(before, self.add_online_action)
        menu.insertMenu(before, self.remove_menu)
        menu.insertSeparator(before)
        menu.insertAction(before, self.update_reference_action)

    # -- online base maps ------------------------------------------------------------------
    def online_layers(self) -> list[OnlineLayer]:
        return [layer for layer, _key in self._layers]

    def choose_online_layer(self) -> OnlineLayerDialog:
        dialog = OnlineLayerDialog([layer.name for layer in self.online_layers()], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_online_layer(dialog.layer))
        dialog.rejected.connect(lambda: self.finished.emit("online", False))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_online_layer(self, layer: OnlineLayer) -> bool:
        """Offer ``layer`` in the map's layer control (unticked) and keep it in the settings."""
        try:
            self._offer(layer)
        except OnlineLayerError as exc:  # a caller other than the dialog (which checks first)
            self._warn(self.tr("Add an online base map"), str(exc))
            self.finished.emit("online", False)
            return False
        save_layers(self.window.settings, self.online_layers())
        self._fill_remove_menu()
        self.window.statusBar().showMessage(self.tr("Added the base map %1: choose it in the map's layer control.")
                                            .replace("%1", layer.name), 8000)
        self.finished.emit("online", True)
        return True

    def remove_online_layer(self, name: str) -> None:
        """Take the online base map ``name`` out of the map and the settings."""
        for i, (layer, key) in enumerate(self._layers):
            if layer.name == name:
                del self._layers[i]
                self.window.map_panel.remove_base_layer(key)
                save_layers(self.window.settings, self.online_layers())
                self._fill_remove_menu()
                self.window.statusBar().showMessage(self.tr("Removed the base map %1.").replace("%1", name), 5000)
                self.finished.emit("remove", True)
                return
        raise KeyError(name)

    def _offer(self, layer: OnlineLayer) -> None:
        OnlineLayer.checked(layer.name, layer.url, layer.attribution, layer.max_zoom,
                            taken_names=[other.name for other in self.online_layers()], wmts=layer.wmts)
        key = self.window.map_panel.add_online_layer(layer.name, layer.url, layer.attribution, layer.max_zoom,
                                                     wmts=layer.wmts)
        self._layers.append((layer, key))

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        for layer in self.online_layers():
            action = self.remove_menu.addAction(layer.name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, name=layer.name: self.remove_online_layer(name))
        self.remove_menu.setEnabled(bool(self._layers))

    # -- reference layers --------------------------------------------------------------------
    def update_reference(self) -> bool:
        """Rewrite the store's reference layers from the packaged data; the map reloads them."""
        window = self.window
        store = window.store
        title = self.tr("Update reference layers")
        if store is None:
            self._warn(title, self.tr("Open a store first: the reference layers are kept in the store."))
            self.finished.emit("reference", False)
            return False
        try:
            run_write(window.state, lambda: store.refresh_reference(window.editing.user))  # announced once
        except (BorderMonitorError, OSError) as exc:
            self._warn(title, self.tr("The reference layers of %1 were not updated: %2")
                       .replace("%1", store.name).replace("%2", str(exc)))
            self.finished.emit("reference", False)
            return False
        window.statusBar().showMessage(self.tr("The reference layers of %1 were updated.").replace("%1", store.name),
                                       8000)
        self.finished.emit("reference", True)
        return True

    def _warn(self, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
