"""The hash chain of the audit log: each entry carries the hash of the one before it, so an entry altered,
removed or slipped in afterwards shows, whichever backend holds the log (plain Python, no SQL here).

An entry's hash is SHA-256 over its canonical form: the JSON array ``[id, at, user, origin, action, incident,
before, after, prev_hash]`` (the ``before``/``after`` details as the stored JSON texts, or null), UTF-8, no
spaces, non-ASCII kept as is. The first entry's ``prev_hash`` is ``GENESIS``. Beside the chain the store keeps
its head (the last entry's id and hash) where the log is appended, so removing or adding entries at the end
shows too.

``verify(entries, head)`` walks entries in id order and names the first break:

- *altered*: an entry's recomputed hash is not the one it carries;
- *removed*: an entry does not link to the one before it and ids are missing between them, or the log
  ends before the head it should end at;
- *inserted out of order*: an entry does not link to the one before it though no id is missing, or entries
  follow the head.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Iterable

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    """The fields of one audit entry the chain covers, as stored (``before``/``after`` are the JSON texts)."""

    id: int
    at: str
    user: str
    origin: str
    action: str
    incident: str | None
    before: str | None
    after: str | None
    prev_hash: str | None
    hash: str | None


def canonical(entry_id: int, at: str, user: str, origin: str, action: str, incident: str | None,
              before: str | None, after: str | None, prev_hash: str) -> bytes:
    return json.dumps([int(entry_id), at, user, origin, action, incident, before, after, prev_hash],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(entry_id: int, at: str, user: str, origin: str, action: str, incident: str | None,
               before: str | None, after: str | None, prev_hash: str) -> str:
    return hashlib.sha256(canonical(entry_id, at, user, origin, action, incident, before, after,
                                    prev_hash)).hexdigest()


def rehash(entry: ChainEntry) -> str:
    return entry_hash(entry.id, entry.at, entry.user, entry.origin, entry.action, entry.incident, entry.before,
                      entry.after, entry.prev_hash if entry.prev_hash is not None else "")


def link(rows: Iterable[tuple], prev_hash: str) -> list[tuple[str, str]]:
    """(prev_hash, hash) of each new entry ``(id, at, user, origin, action, incident, before, after)``, in order,
    the first following the entry whose hash is ``prev_hash``."""
    out = []
    for row in rows:
        h = entry_hash(*row, prev_hash)
        out.append((prev_hash, h))
        prev_hash = h
    return out


def head_text(entry_id: int, entry_hash_: str) -> str:
    return f"{int(entry_id)}:{entry_hash_}"


def parse_head(text: str | None) -> tuple[int, str] | None:
    if not text or ":" not in text:
        return None
    number, _, h = text.partition(":")
    try:
        return int(number), h
    except ValueError:
        return None


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # id of the first entry found wrong (or after which entries are missing)
    kind: str  # "", "altered", "removed", "inserted"
    message: str

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(entries: Iterable[ChainEntry], head: tuple[int, str] | None) -> ChainReport:
    """Walk ``entries`` (id order) and report the first break; ``head`` is the (id, hash) the log should end at
    (None when the store keeps none: an empty log)."""
    prev: ChainEntry | None = None
    count = 0
    for entry in entries:
        count += 1
        expected_prev = GENESIS if prev is None else prev.hash
        if entry.prev_hash != expected_prev:
            gap_from = 1 if prev is None else prev.id + 1
            if entry.id > gap_from:
                missing = f"{gap_from}" if entry.id == gap_from + 1 else f"{gap_from} to {entry.id - 1}"
                return ChainReport(count, gap_from, "removed",
                                   f"audit entry {missing} {'was' if entry.id == gap_from + 1 else 'were'} removed: "
                                   f"entry {entry.id} does not follow "
                                   + ("the start of the log" if prev is None else f"entry {prev.id}") + ".")
            after = "the start of the log" if prev is None else f"entry {prev.id}"
            return ChainReport(count, entry.id, "inserted",
                               f"audit entry {entry.id} was inserted out of order: it does not follow {after}.")
        if rehash(entry) != entry.hash:
            return ChainReport(count, entry.id, "altered",
                               f"audit entry {entry.id} was altered after it was written (its content does not "
                               "match its hash).")
        if head is not None and entry.id == head[0] and entry.hash != head[1]:
            return ChainReport(count, entry.id, "altered",
                               f"audit entry {entry.id} was altered or replaced (it is not the last entry the "
                               "store wrote).")
        if head is not None and entry.id > head[0] and (prev is None or prev.id <= head[0]):
            return ChainReport(count, entry.id, "inserted",
                               f"audit entry {entry.id} was added outside Border Monitor: the log the store wrote "
                               f"ends at entry {head[0]}.")
        prev = entry
    if head is not None and (prev is None or prev.id < head[0]):
        last = 0 if prev is None else prev.id
        return ChainReport(count, last + 1, "removed",
                           f"audit entries {last + 1} to {head[0]} were removed: the log ends at "
                           + ("its start" if prev is None else f"entry {last}") + f", the store wrote up to {head[0]}.")
    if head is None and prev is not None:
        return ChainReport(count, prev.id, "removed",
                           "the record of the log's last entry was removed from the store, so the log cannot be "
                           "checked to its end.")
    if count == 1:
        return ChainReport(count, None, "", "the audit log is intact: 1 entry.")
    return ChainReport(count, None, "", f"the audit log is intact: {count:,} entries, each linked to the one "
                                        "before it.")
