"""Errors raised while reading, converting or writing coordinates.

Every message is a sentence for the user that names the text (or system) and what is wrong; the
readers raise them with ``of(code, **values)`` (the codes are in ``geo.coords.messages``), so that the
window can word them in the user's language.
"""
from __future__ import annotations

from border_monitor.domain.errors import BorderMonitorError
from border_monitor.geo.coords import messages as _messages  # noqa: F401  (registers the codes)


class CoordinateError(BorderMonitorError, ValueError):
    """Coordinate text that cannot be read, or a position that cannot be written in a system."""


class UnknownSystemError(CoordinateError):
    """A coordinate system name or EPSG code this program does not know."""


class AmbiguousCoordinateError(CoordinateError):
    """Text that reads as a plausible position in more than one coordinate system.

    ``candidates`` lists ``(system_name, lon, lat)`` for every system the text could be in,
    so a caller (a dialog, the CLI) can offer the choice.
    """

    def __init__(self, message: str, candidates: list[tuple[str, float, float]]):
        self.candidates = tuple(candidates)
        super().__init__(message)

    @property
    def systems(self) -> tuple[str, ...]:
        return tuple(name for name, _lon, _lat in self.candidates)
