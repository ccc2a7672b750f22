"""The one error type of base map work: its message is a sentence naming the file and what is wrong."""
from __future__ import annotations

from ..domain.errors import BorderMonitorError


class BasemapError(BorderMonitorError):
    """An extract, a base map or a tile job that cannot be used; the message names the file or the field."""
