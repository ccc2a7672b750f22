"""Store addresses of PostgreSQL databases: ``postgresql://user@host:port/db`` (or ``postgres://``).

A password in the address is accepted (libpq takes it) but never shown: every message names the store by
``redact(url)`` (the password replaced by ``***``). Passwords belong in the environment (``PGPASSWORD``),
``~/.pgpass`` or the system keyring (the GUI's business), not in addresses on command lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ...domain.errors import StoreError

SCHEMES = ("postgresql", "postgres")
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


def is_url(target) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.split("://", 1)[0].lower() in SCHEMES and "://" in target


def redact(text: str) -> str:
    """``text`` with the password of every address in it replaced by ``***``."""
    return _PASSWORD.sub(r"\1***@", str(text))


def without_password(url: str) -> str:
    """The address with no password at all (what may be kept in settings and recent-store lists)."""
    return _PASSWORD.sub(r"\1@", str(url)).replace(":@", "@")


@dataclass(frozen=True)
class Address:
    url: str  # as given (may hold a password: pass it to libpq only)
    host: str
    port: int
    database: str
    user: str

    @property
    def shown(self) -> str:
        """The address for messages and titles, without a password."""
        return redact(self.url)

    @property
    def name(self) -> str:
        return f"{self.database} on {self.host}" + (f":{self.port}" if self.port != 5432 else "")


def parse(url: str) -> Address:
    """The parts of a store address; a malformed one is refused with a sentence (never echoing a password)."""
    if not is_url(url):
        raise StoreError(f"{redact(url)} is not a PostgreSQL address (postgresql://user@host:port/database).")
    try:
        parts = urlsplit(url)
        port = parts.port or 5432
    except ValueError:
        raise StoreError(f"The address {redact(url)} has a port that is not a number; write "
                         "postgresql://user@host:port/database.") from None
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise StoreError(f"The address {redact(url)} names no database; write postgresql://user@host:port/database.")
    host = parts.hostname or "localhost"
    return Address(url=url, host=host, port=port, database=database, user=unquote(parts.username or ""))
