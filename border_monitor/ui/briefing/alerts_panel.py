"""The alerts on the wall: each border's impact level, the sectors elevated or high, the shifts in pressure.

What ``border-monitor alerts --at`` prints for the same reference time (the map's impact layer computes
it once, ``ImpactLayer.computed``, and both show it). The tour's scope narrows the sectors and shifts to
one border; the borders stay listed. One rich-text label, set in place: no flicker on a refresh.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...analysis.early_warning import EarlyWarning, UnitWarning
from ...analysis.levels import Level
from ..text import palette
from ..text.warning_texts import shift_text
from . import theme
from .figures import ALL

MAX_SECTORS = 4


def level_label(level: Level) -> str:
    from PySide6.QtCore import QCoreApplication

    return {Level.NORMAL: QCoreApplication.translate("MapPanel", "normal"),
            Level.ELEVATED: QCoreApplication.translate("MapPanel", "elevated"),
            Level.HIGH: QCoreApplication.translate("MapPanel", "high")}[level]


class AlertsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefingAlerts")
        self.setProperty("briefingPanel", True)
        self._warning: EarlyWarning | None = None
        self._scope = ALL
        self._sizes = theme.sizes_for(1080)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Alerts"), self)
        self.title.setProperty("role", "panelTitle")
        self.body = QLabel(self)
        self.body.setObjectName("briefingAlertsBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self._show()

    def set_sizes(self, sizes: theme.Sizes) -> None:
        self._sizes = sizes
        self._show()

    def set_scope(self, scope: str) -> None:
        self._scope = scope
        self._show()

    def set_warning(self, warning: EarlyWarning | None) -> None:
        self._warning = warning
        self._show()

    @property
    def warning(self) -> EarlyWarning | None:
        return self._warning

    def shown_sectors(self) -> list[str]:
        """The sectors listed (elevated or high, of the scope's border), highest first."""
        return [u.name for u in self._sectors()]

    def _sectors(self) -> list[UnitWarning]:
        w = self._warning
        if w is None:
            return []
        border = None if self._scope == ALL else f"{self._scope}-BY"
        units = [u for u in w.sectors if u.level is not Level.NORMAL and (border is None or u.border == border)]
        return sorted(units, key=lambda u: (-u.level.rank, -u.driving.last_24h.count, -u.driving.last_7d.count))

    def _badge(self, level: Level) -> str:
        colour = palette.impact_color(level.value)
        text = "#ffffff" if level is not Level.ELEVATED else "#1a1a1a"
        return (f'<span style="background:{colour}; color:{text}; font-weight:bold">'
                f'&nbsp;{html.escape(level_label(level).upper())}&nbsp;</span>')

    def _show(self) -> None:
        s = self._sizes
        w = self._warning
        self.body.setStyleSheet(f"font-size: {s.text}px;")
        if w is None:
            self.body.setText(html.escape(self.tr("No early warning: the store holds no sectors or no incidents.")))
            return
        locale = QLocale()
        small = f'style="font-size:{s.small}px; color:{theme.MUTED}"'
        parts = ['<table cellspacing="0" cellpadding="2">']
        for unit in w.borders:
            a = unit.driving
            parts.append(f"<tr><td>{self._badge(unit.level)}</td><td><b>{html.escape(unit.name)}</b></td>"
                         f"<td {small}>{html.escape(self._counts(a))}</td></tr>")
        parts.append("</table>")
        sectors = self._sectors()
        if sectors:
            heading = self.tr("Sectors elevated or high")  # outside the f-string: lupdate does not read those
            parts.append(f'<div {small}>{html.escape(heading)}</div>'
                         '<table cellspacing="0" cellpadding="2">')
            for unit in sectors[:MAX_SECTORS]:
                parts.append(f"<tr><td>{self._badge(unit.level)}</td><td>{html.escape(unit.name)}</td>"
                             f"<td {small}>{html.escape(self._short_counts(unit.driving))}</td></tr>")
            parts.append("</table>")
            if len(sectors) > MAX_SECTORS:
                parts.append(f"<div {small}>" + html.escape(
                    self.tr("and %1 more").replace("%1", locale.toString(len(sectors) - MAX_SECTORS))) + "</div>")
        else:
            none = self.tr("No sector elevated or high")
            parts.append(f"<div {small}>{html.escape(none)}</div>")
        border = None if self._scope == ALL else f"{self._scope}-BY"
        shifts = [shift_text(s) for s in w.border_shifts if border is None or border in (s.rising, s.falling)]
        shifts += [shift_text(s) for s in w.sector_shifts if border is None or s.border == border]
        if shifts:
            heading = self.tr("Shifts in pressure")
            parts.append(f'<div {small}><b>{html.escape(heading)}</b><br>'
                         + "<br>".join(html.escape(t) for t in shifts[:1]) + "</div>")
        self.body.setText("".join(parts))

    def _short_counts(self, a) -> str:
        locale = QLocale()
        return self.tr("24 h: %1 · 7 d: %2").replace("%1", locale.toString(a.last_24h.count)).replace(
            "%2", locale.toString(a.last_7d.count))

    def _counts(self, a) -> str:
        locale = QLocale()
        return self.tr("24 h: %1 (exp. %2) · 7 d: %3 (exp. %4)").replace("%1", locale.toString(a.last_24h.count)).replace(
            "%2", locale.toString(a.last_24h.expected, "f", 1)).replace("%3", locale.toString(a.last_7d.count)).replace(
            "%4", locale.toString(a.last_7d.expected, "f", 1))
