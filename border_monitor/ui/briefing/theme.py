"""The briefing's dark theme and type sizes that read across a room.

Sizes are in pixels, scaled from the height of the screen (the full-screen window's height): at
1080 lines a figure's digits are 64 px high, a line of text 26 px; at 2160 lines twice that. A person
with normal sight reads 26 px on a 55" 1080p wall display (about 0.63 mm a pixel, 16 mm letters) from
some 8 m, the 64 px figures from the back of a large room.
"""
from __future__ import annotations

from dataclasses import dataclass

BACKGROUND = "#0e1116"
PANEL = "#171c23"
EDGE = "#2a313b"
TEXT = "#e8eaed"
MUTED = "#9aa4b1"
ACCENT = "#4fc3f7"
WARNING_TEXT = "#ffd54f"
UP = "#ff8a65"  # a rise against the week before
DOWN = "#81c784"
REFERENCE_LINES = 1080


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for one screen height."""

    scale: float

    def px(self, base: float) -> int:
        return max(1, round(base * self.scale))

    @property
    def text(self) -> int:
        return self.px(26)

    @property
    def small(self) -> int:
        return self.px(21)

    @property
    def title(self) -> int:
        return self.px(34)

    @property
    def figure(self) -> int:
        return self.px(64)

    @property
    def clock(self) -> int:
        return self.px(48)

    @property
    def margin(self) -> int:
        return self.px(16)

    @property
    def map_zoom(self) -> float:
        """The map page's zoom factor: its labels, legend and controls grow with the screen."""
        return max(1.0, round(1.2 * self.scale, 2))


def sizes_for(height: int) -> Sizes:
    return Sizes(scale=max(0.5, float(height) / REFERENCE_LINES))


def stylesheet(s: Sizes) -> str:
    """The style sheet of the briefing window (every child widget follows it)."""
    return f"""
    QWidget#BriefingWindow {{ background: {BACKGROUND}; }}
    QWidget {{ color: {TEXT}; font-size: {s.text}px; }}
    QFrame[briefingPanel="true"] {{ background: {PANEL}; border: 1px solid {EDGE}; border-radius: {s.px(8)}px; }}
    QLabel {{ background: transparent; border: none; }}
    QLabel#briefingTitle {{ font-size: {s.title}px; font-weight: bold; }}
    QLabel#briefingScope {{ font-size: {s.title}px; color: {ACCENT}; font-weight: bold; }}
    QLabel#briefingClock {{ font-size: {s.clock}px; font-weight: bold; }}
    QLabel#briefingDate, QLabel#briefingAsOf {{ font-size: {s.small}px; color: {MUTED}; }}
    QLabel#briefingSimulated {{ font-size: {s.small}px; color: {WARNING_TEXT}; }}
    QLabel#briefingSynthetic {{ font-size: {s.small}px; color: #1a1a1a; background: {WARNING_TEXT};
                                padding: {s.px(2)}px {s.px(10)}px; border-radius: {s.px(4)}px; }}
    QLabel[role="heading"] {{ font-size: {s.small}px; color: {MUTED}; }}
    QLabel[role="figure"] {{ font-size: {s.figure}px; font-weight: bold; }}
    QLabel[role="panelTitle"] {{ font-size: {s.text}px; color: {MUTED}; font-weight: bold; }}
    """
