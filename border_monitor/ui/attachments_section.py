"""The Attachments section of the details panel: thumbnails of the focus incident's files, Add, Open, Remove.

It follows the state on its own (focus, store switch, writes whose ``Change.attachments`` names the incident
shown). Every write goes through ``write_op.run_write``. Thumbnails are decoded at their small size
(``QImageReader.setScaledSize``; the first page for a PDF, through QtPdf) and cached by the file's SHA-256, so
going back to an incident does not decode again. Open writes the file (owner-only permissions) to a temporary
folder of this session and hands it to the system viewer (``QDesktopServices.openUrl``).
"""
from __future__ import annotations

import getpass
import logging
import mimetypes
import os
import re
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ..domain.errors import BorderMonitorError
from ..store.gpkg.attachment_tables import Attachment, check_size
from .failure_text import failure_text, show_detail
from .retranslate import refresh_on_language_change
from .state import AppState
from .text.formats import datetime_text, number_text
from .write_op import run_write

log = logging.getLogger(__name__)

THUMB = 96
_CACHE_SIZE = 256
_thumbnails: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()  # (sha256, size) -> pixmap


def thumbnail(attachment: Attachment, read: Callable[[], bytes], size: int = THUMB) -> QPixmap:
    """The thumbnail of one attachment (cached by content); ``read`` gives its bytes when it must be drawn."""
    key = (attachment.sha256, size)
    pixmap = _thumbnails.get(key)
    if pixmap is not None:
        _thumbnails.move_to_end(key)
        return pixmap
    image = QImage()
    try:
        if attachment.is_image:
            image = _decode_image(read(), size)
        elif attachment.content_type == "application/pdf":
            image = _render_pdf(read(), size)
    except BorderMonitorError as exc:
        log.warning("Could not read the attachment %s for its thumbnail: %s", attachment.name, exc)
    pixmap = QPixmap.fromImage(image) if not image.isNull() else _document_icon(attachment, size)
    _thumbnails[key] = pixmap
    while len(_thumbnails) > _CACHE_SIZE:
        _thumbnails.popitem(last=False)
    return pixmap


def _decode_image(data: bytes, size: int) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # EXIF orientation of phone photos
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.info("No thumbnail for an image attachment: %s", reader.errorString())
    return image


def _render_pdf(data: bytes, size: int) -> QImage:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return QImage()
    page = document.pagePointSize(0)
    target = QSize(max(1, int(page.width())), max(1, int(page.height()))).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio)
    image = document.render(0, target)
    document.close()
    if image.isNull():
        return image
    framed = QImage(image.size(), QImage.Format.Format_ARGB32)  # a white page with a thin frame
    framed.fill(QColor("white"))
    painter = QPainter(framed)
    painter.drawImage(0, 0, image)
    painter.setPen(QColor("#888"))
    painter.drawRect(0, 0, framed.width() - 1, framed.height() - 1)
    painter.end()
    return framed


def _document_icon(attachment: Attachment, size: int) -> QPixmap:
    """A page with the file's kind written on it (for files that have no picture of their own)."""
    pixmap = QPixmap(int(size * 0.75), size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#666"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(10, size // 6))
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, _kind(attachment))
    painter.end()
    return pixmap


def _kind(attachment: Attachment) -> str:
    suffix = Path(attachment.name).suffix.lstrip(".").upper()
    guessed = (mimetypes.guess_extension(attachment.content_type) or "").lstrip(".").upper()
    return guessed or suffix or "FILE"


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{number_text(size / 1024 / 1024, 1)} MB"
    if size >= 1024:
        return f"{number_text(size / 1024, 0)} kB"
    return f"{number_text(size)} B"


