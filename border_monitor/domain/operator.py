"""Who is working: the operator's name and unit, as written into every audit entry.

The audit log's ``user`` field (and an incident's ``created_by`` / ``updated_by``) holds
``"name (unit)"``, or the name alone when no unit is given, e.g. ``"j.kowalska (SG Podlaski)"``.
Keeping both in the one field means every reader of the log (the History dialog, QGIS, the
audit hash chain) carries the unit without a schema change.
"""
from __future__ import annotations

import getpass
import re
from dataclasses import dataclass

from .errors import ValidationError

MAX_NAME = 64
MAX_UNIT = 80
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def login_name() -> str:
    """The OS account name ("unknown" where the system has none, as in some containers)."""
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"


def _clean(field: str, value: str, limit: int) -> str:
    text = " ".join(str(value).split())
    if _CONTROL.search(text):
        raise ValidationError(field, value, "holds control characters")
    if len(text) > limit:
        raise ValidationError(field, value, f"is longer than {limit} characters")
    return text


@dataclass(frozen=True)
class Operator:
    """A user name (required) and a unit (may be empty), cleaned of surrounding and repeated spaces."""

    name: str
    unit: str = ""

    def __post_init__(self):
        name = _clean("user name", self.name, MAX_NAME)
        if not name:
            raise ValidationError("user name", self.name, "is empty; give the name written in the audit log")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "unit", _clean("unit", self.unit or "", MAX_UNIT))

    @property
    def audit_name(self) -> str:
        """What the audit log records: ``"j.kowalska (SG Podlaski)"`` or ``"j.kowalska"``."""
        return f"{self.name} ({self.unit})" if self.unit else self.name

    @property
    def label(self) -> str:
        """For the status bar: ``"j.kowalska, SG Podlaski"``."""
        return f"{self.name}, {self.unit}" if self.unit else self.name

    @classmethod
    def default(cls) -> "Operator":
        return cls(login_name())
