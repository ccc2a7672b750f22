"""The versions of one incident across replicas, and how two of them merge (plain Python, no SQL, no Qt).

An incident's fields are kept in *groups* that merge on their own: a change to the description on one laptop
and to the status on another both survive. ``type``, ``persons`` and ``nationalities`` form one group (they are
checked together: some types need persons, nationalities cannot count more persons than the incident has), as
do the position and the fields derived from it.

Ordering never trusts wall clocks. Every write of a group carries a *dot*: the replica that made it
(``origin``) and that replica's own write counter, plus the incident's revision at that write (a Lamport
clock: a replica writes ``revision = highest known + 1``). Each incident state carries a version vector (per
origin, the highest counter it has seen of that origin's writes to the incident). A write supersedes every
write its replica had seen; two writes neither of which had seen the other are concurrent, and both are kept
(*siblings*). That is a multi-value register per group, and the merge below is commutative, associative and
idempotent: replicas that have seen the same writes hold the same state, whatever order they synced in.

- The same group written on both sides with different values is a **conflict**: both values stay until
  someone picks one; the provisional winner, which the incident row shows meanwhile, is the sibling with the
  higher revision, then the higher origin (a fixed order, the same on every replica).
- ``deleted`` is a group too, and every edit writes it as well (as "not deleted"), so a delete on one side and
  an edit on the other are concurrent writes of it with different values: a conflict, neither silently wins.
  A delete is a tombstone (the soft-deleted row): a version that had not seen it never brings the row back.
- A supervisor's resolution is a new write of the group that has seen every sibling, so it supersedes them
  everywhere it travels, like any edit.

Rows a replica first sees outside sync (created, imported, or there before sync began) get a dot whose
origin is ``#`` + a hash of the row's content, with the revision as counter: two copies of one store give the
same rows the same dots, so they merge without false conflicts.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import NamedTuple

# Group name -> the incident columns it holds (``lon``/``lat`` stand for the geometry).
GROUPS: dict[str, tuple[str, ...]] = {
    "occurred_at": ("occurred_at",),
    "country": ("country",),
    "persons": ("type", "persons", "nationalities"),
    "location": ("lon", "lat", "border", "sector", "distance_to_border_m", "side", "in_zone"),
    "description": ("description",),
    "source": ("source",),
    "status": ("status",),
    "deleted": ("deleted",),
}
DATA_GROUPS = tuple(g for g in GROUPS if g != "deleted")
# Column -> its group (``--field type=remote`` picks the group ``persons``).
GROUP_OF = {column: group for group, columns in GROUPS.items() for column in columns}
CREATION_FIELDS = ("created_at", "created_by", "origin")
LAST_WRITE_FIELDS = ("updated_at", "updated_by")


class Sibling(NamedTuple):
    """One write of a group: its dot (origin, counter), the revision it was made at, and the value written."""

    origin: str
    counter: int
    revision: int
    value: tuple

    @property
    def dot(self) -> tuple[str, int]:
        return self.origin, self.counter

    @property
    def rank(self) -> tuple[int, str]:
        """The order of the provisional winner: higher revision, then higher origin."""
        return self.revision, self.origin

    def to_json(self) -> list:
        return [self.origin, self.counter, self.revision, list(self.value)]

    @classmethod
    def from_json(cls, data) -> "Sibling":
        origin, counter, revision, value = data
        return cls(str(origin), int(counter), int(revision), tuple(value))


@dataclass(frozen=True)
class ItemState:
    """What a replica knows of one incident: version vector, siblings of every group, bookkeeping.

    ``last`` is the write with the highest (revision, origin): its ``updated_at``/``updated_by`` are shown;
    ``created`` the creation fields (the same on every replica; the smaller one wins should two differ)."""

    vv: dict[str, int]
    groups: dict[str, tuple[Sibling, ...]]
    last: tuple[int, str, str | None, str | None]  # revision, origin, updated_at, updated_by
    created: tuple[str | None, str | None, str | None]  # created_at, created_by, origin

    # -- reading ----------------------------------------------------------------------------------------
    def winner(self, group: str) -> Sibling:
        return max(self.groups[group], key=lambda s: s.rank)

    def values(self) -> dict[str, object]:
        """Column -> value of the provisional winners (what the incident row holds), bookkeeping included."""
        out: dict[str, object] = {}
        for group, columns in GROUPS.items():
            out.update(zip(columns, self.winner(group).value))
        out["revision"] = self.revision
        out["updated_at"], out["updated_by"] = self.last[2], self.last[3]
        out.update(zip(CREATION_FIELDS, self.created))
        return out

    @property
    def revision(self) -> int:
        return max([self.last[0], *(s.revision for sibs in self.groups.values() for s in sibs)])

    def conflicts(self) -> list[str]:
        """Groups whose siblings hold different values."""
        return [g for g, sibs in self.groups.items() if len({s.value for s in sibs}) > 1]

    @property
    def deleted(self) -> bool:
        return bool(self.winner("deleted").value[0])

    # -- writing ----------------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({"vv": dict(sorted(self.vv.items())),
                           "groups": {g: [s.to_json() for s in sibs] for g, sibs in self.groups.items()},
                           "last": list(self.last), "created": list(self.created)},
                          ensure_ascii=False, separators=(",", ":"))

    def to_stored_json(self) -> str:
        """The compact form a GeoPackage keeps in ``bm_sync_items`` (``from_json`` reads both forms).

        ``to_json`` names the origin (a 33-character hash or a UUID) in every sibling and every group by name:
        after a first sync every group holds one write with the same dot, so ~40% of a state is that origin
        repeated. Here the origins are listed once (``o``) and referred to by position; the most common dot of
        single-write groups is given once (``d``) and such a group is just its value; any other group is
        ``{"s": [[origin index, counter, revision, value], ...]}``. Groups are in ``GROUPS`` order."""
        origins: dict[str, int] = {}

        def index(origin: str) -> int:
            return origins.setdefault(origin, len(origins))

        singles = [sibs[0] for sibs in self.groups.values() if len(sibs) == 1]
        counts: dict[tuple[str, int, int], int] = {}
        for s in singles:
            counts[(s.origin, s.counter, s.revision)] = counts.get((s.origin, s.counter, s.revision), 0) + 1
        dot = max(counts, key=counts.__getitem__) if counts else None
        vv = [[index(o), c] for o, c in sorted(self.vv.items())]
        groups: list = []
        for g in GROUPS:
            sibs = self.groups[g]
            if dot is not None and len(sibs) == 1 and (sibs[0].origin, sibs[0].counter, sibs[0].revision) == dot:
                groups.append(list(sibs[0].value))
            else:
                groups.append({"s": [[index(s.origin), s.counter, s.revision, list(s.value)] for s in sibs]})
        data = {"f": 2, "vv": vv, "g": groups, "l": [self.last[0], index(self.last[1]), self.last[2], self.last[3]],
                "c": list(self.created)}
        if dot is not None:
            data["d"] = [index(dot[0]), dot[1], dot[2]]
        data["o"] = list(origins)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ItemState":
        data = json.loads(text)
        if data.get("f") == 2:
            return cls._from_stored(data)
        groups = {g: _ordered(Sibling.from_json(s) for s in data["groups"][g]) for g in GROUPS}
        if any(not sibs for sibs in groups.values()):
            raise ValueError("a group has no version")
        last = data["last"]
        return cls({str(k): int(v) for k, v in data["vv"].items()}, groups,
                   (int(last[0]), str(last[1]), last[2], last[3]), tuple(data["created"]))

    @classmethod
    def _from_stored(cls, data: dict) -> "ItemState":
        origins = [str(o) for o in data["o"]]
        entries = data["g"]
        if len(entries) != len(GROUPS):
            raise ValueError("a stored state does not hold every group")
        dot = data.get("d")
        groups: dict[str, tuple[Sibling, ...]] = {}
        for g, entry in zip(GROUPS, entries):
            if isinstance(entry, dict):
                groups[g] = _ordered(Sibling(origins[int(i)], int(c), int(r), tuple(v)) for i, c, r, v in entry["s"])
            elif dot is not None:
                groups[g] = (Sibling(origins[int(dot[0])], int(dot[1]), int(dot[2]), tuple(entry)),)
            else:
                raise ValueError("a stored state gives a value without its write")
            if not groups[g]:
                raise ValueError("a group has no version")
        last = data["l"]
        return cls({origins[int(i)]: int(c) for i, c in data["vv"]}, groups,
                   (int(last[0]), origins[int(last[1])], last[2], last[3]), tuple(data["c"]))


def _ordered(siblings) -> tuple[Sibling, ...]:
    """Siblings in their one stored order (by dot: dots are unique, so the values never decide), so equal
    states compare equal."""
    siblings = tuple(siblings)
    return siblings if len(siblings) < 2 else tuple(sorted(siblings))


def _value(row: dict, group: str) -> tuple:
    return tuple(row.get(c) for c in GROUPS[group])


def content_origin(uuid: str, row: dict) -> str:
    """The pseudo-origin of a row first seen outside sync: ``#`` + a hash of its id and content."""
    payload = json.dumps([uuid, [list(_value(row, g)) for g in GROUPS], row.get("revision")],
                         ensure_ascii=False, separators=(",", ":"), default=str)
    return "#" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def first_state(uuid: str, row: dict) -> ItemState:
    """The state of a row seen for the first time (no write of it travelled through sync yet)."""
    origin, revision = content_origin(uuid, row), int(row.get("revision") or 0)
    counter = max(1, revision)
    groups = {g: (Sibling(origin, counter, revision, _value(row, g)),) for g in GROUPS}
    return ItemState({origin: counter}, groups, (revision, origin, row.get("updated_at"), row.get("updated_by")),
                     tuple(row.get(c) for c in CREATION_FIELDS))


