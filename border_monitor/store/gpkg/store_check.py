"""``check_store``: everything wrong with a store file that another program may have caused, as one report.

It opens the store read-only (so it runs while another program writes) and lists: rows whose values are
invalid (``row_check``, then every remaining row read back as an ``Incident`` to catch what SQL cannot, such as
more persons by nationality than the incident has, or a position outside -180..180), what the open found wrong
with the audit log and the triggers (``health``), and whether the audit hash chain is intact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...domain.errors import ValidationError
from . import audit, row_check
from ..audit_chain import ChainReport
from .store import open_store
from .connections import Connections
from .incident_rows import SELECT_COLUMNS, TABLE, row_to_incident

_CHUNK = 20_000


@dataclass
class CheckReport:
    store: str
    rows: int = 0
    invalid_rows: list[row_check.RowProblem] = field(default_factory=list)
    schema_problems: list[str] = field(default_factory=list)
    chain: ChainReport | None = None

    @property
    def clean(self) -> bool:
        return not self.invalid_rows and not self.schema_problems and (self.chain is None or self.chain.intact)

    def to_json(self) -> dict:
        return {"store": self.store, "clean": self.clean, "rows": self.rows,
                "invalid_rows": [p.to_json() for p in self.invalid_rows],
                "invalid_row_count": len({p.fid for p in self.invalid_rows}),
                "schema_problems": list(self.schema_problems),
                "audit_chain": None if self.chain is None else {
                    "intact": self.chain.intact, "entries": self.chain.entries, "broken_at": self.chain.broken_at,
                    "kind": self.chain.kind, "message": self.chain.message}}


def check_store(path: str | Path, busy_timeout: float = 10.0) -> CheckReport:
    path = Path(path)
    report = CheckReport(store=str(path))
    with open_store(path, read_only=True, busy_timeout=busy_timeout) as store:
        report.schema_problems = store.problems
    connections = Connections(path, busy_timeout, read_only=True)
    try:
        conn = connections.get()
        conn.execute("BEGIN")  # one consistent picture of the file, whatever is written meanwhile
        report.rows = conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
        problems = row_check.find_invalid(conn)
        problems.extend(_rows_not_incidents(conn, {p.fid for p in problems}))
        report.invalid_rows = sorted(problems, key=lambda p: (p.fid, p.field))
        chained = "hash" in {row[1] for row in conn.execute("PRAGMA table_info(audit_log)")}
        report.chain = audit.verify(conn) if chained else None  # a store from before the chain: nothing to walk
        conn.execute("COMMIT")
    finally:
        connections.close_all()
    return report


def _rows_not_incidents(conn, known: set[int]) -> list[row_check.RowProblem]:
    out = []
    last = 0
    while True:
        rows = conn.execute(f"SELECT {SELECT_COLUMNS} FROM {TABLE} WHERE fid > ? ORDER BY fid LIMIT {_CHUNK}",
                            (last,)).fetchall()
        if not rows:
            return out
        last = rows[-1][0]
        for row in rows:
            if row[0] in known:
                continue
            try:
                row_to_incident(row)
            except ValidationError as exc:
                out.append(row_check.RowProblem(int(row[0]), exc.field, row_check.shorten(repr(exc.value)),
                                                exc.reason))
            except (ValueError, TypeError) as exc:
                out.append(row_check.RowProblem(int(row[0]), "row", "", f"cannot be read as an incident ({exc})"))
