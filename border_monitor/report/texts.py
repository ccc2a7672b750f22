"""The words of the situation report in its four languages: English, Lithuanian, Latvian and Polish.

A report goes to ministries and partner services, each in its own language, whatever the language
of the workstation that makes it: so its words live here, in one table per language, not in the Qt
catalogues of the window. ``Texts(lang)`` gives them; ``number`` and ``percent`` write figures the
way the language does (``1,600`` in English, ``1 600`` in the three others, with a no-break space).
Nationality names come from pycountry's ISO 3166 catalogues in the same language.
"""
from __future__ import annotations

import gettext
from functools import lru_cache

LANGUAGES = ("en", "lt", "lv", "pl")

_T: dict[str, tuple[str, str, str, str]] = {
    # key: (en, lt, lv, pl)
    "title": ("Situation report", "Situacijos ataskaita", "Situācijas ziņojums", "Raport sytuacyjny"),
    "subtitle": ("Borders of Lithuania, Latvia and Poland with Belarus",
                 "Lietuvos, Latvijos ir Lenkijos sienos su Baltarusija",
                 "Lietuvas, Latvijas un Polijas robežas ar Baltkrieviju",
                 "Granice Litwy, Łotwy i Polski z Białorusią"),
    "period": ("Period", "Laikotarpis", "Periods", "Okres"),
    "previous_period": ("Previous period", "Ankstesnis laikotarpis", "Iepriekšējais periods", "Poprzedni okres"),
    "days": ("{n} days, local days of the reporting services", "{n} d., pranešančių tarnybų vietos dienos",
             "{n} dienas, ziņojošo dienestu vietējās dienas", "{n} dni, dni lokalne służb raportujących"),
    "to": ("to", "iki", "līdz", "do"),
    "store": ("Store", "Duomenų bazė", "Datu krātuve", "Baza danych"),
    "filter": ("Filter", "Filtras", "Filtrs", "Filtr"),
    "no_filter": ("all incidents of the period", "visi laikotarpio incidentai", "visi perioda incidenti",
                  "wszystkie incydenty okresu"),
    "generated": ("Generated", "Parengta", "Sagatavots", "Wygenerowano"),
    "page": ("Page {n} of {total}", "{n} psl. iš {total}", "{n}. lpp. no {total}", "Strona {n} z {total}"),
    "summary": ("Summary", "Santrauka", "Kopsavilkums", "Podsumowanie"),
    "incidents": ("Incidents", "Incidentai", "Incidenti", "Incydenty"),
    "persons": ("Persons", "Asmenys", "Personas", "Osoby"),
    "this_period": ("This period", "Šis laikotarpis", "Šis periods", "Ten okres"),
    "before": ("Previous", "Ankstesnis", "Iepriekšējais", "Poprzedni"),
    "change": ("Change", "Pokytis", "Izmaiņas", "Zmiana"),
    "new": ("new", "nauja", "jauns", "nowe"),
    "map": ("Map of the period", "Laikotarpio žemėlapis", "Perioda karte", "Mapa okresu"),
    "map_note": ("Incidents of the period by type, borders with Belarus, sectors, emergency zones and crossing points.",
                 "Laikotarpio incidentai pagal tipą, sienos su Baltarusija, ruožai, nepaprastosios padėties zonos ir "
                 "pasienio kontrolės punktai.",
                 "Perioda incidenti pa veidiem, robežas ar Baltkrieviju, sektori, ārkārtējās situācijas zonas un "
                 "robežšķērsošanas vietas.",
                 "Incydenty okresu według rodzaju, granice z Białorusią, odcinki, strefy stanu wyjątkowego i "
                 "przejścia graniczne."),
    "timeline": ("Incidents per day", "Incidentai per dieną", "Incidenti dienā", "Incydenty dziennie"),
    "by_country": ("By reporting country (incidents)", "Pagal pranešančią šalį (incidentai)",
                   "Pa ziņojošo valsti (incidenti)", "Według kraju raportującego (incydenty)"),
    "by_type": ("By type (incidents)", "Pagal tipą (incidentai)", "Pa veidiem (incidenti)",
                "Według rodzaju (incydenty)"),
    "by_sector": ("By sector (incidents)", "Pagal ruožą (incidentai)", "Pa sektoriem (incidenti)",
                  "Według odcinka (incydenty)"),
    "by_nationality": ("By nationality (persons)", "Pagal pilietybę (asmenys)", "Pa pilsonību (personas)",
                       "Według obywatelstwa (osoby)"),
    "country": ("Country", "Šalis", "Valsts", "Kraj"),
    "type": ("Type", "Tipas", "Veids", "Rodzaj"),
    "sector": ("Sector", "Ruožas", "Sektors", "Odcinek"),
    "border": ("Border", "Siena", "Robeža", "Granica"),
    "nationality": ("Nationality", "Pilietybė", "Pilsonība", "Obywatelstwo"),
    "no_sector": ("outside the sectors", "už ruožų ribų", "ārpus sektoriem", "poza odcinkami"),
    "total": ("Total", "Iš viso", "Kopā", "Razem"),
    "none": ("none", "nėra", "nav", "brak"),
    "more_rows": ("... and {n} more", "... ir dar {n}", "... un vēl {n}", "... i {n} więcej"),
    "warning": ("Early warning at the end of the period", "Ankstyvasis perspėjimas laikotarpio pabaigoje",
                "Agrā brīdināšana perioda beigās", "Wczesne ostrzeganie na koniec okresu"),
    "warning_note": ("The last 24 hours and 7 days before the end of {day} against the 28 days before them, "
                     "for every incident of the store (as border-monitor alerts --at {day}). Borders, then the "
                     "sectors that are elevated or high ({hidden} others normal).",
                     "Paskutinės 24 valandos ir 7 dienos iki {day} pabaigos, palyginti su 28 dienomis prieš jas, "
                     "visiems duomenų bazės incidentams (kaip border-monitor alerts --at {day}). Sienos, tada "
                     "ruožai, kurių lygis padidėjęs arba aukštas ({hidden} kitų lygis įprastas).",
                     "Pēdējās 24 stundas un 7 dienas pirms {day} beigām, salīdzinot ar 28 dienām pirms tām, visiem "
                     "krātuves incidentiem (kā border-monitor alerts --at {day}). Robežas, tad sektori ar "
                     "paaugstinātu vai augstu līmeni ({hidden} citiem līmenis parasts).",
                     "Ostatnie 24 godziny i 7 dni przed końcem {day} wobec 28 dni przed nimi, dla wszystkich "
                     "incydentów bazy (jak border-monitor alerts --at {day}). Granice, potem odcinki o poziomie "
                     "podwyższonym lub wysokim ({hidden} pozostałych w normie)."),
    "level": ("Level", "Lygis", "Līmenis", "Poziom"),
    "unit": ("Border or sector", "Siena arba ruožas", "Robeža vai sektors", "Granica lub odcinek"),
    "last_24h": ("24 h", "24 val.", "24 st.", "24 godz."),
    "last_7d": ("7 days", "7 d.", "7 dienas", "7 dni"),
    "expected": ("expected", "tikėtina", "sagaidāms", "oczekiwane"),
    "trend": ("Trend", "Tendencija", "Tendence", "Tendencja"),
    "level_normal": ("normal", "įprastas", "parasts", "normalny"),
    "level_elevated": ("elevated", "padidėjęs", "paaugstināts", "podwyższony"),
    "level_high": ("HIGH", "AUKŠTAS", "AUGSTS", "WYSOKI"),
    "trend_rising": ("rising", "didėja", "pieaug", "rośnie"),
    "trend_steady": ("steady", "stabili", "stabila", "stała"),
    "trend_falling": ("falling", "mažėja", "samazinās", "maleje"),
    "shifts": ("Shifts in pressure", "Spaudimo poslinkiai", "Spiediena pārvietošanās", "Przesunięcia presji"),
    "shift_sector": ("{sector} ({border}) rising: {n} incidents in 7 days against {e} expected, while its "
                     "neighbours {neighbours} fall to {m} against {f}",
                     "{sector} ({border}) didėja: {n} incidentai per 7 d., tikėtina {e}, o kaimyniniai "
                     "{neighbours} mažėja iki {m}, tikėtina {f}",
                     "{sector} ({border}) pieaug: {n} incidenti 7 dienās, sagaidāmi {e}, kamēr kaimiņi "
                     "{neighbours} samazinās līdz {m}, sagaidāmi {f}",
                     "{sector} ({border}) rośnie: {n} incydentów w 7 dni wobec {e} oczekiwanych, a sąsiednie "
                     "{neighbours} maleją do {m} wobec {f}"),
    "shift_border": ("{rising} rising ({n} incidents in 7 days against {e} expected) while {falling} falls "
                     "({m} against {f})",
                     "{rising} didėja ({n} incidentai per 7 d., tikėtina {e}), o {falling} mažėja ({m}, tikėtina {f})",
                     "{rising} pieaug ({n} incidenti 7 dienās, sagaidāmi {e}), kamēr {falling} samazinās "
                     "({m}, sagaidāmi {f})",
                     "{rising} rośnie ({n} incydentów w 7 dni wobec {e} oczekiwanych), a {falling} maleje "
                     "({m} wobec {f})"),
    "shares": ("Nationalities whose share of the persons changed most (last 7 days against the baseline)",
               "Pilietybės, kurių dalis tarp asmenų pakito labiausiai (paskutinės 7 d., palyginti su baze)",
               "Pilsonības, kuru daļa personu vidū mainījās visvairāk (pēdējās 7 dienas pret bāzi)",
               "Obywatelstwa, których udział wśród osób zmienił się najbardziej (ostatnie 7 dni wobec bazy)"),
    "share_7d": ("share 7 days", "dalis 7 d.", "daļa 7 dienās", "udział 7 dni"),
    "share_base": ("share before", "dalis anksčiau", "daļa iepriekš", "udział wcześniej"),
    "points": ("points", "p. p.", "p. p.", "p. p."),
    "notable": ("Notable incidents", "Svarbūs incidentai", "Nozīmīgi incidenti", "Incydenty szczególne"),
    "notable_note": ("Use of force, humanitarian, military activity, airspace and provocation, oldest first; "
                     "time on the reporting service's clock, position in its national grid (northing easting, m).",
                     "Jėgos panaudojimas, humanitariniai, karinė veikla, oro erdvė ir provokacijos, nuo seniausių; "
                     "laikas pagal pranešančios tarnybos laikrodį, padėtis jos nacionalinėje koordinačių sistemoje "
                     "(šiaurės, rytų koordinatė, m).",
                     "Spēka pielietošana, humanitārie, militārā darbība, gaisa telpa un provokācijas, no vecākā; "
                     "laiks pēc ziņojošā dienesta pulksteņa, atrašanās vieta tā nacionālajā koordinātu sistēmā "
                     "(ziemeļu, austrumu koordināta, m).",
                     "Użycie siły, humanitarne, działalność wojskowa, przestrzeń powietrzna i prowokacje, od "
                     "najstarszych; czas według zegara służby raportującej, położenie w jej krajowym układzie "
                     "współrzędnych (northing easting, m)."),
    "time": ("Time", "Laikas", "Laiks", "Czas"),
    "place": ("Place", "Vieta", "Vieta", "Miejsce"),
    "coordinates": ("Coordinates", "Koordinatės", "Koordinātas", "Współrzędne"),
    "what": ("What", "Kas", "Kas", "Co"),
    "km_from_border": ("{km} km from the border, {side} side", "{km} km nuo sienos, {side} pusėje",
                       "{km} km no robežas, {side} pusē", "{km} km od granicy, strona {side}"),
    "side_EU": ("EU", "ES", "ES", "UE"),
    "side_BY": ("BY", "BY", "BY", "BY"),
    "synthetic": ("SYNTHETIC DEMONSTRATION DATA, NOT REAL INCIDENTS",
                  "SINTETINIAI DEMONSTRACINIAI DUOMENYS, NE TIKRI INCIDENTAI",
                  "SINTĒTISKI DEMONSTRĀCIJAS DATI, NE ĪSTI INCIDENTI",
                  "SYNTETYCZNE DANE DEMONSTRACYJNE, NIE PRAWDZIWE INCYDENTY"),
    "unclassified": ("UNCLASSIFIED", "NEISLAPTINTA", "NEKLASIFICĒTS", "JAWNE"),
    "legend_types": ("Incident types", "Incidentų tipai", "Incidentu veidi", "Rodzaje incydentów"),
    "filter_countries": ("countries {v}", "šalys {v}", "valstis {v}", "kraje {v}"),
    "filter_types": ("types {v}", "tipai {v}", "veidi {v}", "rodzaje {v}"),
    "filter_statuses": ("statuses {v}", "būsenos {v}", "statusi {v}", "statusy {v}"),
    "filter_text": ("text \"{v}\"", "tekstas „{v}“", "teksts “{v}”", "tekst „{v}”"),
    "filter_bbox": ("area {v}", "sritis {v}", "apgabals {v}", "obszar {v}"),
}

