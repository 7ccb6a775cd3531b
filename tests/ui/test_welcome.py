"""The first run's welcome dialog: one dialog, what it saves, and how each way to begin
starts the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crm.config import Preferences
from ui.dialogs.welcome import (
    EMPTY,
    SAMPLE,
    TEAM,
    FirstRun,
    WelcomeDialog,
    begin,
    first_run_facts,
)


@pytest.fixture
def new_db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "mission-crm.db"


def dialog(qtbot, path: Path, problem: str | None = None) -> WelcomeDialog:  # type: ignore[no-untyped-def]
    welcome = WelcomeDialog(FirstRun(path, problem))
    qtbot.addWidget(welcome)
    welcome.show()
    return welcome


def label(welcome: WelcomeDialog, name: str) -> str:
    return welcome.findChild(QLabel, name).text()


def test_first_run_only_while_no_database_exists(tmp_path: Path) -> None:
    target = tmp_path / "crm.db"
    facts = first_run_facts(str(target))
    assert facts is not None and facts.path == target
    assert facts.keyring_problem  # the tests' keyring keeps nothing
    target.write_bytes(b"")
    assert first_run_facts(str(target)) is None
    assert first_run_facts("postgresql://alice@db.example.org/delegation") is None


def test_answers_are_saved_and_not_asked_again(qtbot, new_db: Path) -> None:  # type: ignore[no-untyped-def]
    welcome = dialog(qtbot, new_db, "no OS keyring is available")
    assert label(welcome, "location") == str(new_db)
    welcome.owner.setText("Léa Martin")  # keyClicks types ASCII only
    welcome.language.setCurrentIndex(welcome.language.findData("fr"))
    welcome.region.clear()
    qtbot.keyClicks(welcome.region, "us")
    qtbot.keyClicks(welcome.passphrase, "a long passphrase")
    qtbot.keyClicks(welcome.confirm, "a long passphrase")
    welcome.select_start(SAMPLE)
    qtbot.mouseClick(welcome.ok_button, Qt.MouseButton.LeftButton)
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted
    assert welcome.choice().start == SAMPLE
    assert welcome.choice().passphrase == "a long passphrase"
    saved = Preferences.load()
    assert (saved.owner_name, saved.language, saved.default_region) == ("Léa Martin", "fr", "US")


def test_plain_words_about_encryption(qtbot, new_db: Path) -> None:  # type: ignore[no-untyped-def]
    secure = dialog(qtbot, new_db)
    assert "encrypted" in label(secure, "encryption")
    assert not secure.passphrase.isVisible()
    without = dialog(qtbot, new_db, "no OS keyring is available")
    assert "no password store" in label(without, "encryption")
    assert "unencrypted" in label(without, "encryption")
    assert without.passphrase.isVisible()
    advice = label(without, "keyring-advice")
    assert "gnome-keyring" in advice and "Encrypt Database" in advice


def test_mistakes_are_named_and_keep_the_dialog_open(qtbot, new_db: Path) -> None:  # type: ignore[no-untyped-def]
    welcome = dialog(qtbot, new_db, "no OS keyring is available")
    welcome.region.setText("12")
    welcome.accept()
    assert welcome.isVisible() and "region" in label(welcome, "error")
    welcome.region.setText("BE")
    welcome.passphrase.setText("long enough")
    welcome.confirm.setText("long enougH")
    welcome.accept()
    assert welcome.isVisible() and "differ" in label(welcome, "error")
    welcome.passphrase.clear()
    welcome.confirm.clear()
    welcome.select_start(TEAM)
    assert welcome.server.isEnabled()
    welcome.server.setText("not a server")
    welcome.accept()
    assert welcome.isVisible() and "Team server" in label(welcome, "error")
    welcome.server.setText("postgresql://alice@db.example.org/delegation")
    welcome.accept()
    assert not welcome.isVisible()
    assert welcome.choice().start == TEAM and welcome.choice().passphrase is None
    assert Preferences.load().team_server == "postgresql://alice@db.example.org/delegation"


def test_closing_it_starts_empty(qtbot, new_db: Path) -> None:  # type: ignore[no-untyped-def]
    welcome = dialog(qtbot, new_db)
    welcome.reject()
    assert welcome.choice().start == EMPTY


def test_sample_mission_start_loads_it(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import ContactFilter, count_contacts
    from ui.dialogs.welcome import WelcomeChoice

    begin(empty_window, WelcomeChoice(SAMPLE, None, ""))
    qtbot.waitUntil(lambda: empty_window.db.read(count_contacts, ContactFilter()) == 40,
                    timeout=20000)


def test_team_server_start_opens_sync(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.welcome import WelcomeChoice
    from ui.features.sync import SyncDialog

    Preferences(team_server="postgresql://alice@db.example.org/delegation").save()
    begin(empty_window, WelcomeChoice(TEAM, None, "postgresql://alice@db.example.org/x"))
    dialogs = [w for w in empty_window.findChildren(SyncDialog) if w.isVisible()]
    assert dialogs and dialogs[0].server.text().startswith("postgresql://alice@")


def test_the_app_asks_once_then_opens(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """run_app with no --db on a first run shows the dialog once; the database then exists."""
    import ui.app
    from ui.main_window import MainWindow

    shown: list[WelcomeDialog] = []

    def answer(self: WelcomeDialog) -> int:
        shown.append(self)
        self.owner.setText("Léa")
        self.accept()
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert ui.app.welcome(window) is not None and len(shown) == 1
    db = ui.app.open_database_for_ui(None, window, welcomed=shown[0].choice())
    db.close()
    assert ui.app.welcome(window) is None and len(shown) == 1
    assert Preferences.load().owner_name == "Léa"
