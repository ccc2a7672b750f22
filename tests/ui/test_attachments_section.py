"""The details panel's Attachments section: real PNG and PDF files, thumbnails, open, remove, limits."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QRectF, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox

from border_monitor.domain import IncidentFilter
from border_monitor.store.gpkg.attachment_tables import MB
from border_monitor.ui import attachments_section
from border_monitor.ui.details_panel import DetailsPanel
from border_monitor.ui.state import AppState

SCREENSHOTS = Path(os.environ.get("BM_SCREENSHOT_DIR", "")) if os.environ.get("BM_SCREENSHOT_DIR") else None


def make_png(path: Path, color: str = "#d62728", size=(320, 200)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    painter = QPainter(image)
    painter.fillRect(20, 20, 80, 60, QColor("#1f77b4"))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def make_pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.fillRect(QRectF(0, 0, writer.width(), writer.height() / 4), QColor("#2ca02c"))
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(0, writer.height() / 3, writer.width(), 400), "Barrier damage report, sector 7")
    painter.end()
    assert path.read_bytes().startswith(b"%PDF-")
    return path


class UrlCatcher(QObject):
    """Receives the URLs QDesktopServices would give the system viewer (Qt's own URL-handler hook)."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def panel(demo_store, qtbot):
    state = AppState(store=demo_store, store_path=demo_store.path)
    widget = DetailsPanel(None, state)
    widget.resize(520, 900)
    qtbot.addWidget(widget)
    widget.show()
    first = demo_store.page(IncidentFilter(), limit=1)[0]
    state.select([str(first.id)], str(first.id))
    return widget, state, demo_store, str(first.id)


def test_png_and_pdf_get_thumbnails_open_and_remove(panel, qtbot, tmp_path):
    widget, state, store, incident = panel
    section = widget.attachments
    assert section.isVisible() and section.list.count() == 0 and not section.open_button.isEnabled()
    changes = []
    state.dataChanged.connect(changes.append)
    png, pdf = make_png(tmp_path / "fence.png"), make_pdf(tmp_path / "report.pdf")
    assert section.add_files([png, pdf]) == 2
    assert len(changes) == 2 and all(incident in c.attachments for c in changes)  # one announcement per write
    assert [a.name for a in store.attachments(incident)] == ["fence.png", "report.pdf"]
    assert section.list.count() == 2 and section.title.text() == "<b>Attachments (2)</b>"
    rows = [(e.action, e.user) for e in widget.history.entries]
    assert rows[:2] == [("attach", section.user())] * 2  # the history below heard of both writes
    top = widget.history.tree.topLevelItem(0)
    assert top.text(2) == "attach" and top.child(0).text(4) in ("fence.png", "report.pdf")

    photo = section.list.item(0).icon().pixmap(96, 96).toImage()
    assert max(photo.width(), photo.height()) == 96 and photo.width() > photo.height()  # scaled, aspect kept
    assert QColor(photo.pixel(photo.width() - 5, photo.height() - 5)).name() == "#d62728"
    page = section.list.item(1).icon().pixmap(96, 96).toImage()
    assert page.height() == 96 and 60 <= page.width() <= 72  # an A4 page rendered, not the generic file icon
    top = QColor(page.pixel(page.width() // 2, 8))
    assert top.green() > 120 and top.red() < 90  # the green band of the first page

    # A second look at the incident decodes nothing again: the cache answers by content.
    cached = store.attachments(incident)[0]
    assert attachments_section.thumbnail(cached, lambda: pytest.fail("decoded again")).toImage() == photo

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        section.list.item(1).setSelected(True)
        assert section.open_button.isEnabled()
        section.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == "report.pdf" and opened.read_bytes() == pdf.read_bytes()
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600

    section.list.clearSelection()
    section.list.item(0).setSelected(True)
    section.remove_button.click()
    box = section.message_box
    assert box is not None and "fence.png" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: section.list.count() == 1)
    assert [a.name for a in store.attachments(incident)] == ["report.pdf"]


def test_a_file_over_the_limit_is_refused_with_its_name(panel, tmp_path):
    widget, _state, store, incident = panel
    store.set_metadata("attachment_max_file_mb", str(2000 / MB))
    big = make_png(tmp_path / "drone_photo.png", size=(900, 900))
    big.write_bytes(big.read_bytes() + os.urandom(4000))
    assert widget.attachments.add_files([big]) == 0
    assert "drone_photo.png" in widget.attachments.last_error and "allowed for one attachment" in \
        widget.attachments.last_error
    assert widget.attachments.message_box.isVisible()
    assert store.attachments(incident) == [] and widget.attachments.list.count() == 0


def test_file_with_a_misleading_name_is_sniffed_and_opened_with_the_right_suffix(panel, tmp_path):
    widget, _state, store, incident = panel
    disguised = make_png(tmp_path / "scan.pdf")
    assert widget.attachments.add_files([disguised]) == 1
    assert store.attachments(incident)[0].content_type == "image/png"
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        widget.attachments.list.item(0).setSelected(True)
        widget.attachments.open_selected()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert Path(catcher.urls[0].toLocalFile()).name == "scan.pdf.png"


def test_section_hidden_without_focus_and_follows_the_focus(panel, tmp_path):
    widget, state, store, incident = panel
    store.add_attachment(incident, "fence.png", make_png(tmp_path / "f.png").read_bytes(), "ona")
    other = store.page(IncidentFilter(), limit=2)[1]
    state.select([str(other.id)], str(other.id))
    assert widget.attachments.list.count() == 0
    state.select([incident], incident)
    assert widget.attachments.list.count() == 1
    state.select([], None)
    assert not widget.attachments.isVisible()


def test_screenshot_of_the_details_panel_with_two_thumbnails(panel, tmp_path):
    widget, _state, _store, _incident = panel
    widget.attachments.add_files([make_png(tmp_path / "barrier_damage.png"), make_pdf(tmp_path / "report.pdf")])
    widget.attachments.list.item(0).setSelected(True)
    image = widget.grab().toImage()
    out = (SCREENSHOTS or tmp_path) / "details_attachments.png"
    assert image.save(str(out))
    section = widget.attachments.geometry()
    assert section.height() >= 96 + 40 and widget.attachments.list.visualItemRect(
        widget.attachments.list.item(1)).right() < widget.attachments.list.viewport().width()


def test_gui_export_to_gpkg_and_import_carry_the_attachments(qtbot, tmp_path):
    from border_monitor.store import open_store
    from border_monitor.ui.lifecycle import dispose
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings

    source = open_store(tmp_path / "source.gpkg", create=True)
    target = open_store(tmp_path / "target.gpkg", create=True)
    try:
        first = source.add([source_incident()], "ona")
        incident = next(iter(first.incidents))
        photo = make_png(tmp_path / "fence.png").read_bytes()
        source.add_attachment(incident, "fence.png", photo, "ona")
        out = tmp_path / "export.gpkg"
        for store, step in ((source, "export"), (target, "import")):
            window = MainWindow(store, store_path=store.path, settings=open_settings(tmp_path / f"{step}.ini"),
                                restore=False)
            window.show()
            try:
                with qtbot.waitSignal(window.files.finished, timeout=60_000) as done:
                    window.files.export_file(out) if step == "export" else window.files.import_file(out)
                assert done.args == [step, True], window.files.last_error
                if step == "import":
                    assert incident in window.files.last_result.attachments
                    window.state.select([incident], incident)
                    assert window.details_panel.attachments.list.count() == 1
            finally:
                dispose(window)
        back = target.attachments(incident)
        assert [(a.name, a.content_type) for a in back] == [("fence.png", "image/png")]
        assert target.attachment_data(back[0].id) == photo
    finally:
        source.close()
        target.close()


def source_incident():
    from border_monitor.domain.incident import Incident

    return Incident(occurred_at="2021-08-01T10:00:00Z", country="LT", type="barrier_damage", lon=23.95, lat=54.02,
                    description="Fence cut")
