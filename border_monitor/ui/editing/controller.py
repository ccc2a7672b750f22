"""EditController: the one path by which the GUI changes incidents.

It owns the undo stack. Every action (new, edit, delete, restore, set status) builds a
QUndoCommand (``commands``) whose redo/undo write to the state's store through ``ui.write_op``
(which announces the change once). A store switch (``state.storeChanged``) clears the undo stack.
``install(window, map_panel, table_view)`` puts the Edit menu, the editing toolbar and the
keyboard shortcuts on a main window and connects the map's context menu and the table.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCursor, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu, QMessageBox, QToolBar, QWidget
from shiboken6 import isValid

from ...domain.errors import BorderMonitorError
from ...domain.incident import Incident
from ...domain.taxonomy import Status
from ...geo.coords import crs
from ...geo.coords.errors import CoordinateError
from ...store.base import IncidentStore
from ..text.labels import status_label
from ..text.system_texts import system_label
from ..state import AppState
from ..table.model import ID_ROLE
from .commands import CreateIncident, EditContext, ImportedBatch, SetDeleted, UpdateIncidents
from .coord_edit import FORM_SYSTEMS
from .form import IncidentForm
from . import permissions
from .restore_dialog import RestoreDialog

log = logging.getLogger(__name__)



class EditController(QObject):
    """Creates, edits, deletes and restores incidents through undoable commands."""

    failed = Signal(str)  # a sentence: an edit the store refused (conflict, missing row, ...)
    coordinateSystemChanged = Signal(str)

    def __init__(self, store: IncidentStore | None, state: AppState, user: str, parent: QObject | None = None,
                 coord_system: str = "wgs84"):
        super().__init__(parent)
        state.adopt_store(store)  # None: the state's store
        self.state = state
        self.user = user
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._coord_system = coord_system if coord_system in FORM_SYSTEMS else "wgs84"
        self._ctx = EditContext(state, user, self._report)
        self.window: QMainWindow | None = None
        self.map_menu: QMenu | None = None
        self._map_point: tuple[float, float] | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._build_actions()
        state.selectionChanged.connect(self._selection_changed)
        state.storeChanged.connect(self._store_changed)
        state.dataChanged.connect(lambda _change: self.refresh_permissions())  # e.g. an incident's service moved
        self._selection_changed(state.selection, state.focus)

    # -- store and settings -------------------------------------------------------------------------
    @property
    def store(self) -> IncidentStore | None:
        return self._ctx.store

    def _store_changed(self, _store: IncidentStore | None) -> None:
        """Another store was opened: the undo history (and an open restore dialog) belonged to the old one."""
        self.undo_stack.clear()
        dialog = self.restore_dialog
        if dialog is not None and isValid(dialog):
            dialog.close()
        self.restore_dialog = None
        self._selection_changed(self.state.selection, self.state.focus)

    def set_user(self, user: str) -> None:
        """Who the edits from now on are written by (the audit log's user; Edit > Settings)."""
        self.user = user
        self._ctx.user = user

    def coordinate_system(self) -> str:
        return self._coord_system

    def set_coordinate_system(self, name: str) -> None:
        """The system "Copy coordinates" writes in and the form starts with."""
        if name in FORM_SYSTEMS and name != self._coord_system:
            self._coord_system = name
            for action in self.system_group.actions():
                action.setChecked(action.data() == name)
            self.coordinateSystemChanged.emit(name)

    # -- actions --------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("actionUndo")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("actionRedo")

        def action(name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(shortcut)
            if tip:
                a.setStatusTip(tip)
            a.triggered.connect(slot)
            return a

        self.new_action = action("actionNewIncident", self.tr("&New incident..."), self.new_incident,
                                 QKeySequence("Ctrl+N"), self.tr("Record a new incident"))
        self.new_here_action = action("actionNewIncidentHere", self.tr("New incident &here..."),
                                      self._new_at_map_point, tip=self.tr("Record an incident at this point"))
        self.edit_action = action("actionEditIncident", self.tr("&Edit incident..."), self.edit_focused,
                                  QKeySequence("Ctrl+E"), self.tr("Edit the selected incident (Enter in the table)"))
        self.delete_action = action("actionDeleteIncidents", self.tr("&Delete"), self.delete_selected,
                                    QKeySequence(QKeySequence.StandardKey.Delete),
                                    self.tr("Delete the selected incidents (they can be restored)"))
        self.restore_action = action("actionRestoreDeleted", self.tr("Restore &deleted..."),
                                     self.show_restore_dialog, tip=self.tr("Bring back deleted incidents"))
        self.copy_coords_action = action("actionCopyCoordinates", self.tr("&Copy coordinates"),
                                         self.copy_coordinates, tip=self.tr("Copy the position in the chosen system"))
        self.copy_here_action = action("actionCopyCoordinatesHere", self.tr("Copy coordinates of this &point"),
                                       self._copy_map_point)

        self.status_menu = QMenu(self.tr("Set &status"))
        self.status_menu.setObjectName("menuSetStatus")
        self.status_actions: dict[Status, QAction] = {}
        self.status_menu.setToolTipsVisible(True)  # a greyed status says why (the role, the service)
        for status in Status:
            a = self.status_menu.addAction(status_label(status))
            a.setObjectName(f"actionStatus_{status.value}")
            a.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = a

        self.system_menu = QMenu(self.tr("Coordinate s&ystem"))
        self.system_group = QActionGroup(self)
        for name in FORM_SYSTEMS:
            a = self.system_menu.addAction(system_label(name))
            a.setCheckable(True)
            a.setData(name)
            a.setChecked(name == self._coord_system)
            self.system_group.addAction(a)
        self.system_group.triggered.connect(lambda a: self.set_coordinate_system(a.data()))

    def install(self, window: QMainWindow, map_panel=None, table_view=None) -> None:
        """Add the Edit menu and toolbar to ``window``; connect the map's context menu and the table."""
        self.window = window
        self.status_menu.setParent(window, self.status_menu.windowFlags())
        self.system_menu.setParent(window, self.system_menu.windowFlags())
        menu = QMenu(self.tr("&Edit"), window)
        menu.setObjectName("menuEdit")
        menu.setToolTipsVisible(True)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.addAction(self.restore_action)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.copy_coords_action)
        menu.addMenu(self.system_menu)
        bar = window.menuBar()
        actions = bar.actions()
        titles = [a.text().replace("&", "").strip().lower() for a in actions]
        if "file" in titles and titles.index("file") + 1 < len(actions):
            bar.insertMenu(actions[titles.index("file") + 1], menu)  # right after File
        else:
            bar.addMenu(menu)
        self.edit_menu = menu
        for a in (self.undo_action, self.redo_action, self.new_action, self.edit_action, self.delete_action,
                  self.copy_coords_action):
            window.addAction(a)  # shortcuts work wherever the focus is in the window

        toolbar = QToolBar(self.tr("Editing"), window)
        toolbar.setObjectName("editToolBar")
        for a in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        window.addToolBar(toolbar)
        self.toolbar = toolbar

        self.map_menu = QMenu(window)
        self.map_menu.setObjectName("mapContextMenu")
        self.map_menu.addAction(self.new_here_action)
        self.map_menu.addAction(self.copy_here_action)
        if map_panel is not None:
            map_panel.contextRequested.connect(self.show_map_menu)
            if hasattr(map_panel, "markerMoved"):
                map_panel.markerMoved.connect(self.move_incident)
        if table_view is not None:
            self._connect_table(table_view)

    def _connect_table(self, table_view) -> None:
        view = table_view if isinstance(table_view, QAbstractItemView) else getattr(table_view, "view", None)
        if not isinstance(view, QAbstractItemView):
            raise TypeError(f"{type(table_view).__name__} is neither a table view nor holds one as .view")
        view.doubleClicked.connect(self._table_double_clicked)
        enter = QAction(self.tr("Edit incident"), view)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter.triggered.connect(self.edit_focused)
        view.addAction(enter)
        self.table_view = view

    # -- state -> actions -----------------------------------------------------------------------------
    def _selection_changed(self, ids, focus) -> None:
        """Enable what the store's role may do to the selection (per service); a greyed action says why."""
        store = self.store
        has_store = store is not None
        ids = list(ids or ())
        focused = permissions.countries_of(store, [focus]) if has_store and focus is not None else set()
        chosen = permissions.countries_of(store, ids) if has_store and ids else set()

        def put(action: QAction, possible: bool, reason: str, usual: str) -> None:
            action.setEnabled(possible and not reason)
            action.setToolTip(reason if possible and reason else usual)

        create = permissions.refusal(store, "create") if has_store else ""
        put(self.new_action, has_store, create, self.tr("Record a new incident"))
        put(self.new_here_action, has_store, create, self.tr("Record an incident at this point"))
        put(self.restore_action, has_store, permissions.refusal(store, "restore") if has_store else "",
            self.tr("Bring back deleted incidents"))
        put(self.edit_action, has_store and focus is not None,
            permissions.refusal(store, "edit", focused) if has_store else "",
            self.tr("Edit the selected incident (Enter in the table)"))
        put(self.delete_action, has_store and bool(ids),
            permissions.refusal(store, "delete", chosen) if has_store else "",
            self.tr("Delete the selected incidents (they can be restored)"))
        for status, action in self.status_actions.items():
            put(action, has_store and bool(ids),
                permissions.refusal(store, permissions.status_action(status), chosen) if has_store else "",
                status_label(status))
        self.status_menu.setEnabled(has_store and bool(ids))
        self.copy_coords_action.setEnabled(has_store and focus is not None)

    def refresh_permissions(self) -> None:
        """Enable the actions again (the store's role or connection changed)."""
        self._selection_changed(self.state.selection, self.state.focus)

    def _refused(self, action: str, ids=()) -> bool:
        """Whether the store's role may not ``action`` these incidents; if so the user is told why, once."""
        reason = permissions.refusal(self.store, action, permissions.countries_of(self.store, ids))
        if reason:
            self._report(reason)
        return bool(reason)

    # -- the actions themselves -------------------------------------------------------------------------
    def new_incident(self, lon: float | None = None, lat: float | None = None) -> Incident | None:
        if self.store is None or self._refused("create"):
            return None
        form = IncidentForm(self._dialog_parent(), lon=lon, lat=lat, coord_system=self._coord_system)
        self._restrict(form)
        return self._run_form(form, None)

    def edit_incident(self, incident_id) -> Incident | None:
        if self.store is None or incident_id is None:
            return None
        try:
            current = self.store.get(incident_id)
        except BorderMonitorError as exc:
            self._report(str(exc))
            return None
        if self._refused("edit", [incident_id]):
            return None
        form = IncidentForm(self._dialog_parent(), current, coord_system=self._coord_system)
        self._restrict(form)
        return self._run_form(form, current)

    def _restrict(self, form: IncidentForm) -> None:
        """Keep the form to what the role may write: its own service, and the statuses it may set."""
        service = permissions.own_service(self.store)
        allowed = {s for s in Status if not permissions.refusal(self.store, permissions.status_action(s))}
        form.restrict(service, allowed, self.tr("You are connected as %1: you record incidents of %2 only.")
                      .replace("%1", getattr(self.store, "role_text", "")).replace("%2", service or ""))

    def edit_focused(self) -> Incident | None:
        return self.edit_incident(self.state.focus)

    def _run_form(self, form: IncidentForm, before: Incident | None) -> Incident | None:
        form.location_edit.systemChanged.connect(self.set_coordinate_system)
        accepted = form.exec() == IncidentForm.DialogCode.Accepted
        result = form.incident() if accepted else None
        form.deleteLater()
        if result is None:
            return None
        if before is None:
            self.create(result)
        else:
            self.update(before, result)
        return result

    def create(self, incident: Incident) -> None:
        self.undo_stack.push(CreateIncident(self._ctx, incident, self.tr("New incident")))

    def update(self, before: Incident, after: Incident, text: str | None = None) -> None:
        command = UpdateIncidents(self._ctx, [(before, after)], text or self.tr("Edit incident"))
        if command.pairs:
            self.undo_stack.push(command)

    def set_status(self, status: Status | str, ids=None) -> None:
        status = Status.parse(status, "status")
        ids = list(self.state.selection if ids is None else ids)
        if self.store is None or not ids or self._refused(permissions.status_action(status), ids):
            return
        pairs = []
        for incident_id in ids:
            try:
                current = self.store.get(incident_id)
            except BorderMonitorError as exc:
                self._report(str(exc))
                return
            pairs.append((current, current.with_changes(status=status)))
        command = UpdateIncidents(self._ctx, pairs, self.tr("Set status %1 on %Ln incident(s)", "", len(ids)).replace(
            "%1", status_label(status)))
        if command.pairs:
            self.undo_stack.push(command)

    def move_incident(self, incident_id, lon: float, lat: float) -> None:
        """A marker dragged on the map: an undoable change of position."""
        if self.store is None or self._refused("edit", [incident_id]):
            return
        try:
            current = self.store.get(incident_id)
            moved = current.with_changes(lon=float(lon), lat=float(lat))
        except BorderMonitorError as exc:
            self._report(str(exc))
            return
        self.update(current, moved, self.tr("Move incident"))

    def delete_selected(self) -> None:
        self.delete(self.state.selection)

    def delete(self, ids) -> None:
        ids = list(ids)
        if self.store is None or not ids or self._refused("delete", ids):
            return
        self.undo_stack.push(SetDeleted(self._ctx, ids, True, self.tr("Delete %Ln incident(s)", "", len(ids))))

    def restore(self, ids) -> None:
        ids = list(ids)
        if self.store is None or not ids or self._refused("restore", ids):
            return
        self.undo_stack.push(SetDeleted(self._ctx, ids, False, self.tr("Restore %Ln incident(s)", "", len(ids))))

    def imported(self, ids, source_name: str) -> ImportedBatch | None:
        """An import just written into the state's store becomes one undo step ("Undo import of reports.csv
        (1,234 incidents)"); nothing is written now."""
        ids = [str(i) for i in ids]
        if not ids:
            return None
        text = self.tr("import of %1 (%Ln incident(s))", "", len(ids)).replace("%1", source_name)
        command = ImportedBatch(self._ctx, ids, text, source_name)
        self.undo_stack.push(command)
        return command

    def show_restore_dialog(self) -> RestoreDialog | None:
        if self.store is None:
            return None
        dialog = RestoreDialog(self.store, self._dialog_parent())
        dialog.restoreRequested.connect(self.restore)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def copy_coordinates(self) -> str | None:
        if self.store is None or self.state.focus is None:
            return None
        try:
            incident = self.store.get(self.state.focus)
        except BorderMonitorError as exc:
            self._report(str(exc))
            return None
        return self._copy(incident.lon, incident.lat)

    def _copy(self, lon: float, lat: float) -> str | None:
        try:
            text = crs.format(lon, lat, self._coord_system)
        except CoordinateError as exc:
            self._report(str(exc))
            return None
        QGuiApplication.clipboard().setText(text)
        if self.window is not None and self.window.statusBar() is not None:
            self.window.statusBar().showMessage(self.tr("Copied {0}").format(text), 4000)
        return text

    # -- map context menu ---------------------------------------------------------------------------------
    def show_map_menu(self, lon: float, lat: float) -> None:
        self._map_point = (float(lon), float(lat))
        try:
            where = crs.format(lon, lat, self._coord_system)
        except CoordinateError:
            where = f"{lat:.5f}, {lon:.5f}"
        self.copy_here_action.setText(self.tr("Copy {0}").format(where))
        if self.map_menu is not None:
            self.map_menu.popup(QCursor.pos())

    def _new_at_map_point(self) -> None:
        if self._map_point is not None:
            self.new_incident(*self._map_point)

    def _copy_map_point(self) -> None:
        if self._map_point is not None:
            self._copy(*self._map_point)

    def _table_double_clicked(self, index) -> None:
        incident_id = index.data(ID_ROLE) if index.isValid() else None
        self.edit_incident(incident_id or self.state.focus)

    # -- helpers --------------------------------------------------------------------------------------------
    def _dialog_parent(self) -> QWidget | None:
        return self.window

    def _report(self, message: str) -> None:
        log.warning("%s", message)
        self.failed.emit(message)
        if self.window is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Edit refused"), message,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("editErrorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
