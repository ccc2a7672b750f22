"""Nationality names in the user's language: "Irakas", "Irāka", "Irak" for IRQ.

The names come from pycountry's translations of ISO 3166-1 (Debian's iso-codes, gettext catalogues for
Lithuanian, Latvian and Polish among many): the country's common name where it has one ("Syria"), else its
official name. The three codes outside ISO 3166-1 the model accepts (stateless, unknown, Kosovo) are our
own messages. English is the model's ``nationality_name``.
"""
from __future__ import annotations

import gettext
import logging
from functools import lru_cache

import pycountry
from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.nationality import EXTRA_CODES, nationality_name, nationality_names
from ..i18n import language_code

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def _catalogue(language: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        log.warning("pycountry has no country names in %s: nationalities are shown in English", language)
        return gettext.NullTranslations()


def _extra(code: str) -> str:
    names = {
        "XXA": QCoreApplication.translate("nationality_texts", "Stateless person"),
        "XXX": QCoreApplication.translate("nationality_texts", "Unknown nationality"),
        "XKX": QCoreApplication.translate("nationality_texts", "Kosovo"),
    }
    return names.get(code, EXTRA_CODES.get(code, code))


def nationality_label(code: str) -> str:
    """The name of the nationality ``code`` (ISO 3166-1 alpha-3) in the language of the default QLocale."""
    if code in EXTRA_CODES:
        return _extra(code)
    language = language_code(QLocale())
    if language == "en":
        return nationality_name(code)
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    catalogue = _catalogue(language)
    known = getattr(catalogue, "_catalog", {})  # gettext answers a missing name with itself: ask what it holds
    for name in (getattr(country, "common_name", None), country.name):
        if name and name in known:
            return catalogue.gettext(name)
    return nationality_name(code)


def nationality_labels() -> dict[str, str]:
    """Every known code -> its name in the user's language."""
    return {code: nationality_label(code) for code in nationality_names()}
