"""The app's language: chosen from --language (the environment variable), the Settings choice
or the system; Qt's own texts, ours and crm's messages switch together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from crm import i18n
from ui.i18n import chosen_language, install_translators, system_language


@pytest.mark.parametrize(("system", "expected"), [
    ("fr_BE", "fr"), ("nl_BE", "nl"), ("nl_NL", "nl"), ("en_GB", "en"), ("de_DE", "en")])
def test_the_system_language_when_the_app_speaks_it(system: str, expected: str) -> None:
    assert system_language(QLocale(system)) == expected


def test_the_environment_variable_wins_over_the_saved_choice(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MISSION_CRM_LANGUAGE", "nl")
    assert chosen_language("fr") == "nl"
    monkeypatch.delenv("MISSION_CRM_LANGUAGE")
    assert chosen_language("fr") == "fr"


def test_french_switches_qt_crm_and_the_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "fr")
    try:
        assert i18n.current_language() == "fr"
        assert QLocale().name() == "fr_BE"
        # Qt's standard buttons come from qtbase_fr.qm.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language("en")
