"""Starting the briefing on its own (``border-monitor briefing``) and rendering one frame of it to PNG."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ...domain.data_notice import notice_for
from ...domain.errors import BorderMonitorError
from ...io.output_files import check_output, replacing
from ..lifecycle import dispose

log = logging.getLogger(__name__)


def check_screen(number: int | None) -> None:
    """A ``BorderMonitorError`` naming the screens there are when ``number`` is not one of them."""
    if number is None:
        return
    screens = QGuiApplication.screens()
    if not 0 <= number < len(screens):
        names = ", ".join(f"{k} ({s.name() or 'unnamed'}, {s.geometry().width()}x{s.geometry().height()})"
                          for k, s in enumerate(screens))
        raise BorderMonitorError(f"--screen {number}: there is no such screen; the screens are {names}.")


def run_briefing(store_path: str | Path | None, *, screen: int | None = None, tour_seconds: float | None = None,
                 at: str | None = None, window: str = "7d", settings=None) -> int:
    """Open the briefing full screen on a store (default: the last store used, or the demo store) and run the
    event loop; the exit code. Esc ends it."""
    from ..app import choose_store, create_application
    from ..jobs.open_job import open_store_job
    from ..settings import WindowSettings, open_settings
    from ..workers import run_with_progress
    from .window import BriefingWindow

    app = create_application()
    check_screen(screen)
    path, create_demo = choose_store(store_path, WindowSettings(settings if settings is not None else open_settings()))
    if not create_demo and not path.exists():
        raise BorderMonitorError(f"The store {path} does not exist; make a new, empty one with: "
                                 f"border-monitor init --store {path}")
    holder: dict = {}

    def opened(store) -> None:
        briefing = BriefingWindow(store, store_path=path, at=at, tour_seconds=tour_seconds, window=window)
        holder["window"] = briefing
        briefing.left.connect(app.quit)
        target = QGuiApplication.screens()[screen] if screen is not None else QGuiApplication.primaryScreen()
        briefing.show_on(target)

    def failed(exc: BaseException) -> None:
        from ..failure_text import failure_text

        QMessageBox.critical(None, QCoreApplication.translate("app", "Border Monitor"),
                             QCoreApplication.translate("app", "The store %1 could not be opened: %2").replace(
                                 "%1", str(path)).replace("%2", failure_text(exc, "opening the store")))
        app.exit(2)

    label = QCoreApplication.translate("app", "Opening %1...").replace("%1", path.name)
    run_with_progress(None, QCoreApplication.translate("app", "Border Monitor"), label, open_store_job, path,
                      create_demo=create_demo, on_done=opened, on_error=failed, on_cancel=lambda: app.exit(1))
    code = app.exec()
    briefing = holder.pop("window", None)
    if briefing is not None:
        store = briefing.store
        dispose(briefing)
        store.close()
    return code


def render_briefing(store_path: str | Path, out: str | Path, size: tuple[int, int] = (1920, 1080), *,
                    at: str | None = None, scope: str = "all", window: str = "7d", timeout_s: float = 90.0) -> Path:
    """One frame of the briefing on ``store_path`` at ``size``, offscreen, saved as PNG at ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ...store import open_store
    from ..app import create_application
    from .capture import grab_briefing
    from .window import BriefingWindow

    store_path, out = Path(store_path), Path(out)
    if not store_path.is_file():
        raise BorderMonitorError(f"The store {store_path} does not exist.")
    if out.suffix.lower() != ".png":
        raise BorderMonitorError(f"The output file {out} does not end in .png.")
    check_output(out, store=store_path, what="screenshot")
    create_application()
    store = open_store(store_path, read_only=True)
    briefing = None
    try:
        briefing = BriefingWindow(store, store_path=store_path, at=at, window=window)
        briefing.set_scope(scope)
        briefing.resize(*size)
        briefing.show()
        image = grab_briefing(briefing, timeout_s)
        notice = notice_for(store)
        if notice:
            image.setText("Description", notice)
        with replacing(out, what="screenshot") as partial:
            if not image.save(str(partial), "PNG"):
                raise BorderMonitorError(f"The picture could not be written to {out}.")
    finally:
        if briefing is not None:
            dispose(briefing)
        store.close()
    return out
