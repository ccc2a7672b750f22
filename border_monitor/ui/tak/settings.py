"""The TAK connection's settings, as ``tak send`` / ``tak listen`` take them, kept in the window's settings
(``tak/...``). The certificate password is never written down: the dialog asks for it each session."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from ...domain.errors import BorderMonitorError
from ...tak.cot_out import CotPolicy
from ...tak.cot_types import Affiliation
from ...tak.transport import Endpoint, TlsFiles

KEYS = ("server", "cert", "key", "ca", "affiliation", "stale_hours", "send", "receive")


@dataclass(frozen=True)
class TakSettings:
    server: str = ""
    cert: str = ""
    key: str = ""
    ca: str = ""
    affiliation: str = "unknown"
    stale_hours: float = 24.0
    send: bool = True
    receive: bool = True
    password: str = ""  # in memory only

    def checked(self) -> tuple[Endpoint, TlsFiles | None, CotPolicy]:
        """(endpoint, TLS files, CoT policy); BorderMonitorError naming the first setting that is wrong."""
        endpoint = Endpoint.parse(self.server)
        files = [Path(p) if p else None for p in (self.cert, self.key, self.ca)]
        for path in files:
            if path is not None and not path.is_file():
                raise BorderMonitorError(f"The file {path} does not exist (or is not a file).")
        if endpoint.scheme != "tls" and any(files):
            raise BorderMonitorError(f"A certificate, key and CA are for tls:// servers; {endpoint} is "
                                     f"{endpoint.scheme}.")
        if not self.send and not self.receive:
            raise BorderMonitorError("Choose to send, to receive, or both.")
        if not self.stale_hours > 0:
            raise BorderMonitorError(f"The stale time must be more than 0 hours (it is {self.stale_hours:g}).")
        policy = CotPolicy(affiliation=Affiliation.parse(self.affiliation), stale=timedelta(hours=self.stale_hours))
        tls = TlsFiles(*files, password=self.password or None) if endpoint.scheme == "tls" else None
        return endpoint, tls, policy


def load(settings) -> TakSettings:
    """From a ``ui.settings.WindowSettings``; unreadable values fall back to the defaults."""
    found = TakSettings()
    values = {}
    for key in KEYS:
        value = settings.value(f"tak/{key}", None)
        if value is None:
            continue
        default = getattr(found, key)
        try:
            if isinstance(default, bool):
                values[key] = str(value).lower() in ("1", "true", "yes")
            elif isinstance(default, float):
                values[key] = float(value)
            else:
                values[key] = str(value)
        except (TypeError, ValueError):
            continue
    return replace(found, **values)


def save(settings, tak: TakSettings) -> None:
    for key in KEYS:
        settings.set_value(f"tak/{key}", getattr(tak, key))
