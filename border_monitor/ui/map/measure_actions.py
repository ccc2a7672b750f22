"""The Measure tool's actions: the Tools menu, a toolbar, the map's context menu and Esc.

Distance, area and range rings are three checkable actions (one at a time, or none); the map's
context menu starts a distance from the clicked point or draws range rings around it. The ring
radii are a setting (``measure/rings``, km) the user edits with "Range ring radii...".
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMenu, QMessageBox, QToolBar

from ...geo.measure import DEFAULT_RING_RADII_KM, MeasureError, parse_ring_radii
from .tools import MapTools
from ..failure_text import failure_text

log = logging.getLogger(__name__)

RINGS_KEY = "measure/rings"


def radii_text(radii) -> str:
    return ", ".join(f"{r:g}" for r in radii)


class MeasureActions(QObject):
    def __init__(self, tools: MapTools, settings=None, parent: QObject | None = None):
        super().__init__(parent)
        self.tools = tools
        self._settings = settings
        self._point: tuple[float, float] | None = None
        self.window: QMainWindow | None = None
        saved = settings.value(RINGS_KEY, "") if settings is not None else ""
        try:
            tools.set_ring_radii_km(parse_ring_radii(saved) if saved else DEFAULT_RING_RADII_KM)
        except MeasureError as exc:
            log.warning("the saved range ring radii are not used: %s", exc)

        def action(name: str, text: str, tip: str, mode: str | None = None) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.setToolTip(tip)
            a.setStatusTip(tip)
            if mode:
                a.setCheckable(True)
                a.setData(mode)
            return a

        self.distance_action = action("actionMeasureDistance", self.tr("Measure &distance"),
                                      self.tr("Click points on the map to measure a distance (geodesic)"), "line")
        self.area_action = action("actionMeasureArea", self.tr("Measure &area"),
                                  self.tr("Click the corners of an area on the map (geodesic area)"), "area")
        self.rings_action = action("actionRangeRings", self.tr("&Range rings"),
                                   self.tr("Click a point on the map to draw range rings around it"), "rings")
        self.group = QActionGroup(self)
        self.group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for a in (self.distance_action, self.area_action, self.rings_action):
            self.group.addAction(a)
            a.toggled.connect(lambda on, act=a: self._toggled(act, on))
        self.stop_action = action("actionStopMeasuring", self.tr("&Stop measuring"), self.tr("End the measure tool"))
        self.stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop_action.setEnabled(False)
        self.stop_action.triggered.connect(tools.stop)
        self.radii_action = action("actionRangeRingRadii", self.tr("Range ring r&adii..."),
                                   self.tr("The distances of the range rings, in km"))
        self.radii_action.triggered.connect(self.ask_radii)
        self.distance_here_action = action("actionMeasureFromHere", self.tr("Measure distance from here"),
                                           self.tr("Start measuring a distance at this point"))
        self.distance_here_action.triggered.connect(lambda: self._start_here("line"))
        self.rings_here_action = action("actionRangeRingsHere", self.tr("Range rings here"),
                                        self.tr("Draw range rings around this point"))
        self.rings_here_action.triggered.connect(lambda: self._start_here("rings"))
        tools.modeChanged.connect(self._mode_changed)

    def install(self, window: QMainWindow, map_panel=None, map_menu: QMenu | None = None) -> None:
        """A Tools menu (before Help), a Measure toolbar, the Esc shortcut and the map context entries."""
        self.window = window
        menus = getattr(window, "menus", {})
        menu = menus.get("tools")
        if menu is None:
            menu = QMenu(self.tr("&Tools"), window)
            menu.setObjectName("menuTools")
            help_menu = menus.get("help")
            if help_menu is not None:
                window.menuBar().insertMenu(help_menu.menuAction(), menu)
            else:
                window.menuBar().addMenu(menu)
            menus["tools"] = menu
        for a in (self.distance_action, self.area_action, self.rings_action, self.stop_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.radii_action)
        self.menu = menu
        toolbar = QToolBar(self.tr("Measure"), window)
        toolbar.setObjectName("measureToolBar")
        for a in (self.distance_action, self.area_action, self.rings_action):
            toolbar.addAction(a)
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        window.addAction(self.stop_action)  # Esc wherever the focus is in the window
        if map_menu is not None:
            map_menu.addSeparator()
            map_menu.addAction(self.distance_here_action)
            map_menu.addAction(self.rings_here_action)
        if map_panel is not None:
            map_panel.contextRequested.connect(self._remember_point)
        if window.statusBar() is not None:
            self.tools.measured.connect(lambda text: window.statusBar().showMessage(text) if text
                                        else window.statusBar().clearMessage())

    # -- actions ----------------------------------------------------------------------------------------
    def _toggled(self, action: QAction, on: bool) -> None:
        if on and self.tools.mode != action.data():
            self.tools.start(action.data())
        elif not on and self.tools.mode == action.data():
            self.tools.stop()

    def _mode_changed(self, mode: str) -> None:
        for a in (self.distance_action, self.area_action, self.rings_action):
            if a.isChecked() != (a.data() == mode):
                a.blockSignals(True)
                a.setChecked(a.data() == mode)
                a.blockSignals(False)
        self.stop_action.setEnabled(bool(mode))

    def _remember_point(self, lon: float, lat: float) -> None:
        self._point = (float(lon), float(lat))

    def _start_here(self, mode: str) -> None:
        if self._point is not None:
            self.tools.start(mode, at=self._point)

    def set_radii_text(self, text: str) -> tuple[float, ...]:
        """Take radii typed by the user ("1, 5, 10" km), keep them in the settings; MeasureError if wrong."""
        radii = parse_ring_radii(text)
        self.tools.set_ring_radii_km(radii)
        if self._settings is not None:
            self._settings.set_value(RINGS_KEY, radii_text(radii))
        if self.tools.mode == "rings":
            self.tools.start("rings")
        return radii

    def ask_radii(self) -> None:
        text, ok = QInputDialog.getText(self.window, self.tr("Range ring radii"),
                                        self.tr("Radii of the range rings in km, e.g. 1, 5, 10:"),
                                        QLineEdit.EchoMode.Normal, radii_text(self.tools.ring_radii_km))
        if not ok:
            return
        try:
            self.set_radii_text(text)
        except MeasureError as exc:
            QMessageBox.warning(self.window, self.tr("Range ring radii"), failure_text(exc, worded=True))
