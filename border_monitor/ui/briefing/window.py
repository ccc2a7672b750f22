"""The briefing window: the wall display, full screen on one monitor, read-only.

Its own ``AppState`` on the store (so the workstation's filter and selection stay as they were): the
filter is the map's window (the last 7 days or 24 h before the reference time) and the tour's service.
The map shows the impact layer from the start; the headline figures, the alerts (the impact layer's
early warning, computed once for both), the timeline, a clock and the time the data is as of sit around
it. Every write the state announces (the live refresh: another program, another workstation) redraws
them in place: the map takes its new data over the bridge, with no page reload.

Keys: Esc (and F11) leave the briefing (``left``); Space moves the tour on. Nothing here edits.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.data_notice import is_synthetic
from ...domain.taxonomy import Country
from ...store.base import Change, IncidentStore
from ..live_refresh import LiveRefresh
from ..map.panel import MapPanel
from ..state import AppState
from ..text.formats import date_text
from ..write_op import announce_external
from . import theme
from .alerts_panel import AlertsPanel
from .figures import ALL, headline_figures
from .figures_panel import FiguresPanel, scope_name
from .picture_time import BriefingTime, briefing_time, newest_change
from .timeline import BriefingTimeline

log = logging.getLogger(__name__)

SCOPES = (ALL, "LT", "LV", "PL")
WINDOWS = {"24h": 1, "7d": 7}
LIVE_MINUTES = 5  # a picture of "now" moves its windows on this often


def moment_text(moment: QDateTime) -> str:
    """A date and time on the wall: the locale's short date (ISO in the C locale) and hours:minutes."""
    day = moment.date()
    return f"{date_text(date(day.year(), day.month(), day.day()))} {moment.time().toString('HH:mm')}"


