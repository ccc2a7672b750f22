"""Words for conflicts: which version is "local" or "remote", what each version holds, who wrote it.

A conflict's group holds two or more versions. ``local`` is the version this store wrote itself, or, when
none of them was written here, the provisional winner (what the store shows); ``remote`` is the best-ranked
version that is not the local one. Shared by ``border-monitor conflicts`` and the Conflicts panel.
"""
from __future__ import annotations

from .errors import SyncError
from .replica import Conflict, Replica
from .versions import GROUP_OF, GROUPS, Sibling

SIDES = ("local", "remote")


def local_version(conflict: Conflict, group: str, origin: str) -> Sibling:
    versions = conflict.versions(group)
    mine = [s for s in versions if s.origin == origin]
    return mine[0] if mine else versions[0]


def remote_version(conflict: Conflict, group: str, origin: str) -> Sibling:
    local = local_version(conflict, group, origin)
    others = [s for s in conflict.versions(group) if s.dot != local.dot and s.value != local.value]
    return others[0]


def pick(conflict: Conflict, group: str, side: str, origin: str) -> Sibling:
    if side not in SIDES:
        raise SyncError(f"{side!r} is not a side of a conflict: use local or remote.")
    return local_version(conflict, group, origin) if side == "local" else remote_version(conflict, group, origin)


def group_of(name: str) -> str:
    """The field group of a field name (``type`` -> ``persons``) or of a group name."""
    key = name.strip().lower()
    if key in GROUPS:
        return key
    if key in GROUP_OF:
        return GROUP_OF[key]
    raise SyncError(f"{name!r} is not a field of an incident; the fields are {', '.join(GROUPS)}.")


def choices_for(conflict: Conflict, origin: str, keep: str | None, fields: dict[str, str]) -> dict[str, Sibling]:
    """The version to keep of each conflicting group: ``keep`` for all, ``fields`` (group -> side) for some;
    a conflicting group neither names stays a conflict."""
    if keep is None and not fields:
        raise SyncError("Say which version to keep: --keep local|remote, or --field F=local|remote.")
    chosen: dict[str, Sibling] = {}
    for name, side in fields.items():
        group = group_of(name)
        if group not in conflict.groups:
            raise SyncError(f"The field {name} of incident {conflict.uuid} is not in conflict (in conflict: "
                            f"{', '.join(conflict.groups)}).")
        chosen[group] = pick(conflict, group, side, origin)
    if keep is not None:
        for group in conflict.groups:
            chosen.setdefault(group, pick(conflict, group, keep, origin))
    return chosen


def origin_names(replica: Replica) -> dict[str, str]:
    names = {p.origin: p.name or p.origin[:8] for p in replica.peers()}
    names[replica.origin] = f"{replica.name} (this store)"
    return names


def writer(sibling: Sibling, names: dict[str, str]) -> str:
    if sibling.origin.startswith("#"):
        return "before sync"
    return names.get(sibling.origin, sibling.origin[:8])


def value_text(group: str, sibling: Sibling) -> str:
    """A short text of a version's value (the incident fields it holds)."""
    columns = GROUPS[group]
    values = dict(zip(columns, sibling.value))
    if group == "deleted":
        return "deleted" if values["deleted"] else "kept (edited)"
    if group == "location":
        lon, lat = values.get("lon"), values.get("lat")
        return "no position" if lon is None or lat is None else f"{lat:.5f}, {lon:.5f}"
    if group == "persons":
        text = f"{values['type']}, {values['persons']} persons"
        return text + (f" ({values['nationalities']})" if values.get("nationalities") else "")
    value = values[columns[0]]
    return "" if value is None else str(value)
