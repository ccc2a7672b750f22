"""The error of sync: a sentence naming the package, store or incident and what is wrong."""
from __future__ import annotations

from ..domain.errors import BorderMonitorError


class SyncError(BorderMonitorError):
    """A package or a peer cannot be used (damaged, wrong passphrase, a copy of this very store, ...)."""
