"""Which Cursor-on-Target type each incident type becomes, and back.

CoT types are MIL-STD-2525 paths: ``a-<affiliation>-<dimension>...`` for things ("atoms") and
``b-...`` for bits of data such as map markers. The affiliation letter is a policy choice of the
service that sends (``--affiliation``; default ``u``, unknown: a report of an incident says what
was seen, not whose it was). Out, every incident type of ``domain.taxonomy`` has one row:

=================== ================ ===============================================================
incident type       CoT type         why
=================== ================ ===============================================================
airspace            ``a-u-A``        drones and balloons: an air track of unknown affiliation
military_activity   ``a-u-G-U``      a ground unit (troops, vehicles) seen across the border
apprehension        ``b-m-p-s-m``    a spot map marker: the event happened here (our type in detail)
prevented_entry     ``b-m-p-s-m``
return_to_belarus   ``b-m-p-s-m``
smuggling           ``b-m-p-s-m``
trafficking         ``b-m-p-s-m``
barrier_damage      ``b-m-p-s-m``
use_of_force        ``b-m-p-s-m``
provocation         ``b-m-p-s-m``
humanitarian        ``b-m-p-s-m``
other               ``b-m-p-s-m``
=================== ================ ===============================================================

(``u`` stands for the chosen affiliation.) In, an event that carries our own ``<bm:incident>``
element keeps the type written there; any other event is mapped by the first matching pattern
below, and an event that matches none is skipped and counted:

============================ ===================== =============================================
CoT type                     incident type          e.g.
============================ ===================== =============================================
``a-?-A...``                 airspace               any air track (``a-h-A-M-F-Q`` a drone)
``a-?-G-U...``, ``a-?-G-E...`` military_activity    a ground unit or equipment
``b-r-f-h-c``                humanitarian           a CASEVAC / MEDEVAC request
``a-?-G``, ``b-m-p-s-m``,    other                  a ground point or a spot marker an ATAK
``b-m-p-s-p-i``, ``b-m-p-w``                        user dropped (our type is not known)
============================ ===================== =============================================

Deletion is ``t-x-d-d`` with ``<link uid="..."/>`` naming the event to remove.
"""
from __future__ import annotations

import re
from enum import Enum

from ..domain.errors import ValidationError
from ..domain.taxonomy import IncidentType

DELETE_TYPE = "t-x-d-d"
PING_TYPE = "t-x-c-t"
MARKER = "b-m-p-s-m"


class Affiliation(str, Enum):
    """MIL-STD-2525 standard identities, as the letter CoT puts second in an atom's type."""

    PENDING = "p"
    UNKNOWN = "u"
    ASSUMED_FRIEND = "a"
    FRIEND = "f"
    NEUTRAL = "n"
    SUSPECT = "s"
    HOSTILE = "h"

    @classmethod
    def parse(cls, value: "Affiliation | str") -> "Affiliation":
        if isinstance(value, cls):
            return value
        text = str(value).strip().lower().replace("-", "_")
        for member in cls:
            if text in (member.value, member.name.lower()):
                return member
        allowed = ", ".join(m.name.lower().replace("_", "-") for m in cls)
        raise ValidationError("affiliation", value, f"is not one of: {allowed}")


# Out: the type path after "a-<affiliation>-" for atoms, or a whole "b-..." type.
_ATOMS = {IncidentType.AIRSPACE: "A", IncidentType.MILITARY_ACTIVITY: "G-U"}
OUT_TYPES: dict[IncidentType, str] = {t: (f"a-u-{_ATOMS[t]}" if t in _ATOMS else MARKER) for t in IncidentType}


def cot_type(incident_type: IncidentType, affiliation: Affiliation = Affiliation.UNKNOWN) -> str:
    """The CoT type an incident of ``incident_type`` is sent as, with ``affiliation`` for atoms."""
    incident_type = IncidentType(incident_type)
    if incident_type in _ATOMS:
        return f"a-{Affiliation.parse(affiliation).value}-{_ATOMS[incident_type]}"
    return MARKER


# In: patterns tried in order, for events that do not carry our own element.
IN_PATTERNS: tuple[tuple[re.Pattern, IncidentType], ...] = (
    (re.compile(r"^a-[a-z]-A(-|$)"), IncidentType.AIRSPACE),
    (re.compile(r"^a-[a-z]-G-[UE](-|$)"), IncidentType.MILITARY_ACTIVITY),
    (re.compile(r"^b-r-f-h-c$"), IncidentType.HUMANITARIAN),
    (re.compile(r"^(a-[a-z]-G|b-m-p-s-m|b-m-p-s-p-i|b-m-p-w)$"), IncidentType.OTHER),
)


def incident_type_for(cot: str) -> IncidentType | None:
    """The incident type of a foreign CoT type, or None when it maps to none (the event is skipped)."""
    for pattern, incident_type in IN_PATTERNS:
        if pattern.match(cot):
            return incident_type
    return None
