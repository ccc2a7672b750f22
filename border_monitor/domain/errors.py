"""Errors with sentences a user can act on."""
from __future__ import annotations

from .value_text import quoted


class BorderMonitorError(Exception):
    """Base class: the message is a sentence fit for the user.

    Raised with ``of(code, **values)``, it also carries the code and values of that sentence
    (``domain.error_words``), which the window words in the user's language.
    """

    code: str | None = None
    values: dict = {}

    @classmethod
    def of(cls, code: str, *args, **values):
        """``cls(english sentence, *args)`` that remembers ``code`` and ``values``."""
        from . import failure_messages  # noqa: F401  (registers the store, file and sync codes)
        from .error_words import english

        error = cls(english(code, values), *args)
        error.code, error.values = code, values
        return error


class ValidationError(BorderMonitorError, ValueError):
    """A field holds a value the model refuses. Names the field and the value."""

    def __init__(self, field: str, value: object, reason: str):
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {quoted(value)} {reason}")


class StoreError(BorderMonitorError):
    """The store cannot be opened or written."""


class ImportCancelled(StoreError):
    """The user cancelled an import; nothing was written."""


class NotFoundError(StoreError, KeyError):
    """No incident with that id."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the sentence
        return self.args[0] if self.args else "not found"


class ImportRejected(BorderMonitorError):
    """An import refused whole; ``rejects`` lists (source, row, field, message)."""

    def __init__(self, message: str, rejects: list[tuple[str, int | None, str | None, str]] | None = None):
        self.rejects = list(rejects or [])
        super().__init__(message)


class StoreUnavailable(StoreError):
    """The store's server cannot be reached (it went away, or never answered); what was read stays readable."""
