"""Nationalities as LT, LV and PL spreadsheets write them: "Irakas 5, Sirija 2", "Irāka (3)", "Irak: 4" -> IRQ...

The names of every country in English, Lithuanian, Latvian and Polish come from pycountry's ISO 3166-1
catalogues (its gettext translations: "Irakas", "Irāka", "Irak"; the short, official and common names), and
the words for a person of the nationalities met most at the Belarus border (demonyms: "irakietis",
"irākietis", "Irakijczyk", "Iraqi"...) from the table below. Names are compared folded (``text_fold.fold``).

``nationalities_text(cell)`` rewrites one cell as the model's ``IRQ:5,SYR:2``; a part it cannot name is
kept as written, so that validation names it ("is not an ISO 3166-1 alpha-3 country code").
"""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from .nationality import EXTRA_CODES, nationality_names
from .value_words import word_key

LANGUAGES = ("lt", "lv", "pl")

# Words for a person (singular, plural, adjective) of the nationalities most met at the border, in EN, LT, LV, PL.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "IRQ": ("iraqi", "iraqis", "irakietis", "irakiečiai", "irākietis", "irākieši", "irakijczyk", "irakijczycy",
            "iracki", "iracka", "kurd (iraq)"),
    "SYR": ("syrian", "syrians", "sirietis", "siriečiai", "sīrietis", "sīrieši", "syryjczyk", "syryjczycy",
            "syryjski", "sirija", "syria"),
    "AFG": ("afghan", "afghans", "afganas", "afganai", "afgānis", "afgāņi", "afgańczyk", "afgańczycy", "afgański"),
    "IRN": ("iranian", "iranians", "iranas", "iranietis", "iraniečiai", "irānietis", "irānieši", "irańczyk",
            "irańczycy", "irański", "iran"),
    "YEM": ("yemeni", "jemenietis", "jemeniečiai", "jemenietis", "jemenieši", "jemeńczyk", "jemeńczycy"),
    "CMR": ("cameroonian", "kamerūnietis", "kamerūniečiai", "kamerūnietis", "kamerūnieši", "kameruńczyk",
            "kameruńczycy"),
    "COD": ("congolese", "dr congo", "drc", "kongo dr", "kongo dr.", "dr kongo", "kongas", "kongietis",
            "kongijczyk", "kongijczycy", "demokratyczna republika konga"),
    "COG": ("kongo respublika", "republika konga"),
    "TUR": ("turkish", "turk", "turkas", "turkai", "turks", "turki", "turek", "turcy", "turkey", "turcija"),
    "RUS": ("russian", "russia", "rusas", "rusai", "rusija", "krievs", "krievi", "krievija", "rosjanin",
            "rosjanie", "rosja"),
    "BLR": ("belarusian", "belarusians", "baltarusis", "baltarusiai", "baltkrievs", "baltkrievi", "białorusin",
            "białorusini"),
    "UKR": ("ukrainian", "ukrainietis", "ukrainiečiai", "ukrainis", "ukraiņi", "ukrainiec", "ukraińcy"),
    "IND": ("indian", "indas", "indai", "indietis", "indieši", "hindus", "hindusi"),
    "LKA": ("sri lankan", "šrilankietis", "šrilankietis", "lankijczyk"),
    "PAK": ("pakistani", "pakistanietis", "pakistānietis", "pakistańczyk", "pakistańczycy"),
    "SOM": ("somali", "somalis", "somalietis", "somālietis", "somalijczyk", "somalijczycy"),
    "ERI": ("eritrean", "eritrėjietis", "eritrejietis", "erytrejczyk", "erytrejczycy"),
    "ETH": ("ethiopian", "etiopas", "etiopietis", "etiopijczyk", "etiopczyk"),
    "EGY": ("egyptian", "egiptietis", "ēģiptietis", "egipcjanin", "egipcjanie"),
    "CUB": ("cuban", "kubietis", "kubieši", "kubańczyk", "kubańczycy"),
    "NGA": ("nigerian", "nigerietis", "nigērietis", "nigeryjczyk", "nigeryjczycy"),
    "SDN": ("sudanese", "sudanietis", "sudānietis", "sudańczyk", "sudańczycy"),
    "LBN": ("lebanese", "libanietis", "libānietis", "libańczyk"),
    "MAR": ("moroccan", "marokietis", "marokānis", "marokańczyk"),
    "GIN": ("guinean", "gvinėjietis", "gvinejietis", "gwinejczyk"),
    "VNM": ("vietnamese", "vietnamietis", "vjetnamietis", "wietnamczyk", "wietnamczycy"),
    "TJK": ("tajik", "tadžikas", "tadžiks", "tadżyk"),
    "UZB": ("uzbek", "uzbekas", "uzbeks", "uzbek"),
    "XXA": ("stateless", "be pilietybės", "asmuo be pilietybės", "bezvalstnieks", "bezpaństwowiec",
            "bez obywatelstwa"),
    "XXX": ("unknown", "nežinoma", "nenustatyta", "nezināma", "nezināms", "nieznane", "nieustalone",
            "nieznana"),
}

_PART = re.compile(
    r"^\s*(?:(?P<lead>\d+)\s*[x×]?\s+)?(?P<name>.*?)\s*(?:[:=]\s*(?P<colon>\d+)|\(\s*(?P<paren>\d+)\s*\)|\s+(?P<tail>\d+))?\s*$"
)
_SEPARATORS = re.compile(r"[,;/+\n]")


@lru_cache(maxsize=1)
def nationality_table() -> dict[str, str]:
    """Folded name -> alpha-3 code: codes, English, Lithuanian, Latvian and Polish names, demonyms."""
    table: dict[str, str] = {}
    for code in nationality_names():
        table.setdefault(word_key(code), code)
    catalogues = [gettext.NullTranslations()]
    for language in LANGUAGES:
        try:
            catalogues.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:  # a pycountry without that catalogue: the demonyms and English names still work
            continue
    for country in pycountry.countries:
        names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
        for catalogue in catalogues:
            for name in filter(None, names):
                translated = catalogue.gettext(name)
                table.setdefault(word_key(translated), country.alpha_3)
                # "Kongo, Demokratyczna Republika Konga", "Iran, Islamska Republika": the part before the comma
                head = translated.split(",")[0]
                if head != translated:
                    table.setdefault(word_key(head), country.alpha_3)
    for code, name in EXTRA_CODES.items():
        table.setdefault(word_key(name), code)
    for code, words in DEMONYMS.items():
        for word in words:
            table.setdefault(word_key(word), code)
    return table


def nationality_code(name: str) -> str | None:
    """The alpha-3 code a name (in any of the four languages) or a code stands for; None when unknown."""
    return nationality_table().get(word_key(name))


def nationalities_text(cell: object) -> str:
    """One cell of a nationalities column as the model writes it (``IRQ:5,SYR``); unknown names kept as written."""
    text = "" if cell is None else str(cell).strip()
    if not text:
        return ""
    whole = nationality_code(text)  # "Kongo, Demokratyczna Republika Konga" holds a comma
    if whole is not None:
        return whole
    out = []
    for part in _SEPARATORS.split(text):
        if not part.strip():
            continue
        match = _PART.match(part)
        name = match.group("name") if match else part.strip()
        count = next((match.group(g) for g in ("colon", "paren", "tail", "lead") if match and match.group(g)), None)
        code = nationality_code(name) if name else None
        if code is None:
            out.append(part.strip())
        else:
            out.append(code if count is None else f"{code}:{int(count)}")
    return ",".join(out)
