"""Settings → Language (stored, offered a restart) and --language for one run, for the app and
for the commands that render text; without it the commands stay English."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import main
from crm import i18n
from crm.config import Preferences
from tests.conftest import run_cli
from ui.dialogs import settings
from ui.dialogs.settings import SettingsDialog
from ui.i18n import chosen_language, restart_command


@pytest.fixture(autouse=True)
def no_requested_language():  # type: ignore[no-untyped-def]
    yield
    i18n.request_language(None)
    i18n.set_language("en")


def test_the_languages_are_offered_in_their_own_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    box = dialog.general.language
    assert [box.itemText(n) for n in range(box.count())] == [
        "Follow the system", "English", "Français", "Nederlands"]
    assert box.currentData() == "system"


def _answer_the_restart_question(button_text: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(20, answer)


def test_choosing_french_is_saved_and_offers_a_restart(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    restarts: list[bool] = []
    monkeypatch.setattr(settings, "restart_app", lambda: restarts.append(True))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.general.language.setCurrentIndex(dialog.general.language.findData("fr"))
    seen: list[str] = []
    _answer_the_restart_question("&Restart now", seen)
    dialog.accept()
    assert Preferences.load().language == "fr"
    assert seen == ["Français is used from the next start of the app."]
    assert restarts == [True]


def test_later_restarts_nothing_and_the_same_language_asks_nothing(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    restarts: list[bool] = []
    monkeypatch.setattr(settings, "restart_app", lambda: restarts.append(True))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.general.language.setCurrentIndex(dialog.general.language.findData("nl"))
    seen: list[str] = []
    _answer_the_restart_question("&Later", seen)
    dialog.accept()
    assert Preferences.load().language == "nl" and len(seen) == 1 and restarts == []

    again = SettingsDialog()  # English is on screen: choosing it asks nothing
    qtbot.addWidget(again)
    again.general.language.setCurrentIndex(again.general.language.findData("en"))
    again.accept()
    assert Preferences.load().language == "en" and restarts == []


def test_the_saved_language_is_used_at_the_next_start(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("MISSION_CRM_LANGUAGE")
    assert chosen_language("fr") == "fr"
    i18n.request_language("nl")  # --language nl wins for this run
    assert chosen_language("fr") == "nl"


def test_the_restart_starts_the_same_command_without_its_language() -> None:
    program, arguments = restart_command(
        ["main.py", "--language", "fr", "--db", "/tmp/x.db", "--language=nl"], "/usr/bin/python3")
    assert (program, arguments) == ("/usr/bin/python3", ["main.py", "--db", "/tmp/x.db"])


def test_the_app_takes_language_among_its_options() -> None:
    assert main.app_options(["--language", "fr", "--db", "x.db"]) == {
        "--language": "fr", "--db": "x.db"}
    assert main.app_options(["--language", "de"]) is None  # the parser refuses it


def test_an_unknown_language_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--language", "de", "--screenshot", str(tmp_path / "x.png"),
                     db=tmp_path / "x.db")
    assert result.returncode == 2
    assert "invalid choice: 'de' (choose from 'en', 'fr', 'nl')" in result.stderr


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    pages = pypdf.PdfReader(str(path)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def test_the_report_is_written_in_the_language_asked(demo_db, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    demo_db.close()
    french, english = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    # The machine's or the tests' language is not the report's: only --language is.
    env = {"MISSION_CRM_LANGUAGE": ""}
    assert run_cli("--language", "fr", "report", str(french), db=db_path, env=env).returncode == 0
    assert run_cli("report", str(english), db=db_path, env=env).returncode == 0
    assert "Rapport de mission" in _pdf_text(french)
    assert "Mission report" not in _pdf_text(french)
    assert "Mission report" in _pdf_text(english)


def test_the_commands_stay_english_without_language(db_path) -> None:  # type: ignore[no-untyped-def]
    env = {"MISSION_CRM_LANGUAGE": "", "LANG": "fr_BE.UTF-8", "LC_ALL": "fr_BE.UTF-8"}
    command = ("add", "contact", "--first", "Ann", "--email", "nope")
    english = run_cli(*command, db=db_path, env=env)
    french = run_cli("--language", "fr", *command, db=db_path, env=env)
    assert english.returncode == french.returncode == 2
    assert "'nope' is not a valid email address" in english.stderr
    assert "«\xa0nope\xa0» n'est pas une adresse e-mail valide" in french.stderr
