"""Errors about whole files: each message is a sentence naming the file and what is wrong."""
from __future__ import annotations

from pathlib import Path

from ..domain.errors import BorderMonitorError


class UnreadableFileError(BorderMonitorError):
    """A file cannot be read as incidents at all (missing, truncated, wrong encoding, missing column...)."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    @classmethod
    def of(cls, code: str, path: str | Path, **values):  # type: ignore[override]
        """The error for ``path`` whose problem is the template of ``code`` (``domain.failure_messages``)."""
        from ..domain import failure_messages  # noqa: F401  (registers the file codes)
        from ..domain.error_words import english

        error = cls(path, english(code, values))
        error.code, error.values = code, {"path": str(path), **values}
        return error


class UnsafeFileError(UnreadableFileError):
    """A file is refused before any parser sees it (e.g. XML with a DOCTYPE or ENTITY declaration)."""


class UnsupportedFormatError(BorderMonitorError):
    """A file name whose suffix names no format we read or write."""
