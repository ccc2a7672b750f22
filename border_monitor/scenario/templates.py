"""Description templates of the 2021 scenario: short English sentences per incident type.

Each template says which side of the line it fits ("EU", "BY" or "*"), whether the record
counts persons (True, False or None for either) and optionally the days it belongs to.
Fields: {persons} (a number), {persons}/{foreigners}/{migrants}/{passengers} the number with
the noun in singular or plural, {nat} nationalities, {km} distance from the line, {place} the
nearest post or town, {cartons}, {metres}, {minutes}, {crowd}, {courier}.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    text: str
    side: str = "EU"  # EU, BY or * (either)
    persons: bool | None = True  # does the record count persons (None: either)
    first: str | None = None  # only on days first..last (inclusive)
    last: str | None = None
    min_persons: int = 1  # "Group of {n}" reads wrong for one person


T = Template
TEMPLATES: dict[str, tuple[Template, ...]] = {
    "apprehension": (
        T("Group of {n} ({nat}) apprehended {km} km from the line near {place}.", min_persons=2),
        T("{persons} ({nat}) detained after crossing the border in the forest near {place}."),
        T("Patrol stopped {migrants} ({nat}) {km} km inside the border near {place}; taken to the station."),
        T("Thermal camera spotted a group near {place}; {persons} ({nat}) apprehended."),
        T("{foreigners} ({nat}) apprehended on a forest road near {place}, {km} km from the line."),
        T("Group of {n} ({nat}) found by a dog patrol near {place} after crossing.", min_persons=2),
        T("{persons} ({nat}) walked out of the woods near {place} and asked for asylum."),
    ),
    "prevented_entry": (
        T("Attempt to cross prevented near {place}: group of {n} ({nat}) turned back at the line.", min_persons=2),
        T("{persons} ({nat}) prevented from entering near {place}."),
        T("Group of {n} ({nat}) stopped at the fence near {place} and did not cross.", min_persons=2),
        T("Patrol blocked a crossing attempt by {persons} ({nat}) near {place}."),
        T("{persons} ({nat}) tried to cross near {place}; entry prevented."),
        T("Sensors alerted the patrol near {place}; {persons} ({nat}) stopped at the line."),
        T("Group of {n} ({nat}) seen approaching the line opposite {place}; the crossing was prevented.", side="BY", min_persons=2),
        T("{persons} ({nat}) gathered on the Belarusian side opposite {place}; did not cross.", side="BY"),
    ),
    "return_to_belarus": (
        T("{persons} ({nat}) apprehended near {place} and returned to Belarus."),
        T("Group of {n} ({nat}) escorted back to the border line near {place}.", min_persons=2),
        T("{foreigners} ({nat}) turned back to the Belarusian side near {place}."),
        T("Group of {n} ({nat}) found {km} km from the line near {place}; returned to the border.", min_persons=2),
    ),
    "smuggling": (
        T("{cartons} cartons of Belarusian cigarettes found in the forest near {place}.", persons=False),
        T("Bags with {cartons} cartons of cigarettes thrown over the fence near {place}.", persons=False),
        T("Cache of {cartons} cartons of cigarettes without excise stamps found near {place}.", persons=False),
        T("Courier ({nat}) detained with {cartons} cartons of cigarettes near {place}."),
        T("Car with {cartons} cartons of Belarusian cigarettes stopped near {place}; {n} detained ({nat})."),
        T("{persons} ({nat}) caught carrying {cartons} cartons of cigarettes across the line near {place}."),
    ),
    "trafficking": (
        T("Driver ({courier}) detained near {place} carrying {migrants} ({nat})."),
        T("Facilitator ({courier}) stopped near {place} with {persons} ({nat}) in a van."),
        T("Guide ({courier}) arrested near {place} leading a group of {n} ({nat}).", min_persons=2),
        T("Taxi from the border area stopped near {place}: driver ({courier}) and {passengers} ({nat})."),
    ),
    "barrier_damage": (
        T("Razor-wire fence cut over {metres} m near {place}.", persons=False),
        T("Temporary fence damaged near {place}; traces of a group crossing.", persons=False),
        T("Concertina wire pulled apart over {metres} m near {place}; repaired by army engineers.", persons=False),
        T("Fence posts knocked down from the Belarusian side near {place}.", persons=False),
        T("Wire cutters left at a {metres} m gap in the fence near {place}.", persons=False),
    ),
    "provocation": (
        T("Belarusian officers escorted a group to the line near {place} and left.", persons=False),
        T("Laser pointed at a patrol from the Belarusian side near {place}.", persons=False),
        T("Strobe lights shone at the guards from across the line near {place} through the night.", persons=False),
        T("Loud music and shouting from the Belarusian side near {place}.", persons=False),
        T("Belarusian servicemen filmed the patrol and shouted at it near {place}.", persons=False),
        T("Belarusian officers seen leading a group of about {crowd} towards the line opposite {place}.", side="BY", persons=False),
        T("Shots fired in the air on the Belarusian side opposite {place}.", side="BY", persons=False),
        T("Belarusian service vehicles dropped about {crowd} people at the line opposite {place}.", side="BY", persons=False),
        T("Lights and lasers aimed at the patrol from the Belarusian side opposite {place}.", side="BY", persons=False),
    ),
    "use_of_force": (
        T("Stones thrown at the guards from the Belarusian side near {place}; no injuries.", persons=False),
        T("Branches and stones thrown at a patrol near {place}; one officer lightly injured.", persons=False),
        T("Group tried to force the fence near {place}; pepper spray used.", persons=False),
        T("Guard hit by a thrown log near {place}; taken to hospital.", persons=False),
        T("Group armed with sticks attacked the fence opposite {place}.", side="BY", persons=False),
        T("Stones and branches thrown across the line opposite {place}.", side="BY", persons=False),
    ),
    "humanitarian": (
        T("{persons} ({nat}) with hypothermia given first aid near {place}; ambulance called."),
        T("Exhausted group of {n} ({nat}) found in the marsh near {place}; taken to hospital.", min_persons=2),
        T("Woman ({nat}) in a group of {n} found near {place} needing medical care.", min_persons=2),
        T("Child with fever in a group of {n} ({nat}) near {place}; ambulance called.", min_persons=2),
        T("{persons} ({nat}) soaked and cold found in the forest near {place}; given food and blankets."),
        T("Group of about {crowd} without food or shelter seen on the Belarusian side opposite {place}.", side="BY", persons=False),
    ),
    "airspace": (
        T("Drone flew in from Belarus near {place} and returned after {minutes} minutes.", persons=False),
        T("Unidentified drone over the patrol near {place}; signal jammed.", persons=False),
        T("Drone seen dropping a package near {place}.", persons=False),
        T("Belarusian helicopter flew along the line near {place} at low altitude.", persons=False),
        T("Belarusian helicopter circled over the line opposite {place}.", side="BY", persons=False),
        T("Drone launched from the Belarusian side opposite {place}.", side="BY", persons=False),
    ),
    "military_activity": (
        T("Belarusian military column moving along the border road opposite {place}.", side="BY", persons=False),
        T("Armoured vehicles seen on the Belarusian side opposite {place}.", side="BY", persons=False),
        T("Belarusian soldiers digging positions opposite {place}.", side="BY", persons=False),
        T("Belarusian army patrol with dogs along the line opposite {place}.", side="BY", persons=False),
        T("Zapad-2021: artillery fire heard from the Belarusian side opposite {place}.", side="BY", persons=False,
          first="2021-09-10", last="2021-09-16"),
        T("Zapad-2021: helicopters and troops observed across the line opposite {place}.", side="BY", persons=False,
          first="2021-09-10", last="2021-09-16"),
        T("Zapad-2021: exercise convoy seen opposite {place}.", side="BY", persons=False,
          first="2021-09-10", last="2021-09-16"),
    ),
    "other": (
        T("Abandoned camp with sleeping bags found near {place}.", persons=False),
        T("Documents of a foreigner found in the forest near {place}.", persons=False),
        T("Footprints of a group seen on the control strip near {place}.", persons=False),
        T("Wild boar set off the sensor line near {place}; false alarm.", persons=False),
        T("Local resident reported strangers walking towards the village near {place}.", persons=False),
        T("Phones and SIM cards from Belarus found near {place}.", persons=False),
        T("Fire seen on the Belarusian side opposite {place}.", side="BY", persons=False),
    ),
}

# Records of the deaths (about 20 in 2021 on all three borders), written separately.
DEATH_TEMPLATES: tuple[Template, ...] = (
    T("Body of a man ({nat}) found in the forest near {place}; hypothermia suspected."),
    T("Young man ({nat}) died of hypothermia near {place} despite resuscitation."),
    T("Body found in the marsh near {place}; prosecutor informed."),
    T("Man ({nat}) found dead near {place} after a night below freezing."),
)
