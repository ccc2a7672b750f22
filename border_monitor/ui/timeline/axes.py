"""The timeline's count axis: ticks at whole numbers only (no 0.5 persons)."""
from __future__ import annotations

import math

import pyqtgraph as pg


class CountAxisItem(pg.AxisItem):
    """A left axis for counts: pyqtgraph's tick levels, each spacing rounded up to a whole number."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph's name
        levels = []
        for spacing, offset in super().tickSpacing(minVal, maxVal, size):
            spacing = float(max(1, math.ceil(spacing - 1e-9)))
            if all(spacing != s for s, _o in levels):
                levels.append((spacing, 0.0))
        return levels or [(1.0, 0.0)]

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph's name
        out = []
        for spacing, values in super().tickValues(minVal, maxVal, size):
            ints = [v for v in values if abs(v - round(v)) < 1e-9]
            if ints:
                out.append((spacing, ints))
        return out

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        from PySide6.QtCore import QLocale

        locale = QLocale()
        return [locale.toString(int(round(v * scale))) for v in values]
