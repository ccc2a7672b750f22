"""What a store found wrong with its own file when it opened: checked on every open, held by the store.

- **Triggers that keep the index honest** (the data-version triggers, the uuid default): another program may
  drop them (QGIS does not, a script may). Then the data version no longer moves on every change, so the
  index snapshot cannot be trusted: the index is rebuilt from the table, and the triggers are made again
  when the store may write (with a log line), else a warning is logged.
- **The audit log** (``audit_log``): the table, its columns and the triggers that make it append-only must be
  there as the store made them. If not, the log may have been rewritten: a warning is logged, reads go on,
  and every write is refused with a sentence saying why (``write_refusal``), so nothing is added to a log
  that is no longer trustworthy. ``border-monitor audit verify`` walks its hash chain.
- **The unique index on incident ids** (``incidents_uuid``; older stores have the column's UNIQUE instead): another
  program may drop the named index; a store that may write makes it again (with a log line), unless the ids are no
  longer unique, which is logged.
- **Invalid rows** another program left in ``incidents`` (``row_check``): kept out of the index, listed here.
"""
from __future__ import annotations

import logging
import re
import sqlite3

from . import row_check
from .incident_rows import TABLE, UUID_INDEX_SQL, UUID_TRIGGER_SQL
from .store_schema import AUDIT_COLUMNS, AUDIT_TRIGGERS, BUMP_VERSION_SQL, CHANGE_SEQ_TRIGGERS, VERSION_TRIGGERS

log = logging.getLogger(__name__)

CHAINED_VERSION = 6  # the schema version from which the audit log is hash-chained
INDEX_TRIGGERS = {**VERSION_TRIGGERS, "incidents_uuid_default": UUID_TRIGGER_SQL}
CHANGE_SEQ_VERSION = 9  # the schema version from which the change-sequence triggers exist


def index_triggers(version: int) -> dict[str, str]:
    """The triggers the index relies on in a file at schema ``version``."""
    return {**INDEX_TRIGGERS, **CHANGE_SEQ_TRIGGERS} if version >= CHANGE_SEQ_VERSION else INDEX_TRIGGERS


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").strip()).lower()


def _triggers(conn: sqlite3.Connection) -> dict[str, str]:
    return {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}


def missing_triggers(conn: sqlite3.Connection, expected: dict[str, str]) -> list[str]:
    """Names of the ``expected`` triggers that are absent or whose text differs from what the store makes."""
    present = _triggers(conn)
    return [name for name, ddl in expected.items() if _normal(present.get(name)) != _normal(ddl)]


def repair_index_triggers(conn: sqlite3.Connection, names: list[str], store_name: str) -> None:
    """Make the named index triggers again and bump the data version (inside the caller's transaction)."""
    for name in names:
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        conn.execute({**INDEX_TRIGGERS, **CHANGE_SEQ_TRIGGERS}[name])
    conn.execute(BUMP_VERSION_SQL)
    log.warning("%s: the trigger(s) %s were missing or changed (another program?); made them again and "
                "rebuilt the incident index", store_name, ", ".join(names))


def uuid_unique(conn: sqlite3.Connection) -> bool:
    """Whether an index keeps the incidents' ids unique (the named index, or an older store's column UNIQUE)."""
    for _seq, name, unique, _origin, partial in conn.execute(f"PRAGMA index_list({TABLE})"):
        if unique and not partial and [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')] == ["uuid"]:
            return True
    return False


def repair_uuid_index(conn: sqlite3.Connection, store_name: str) -> None:
    """Make the unique index on the incidents' ids again when another program dropped it (inside the caller's
    transaction); when the ids are no longer unique it cannot be made: that is logged."""
    if uuid_unique(conn):
        return
    try:
        conn.execute(UUID_INDEX_SQL)
    except sqlite3.IntegrityError:
        log.warning("%s: the unique index on incident ids is missing and some ids appear more than once (written by "
                    "another program?); see border-monitor check --store %s", store_name, store_name)
        return
    log.warning("%s: the unique index on incident ids was missing (dropped by another program?); made it again",
                store_name)


def audit_problems(conn: sqlite3.Connection, version: int = CHAINED_VERSION) -> list[str]:
    """What is wrong with the audit log table and its append-only triggers (empty when intact), for a file at
    schema ``version`` (before ``CHAINED_VERSION``, read-only, the log has neither chain nor no-replace trigger)."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(audit_log)")]
    if not columns:
        return ["the audit log table (audit_log) is missing"]
    problems = []
    expected = AUDIT_COLUMNS if version >= CHAINED_VERSION else AUDIT_COLUMNS[:-2]
    if tuple(columns) != expected:
        problems.append(f"the audit log table has the columns {', '.join(columns)}, not "
                        f"{', '.join(expected)}")
    triggers = AUDIT_TRIGGERS if version >= CHAINED_VERSION else {
        k: v for k, v in AUDIT_TRIGGERS.items() if k != "audit_log_no_replace"}
    missing = missing_triggers(conn, triggers)
    if missing:
        problems.append(f"the audit log's append-only trigger(s) {', '.join(missing)} are missing or changed")
    return problems


class StoreHealth:
    """The findings of the open-time checks of one store (and of each index rebuild, for invalid rows)."""

    def __init__(self, name: str, read_only: bool):
        self.name = name
        self.read_only = read_only
        self.audit_problems: list[str] = []
        self.index_triggers_missing: list[str] = []
        self.invalid_rows: list[row_check.RowProblem] = []
        self.chained = True

    def check(self, conn: sqlite3.Connection, version: int) -> None:
        """Check the audit log and the index triggers (after the schema is prepared; ``version``: the file's)."""
        self.audit_problems = audit_problems(conn, version)
        self.chained = version >= CHAINED_VERSION
        for problem in self.audit_problems:
            log.warning("%s: %s; the store can be read but will not be changed (border-monitor audit verify "
                        "--store %s)", self.name, problem, self.name)
        self.index_triggers_missing = missing_triggers(conn, index_triggers(version))
        if self.index_triggers_missing:
            log.warning("%s: the trigger(s) %s are missing or changed and the store is read-only here; the incident "
                        "index is rebuilt from the table, but changes by other programs may go unnoticed",
                        self.name, ", ".join(self.index_triggers_missing))

    def set_invalid(self, problems: list[row_check.RowProblem]) -> None:
        if problems and [p.fid for p in problems] != [p.fid for p in self.invalid_rows]:
            log.warning("%s: %s with invalid values (made by another program?) are left out until fixed; "
                        "see border-monitor check --store %s", self.name, row_check.summary(problems), self.name)
        self.invalid_rows = problems

    def problems(self) -> list[str]:
        """Sentences for what the open found wrong with the file's schema (the audit log, the index triggers)."""
        out = list(self.audit_problems)
        if self.index_triggers_missing:
            out.append(f"the trigger(s) {', '.join(self.index_triggers_missing)} that record changes to incidents "
                       "are missing or changed (open the store where it can be written to make them again)")
        return out

    @property
    def snapshot_trusted(self) -> bool:
        return not self.index_triggers_missing

    def write_refusal(self) -> str | None:
        """The sentence a write is refused with, or None when writes may go ahead."""
        if self.read_only:
            return f"The store {self.name} was opened read-only; it cannot be changed."
        if self.audit_problems:
            return (f"The store {self.name} will not be changed: {self.audit_problems[0]}, so its history may have "
                    f"been rewritten. Run border-monitor audit verify --store {self.name}; reading still works.")
        return None
