"""Starting the GUI: the QApplication, translations, the default store, the main window.

``run_gui(store_path)`` is what ``border-monitor`` (and ``border-monitor gui``) runs. With no
store given it opens the last store used, or the built-in demo store, created on first run in
the user's data folder (``QStandardPaths.AppDataLocation``). Opening (and creating) a store runs
in a worker with a progress dialog.
"""
from __future__ import annotations

import logging
import os
import sys
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..assets import resource_path
from ..domain.errors import BorderMonitorError
from .failure_text import failure_text, install_excepthook
from .i18n import chosen_locale, install_translators
from .jobs.open_job import open_store_job
from .lifecycle import dispose
from .settings import APPLICATION, ORGANIZATION, WindowSettings, open_settings

log = logging.getLogger(__name__)

DEMO_STORE_NAME = "demo-2021.gpkg"


def set_application_names() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def data_folder() -> Path:
    """The user's data folder for Border Monitor (QStandardPaths.AppDataLocation)."""
    set_application_names()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not folder:
        raise BorderMonitorError("The system gives no folder for application data; pass --store PATH.")
    return Path(folder)


def default_store_path() -> Path:
    """Where the built-in demo store lives (created there on first run)."""
    return data_folder() / DEMO_STORE_NAME


def create_application(argv: list[str] | None = None, settings: QSettings | None = None) -> QApplication:
    """The QApplication, made ready for the map (URL scheme, its web engine started: ``map.engine``) and
    translations, with the window icon.

    The language is the one chosen in View > Language (saved in ``settings``, default: the user's), else
    the system's."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    from .map.scheme import register_schemes

    if "QTWEBENGINE_CHROMIUM_FLAGS" not in os.environ and hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"  # Chromium refuses to run sandboxed as root
    register_schemes()
    set_application_names()
    app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Border Monitor"))
    icon = resource_path("icons", "border-monitor.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, chosen_locale(settings if settings is not None else open_settings()))
    from .map.engine import start_early

    start_early()  # the map's renderer process starts while the store opens and the window is built
    # The GeoPackage store's modules (and numpy) load now, while the renderer starts, not in the first open: at 1M
    # incidents that open took 0.10 s loading them, 0.02 s with them loaded here (open_refresh.py's window, medians
    # of 4 runs each way).
    import_module("border_monitor.store.gpkg.store")
    return app


def choose_store(store_path: str | Path | None, settings: WindowSettings) -> tuple[Path, bool]:
    """(path to open, whether to create the demo store there if it is missing)."""
    from ..store import is_store_url

    if store_path:
        return (str(store_path) if is_store_url(str(store_path)) else Path(store_path)), False
    last = settings.last_store
    if last and is_store_url(last):
        return last, False  # a shared store: its server says whether it is there
    if last and Path(last).exists():
        return Path(last), False
    return default_store_path(), True


def run_gui(store_path: str | Path | None = None, settings: QSettings | None = None) -> int:
    """Open the window on a store and run the event loop; the exit code."""
    from .main_window import MainWindow
    from .workers import run_with_progress

    qsettings = settings if settings is not None else open_settings()
    app = create_application(settings=qsettings)
    window_settings = WindowSettings(qsettings)
    from ..store import is_store_url, store_label
    from ..store.postgis.url import without_password

    path, create_demo = choose_store(store_path, window_settings)
    shared = is_store_url(path)
    shown_path = without_password(path) if shared else path  # kept in the window and settings: no password
    if not shared and not create_demo and not path.exists():
        raise BorderMonitorError(f"The store {path} does not exist; make a new, empty one with: "
                                 f"border-monitor init --store {path}")
    holder: dict = {}

    def opened(store) -> None:
        window = MainWindow(store, store_path=shown_path, settings=qsettings)
        holder["window"] = window
        window.show()

    def failed(exc: BaseException) -> None:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Border Monitor"),
                             QCoreApplication.translate("app", "The store %1 could not be opened: %2").replace(
                                 "%1", store_label(path)).replace("%2", failure_text(exc, "opening the store")))
        app.exit(2)

    label = (QCoreApplication.translate("app", "Creating the demo store (first run)...") if create_demo
             and not path.exists() else QCoreApplication.translate("app", "Opening %1...").replace(
                 "%1", store_label(path) if shared else path.name))
    restore_hook = install_excepthook()  # an exception no code caught: logged, and said in a message box
    run_with_progress(None, QCoreApplication.translate("app", "Border Monitor"), label, open_store_job, path,
                      create_demo=create_demo, on_done=opened, on_error=failed, on_cancel=lambda: app.exit(1))
    try:
        code = app.exec()
        window = holder.pop("window", None)
        if window is not None:
            store = window.store
            dispose(window)
            if store is not None:
                store.close()
    finally:
        restore_hook()
    return code
