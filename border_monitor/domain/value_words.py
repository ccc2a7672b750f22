"""Words for the model's values as LT, LV and PL spreadsheets write them: incident types, statuses, countries.

An import reads a cell by its folded form (``text_fold.fold``: no case, no diacritics, single spaces), so
"SULAIKYMAS", "sulaikymas" and "Sulaikymas " are one word, and "Zawrócenie" matches "zawrocenie". Each word
names one value; a word that could mean two (e.g. a bare "kita" is "other") names the wider one. The terms
follow the services' own reporting (VSAT, VRS, Straż Graniczna statistics: "sulaikyta", "apgręžta",
"aizturēti", "novērsta nelikumīga robežas šķērsošana", "zatrzymanie", "próba nielegalnego przekroczenia
granicy", "zawrócenie"); the interface's own translations are the i18n catalogues', not these.
"""
from __future__ import annotations

import re

from .taxonomy import Country, IncidentType, Status
from .text_fold import fold

TYPE_WORDS: dict[IncidentType, tuple[str, ...]] = {
    IncidentType.APPREHENSION: (
        "apprehended", "detention", "detained", "illegal crossing", "illegal border crossing",
        # LT
        "sulaikymas", "sulaikyta", "sulaikyti", "sulaikytas", "sulaikyti asmenys",
        "neteisėtas valstybės sienos kirtimas", "neteisėtas sienos kirtimas", "sienos kirtimas",
        # LV
        "aizturēšana", "aizturēts", "aizturēti", "aizturētas personas", "nelikumīga robežas šķērsošana",
        "nelikumīga valsts robežas šķērsošana", "robežas šķērsošana",
        # PL
        "zatrzymanie", "zatrzymany", "zatrzymani", "zatrzymano", "nielegalne przekroczenie granicy",
        "przekroczenie granicy",
    ),
    IncidentType.PREVENTED_ENTRY: (
        "prevented entry", "prevented crossing", "attempted crossing", "turned back", "pushback",
        # LT
        "neleista atvykti", "neleista patekti", "neįleista", "apgręžta", "apgręžti", "apgręžimas",
        "užkirstas kelias", "bandymas neteisėtai kirsti sieną", "neteisėto kirtimo prevencija",
        # LV
        "novērsta nelikumīga robežas šķērsošana", "novērsta robežas šķērsošana", "novērsta ieceļošana",
        "atturēti", "atturēšana", "atturēti no nelikumīgas robežas šķērsošanas", "neielaisti",
        # PL
        "próba nielegalnego przekroczenia granicy", "próba przekroczenia granicy", "udaremnienie",
        "udaremnione przekroczenie", "niedopuszczenie do wjazdu", "odmowa wjazdu",
    ),
    IncidentType.RETURN_TO_BELARUS: (
        "return", "returned", "returned to belarus", "return to belarus",
        # LT
        "grąžinimas", "grąžinta", "grąžinti", "grąžinimas į baltarusiją", "grąžinti į baltarusiją",
        # LV
        "atgriešana", "atgriezti", "atgriešana uz baltkrieviju", "atgriezti uz baltkrieviju",
        # PL
        "zawrócenie", "zawrócony", "zawróceni", "zawrócenie do linii granicy", "zawrócenie na białoruś",
        "zawrócenie do białorusi",
    ),
    IncidentType.SMUGGLING: (
        "contraband",
        "kontrabanda", "prekių kontrabanda", "cigarečių kontrabanda",  # LT (and LV "kontrabanda")
        "kontrabandas", "preču kontrabanda",  # LV
        "przemyt", "przemyt towarów", "przemyt papierosów",  # PL
    ),
    IncidentType.TRAFFICKING: (
        "people smuggling", "human trafficking", "migrant smuggling",
        "prekyba žmonėmis", "neteisėtas žmonių gabenimas", "žmonių gabenimas", "neteisėtas migrantų gabenimas",
        "cilvēku tirdzniecība", "cilvēku kontrabanda", "nelikumīga personu pārvietošana",
        "handel ludźmi", "przemyt ludzi", "organizowanie nielegalnego przekroczenia granicy",
    ),
    IncidentType.BARRIER_DAMAGE: (
        "barrier damage", "fence damage", "damaged fence",
        "užtvaros pažeidimas", "fizinio barjero pažeidimas", "barjero pažeidimas", "tvoros pažeidimas",
        "žoga bojājums", "barjeras bojājums", "žogs bojāts",
        "uszkodzenie zapory", "uszkodzenie bariery", "uszkodzenie ogrodzenia", "uszkodzenie płotu",
    ),
    IncidentType.USE_OF_FORCE: (
        "force", "use of force",
        "jėgos panaudojimas", "prievartos panaudojimas",
        "spēka pielietošana", "fiziskā spēka pielietošana",
        "użycie siły", "użycie środków przymusu", "użycie środków przymusu bezpośredniego",
    ),
    IncidentType.PROVOCATION: (
        "provokacija", "provokācija", "prowokacja",
    ),
    IncidentType.MILITARY_ACTIVITY: (
        "military", "military activity",
        "karinė veikla", "karinis aktyvumas",
        "militārā darbība", "militāra darbība", "militārās aktivitātes",
        "działalność wojskowa", "aktywność wojskowa", "aktywność wojsk",
    ),
    IncidentType.AIRSPACE: (
        "airspace violation", "balloon", "drone",
        "oro erdvės pažeidimas", "oro balionas", "balionas", "dronas",
        "gaisa telpas pārkāpums", "gaisa balons", "drons",
        "naruszenie przestrzeni powietrznej", "balon", "dron",
    ),
    IncidentType.HUMANITARIAN: (
        "humanitarian aid", "medical aid",
        "humanitarinė pagalba", "humanitarinis", "medicininė pagalba",
        "humānā palīdzība", "humanitārā palīdzība", "medicīniskā palīdzība",
        "pomoc humanitarna", "pomoc medyczna", "humanitarne",
    ),
    IncidentType.OTHER: (
        "kita", "kitas", "kiti",
        "cits", "cita", "citi",
        "inne", "inny", "inna", "pozostałe",
    ),
}

STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.REPORTED: (
        "new", "open", "registered",
        "pranešta", "užregistruota", "naujas", "nauja", "gauta",
        "ziņots", "reģistrēts", "jauns", "saņemts",
        "zgłoszone", "zgłoszony", "zarejestrowane", "nowe", "nowy", "otwarte",
    ),
    Status.VERIFIED: (
        "confirmed", "checked",
        "patvirtinta", "patvirtintas", "patikrinta", "patikrintas",
        "apstiprināts", "apstiprināta", "pārbaudīts", "pārbaudīta",
        "potwierdzone", "potwierdzony", "zweryfikowane", "zweryfikowany",
    ),
    Status.CLOSED: (
        "done", "finished", "resolved",
        "uždaryta", "uždarytas", "baigta", "baigtas",
        "slēgts", "slēgta", "pabeigts", "pabeigta",
        "zamknięte", "zamknięty", "zakończone", "zakończony",
    ),
}

COUNTRY_WORDS: dict[Country, tuple[str, ...]] = {
    # the country's names in EN, LT, LV, PL, its ISO 3166-1 alpha-3 code and its border service's initials
    Country.LT: ("ltu", "lithuania", "lietuva", "lietuvos respublika", "lithuanian", "litwa",
                 "vsat", "valstybės sienos apsaugos tarnyba"),
    Country.LV: ("lva", "latvia", "latvija", "latvijas republika", "latvian", "łotwa",
                 "vrs", "valsts robežsardze"),
    Country.PL: ("pol", "poland", "polska", "lenkija", "polija", "polish", "rzeczpospolita polska",
                 "sg", "straż graniczna"),
}


def word_key(text: str) -> str:
    """The form a cell and a word are compared in: folded, punctuation and runs of spaces as one space."""
    return " ".join(re.sub(r"[\s_\-./,;:()]+", " ", fold(str(text))).split())


def word_table(words: dict) -> dict[str, object]:
    """word key -> value, for ``TYPE_WORDS``, ``STATUS_WORDS`` or ``COUNTRY_WORDS``."""
    table: dict[str, object] = {}
    for value, spellings in words.items():
        for spelling in (value.value, value.name, value.value.replace("_", " "), *spellings):
            table.setdefault(word_key(spelling), value)
    return table
