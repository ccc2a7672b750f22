"""Nationalities with counts on one line ("IRQ:5, SYR:2"), completing country names and codes.

The completer offers every nationality as "IRQ — Iraq", named in the user's language ("IRQ — Irakas" in
Lithuanian, ``ui.text.nationality_texts``); it matches the word being typed
(the part after the last comma) against codes and names anywhere in the entry, so "syr" and
"Syria" both offer "SYR — Syrian Arab Republic". Choosing an entry puts its code and a colon in
place of the word, ready for the count.
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...domain.nationality import format_nationalities, nationality_names, parse_nationalities
from ..text.nationality_texts import nationality_labels

SEPARATOR = " — "


def completion_entries() -> list[str]:
    """"CODE — Name" for every known nationality code, sorted by name."""
    names = nationality_labels()
    return [f"{code}{SEPARATOR}{name}" for code, name in sorted(names.items(), key=lambda kv: kv[1])]


def display_text(nationalities) -> str:
    """The entry text for a model value (tuple of ``Nationality``): ``"IRQ:5, SYR:2"``."""
    return format_nationalities(parse_nationalities(nationalities)).replace(",", ", ")


class NationalityEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. IRQ:5, SYR:2 (code or country name, count after a colon)"))
        self._completer = QCompleter(QStringListModel(completion_entries(), self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self.insert_completion)
        self.textEdited.connect(self._offer)

    def completer_widget(self) -> QCompleter:
        return self._completer

    def current_word(self) -> str:
        """The word the cursor is in: after the last comma before it, without a count."""
        before = self.text()[: self.cursorPosition()]
        word = before.replace(";", ",").rsplit(",", 1)[-1]
        return "" if ":" in word else word.strip()

    def insert_completion(self, entry: str) -> None:
        code = entry.split(SEPARATOR, 1)[0].strip()
        text, cursor = self.text(), self.cursorPosition()
        start = max(text.rfind(",", 0, cursor), text.rfind(";", 0, cursor)) + 1
        end = len(text)
        for sep in (",", ";"):
            found = text.find(sep, cursor)
            if found >= 0:
                end = min(end, found)
        prefix = text[:start] + (" " if start > 0 else "")
        new = f"{prefix}{code}:" + text[end:]
        self.setText(new)
        self.setCursorPosition(len(prefix) + len(code) + 1)
        self.textEdited.emit(self.text())

    def _offer(self, _text: str) -> None:
        word = self.current_word()
        if len(word) < 2:
            self._completer.popup().hide()
            return
        if len(word) == 3 and word.upper() in nationality_names() and word.isupper():
            self._completer.popup().hide()  # a full code typed as such: no need to offer
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount() == 0:
            self._completer.popup().hide()
            return
        self._completer.complete()
