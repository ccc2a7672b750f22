"""Column headers as LT, LV, PL (and English) spreadsheets name them, with their common abbreviations.

A header is compared folded (``domain.text_fold.fold``: no case, no diacritics) and normalised
(``columns.normalise_header``: spaces, dots, hyphens and brackets as ``_``), so "Asm. sk.", "ASM SK" and
"asm_sk" are one header, and "Pilietybė" matches "pilietybe". A header with a bracketed note
("Ilguma (WGS84)", "X (LKS-94)") is tried whole, then without the note. The words are the ones the
services' own tables use; where a word is both a date and a time column ("data" is a date in LT and PL),
it is listed under the field it names when it stands alone.
"""
from __future__ import annotations

#: field -> header words in LT, LV, PL, EN (written naturally; normalised when the table is built). A running
#: number ("Nr.", "Eil. nr.", "Lp.") is no incident id: it is left out (and listed as not imported).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "occurred_at": (
        # whole date and time
        "date and time", "date time", "data ir laikas", "įvykio data ir laikas", "datums un laiks",
        "datums un laiks", "notikuma datums un laiks", "data i godzina", "data i czas", "data i godz.",
        "data zdarzenia i godzina", "data godzina",
        # the day (a time column beside it gives the time of day)
        "data", "įvykio data", "datums", "notikuma datums", "incidenta datums", "data zdarzenia", "dzień",
        "diena", "day", "dat.",
    ),
    "occurred_time": ("laikas", "įvykio laikas", "laiks", "notikuma laiks", "godzina", "godz.", "czas",
                      "czas zdarzenia", "val.", "laikas val.", "time of day", "hour"),
    "country": ("šalis", "valstybė", "tarnybos šalis", "valsts", "ziņotāja valsts", "kraj", "państwo",
                "kraj zgłaszający", "service country", "reporting service"),
    "type": ("tipas", "įvykio tipas", "įvykio rūšis", "rūšis", "įvykis", "veids", "notikuma veids",
             "incidenta veids", "tips", "notikums", "typ", "rodzaj", "rodzaj zdarzenia", "typ zdarzenia",
             "zdarzenie", "kategoria", "kategorija", "incident", "event type"),
    "persons": ("asmenų skaičius", "asmenų sk.", "asmenys", "asm. sk.", "asm sk", "asm.", "skaičius",
                "žmonių skaičius", "personu skaits", "personas", "pers. sk.", "pers. skaits", "skaits",
                "cilvēku skaits", "liczba osób", "osoby", "l. osób", "l. os.", "liczba os.", "il. osób",
                "ilość osób", "liczba", "number of people", "count", "pax"),
    "nationalities": ("pilietybė", "pilietybės", "piliet.", "tautybė", "pilsonība", "valstspiederība",
                      "pils.", "obywatelstwo", "obywatelstwa", "obyw.", "narodowość", "citizenship"),
    "lat": ("platuma", "plat.", "geografinė platuma", "platums", "ģeogrāfiskais platums", "ģeogr. platums",
            "szerokość", "szerokość geograficzna", "szer. geogr.", "szer.", "lat.", "phi", "wgs84 lat",
            "lat wgs84"),
    "lon": ("ilguma", "ilg.", "geografinė ilguma", "garums", "ģeogrāfiskais garums", "ģeogr. garums",
            "długość", "długość geograficzna", "dł. geogr.", "dł.", "lon.", "long.", "lambda", "wgs84 lon",
            "lon wgs84"),
    "x": ("x", "x koordinatė", "koordinatė x", "x koord.", "x koordināta", "koordināta x", "współrzędna x",
          "wsp. x", "wsp x"),
    "y": ("y", "y koordinatė", "koordinatė y", "y koord.", "y koordināta", "koordināta y", "współrzędna y",
          "wsp. y", "wsp y"),
    "northing": ("northing", "north", "šiaurinė koordinatė", "ziemeļu koordināta", "współrzędna północna"),
    "easting": ("easting", "east", "rytinė koordinatė", "austrumu koordināta", "współrzędna wschodnia"),
    "mgrs": ("mgrs", "mgrs koordinatės", "mgrs koordinatė", "mgrs koordinātas", "współrzędne mgrs", "mgrs ref",
             "grid ref", "grid reference", "kvadratas mgrs"),
    "description": ("aprašymas", "apibūdinimas", "aprašas", "pastabos", "komentaras", "įvykio aprašymas",
                    "apraksts", "piezīmes", "komentārs", "notikuma apraksts", "opis", "uwagi", "komentarz",
                    "opis zdarzenia", "comment", "comments", "remarks"),
    "source": ("šaltinis", "pranešėjas", "padalinys", "užkarda", "avots", "ziņotājs", "struktūrvienība",
               "źródło", "zgłaszający", "jednostka", "placówka", "placówka sg", "unit", "reported by unit"),
    "status": ("būsena", "statusas", "būklė", "statuss", "stāvoklis", "stan", "status zdarzenia"),
}

#: Headers that hold the whole moment (a time column beside them is not a time of day).
WHOLE_MOMENT_WORDS = ("occurred_at", "occurred", "datetime", "date_time", "timestamp", "when", "begin",
                      "date and time", "date time", "data ir laikas", "įvykio data ir laikas", "datums un laiks",
                      "notikuma datums un laiks", "data i godzina", "data i czas", "data i godz.",
                      "data zdarzenia i godzina", "data godzina")
#: Headers that hold the day only.
DATE_WORDS = ("date", "data", "įvykio data", "datums", "notikuma datums", "incidenta datums", "data zdarzenia",
              "dzień", "diena", "day", "dat.")
#: Headers that hold a time of day beside a day column (English "time" alone is a whole moment, as in GPX).
TIME_WORDS = ("time",) + HEADER_WORDS["occurred_time"]

#: What ``--columns`` and the import dialog call the fields, beside the model's own names.
FIELD_NAMES: dict[str, str] = {
    "id": "id", "date": "occurred_at", "datetime": "occurred_at", "occurred_at": "occurred_at",
    "when": "occurred_at", "time": "occurred_time", "occurred_time": "occurred_time", "country": "country",
    "type": "type", "persons": "persons", "people": "persons", "nationality": "nationalities",
    "nationalities": "nationalities", "lat": "lat", "latitude": "lat", "lon": "lon", "longitude": "lon",
    "x": "x", "y": "y", "northing": "northing", "easting": "easting", "mgrs": "mgrs",
    "description": "description", "source": "source", "status": "status",
}
