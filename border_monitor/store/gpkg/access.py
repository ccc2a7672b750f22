"""``StoreAccess``: what a part of a GeoPackage store that owns some of its tables (context, saved filters,
attachments) needs of the store, and nothing more: the calling thread's connection, the store's one write path
(``write(work)``: one transaction, the work writing its own audit entries), the store's name and origin."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

from ..base import Change


@dataclass(frozen=True)
class StoreAccess:
    conn: Callable[[], sqlite3.Connection]
    write: Callable[[Callable], Change]
    name: str
    origin: Callable[[], str]
