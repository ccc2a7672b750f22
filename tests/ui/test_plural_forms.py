"""Counts in the window's words use Qt's plural forms: "1 incident", "3 incidents", and Polish's three forms."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from border_monitor.ui.i18n import install_translators


@pytest.fixture
def speak(qapp):
    loaded: list = []
    previous = QLocale()

    def install(name: str) -> None:
        for translator in loaded:
            qapp.removeTranslator(translator)
        loaded.clear()
        loaded.extend(install_translators(qapp, QLocale(name)))

    yield install
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def count(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, "", n)


def test_english_singular_and_plural(speak):
    speak("en_GB")
    assert count("MainWindow", "%Ln incident(s) in the filter", 1) == "1 incident in the filter"
    assert count("MainWindow", "%Ln incident(s) in the filter", 3) == "3 incidents in the filter"
    assert count("MainWindow", "%Ln incident(s) in the filter", 1234) == "1,234 incidents in the filter"
    assert count("EditController", "Delete %Ln incident(s)", 1) == "Delete 1 incident"
    assert count("FileActions", "%Ln incident(s) lie on the Belarusian side, up to %1 km from the line.", 1) \
        == "1 incident lies on the Belarusian side, up to %1 km from the line."


@pytest.mark.parametrize("n, words", [(1, "1 incydent"), (3, "3 incydenty"), (5, "5 incydentów"),
                                      (22, "22 incydenty"), (12, "12 incydentów")])
def test_polish_has_three_forms(speak, n, words):
    speak("pl_PL")
    assert count("MainWindow", "%Ln incident(s) in the filter", n) == f"{words} w filtrze"


def test_lithuanian_and_latvian_forms(speak):
    speak("pl_PL")
    assert count("RestoreDialog", "%Ln deleted incident(s).", 2) == "2 usunięte incydenty."
    speak("lt_LT")
    assert count("RestoreDialog", "%Ln deleted incident(s).", 21) == "21 ištrintas incidentas."
    assert count("RestoreDialog", "%Ln deleted incident(s).", 15) == "15 ištrintų incidentų."
    speak("lv_LV")
    assert count("RestoreDialog", "%Ln deleted incident(s).", 0) == "0 dzēstu incidentu."