class BriefingWindow(QWidget):
    left = Signal()  # the user left the briefing (Esc, F11)
    refreshed = Signal()  # figures, alerts and timeline redrawn (after a write, a tour step, a new day)
    scopeChanged = Signal(str)

    def __init__(self, store: IncidentStore, *, store_path: str | Path | None = None, at: str | None = None,
                 tour_seconds: float | None = None, window: str = "7d", follow: AppState | None = None,
                 parent: QWidget | None = None):
        """``at``: the reference time as ``--at`` takes it (None: now, or the store's newest incident's day when
        its data is older than a week). ``tour_seconds``: move through the whole border, LT, LV, PL (None: stay).
        ``window``: the map's incidents, "7d" or "24h". ``follow``: the workstation's state, whose announced
        writes this window follows (the briefing entered from the main window)."""
        super().__init__(parent)
        if window not in WINDOWS:
            raise ValueError(f"the briefing map shows the last 24h or 7d, not {window!r}")
        self.setObjectName("BriefingWindow")
        self.setWindowTitle(self.tr("Border Monitor - Briefing"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.state = AppState(self, store=store, store_path=store_path)
        self._at = at
        self._window_days = WINDOWS[window]
        self._scope_index = 0
        self._sizes = theme.sizes_for(1080)
        self.time: BriefingTime = briefing_time(store, at)
        self.refresh_count = 0

        # header: title, scope, the store's synthetic notice, "as of", clock
        self.title = QLabel(self.tr("Border situation"), self)
        self.title.setObjectName("briefingTitle")
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("briefingScope")
        self.synthetic_label = QLabel(self.tr("DEMO"), self)
        self.synthetic_label.setToolTip(self.tr("DEMO - synthetic data"))
        self.synthetic_label.setObjectName("briefingSynthetic")
        self.synthetic_label.setVisible(is_synthetic(store.metadata()))
        self.simulated_label = QLabel(self)
        self.simulated_label.setObjectName("briefingSimulated")
        self.as_of_label = QLabel(self)
        self.as_of_label.setObjectName("briefingAsOf")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("briefingClock")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("briefingDate")
        for label in (self.scope_label, self.simulated_label, self.as_of_label):
            label.setMinimumWidth(1)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(24)
        header.addWidget(self.scope_label, 5)
        times = QVBoxLayout()
        times.setSpacing(0)
        times.addWidget(self.simulated_label, 0, Qt.AlignmentFlag.AlignRight)
        times.addWidget(self.as_of_label, 0, Qt.AlignmentFlag.AlignRight)
        header.addLayout(times, 5)
        header.addSpacing(16)
        header.addWidget(self.synthetic_label)
        header.addSpacing(16)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignRight)
        clock.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignRight)
        header.addLayout(clock)

        self.map_panel = MapPanel(None, self.state, self, impact_shown=True, wall=True)
        self.figures_panel = FiguresPanel(self)
        self.alerts_panel = AlertsPanel(self)
        self.timeline = BriefingTimeline(self)
        self.map_panel.impact.computed.connect(self.alerts_panel.set_warning)

        self.grid = QGridLayout(self)
        self.grid.addLayout(header, 0, 0, 1, 2)
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)  # the screen's size, whatever the texts
        self.grid.addWidget(self.map_panel, 1, 0)
        self.side = QVBoxLayout()
        self.side.addWidget(self.figures_panel, 0)
        self.side.addWidget(self.alerts_panel, 1)
        self.side.addWidget(self.timeline, 1)
        self.grid.addLayout(self.side, 1, 1)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setRowStretch(1, 1)
        for panel in (self.map_panel, self.figures_panel, self.alerts_panel, self.timeline):
            policy = panel.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the screen's width, whatever the texts
            if panel is not self.figures_panel:  # the figures keep the height their rows need
                panel.setMinimumSize(1, 1)
                policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            panel.setSizePolicy(policy)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tour = QTimer(self)
        self._tour.timeout.connect(self.next_scope)
        if tour_seconds:
            self.set_tour(tour_seconds)
        self.state.dataChanged.connect(self._data_changed)
        self.live_refresh = None
        self.follow_state = follow
        if follow is not None:  # the workstation's live refresh and writes reach this state through it
            follow.dataChanged.connect(self._follow)
        else:  # on its own: outside writes (another workstation, QGIS, a sync) through the store's change API
            self.live_refresh = LiveRefresh(self.state, self)
        self._apply_sizes(self.height())
        self._apply_time()
        self._show_scope()
        self._tick()

    # -- API ---------------------------------------------------------------------------------------
    @property
    def store(self) -> IncidentStore:
        return self.state.store

    @property
    def scope(self) -> str:
        """The tour's current scope: "all" (the whole border), "LT", "LV" or "PL"."""
        return SCOPES[self._scope_index]

    @property
    def sizes(self) -> theme.Sizes:
        return self._sizes

    def set_tour(self, seconds: float | None) -> None:
        """Move to the next scope every ``seconds`` (None or 0: stay)."""
        if seconds and seconds > 0:
            self._tour.start(max(100, int(seconds * 1000)))
        else:
            self._tour.stop()

    @property
    def touring(self) -> bool:
        return self._tour.isActive()

    def set_scope(self, scope: str) -> None:
        self._scope_index = SCOPES.index(scope)
        self._show_scope()

    def next_scope(self) -> None:
        self._scope_index = (self._scope_index + 1) % len(SCOPES)
        self._show_scope()

    def show_on(self, screen) -> None:
        """Full screen on ``screen`` (a QScreen)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    # -- the picture -------------------------------------------------------------------------------
    def _apply_time(self) -> None:
        """The map's window and the impact layer's reference time follow ``self.time``."""
        day = self.time.day(Country.LT)
        self.state.update_filter(date_from=day - timedelta(days=self._window_days - 1), date_to=day)
        self.map_panel.impact.set_reference(self.time.reference)
        if self.time.kind == "now":
            self.simulated_label.setText("")
            self.simulated_label.setVisible(False)
        else:
            text = (self.tr("As of %1: the store's newest data") if self.time.kind == "newest"
                    else self.tr("As of %1 (given)"))
            self.simulated_label.setText(text.replace("%1", self._reference_text()))
            self.simulated_label.setVisible(True)

    def _reference_text(self) -> str:
        ref = self.time.reference
        if ref.end_of_day is not None:
            return self.tr("the end of %1").replace("%1", date_text(ref.end_of_day))
        return moment_text(QDateTime.fromSecsSinceEpoch(int(ref.at(Country.LT).timestamp())).toLocalTime())

    def _show_scope(self) -> None:
        scope = self.scope
        window = self.tr("last 24 h") if self._window_days == 1 else self.tr("last 7 days")
        self.scope_label.setText(f"{scope_name(scope)} \u00b7 {window}")
        countries = frozenset() if scope == ALL else frozenset({Country(scope)})
        self.state.update_filter(countries=countries)
        self.map_panel.impact.fit_border(None if scope == ALL else f"{scope}-BY")
        self.figures_panel.set_scope(scope)
        self.alerts_panel.set_scope(scope)
        self._refresh_timeline()
        self.scopeChanged.emit(scope)

    def _refresh_timeline(self) -> None:
        scope = self.scope
        countries = frozenset() if scope == ALL else frozenset({Country(scope)})
        self.timeline.show_counts(self.store, self.time.day(Country.LT), countries)

    def refresh(self) -> None:
        """Figures, timeline and "data as of" from the store (the map and the alerts follow the state)."""
        self.figures_panel.set_figures(headline_figures(self.store, self.time))
        self._refresh_timeline()
        changed = newest_change(self.store)
        if changed is None:
            self.as_of_label.setText(self.tr("The store holds no incidents"))
        else:
            local = QDateTime.fromSecsSinceEpoch(int(changed.timestamp())).toLocalTime()
            self.as_of_label.setText(self.tr("Data as of %1").replace("%1", moment_text(local)))
        self.refresh_count += 1
        self.refreshed.emit()

    def _data_changed(self, change: Change) -> None:
        if not change.touches_incidents:
            return
        new_time = briefing_time(self.store, self._at)
        if new_time != self.time:  # a write made the data current (or stale): "now" moves
            self.time = new_time
            self._apply_time()
        self.refresh()

    def _follow(self, change: Change) -> None:
        """A write the workstation announced (its own, or one from outside it): this state announces it too."""
        announce_external(self.state, change)

    def _tick(self) -> None:
        now = QDateTime.currentDateTime()
        locale = QLocale()
        self.clock_label.setText(locale.toString(now.time(), "HH:mm:ss"))
        self.date_label.setText(locale.toString(now.date(), QLocale.FormatType.LongFormat))
        if self.refresh_count == 0:
            self.refresh()
        elif self.time.live and now.time().second() == 0 and now.time().minute() % LIVE_MINUTES == 0:
            self.time = briefing_time(self.store, self._at)  # "now" moves: the windows of the picture with it
            self._apply_time()
            self.refresh()

    # -- look ---------------------------------------------------------------------------------------
    def _apply_sizes(self, height: int) -> None:
        sizes = theme.sizes_for(height)
        if sizes == self._sizes and self.styleSheet():
            return
        self._sizes = sizes
        self.setStyleSheet(theme.stylesheet(sizes))
        m = sizes.margin
        self.grid.setContentsMargins(m, m, m, m)
        self.grid.setSpacing(m)
        self.side.setSpacing(m)
        self.map_panel.web_view.setZoomFactor(sizes.map_zoom)
        self.timeline.setMinimumHeight(sizes.px(225))  # the alerts' wrapped text would take its room
        for panel in (self.figures_panel, self.alerts_panel, self.timeline):
            panel.set_sizes(sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_sizes(event.size().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        if event.key() == Qt.Key.Key_Space:
            self.next_scope()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.follow_state is not None:
            self.follow_state.dataChanged.disconnect(self._follow)
            self.follow_state = None
        self._clock.stop()
        self._tour.stop()
        super().closeEvent(event)
        self.left.emit()
