"""Values quoted in messages: cut to a readable length, so a huge field never floods a message."""
from __future__ import annotations

QUOTED_CHARS = 200
ELLIPSIS = "…"


def shorten(value: object, limit: int = QUOTED_CHARS) -> str:
    """``str(value)`` cut to ``limit`` characters, with an ellipsis when it was longer."""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[:limit] + ELLIPSIS


def quoted(value: object, limit: int = QUOTED_CHARS) -> str:
    """``repr`` of the value (cut to ``limit`` characters first when it is text)."""
    if isinstance(value, str):
        return repr(shorten(value, limit))
    text = repr(value)
    return text if len(text) <= limit + 2 else text[:limit] + ELLIPSIS