def local_edit(state: ItemState, row: dict, origin: str, counter: int) -> ItemState | None:
    """The state after this replica changed the row (``row`` as it is now), as the write ``(origin, counter)``;
    None when nothing moved. When only the bookkeeping moved (revision, update time), the state carries it
    without a write of any group (the counter is not used: ``vv[origin]`` stays below it).

    A changed group gets the new write alone (it has seen every sibling). ``deleted`` is written too when an
    edit keeps the incident alive, unless it is in conflict (then an unrelated edit does not decide it)."""
    revision = max(int(row.get("revision") or 0), state.revision)
    changed = [g for g in GROUPS if _value(row, g) != state.winner(g).value]
    last = (revision, origin, row.get("updated_at"), row.get("updated_by"))
    if not changed:
        # e.g. deleted and restored again: no field differs, but the row's revision and update moved; they travel
        # (the highest revision wins everywhere) so every replica ends with the same row
        if (revision, last[2], last[3]) == (state.revision, state.last[2], state.last[3]):
            return None
        return ItemState(dict(state.vv), dict(state.groups), max(last, state.last, key=lambda t: (t[0], t[1])),
                         state.created)
    groups = dict(state.groups)
    for g in changed:
        groups[g] = (Sibling(origin, counter, revision, _value(row, g)),)
    if "deleted" not in changed and "deleted" not in state.conflicts() and not row.get("deleted"):
        groups["deleted"] = (Sibling(origin, counter, revision, (0,)),)
    vv = dict(state.vv)
    vv[origin] = max(vv.get(origin, 0), counter)
    return ItemState(vv, groups, last, state.created)


