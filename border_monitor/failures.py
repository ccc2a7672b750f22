"""One rule for what the user is told when something fails, in the CLI and in the window.

- ``BorderMonitorError``: its sentence (exit code 2).
- ``OSError`` about a file (permission, disk full, read-only file system...): a sentence naming
  the file (exit code 2); the same errors without a file name (a full disk during a write) are
  worded from the system's message.
- Anything else is a defect of ours: the traceback goes to the log file
  (``$XDG_STATE_HOME/border-monitor/border-monitor.log``, ``~/.local/state/...`` by default,
  ``%LOCALAPPDATA%\\border-monitor\\Logs`` on Windows, ``~/Library/Logs/border-monitor`` on macOS),
  rotated by size, and the user reads "an internal error; details in LOGFILE" (exit code 3).

Qt-free: the GUI words the same ``Failure`` through its translations.
"""
from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .domain.errors import BorderMonitorError

log = logging.getLogger(__name__)

APP = "border-monitor"
LOG_NAME = "border-monitor.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

USER_ERROR = 2
INTERNAL_ERROR = 3

# OSErrors that say something about the machine (not about our code) even without a file name.
_ENVIRONMENT_ERRNOS = frozenset(getattr(errno, name) for name in (
    "ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO", "EFBIG", "EMFILE", "ENFILE", "ENOMEM", "ETXTBSY",
    "ENOLCK", "ESTALE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET") if hasattr(errno, name))

_internal_log = logging.getLogger("border_monitor.internal")
_internal_log.propagate = False  # the traceback goes to the log file, never to the user's terminal
_lock = threading.Lock()
_handler: logging.Handler | None = None


@dataclass(frozen=True)
class Failure:
    """What to show: ``text`` (a sentence), or for an internal error where its details are."""

    text: str
    internal: bool = False
    log_file: Path | None = None  # internal errors: where the traceback went (None: it could not be written)

    @property
    def exit_code(self) -> int:
        return INTERNAL_ERROR if self.internal else USER_ERROR


def log_folder() -> Path:
    """The user's folder for Border Monitor's logs (created when the first entry is written)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP / "Logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP
    base = os.environ.get("XDG_STATE_HOME") or ""
    base_path = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "state"
    return base_path / APP


def log_file() -> Path:
    return log_folder() / LOG_NAME


def describe(exc: BaseException, context: str = "") -> Failure:
    """The ``Failure`` for ``exc``; an internal error is logged (with its traceback) the first time."""
    known = getattr(exc, "_border_monitor_failure", None)
    if isinstance(known, Failure):
        return known
    failure = _user_failure(exc)
    if failure is None:
        failure = _record_internal(exc, context)
    try:
        exc._border_monitor_failure = failure  # type: ignore[attr-defined]  # logged once per exception
    except AttributeError:
        pass
    return failure


def _user_failure(exc: BaseException) -> Failure | None:
    if isinstance(exc, BorderMonitorError):
        return Failure(str(exc))
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        if exc.filename is not None:
            names = f"{exc.filename}" + (f" -> {exc.filename2}" if exc.filename2 is not None else "")
            return Failure(f"{names}: {reason}.")
        if exc.errno in _ENVIRONMENT_ERRNOS:
            return Failure(f"{reason}.")
    return None


def _record_internal(exc: BaseException, context: str) -> Failure:
    where = f" in {context}" if context else ""
    path = _ensure_log_file()
    _internal_log.error("internal error%s: %s: %s", where, type(exc).__name__, exc,
                        exc_info=(type(exc), exc, exc.__traceback__))
    if path is None:
        return Failure(f"an internal error ({type(exc).__name__}: {_short(exc)}); the log file {log_file()} "
                       "cannot be written", internal=True, log_file=None)
    return Failure(f"an internal error; details in {path}", internal=True, log_file=path)


def _ensure_log_file() -> Path | None:
    """Attach the rotating log file to the internal-error logger (once); None if it cannot be written."""
    global _handler
    with _lock:
        path = log_file()
        if _handler is not None and getattr(_handler, "baseFilename", None) == str(path):
            return path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                                           encoding="utf-8")
        except OSError as exc:
            log.warning("cannot write the log file %s: %s", path, exc)
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        if _handler is not None:
            _internal_log.removeHandler(_handler)
            _handler.close()
        _internal_log.addHandler(handler)
        _handler = handler
        return path


def _short(exc: BaseException, limit: int = 200) -> str:
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + "..."
