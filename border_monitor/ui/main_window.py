"""The main window: the map at the centre, dockable table, timeline, filters and details panels.

The views share one ``AppState`` (which holds the store, the filter and the selection) and never
call each other. The window owns the menus, the status bar (store name, incidents in the state's
filter, cursor position), closing a store it switched away from, and what is remembered between
runs (layout, geometry, last store, map view: ``ui.settings``), and who is working (Edit > Settings:
the user name and unit written into the audit log and shown in the status bar). A store of synthetic
data says so in the title bar and in a banner above the map (``ui.synthetic_banner``).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from ..domain.data_notice import is_synthetic
from ..domain.operator import Operator
from ..geo.coords.crs import format as format_position
from ..store.base import Change, IncidentStore
from .about import AboutDialog
from .details_panel import DetailsPanel
from .editing import EditController
from .filters_panel import FiltersPanel
from .map.measure_actions import MeasureActions
from .map.panel import MapPanel
from .settings import WindowSettings, open_settings
from .settings_dialog import SettingsDialog
from .state import AppState
from .store_banner import StoreBanner
from .synthetic_banner import SyntheticBanner
from .table.panel import IncidentTablePanel
from .timeline.panel import TimelinePanel
from .actions.files import FileActions
from .actions.map_layers import MapLayerActions
from .actions.language import LanguageActions
from .actions.offline_maps import OfflineMapActions
from .tak.actions import TakActions
from .actions.time_zone import TimeZoneActions
from .zoom_to import ZoomActions
from . import gc_policy
from .live_refresh import LiveRefresh
from .actions.new_store import NewStoreActions
from .actions.recent_stores import RecentStores
from .actions.shared_store import SharedStoreActions
from .conflicts.actions import SyncActions
from .briefing.mode import BriefingMode
from .actions.report_actions import ReportActions

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 900)
FILTERS_WIDTH = 310  # the filters dock, unless a language's longest name needs more


class MainWindow(QMainWindow):
    def __init__(self, store: IncidentStore, *, store_path: str | Path | None = None, state: AppState | None = None,
                 settings: QSettings | None = None, online_layers=None, restore: bool = True,
                 user: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        if state is None:
            state = AppState(self, store=store, store_path=store_path)
        else:
            state.adopt_store(store)
        self.state = state
        self.settings = WindowSettings(settings if settings is not None else open_settings())
        self.setWindowTitle(self.tr("Border Monitor"))
        self.resize(*DEFAULT_SIZE)
        self.setDockNestingEnabled(True)

        self.map_panel = MapPanel(None, self.state, self, online_layers=online_layers)
        self.map_panel.setObjectName("MapPanel")
        self.setCentralWidget(self.map_panel)
        self.table_panel = IncidentTablePanel(None, self.state, self)
        self.timeline_panel = TimelinePanel(None, self.state, self)
        self.filters_panel = FiltersPanel(None, self.state, self)
        self.details_panel = DetailsPanel(None, self.state, self)
        self.docks: dict[str, QDockWidget] = {}
        self._add_dock("filters", self.tr("Filters"), self.filters_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("details", self.tr("Incident details"), self.details_panel,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("timeline", self.tr("Timeline"), self.timeline_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._add_dock("table", self.tr("Incidents"), self.table_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.docks["timeline"], self.docks["table"], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["filters"], self.docks["details"]], [self._filters_width(), 300],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["timeline"]], [280], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["timeline"], self.docks["table"]], [560, 840], Qt.Orientation.Horizontal)

        self.synthetic_banner = SyntheticBanner(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.synthetic_banner)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # the banner spans the window, toolbars below it
        self.store_banner = StoreBanner(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.store_banner)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        # Who is working: the settings' name and unit; ``user`` (tests, tools) sets the name for this window only.
        self.operator = Operator(user) if user else self.settings.operator
        self._synthetic: bool | None = None  # the store's data is synthetic (its metadata, read once per store)
        self.operator_label = QLabel(self)
        self.operator_label.setObjectName("statusOperator")
        self.store_label = QLabel(self)
        self.store_label.setObjectName("statusStore")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusCount")
        self.cursor_label = QLabel(self)
        self.cursor_label.setObjectName("statusCursor")
        self.cursor_label.setMinimumWidth(190)
        self.statusBar().addWidget(self.store_label)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.cursor_label)

        self.files = FileActions(self)
        self.new_store = NewStoreActions(self)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        # Recording: the Edit menu, toolbar, map context menu; every edit through one QUndoStack.
        self.editing = EditController(None, self.state, self.operator.audit_name, parent=self,
                                      coord_system=str(self.settings.value("coords/system", "wgs84")))
        self.editing.install(self, map_panel=self.map_panel, table_view=self.table_panel)
        self.details_panel.attachments.user = lambda: self.operator.audit_name  # attachments audited as the editor
        self.settings_action = self._action(self.tr("Se&ttings..."), self.show_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setObjectName("actionSettings")
        self.editing.edit_menu.addSeparator()
        self.editing.edit_menu.addAction(self.settings_action)
        self._show_operator()
        # Measuring: Tools menu, Measure toolbar, Esc, map context menu entries.
        self.measure_actions = MeasureActions(self.map_panel.tools, self.settings, self)
        self.measure_actions.install(self, map_panel=self.map_panel, map_menu=self.editing.map_menu)
        self.editing.coordinateSystemChanged.connect(self._coordinate_system_changed)
        self.editing.failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        # Saved filters are written by the same user as the edits; zoom to results/selection (View menu, panel).
        self.filters_panel.saved.set_user(lambda: self.editing.user)
        self.filters_panel.saved.failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.zoom = ZoomActions(self)
        self.zoom.install(self.menus["view"])
        self.filters_panel.zoomToResults.connect(self.zoom.zoom_to_results)
        self.sync = SyncActions(self)  # File > Sync now..., the Conflicts dock (View menu)
        self.sync.install(before=self.mbtiles_action)
        self._cursor = None

        self.map_panel.cursorMoved.connect(self._show_cursor)
        self.state.filterChanged.connect(self._filter_changed)
        self.state.dataChanged.connect(self._data_changed)
        self.state.storeChanged.connect(self._store_changed)
        self.live_refresh = LiveRefresh(self.state, self)  # other programs' writes reach every view
        self.collector = gc_policy.install(self.state, self)  # the cycle collector runs when the window is idle
        self.live_refresh.failed.connect(lambda _message: self._show_store())  # "connection lost" banner
        self.live_refresh.reconnected.connect(self._show_store)
        self._show_store()
        self._show_count()
        if restore:
            self.restore_settings()

    # -- building --------------------------------------------------------------------------
    def _add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")  # saveState/restoreState need stable names
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def add_dock(self, name: str, title: str, widget: QWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Add another panel (e.g. a feature's own) with a View menu toggle."""
        dock = self._add_dock(name, title, widget, area)
        self.menus["view"].addAction(dock.toggleViewAction())
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.menus["file"] = file_menu
        self.new_store_action = self._action(self.tr("&New store..."), self.new_store.choose)
        self.new_store_action.setObjectName("actionNewStore")
        self.open_action = self._action(self.tr("&Open store..."), self.files.choose_store, QKeySequence.StandardKey.Open)
        self.shared_store = SharedStoreActions(self)  # File > Connect to shared store... (password in the keyring)
        self.connect_action = self._action(self.tr("&Connect to shared store..."), lambda: self.shared_store.choose())
        self.connect_action.setObjectName("actionConnectShared")
        self.recent_stores = RecentStores(self)  # File > Recent stores
        self.import_action = self._action(self.tr("&Import..."), self.files.choose_import)
        self.export_action = self._action(self.tr("&Export..."), self.files.choose_export)
        self.mbtiles_action = self._action(self.tr("Add &base map..."), self.files.choose_mbtiles)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.new_store_action, self.open_action, self.connect_action, self.recent_stores.menu, None,
                       self.import_action, self.export_action, None, self.mbtiles_action,
                       None, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            elif isinstance(action, QMenu):
                file_menu.addMenu(action)
            else:
                file_menu.addAction(action)
        self.reports = ReportActions(self)  # File > Report..., File > Export map image...
        actions = file_menu.actions()
        self.reports.install(file_menu, before=actions[actions.index(self.export_action) + 1])
        self.map_layers = MapLayerActions(self)  # online base maps, reference layers
        self.map_layers.install(file_menu, before=self.quit_action)
        self.offline_maps = OfflineMapActions(self)  # Make a base map available offline
        self.offline_maps.install(file_menu, after=self.map_layers.remove_menu.menuAction())
        self.tak = TakActions(self)  # File > TAK connection..., its status bar indicator
        self.tak.install(file_menu, before=self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        self.menus["view"] = view_menu
        for name in ("filters", "table", "timeline", "details"):
            view_menu.addAction(self.docks[name].toggleViewAction())
        self.time_zone = TimeZoneActions(self.state, self.settings, self)  # View > Time zone
        self.time_zone.install(view_menu)
        self.language = LanguageActions(self.settings, self)  # View > Language
        self.language.install(view_menu)
        self.briefing = BriefingMode(self)  # View > Briefing mode (F11): the wall display
        self.briefing.install(view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.menus["help"] = help_menu
        self.about_action = self._action(self.tr("&About Border Monitor"), self.show_about)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- the store ---------------------------------------------------------------------------
    @property
    def store(self) -> IncidentStore | None:
        return self.state.store

    @property
    def store_path(self) -> str | None:
        return self.state.store_path

    def set_store(self, store: IncidentStore, path: str | Path | None = None) -> None:
        """Show another store in every view (through the state: one step, one query per view); close the old one."""
        old = self.state.set_store(store, path)
        if self.store_path:
            self.settings.last_store = self.store_path
        if old is not None and old is not store:
            old.close()

    def _store_changed(self, _store: IncidentStore | None) -> None:
        self._synthetic = None  # read once from the new store's metadata
        self._show_store()
        self._show_count()

    def _filter_changed(self, flt) -> None:
        """The count of a new filter is read on the views' query worker (``ui.query_worker``), as theirs are."""
        store = self.store
        if store is None:
            self._show_count()
            return
        self.state.queries.submit("status", lambda: store.count(flt), self._show_counted)

    def _show_counted(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln incident(s) in the filter", "", count))

    def _data_changed(self, change: Change) -> None:
        self._show_store()
        if change.touches_incidents:
            self._show_count()

    # -- status bar --------------------------------------------------------------------------
    def _show_store(self) -> None:
        self.store_banner.show_for(self.store, self.store_path)
        name = self.store.name if self.store is not None else self.tr("no store")
        role = getattr(self.store, "role_text", "")  # a shared store: the connected role and service
        if role:
            name = self.tr("%1 (as %2)").replace("%1", name).replace("%2", role)
        self.store_label.setText(self.tr("Store: %1").replace("%1", name))
        self.store_label.setToolTip(self.store_path or name)
        title = self.tr("Border Monitor")
        if self._synthetic is None:
            self._synthetic = self.store is not None and is_synthetic(self.store.metadata())
        synthetic = self._synthetic
        if synthetic:
            demo = self.tr("DEMO - synthetic data")
            name = f"{demo} - {name}"
        self.setWindowTitle(f"{name} - {title}" if self.store is not None else title)
        self.synthetic_banner.setVisible(synthetic)

    def _show_operator(self) -> None:
        self.operator_label.setText(self.operator.label)
        self.operator_label.setToolTip(self.tr("Who is working: written into the history of every change "
                                               "(Edit > Settings...)"))

    # -- who is working ------------------------------------------------------------------------
    def set_operator(self, operator: Operator) -> None:
        """Who makes the changes from now on: kept in the settings, written into the audit log, shown."""
        self.operator = operator
        self.settings.operator = operator
        self.editing.set_user(operator.audit_name)
        self._show_operator()

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.operator, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_operator(dialog.operator()))
        dialog.open()
        return dialog

    def _show_count(self) -> None:
        """How many incidents the state's filter holds (one count query)."""
        self.state.queries.cancel("status")  # a filter's count still on its way is older than this one
        count = self.store.count(self.state.filter) if self.store is not None else 0
        self.count_label.setText(self.tr("%Ln incident(s) in the filter", "", count))

    def _show_cursor(self, lon: float, lat: float) -> None:
        """The cursor position in the coordinate system the user chose (Edit > Coordinate system)."""
        self._cursor = (lon, lat)
        system = self.editing.coordinate_system()
        try:
            text = format_position(lon, lat, system)
        except Exception:  # noqa: BLE001 - a position outside a grid's area still shows in degrees
            locale = QLocale()
            system = "wgs84"
            text = f"{locale.toString(lat, 'f', 5)}, {locale.toString(lon, 'f', 5)}"
        self.cursor_label.setText(f"{system.upper()}: {text}")

    def _coordinate_system_changed(self, name: str) -> None:
        self.settings.set_value("coords/system", name)
        if self._cursor is not None:
            self._show_cursor(*self._cursor)

    def _filters_width(self) -> int:
        """The filters dock's width: 310 px, or what the longest name of the language needs (one column)."""
        panel = self.filters_panel
        needed = (panel.widget().minimumSizeHint().width() + panel.verticalScrollBar().sizeHint().width()
                  + 2 * panel.frameWidth() + 4)
        return max(FILTERS_WIDTH, needed)

    def changeEvent(self, event) -> None:
        """A language switch: the status bar's texts hold values (store name, count), made again here; the
        filters dock widens if the new language's names need it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "editing") and self.isVisible():
            dock = self.docks["filters"]
            if dock.width() < self._filters_width():
                self.resizeDocks([dock], [self._filters_width()], Qt.Orientation.Horizontal)
            self._show_store()
            self._show_count()
            self._show_operator()
            if self._cursor is not None:
                self._show_cursor(*self._cursor)

    # -- help -----------------------------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.store, self.store_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- remembering ------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None and not self.restoreState(state):
            log.warning("the saved window layout could not be restored; using the default one")
        view = self.settings.map_view
        if view:
            self.map_panel.set_view(view)
        self.time_zone.restore()
        by = self.settings.value("timeline/by")
        if by:
            self.timeline_panel.set_by(str(by))
        self._show_store()  # a restored layout never hides the synthetic-data banner

    def save_settings(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        try:
            self.settings.map_view = self.map_panel.view()
        except Exception as exc:  # noqa: BLE001 - a map that never loaded has no view to keep
            log.warning("the map view was not saved: %s", exc)
        self.settings.set_value("timeline/by", self.timeline_panel.by)
        if self.store_path:
            self.settings.last_store = self.store_path
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timeline_panel.play_button.setChecked(False)
        self.tak.close()  # the TAK connection's thread ends with the window
        self.save_settings()
        super().closeEvent(event)
