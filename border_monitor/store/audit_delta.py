"""What an audit entry of a change to one incident keeps of it: the whole incident after the write, and of the
incident before it only the fields the write changed (the other fields are the after's, so nothing is lost);
readers make the before whole again (``whole_before``).

Entries of actions "update", "delete" and "restore" about one incident carry both sides; an update of one field
kept the ~650 bytes of every field twice. Entries written before (whole on both sides) read the same: a whole
before over the after is the before.
"""
from __future__ import annotations

INCIDENT_ACTIONS = ("update", "delete", "restore")


def changed_before(before: dict, after: dict) -> dict:
    """The fields of ``before`` whose value ``after`` does not have."""
    return {k: v for k, v in before.items() if k not in after or after[k] != v}


def whole_before(action: str, before: dict | None, after: dict | None) -> dict | None:
    """The whole incident before the write of an entry, from what the entry keeps."""
    if action in INCIDENT_ACTIONS and before is not None and after is not None:
        return {**after, **before}
    return before