class AttachmentsSection(QWidget):
    """Thumbnails and buttons for the files attached to the focus incident."""

    opened = Signal(str)  # the local file handed to the system viewer

    def __init__(self, state: AppState, parent: QWidget | None = None, *, user: Callable[[], str] | None = None):
        super().__init__(parent)
        self.setObjectName("AttachmentsSection")
        self._state = state
        self.user = user or getpass.getuser  # who is named in the audit entries (the window passes its user)
        self._incident_id: str | None = None
        self._attachments: list[Attachment] = []
        self._temp: tempfile.TemporaryDirectory | None = None
        self.message_box: QMessageBox | None = None  # the last message shown (tests answer it)
        self.last_error = ""
        self.title = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 40))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(THUMB + 48)
        self.add_button = QPushButton(self.tr("Add..."), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.setToolTip(self.tr("Attach photos or documents to this incident"))
        self.open_button.setToolTip(self.tr("Open the selected file with the system's viewer"))
        self.remove_button.setToolTip(self.tr("Remove the selected files from the store"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        state.selectionChanged.connect(lambda _ids, focus: self.show_incident(focus))
        state.storeChanged.connect(lambda _store: self.show_incident(state.focus))
        state.dataChanged.connect(self._data_changed)
        self.show_incident(state.focus)
        refresh_on_language_change(self, self._fill)  # its title holds a count

    # -- what is shown -------------------------------------------------------------------------
    @property
    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def show_incident(self, incident_id: str | None) -> None:
        store = self._state.store
        self._incident_id = None
        self._attachments = []
        if incident_id and store is not None and hasattr(store, "attachments"):
            try:
                self._attachments = store.attachments(incident_id)
                self._incident_id = str(incident_id)
            except BorderMonitorError as exc:
                log.info("No attachments shown for %s: %s", incident_id, exc)
        unsupported = bool(incident_id) and store is not None and not getattr(store, "supports_attachments", True)
        self.setVisible(self._incident_id is not None or unsupported)
        self._fill()
        if unsupported:  # a shared database store: attachments stay with GeoPackage stores; say so
            self.title.setText("<b>" + self.tr("Attachments") + "</b> " + self.tr(
                "are kept in GeoPackage stores only; this shared store holds none."))

    def _data_changed(self, change) -> None:
        if self._incident_id is not None and self._incident_id in change.attachments:
            self.show_incident(self._incident_id)

    def _fill(self) -> None:
        self.list.clear()
        store = self._state.store
        for attachment in self._attachments:
            pixmap = thumbnail(attachment, lambda a=attachment: store.attachment_data(a.id))
            item = QListWidgetItem(QIcon(pixmap), f"{attachment.name}\n{_size_text(attachment.size)}")
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setToolTip(self.tr("%1\n%2, %3\nadded %4 by %5").replace("%1", attachment.name)
                            .replace("%2", attachment.content_type).replace("%3", _size_text(attachment.size))
                            .replace("%4", datetime_text(attachment.added_at) + " UTC")
                            .replace("%5", attachment.added_by))
            self.list.addItem(item)
        self.title.setText("<b>" + self.tr("Attachments (%1)").replace("%1", number_text(len(self._attachments))) + "</b>")
        read_only = bool(getattr(store, "read_only", False))
        self.add_button.setEnabled(self._incident_id is not None and not read_only)
        self._update_buttons()

    def _selected(self) -> list[Attachment]:
        ids = {item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        return [a for a in self._attachments if a.id in ids]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not bool(getattr(self._state.store, "read_only", False)))

    # -- actions ---------------------------------------------------------------------------------
    def choose_files(self) -> None:
        start = str(Path(self._state.store_path).parent) if self._state.store_path else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), start,
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic *.pdf *.doc *.docx "
                    "*.xls *.xlsx *.odt *.ods *.txt *.mp4);;All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths) -> int:
        """Attach the files to the incident shown, one write each; stops at the first refused (a message names
        it). Returns the number attached."""
        store, incident = self._state.store, self._incident_id
        if store is None or incident is None:
            return 0
        limits = store.attachment_limits()
        added = 0
        for path in map(Path, paths):
            try:
                check_size(path.name, path.stat().st_size, 0, limits)  # before reading a huge file into memory
                data = path.read_bytes()
                run_write(self._state, lambda: store.add_attachment(incident, path.name, data, self.user()))
                added += 1
            except (BorderMonitorError, OSError) as exc:
                self._error(self.tr("Attach refused"), exc)
                break
        return added

    def open_selected(self) -> list[str]:
        """Write the selected files to this session's temporary folder and open each with the system viewer."""
        store = self._state.store
        opened = []
        for attachment in self._selected():
            try:
                path = self._temp_file(attachment, store.attachment_data(attachment.id))
            except (BorderMonitorError, OSError) as exc:
                self._error(self.tr("Cannot open the attachment"), exc)
                break
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._error(self.tr("Cannot open the attachment"), OSError(
                    self.tr("No program on this computer opens %1 (%2); it was saved as %3")
                    .replace("%1", attachment.name).replace("%2", attachment.content_type).replace("%3", str(path))))
            opened.append(str(path))
            self.opened.emit(str(path))
        return opened

    def remove_selected(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        names = ", ".join(a.name for a in chosen)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove attachments"),
                          self.tr("Remove %1 from the store? The audit log keeps its name and checksum, not the "
                                  "file.").replace("%1", names),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._remove(chosen) if result == QMessageBox.StandardButton.Yes else None)
        self.message_box = box
        box.open()

    def _remove(self, chosen: list[Attachment]) -> None:
        store = self._state.store
        for attachment in chosen:
            try:
                run_write(self._state, lambda a=attachment: store.remove_attachment(a.id, self.user()))
            except BorderMonitorError as exc:
                self._error(self.tr("Remove refused"), exc)
                break

    def _temp_file(self, attachment: Attachment, data: bytes) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="border-monitor-attachments-")
        folder = Path(self._temp.name) / str(attachment.id)
        folder.mkdir(mode=0o700, exist_ok=True)
        name = re.sub(r"[^\w.\- ]+", "_", Path(attachment.name).name).strip(" .") or "attachment"
        extension = mimetypes.guess_extension(attachment.content_type) or ""
        if extension and Path(name).suffix.lower() not in {extension, *_aliases(attachment.content_type)}:
            name += extension  # the viewer is chosen by the suffix: it must say what the bytes are
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        return path

    def _error(self, title: str, exc: BaseException) -> None:
        text = failure_text(exc, title)
        self.last_error = text
        log.warning("%s: %s", title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        show_detail(box, exc, title)
        box.setObjectName("attachmentErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()


def _aliases(content_type: str) -> set[str]:
    return set(mimetypes.guess_all_extensions(content_type))