_COUNTRIES = {
    "LT": ("Lithuania", "Lietuva", "Lietuva", "Litwa"),
    "LV": ("Latvia", "Latvija", "Latvija", "Łotwa"),
    "PL": ("Poland", "Lenkija", "Polija", "Polska"),
    "BY": ("Belarus", "Baltarusija", "Baltkrievija", "Białoruś"),
}

_TYPES = {
    "apprehension": ("Apprehension", "Sulaikymas", "Aizturēšana", "Zatrzymanie"),
    "prevented_entry": ("Prevented entry", "Neleista atvykti", "Nepieļauta ieceļošana", "Udaremniony wjazd"),
    "return_to_belarus": ("Return to Belarus", "Grąžinimas į Baltarusiją", "Atgriešana uz Baltkrieviju",
                          "Zawrócenie na Białoruś"),
    "smuggling": ("Smuggling", "Kontrabanda", "Kontrabanda", "Przemyt"),
    "trafficking": ("Trafficking", "Prekyba žmonėmis", "Cilvēku tirdzniecība", "Handel ludźmi"),
    "barrier_damage": ("Barrier damage", "Užtvaros pažeidimas", "Žoga bojājums", "Uszkodzenie zapory"),
    "use_of_force": ("Use of force", "Jėgos panaudojimas", "Spēka pielietošana", "Użycie siły"),
    "provocation": ("Provocation", "Provokacija", "Provokācija", "Prowokacja"),
    "military_activity": ("Military activity", "Karinė veikla", "Militārā darbība", "Działalność wojskowa"),
    "airspace": ("Airspace violation", "Oro erdvės pažeidimas", "Gaisa telpas pārkāpums",
                 "Naruszenie przestrzeni powietrznej"),
    "humanitarian": ("Humanitarian", "Humanitarinis", "Humanitārs", "Humanitarny"),
    "other": ("Other", "Kita", "Cits", "Inne"),
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        from ..domain.errors import ValidationError

        raise ValidationError("--lang", lang, f"is not one of: {', '.join(LANGUAGES)}")
    return lang


@lru_cache(maxsize=None)
def _iso3166(lang: str):
    if lang == "en":
        return None
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return None


class Texts:
    """The report's words in one language."""

    def __init__(self, lang: str = "en"):
        self.lang = check_language(lang)
        self._k = LANGUAGES.index(self.lang)

    def __call__(self, key: str, **values) -> str:
        text = _T[key][self._k]
        return text.format(**values) if values else text

    def country(self, code: str) -> str:
        names = _COUNTRIES.get(code)
        return names[self._k] if names else code

    def type(self, code: str) -> str:
        names = _TYPES.get(code)
        return names[self._k] if names else code

    def level(self, value: str) -> str:
        return self(f"level_{value}")

    def trend(self, value: str) -> str:
        return self(f"trend_{value}")

    def side(self, value: str) -> str:
        return self(f"side_{value}") if value in ("EU", "BY") else value

    def nationality(self, code: str) -> str:
        from ..domain.nationality import nationality_name

        name = nationality_name(code)
        catalogue = _iso3166(self.lang)
        return catalogue.gettext(name) if catalogue is not None else name

    def number(self, value: int | float, decimals: int = 0) -> str:
        text = f"{value:,.{decimals}f}"
        if self.lang == "en":
            return text
        return text.replace(",", "\u00a0").replace(".", ",")

    def percent(self, value: float | None) -> str:
        if value is None:
            return self("new")
        text = f"{value:+.0f}%"
        return text if self.lang == "en" else text.replace("%", "\u00a0%")


def type_code_of(label: str, lang: str = "en") -> str | None:
    """The type code whose name in ``lang`` is ``label`` (for readers of a report's text)."""
    k = LANGUAGES.index(check_language(lang))
    for code, names in _TYPES.items():
        if names[k] == label:
            return code
    return None