def resolve(state: ItemState, choices: dict[str, Sibling], origin: str, counter: int, updated_at: str,
            updated_by: str) -> ItemState:
    """A supervisor's pick: each group in ``choices`` is written again with the chosen sibling's value, as a
    write that has seen every sibling (so it supersedes them on every replica it reaches)."""
    revision = state.revision + 1
    groups = dict(state.groups)
    for g, chosen in choices.items():
        groups[g] = (Sibling(origin, counter, revision, chosen.value),)
    vv = dict(state.vv)
    vv[origin] = max(vv.get(origin, 0), counter)
    return ItemState(vv, groups, (revision, origin, updated_at, updated_by), state.created)


def _covered(sibling: Sibling, vv: dict[str, int]) -> bool:
    return vv.get(sibling.origin, 0) >= sibling.counter


def merge(a: ItemState | None, b: ItemState | None) -> ItemState:
    """The state that has seen every write either has seen (commutative, associative, idempotent)."""
    if a is None or b is None:
        if a is None and b is None:
            raise ValueError("nothing to merge")
        return a if b is None else b  # type: ignore[return-value]
    groups: dict[str, tuple[Sibling, ...]] = {}
    for g in GROUPS:
        in_a = {s.dot: s for s in a.groups[g]}
        in_b = {s.dot: s for s in b.groups[g]}
        kept = {d: s for d, s in in_a.items() if d in in_b or not _covered(s, b.vv)}
        kept.update({d: s for d, s in in_b.items() if d not in in_a and not _covered(s, a.vv)})
        if not kept:  # only when states broke the rules (the same dot given two meanings): keep both sides
            kept = {**in_a, **in_b}
        groups[g] = _ordered(kept.values())
    vv = dict(a.vv)
    for origin, counter in b.vv.items():
        vv[origin] = max(vv.get(origin, 0), counter)
    last = max(a.last, b.last, key=lambda t: (t[0], t[1]))
    created = min(a.created, b.created, key=lambda t: tuple("" if v is None else str(v) for v in t))
    return ItemState(vv, groups, last, created)


@dataclass
class MergeCount:
    """What applying a set of remote states did."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    ids: list[str] = field(default_factory=list)
