"""The headline figures on the wall: one row per service and one for the whole border.

Columns: today, the last 7 days, the change against the week before, the persons of the 7 days (and of
today), and under each row the top nationalities of the 7 days. The row of the tour's current scope is
marked. Every number is a ``figures.ScopeFigures`` field (``store.stats`` answers); updating sets label
texts in place, so a refresh does not flicker.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...domain.nationality import nationality_names
from ..text import palette
from . import theme
from .figures import ALL, ScopeFigures

SCOPES = (ALL, "LT", "LV", "PL")
SHORT_NAME = 12


def change_text(figures: ScopeFigures) -> str:
    """"+25 %", "−10 %", "0 %"; "new" when the week before had none and this week some, "-" when both none."""
    change = figures.change
    if change is None:
        return _tr("new") if figures.week else "-"
    percent = round(change * 100)
    sign = "+" if percent > 0 else "\u2212" if percent < 0 else ""
    return f"{sign}{QLocale().toString(abs(percent))} %"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("BriefingFigures", text)


def short_name(names: dict[str, str], code: str) -> str:
    """A nationality's name when it is short enough for the wall ("Iraq"), else its code ("COD")."""
    name = names.get(code, code)
    return name if len(name) <= SHORT_NAME else code


def scope_name(scope: str) -> str:
    return {ALL: _tr("Whole border"), "LT": _tr("Lithuania"), "LV": _tr("Latvia"), "PL": _tr("Poland")}[scope]


class FiguresPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefingFigures")
        self.setProperty("briefingPanel", True)
        self._figures: dict[str, ScopeFigures] = {}
        self._scope = ALL
        self._sizes = theme.sizes_for(1080)
        outer = QVBoxLayout(self)
        self.title = QLabel(self.tr("Headline figures"), self)
        self.title.setProperty("role", "panelTitle")
        outer.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self._grid = grid
        grid.setVerticalSpacing(0)
        outer.addLayout(grid)
        outer.addStretch(1)
        headings = (self.tr("Today"), self.tr("7 days"), self.tr("vs week before"), self.tr("Persons"))
        for column, text in enumerate(headings, start=1):
            label = QLabel(text, self)
            label.setProperty("role", "heading")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(label, 0, column)
        self.cells: dict[str, dict[str, QLabel]] = {}
        self.rows: dict[str, QFrame] = {}
        for k, scope in enumerate(SCOPES):
            row = 1 + 2 * k
            band = QFrame(self)
            band.setObjectName(f"figuresBand_{scope}")
            grid.addWidget(band, row, 0, 2, 5)
            self.rows[scope] = band
            cells = {}
            name = QLabel(self)
            name.setObjectName(f"figuresName_{scope}")
            name.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(name, row, 0)
            cells["name"] = name
            for column, key in enumerate(("today", "week", "change", "persons"), start=1):
                label = QLabel("-", self)
                label.setObjectName(f"figure_{scope}_{key}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, column)
                cells[key] = label
            nationalities = QLabel(self)
            nationalities.setObjectName(f"figure_{scope}_nationalities")
            nationalities.setProperty("role", "heading")
            grid.addWidget(nationalities, row + 1, 0, 1, 5)
            cells["nationalities"] = nationalities
            self.cells[scope] = cells
        grid.setColumnStretch(0, 1)
        self._show()

    def set_sizes(self, sizes: theme.Sizes) -> None:
        self._sizes = sizes
        self._show()

    def set_scope(self, scope: str) -> None:
        self._scope = scope
        self._show()

    def set_figures(self, figures: dict[str, ScopeFigures]) -> None:
        self._figures = dict(figures)
        self._show()

    def figures(self) -> dict[str, ScopeFigures]:
        return dict(self._figures)

    def text_of(self, scope: str, key: str) -> str:
        """What a cell shows (tests)."""
        return self.cells[scope][key].text()

    def _show(self) -> None:
        locale = QLocale()
        s = self._sizes
        names = nationality_names() if self._figures else {}
        self._grid.setHorizontalSpacing(s.px(28))
        for scope in SCOPES:
            cells = self.cells[scope]
            current = scope == self._scope
            size = s.px(34) if current else s.px(27)
            colour = palette.country_color(scope) if scope != ALL else theme.ACCENT
            name = self.tr("Total") if scope == ALL else scope_name(scope)
            cells["name"].setText(f'<span style="color:{colour}">&#9632;</span> {name}')
            cells["name"].setStyleSheet(f"font-size: {s.px(28) if current else s.px(24)}px; font-weight: bold;")
            self.rows[scope].setStyleSheet(
                f"background: {'#24303d' if current else 'transparent'}; border-radius: {s.px(6)}px;")
            f = self._figures.get(scope)
            values = {"today": "-", "week": "-", "change": "-", "persons": "-"}
            colours = {}
            if f is not None:
                values = {"today": locale.toString(f.today), "week": locale.toString(f.week), "change": change_text(f),
                          "persons": locale.toString(f.persons_week)}
                if f.change is not None and round(f.change * 100):
                    colours["change"] = theme.UP if f.change > 0 else theme.DOWN
                top = f.top()
                cells["nationalities"].setText(
                    (self.tr("Top: %1").replace("%1", " \u00b7 ".join(
                        f"{short_name(names, code)} {locale.toString(n)}" for code, n in top)) if top
                     else self.tr("No persons in the last 7 days"))
                    + "  |  " + self.tr("%1 persons today").replace("%1", locale.toString(f.persons_today)))
            for key, text in values.items():
                cells[key].setText(text)
                cells[key].setStyleSheet(f"font-size: {size}px; font-weight: bold;"
                                         + (f" color: {colours[key]};" if key in colours else ""))
            cells["nationalities"].setStyleSheet(f"font-size: {s.px(19)}px; color: {theme.MUTED};"
                                                 f" padding-bottom: {s.px(4)}px;")
