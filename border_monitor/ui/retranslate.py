"""Rewriting the texts on screen after a language switch, without rebuilding a widget.

A widget keeps the text a ``tr()`` call gave it when it was built. After another catalogue is installed,
``retranslate_widgets`` walks every window's widgets and actions and, for each text that is exactly what a
message of the code translated to in the old language (menu entries, labels, buttons, tooltips, dock
titles, placeholders, combo box items, tab titles), sets that message's translation in the new one.
``text_index`` is taken *before* the switch: it maps each text the old language shows to the messages
(context, source, disambiguation) that produce it, built from the message list of the catalogues.

Texts made of a message and values (counts, names, dates) are not found there: the widget that made them
makes them again on ``QEvent.LanguageChange`` (``changeEvent``), which Qt sends to every widget when a
translator is installed. ``refresh_on_language_change`` is that hook for widgets that only need to call
one of their own methods.
"""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections import defaultdict
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTabBar,
    QTextEdit, QWidget,
)

from .i18n import CATALOG, LANGUAGES, translations_dir

log = logging.getLogger(__name__)

Key = tuple[str, str, str]  # context, source, disambiguation


@lru_cache(maxsize=1)
def message_keys() -> tuple[Key, ...]:
    """Every message of the code without a count (those with one are always made with their values)."""
    ts = translations_dir() / f"{CATALOG}_{LANGUAGES[0]}.ts"
    keys = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = (context.findtext("name") or "").strip()
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                keys.append((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return tuple(keys)


def translate(key: Key) -> str:
    context, source, disambiguation = key
    return QCoreApplication.translate(context, source, disambiguation or None)


def text_index() -> dict[str, list[Key]]:
    """What each message reads as in the language installed now -> the messages that read so."""
    index: dict[str, list[Key]] = defaultdict(list)
    for key in message_keys():
        index[translate(key)].append(key)
    return dict(index)


def _contexts(obj: QObject) -> set[str]:
    """Class names of ``obj`` and its parents: the contexts its texts most likely came from."""
    names = set()
    while obj is not None:
        names.update(cls.__name__ for cls in type(obj).__mro__)
        obj = obj.parent()
    return names


def _new_text(text: str, index: dict[str, list[Key]], obj: QObject) -> str | None:
    keys = index.get(text) if text else None
    if not keys:
        return None
    if len(keys) > 1:
        near = _contexts(obj)
        keys = [k for k in keys if k[0] in near] or keys
    new = translate(keys[0])
    return new if new != text else None


def _retext(obj: QObject, getter, setter, index) -> int:
    new = _new_text(getter(), index, obj)
    if new is None:
        return 0
    setter(new)
    return 1


def retranslate_object(obj: QObject, index: dict[str, list[Key]]) -> int:
    """Rewrite the texts of one widget or action; the number of texts changed."""
    n = 0
    if isinstance(obj, QAction):
        n += _retext(obj, obj.text, obj.setText, index)
        n += _retext(obj, obj.toolTip, obj.setToolTip, index)
        n += _retext(obj, obj.statusTip, obj.setStatusTip, index)
        n += _retext(obj, obj.iconText, obj.setIconText, index)
        return n
    if not isinstance(obj, QWidget):
        return 0
    n += _retext(obj, obj.windowTitle, obj.setWindowTitle, index)
    n += _retext(obj, obj.toolTip, obj.setToolTip, index)
    n += _retext(obj, obj.statusTip, obj.setStatusTip, index)
    if isinstance(obj, QMenu):
        n += _retext(obj, obj.title, obj.setTitle, index)
    if isinstance(obj, (QLabel, QAbstractButton)):
        n += _retext(obj, obj.text, obj.setText, index)
    if isinstance(obj, QGroupBox):
        n += _retext(obj, obj.title, obj.setTitle, index)
    if isinstance(obj, (QLineEdit, QPlainTextEdit, QTextEdit)):
        n += _retext(obj, obj.placeholderText, obj.setPlaceholderText, index)
    if isinstance(obj, QComboBox):
        for i in range(obj.count()):
            n += _retext(obj, lambda i=i: obj.itemText(i), lambda t, i=i: obj.setItemText(i, t), index)
    if isinstance(obj, QTabBar):
        for i in range(obj.count()):
            n += _retext(obj, lambda i=i: obj.tabText(i), lambda t, i=i: obj.setTabText(i, t), index)
            n += _retext(obj, lambda i=i: obj.tabToolTip(i), lambda t, i=i: obj.setTabToolTip(i, t), index)
    return n


def retranslate_widgets(index: dict[str, list[Key]], roots=None) -> int:
    """Rewrite the texts of every window (or of ``roots``) and everything in it; the number changed."""
    roots = list(roots) if roots is not None else QApplication.topLevelWidgets()
    seen: set[int] = set()
    n = 0
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            n += retranslate_object(obj, index)
    log.info("retranslated %d texts", n)
    return n


class LanguageChangeFilter(QObject):
    """Calls ``callback`` when ``widget`` gets ``QEvent.LanguageChange`` (after its texts were rewritten); for a
    hidden widget (a closed dock, a window being closed) when it is shown again, not before: a hidden view
    does not query its store."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self.pending = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            if self._widget.isVisible():
                self._callback()
            else:
                self.pending = True
        elif kind == QEvent.Type.Show and self.pending:
            self.pending = False
            self._callback()
        return False


def refresh_on_language_change(widget: QWidget, callback) -> LanguageChangeFilter:
    """Make ``widget`` call ``callback`` (which remakes its texts with values) on a language switch."""
    return LanguageChangeFilter(widget, callback)
