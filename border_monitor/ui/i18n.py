"""Translations: load the compiled .qm files matching the user's locale.

The English strings in the code are the source; ``resources/translations/border_monitor_<lang>.ts``
hold the Lithuanian, Latvian and Polish translations (``pyside6-lupdate`` writes them,
``pyside6-lrelease`` compiles them to .qm). Qt's own strings (dialog buttons) come from the
``qtbase_<lang>.qm`` files shipped with PySide6.

Counts use Qt's plural forms (``self.tr("%Ln incident(s)", "", n)``): each catalogue gives the forms of
its language (lt, lv and pl have three), and ``border_monitor_en.ts`` holds only those messages
(``lupdate -pluralonly``) with the English singular and plural, so that English says "1 incident" and
"3 incidents". It is installed first, under every other catalogue, so a message another language has not
translated yet still reads as English.

The language is chosen in View > Language (``ui.actions.language``) and kept in the settings
(``view/language``); ``BORDER_MONITOR_LOCALE`` overrides it, and with neither the system's locale decides.
``install_translators`` replaces the catalogues it installed before, so a switch while the window is open
leaves one language installed (``ui.retranslate`` then rewrites the texts on screen).

Regenerate with ``python -m border_monitor.ui.i18n`` (runs lupdate then lrelease).
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..assets import resource_path

log = logging.getLogger(__name__)

CATALOG = "border_monitor"
LANGUAGES = ("lt", "lv", "pl")
PLURALS = "en"  # the source language's own catalogue: its plural forms only
# Qt ships qtbase_lv.qm and qtbase_pl.qm but for Lithuanian only the older qt_lt.qm, without the standard
# dialog buttons (context QPlatformTheme: OK, Cancel, Save...): qtbase_extra_lt.ts holds those, by hand.
QT_EXTRA = "qtbase_extra"
LOCALE_ENV = "BORDER_MONITOR_LOCALE"  # e.g. "pl_PL" overrides the settings and the system locale
LANGUAGE_SETTING = "view/language"  # "en", "lt", "lv" or "pl"; empty: the system's locale
# The languages of View > Language, each named in itself, and the locale each means when the system's
# locale is of another language (the system's own country is kept when the language is the system's).
LANGUAGE_NAMES = {"en": "English", "lt": "Lietuvių", "lv": "Latviešu", "pl": "Polski"}
LANGUAGE_LOCALES = {"en": "en_GB", "lt": "lt_LT", "lv": "lv_LV", "pl": "pl_PL"}
_installed: list[QTranslator] = []  # what install_translators put in the application last


def translations_dir() -> Path:
    return resource_path("translations")


def language_code(locale: QLocale) -> str:
    """The View > Language entry of ``locale``: "lt", "lv", "pl", or "en" for any other language."""
    code = locale.name().split("_")[0]
    return code if code in LANGUAGE_NAMES else "en"


def locale_for(language: str) -> QLocale:
    """The locale View > Language means by ``language`` ("en", "lt", "lv", "pl")."""
    if language not in LANGUAGE_NAMES:
        raise ValueError(f"{language!r} is not one of the languages {', '.join(LANGUAGE_NAMES)}")
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(LANGUAGE_LOCALES[language])


def chosen_locale(settings=None) -> QLocale:
    """``BORDER_MONITOR_LOCALE``, else the language saved in ``settings`` (a QSettings), else the system's."""
    override = os.environ.get(LOCALE_ENV)
    if override:
        return QLocale(override)
    saved = str(settings.value(LANGUAGE_SETTING, "") or "") if settings is not None else ""
    if saved in LANGUAGE_NAMES:
        return locale_for(saved)
    return QLocale.system()


def remove_translators(app: QCoreApplication) -> None:
    """Remove the catalogues ``install_translators`` installed: the code's own English strings again."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install our catalogue and Qt's for ``locale`` (default: the system's); returns those loaded.

    Also makes ``locale`` the default QLocale, so dates and numbers follow it. The catalogues an earlier
    call installed are removed first.
    """
    locale = locale or chosen_locale()
    remove_translators(app)
    QLocale.setDefault(locale)
    loaded = _installed
    plurals = QTranslator(app)
    if plurals.load(f"{CATALOG}_{PLURALS}.qm", str(translations_dir())):
        app.installTranslator(plurals)  # first: the locale's catalogue, installed after, is asked first
        loaded.append(plurals)
    else:
        log.warning("no English plural forms in %s: counts read 'incident(s)'", translations_dir())
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return list(loaded)  # the code's strings are English; Qt's own dialogs are too
    sources = (
        (CATALOG, str(translations_dir())),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (QT_EXTRA, str(translations_dir())),  # Qt's standard buttons where Qt ships no qtbase catalogue (lt)
    )
    for name, folder in sources:
        translator = QTranslator(app)
        # Qt ships no qtbase_lt.qm, only the older qt_lt.qm that holds the same strings (Cancel, &Delete...)
        if translator.load(locale, name, "_", folder, ".qm") or (
                name == "qtbase" and translator.load(locale, "qt", "_", folder, ".qm")):
            app.installTranslator(translator)
            loaded.append(translator)
            log.info("loaded translation %s", translator.filePath())
        else:
            log.debug("no %s translation for %s in %s", name, locale.name(), folder)
    return list(loaded)


def source_files() -> list[Path]:
    """The Python files whose strings are translated (everything under ui/ and the CLI GUI parts)."""
    ui = Path(__file__).resolve().parent
    return sorted(p for p in ui.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} is not installed (it comes with PySide6)")
    return found


def run_lupdate(ts: Path, language: str, plural_only: bool = False) -> None:
    """Collect the translatable strings of ``source_files()`` into ``ts`` (created, or updated keeping its
    translations; strings no longer in the code are dropped). ``plural_only``: only messages with a count."""
    subprocess.run([_tool("pyside6-lupdate"), *(str(p) for p in source_files()), "-ts", str(ts), "-no-obsolete",
                    "-silent", *(["-pluralonly"] if plural_only else []), "-source-language", "en",
                    "-target-language", language], check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile the catalogue ``ts`` into the binary ``qm`` that ``install_translators`` loads."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update_catalogues() -> None:
    """Run pyside6-lupdate over the sources into each .ts, then pyside6-lrelease into .qm."""
    folder = translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for lang in (*LANGUAGES, PLURALS):
        ts = folder / f"{CATALOG}_{lang}.ts"
        run_lupdate(ts, lang, plural_only=lang == PLURALS)
        run_lrelease(ts, ts.with_suffix(".qm"))
        log.info("updated %s and %s", ts, ts.with_suffix(".qm").name)
    for ts in sorted(folder.glob(f"{QT_EXTRA}_*.ts")):  # written by hand: compiled, never lupdated
        run_lrelease(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":  # pragma: no cover - developer tool
    logging.basicConfig(level=logging.INFO)
    update_catalogues()
