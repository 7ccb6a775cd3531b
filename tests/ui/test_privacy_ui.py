"""The privacy feature in the app: passphrase prompt, backup/restore, encryption, GDPR erase,
subject-access export and the retention view."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from crm import encryption
from crm.config import Preferences
from crm.db import open_database
from crm.services.contacts import count_contacts, create_contact
from ui.app import open_database_for_ui
from ui.dialogs.passphrase import PassphraseDialog
from ui.dialogs.privacy import RetentionDialog
from ui.features.privacy import BackupSettingsTab

SHOTS = Path(os.environ.get("MISSION_CRM_SHOTS", "")) if os.environ.get(
    "MISSION_CRM_SHOTS") else None
PASSPHRASE = "harbor-cell 2022"


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save a picture of the widget when MISSION_CRM_SHOTS names a folder (to look at)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def save_to(monkeypatch):  # type: ignore[no-untyped-def]
    """Answer the next save dialogs with the given paths."""
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (answers.pop(0), ""))
    return answers


@pytest.fixture
def informed(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def test_passphrase_dialog_for_a_new_database_checks_both_fields(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(tmp_path / "crm.db", "new", problem="no OS keyring is available")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "short")
    dialog.ok_button.click()
    assert dialog.isVisible() and "8" in dialog.message.text()
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, "something else")
    dialog.ok_button.click()
    assert dialog.isVisible() and "differ" in dialog.message.text()
    _shot(dialog, "passphrase-new")
    dialog.confirm.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == PASSPHRASE
    assert "without encryption" in dialog.cancel_button.text()


def _answer_dialogs(monkeypatch, answers: list[str | None]) -> list[str]:  # type: ignore[no-untyped-def]
    """PassphraseDialog.exec answers from ``answers`` (None: cancel); returns the modes asked."""
    modes: list[str] = []

    def exec_(dialog: PassphraseDialog) -> int:
        modes.append(dialog.mode)
        _shot(dialog, f"passphrase-{dialog.mode}")
        text = answers.pop(0)
        if text is None:
            return 0
        dialog.passphrase.setText(text)
        dialog.confirm.setText(text)
        return 1

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    return modes


def test_opening_an_encrypted_database_asks_until_the_passphrase_is_right(
        qtbot, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, PASSPHRASE)
    created = open_database(str(db_path))
    created.write(create_contact, first_name="Secret")
    created.close()
    monkeypatch.delenv(encryption.PASSPHRASE_ENV)
    modes = _answer_dialogs(monkeypatch, ["wrong one", PASSPHRASE])
    db = open_database_for_ui(str(db_path))
    assert modes == ["open", "retry"]
    assert db.is_encrypted and db.read(count_contacts) == 1
    db.close()
    _answer_dialogs(monkeypatch, [None])
    with pytest.raises(encryption.NotADatabaseError, match="wrong key"):
        open_database_for_ui(str(db_path))


def test_a_new_database_without_keyring_is_encrypted_with_the_typed_passphrase(
        qtbot, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(encryption.ALLOW_UNENCRYPTED_ENV)
    modes = _answer_dialogs(monkeypatch, [PASSPHRASE])
    db = open_database_for_ui(str(db_path))
    assert modes == ["new"] and db.is_encrypted
    db.close()
    assert encryption.file_kind(db_path) == "encrypted"
    assert PASSPHRASE.encode() not in db_path.read_bytes()


def test_declining_encryption_warns_that_the_database_is_not_encrypted(
        qtbot, db_path, monkeypatch, warnings) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(encryption.ALLOW_UNENCRYPTED_ENV)
    _answer_dialogs(monkeypatch, [None])
    db = open_database_for_ui(str(db_path))
    assert not db.is_encrypted
    assert any("NOT encrypted" in text for text in warnings)
    db.close()


def test_a_new_database_with_a_keyring_asks_nothing(qtbot, db_path, monkeypatch,
                                                     memory_keyring) -> None:  # type: ignore[no-untyped-def]
    modes = _answer_dialogs(monkeypatch, [])
    db = open_database_for_ui(str(db_path))
    assert modes == [] and db.is_encrypted and db.key.kind == "raw"
    db.close()


def _select_first_contact(qtbot, window) -> tuple:  # type: ignore[no-untyped-def]
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    row = page.model.row_at(0)
    page.select_id(page.model.row_id(row))
    return page.model.row_id(row), f"{row.first_name} {row.last_name}"


def test_erase_asks_first_then_removes_the_person(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or answer[0])
    contact_id, name = _select_first_contact(qtbot, window)
    before = window.db.read(count_contacts)
    window.findChild(type(window.privacy.erase_action), "erase").trigger()
    assert name in asked[0] and "cannot be undone" in asked[0]
    assert window.db.read(count_contacts) == before
    answer[0] = QMessageBox.StandardButton.Yes
    window.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: window.db.read(count_contacts) == before - 1, timeout=15000)
    from crm.services.privacy import subject_access

    with pytest.raises(encryption.NotADatabaseError.__mro__[1]):  # UserError: not found
        window.db.read(subject_access, contact_id)


def test_subject_access_export_from_the_menu(qtbot, window, save_to, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _contact_id, name = _select_first_contact(qtbot, window)
    target = tmp_path / "person.txt"
    save_to.append(str(target))
    window.privacy.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert f"Personal data held about {name}" in target.read_text(encoding="utf-8")


def test_retention_view_lists_old_contacts_and_erases_them(qtbot, empty_window,
                                                           answer_yes) -> None:  # type: ignore[no-untyped-def]
    db = empty_window.db
    with time_machine.travel(datetime(2020, 3, 1, tzinfo=UTC), tick=False):
        old = db.write(create_contact, first_name="Ancient", last_name="Lead",
                       lawful_basis="consent")
    db.write(create_contact, first_name="Fresh", last_name="Lead")
    dialog = empty_window.privacy.show_retention()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == "Ancient Lead"
    assert not dialog.erase_button.isEnabled()
    dialog.table.selectRow(0)
    _shot(dialog, "retention")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert "Ancient Lead" in answer_yes[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=15000)
    assert db.read(count_contacts) == 1
    assert old.id not in [r.id for r in dialog.rows]


def test_backup_then_restore_from_the_menu(qtbot, empty_window, save_to, answer_yes,
                                           tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = empty_window.db
    db.write(create_contact, first_name="Before")
    target = tmp_path / "saved.db"
    save_to.append(str(target))
    empty_window.privacy.backup_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    db.write(create_contact, first_name="After")
    empty_window.privacy.restore_from(target)
    # What the user waits for: the status bar saying the restore is done. (Reading while the
    # file is being swapped can meet "database is locked"; the app shows a progress dialog.)
    qtbot.waitUntil(lambda: "Restored from saved.db" in empty_window.statusBar().currentMessage(),
                    timeout=15000)
    assert db.read(count_contacts) == 1
    assert "Replace the current database" in answer_yes[0]


def test_encrypt_from_the_menu_then_save_the_recovery_key(
        qtbot, empty_window, save_to, answer_yes, informed, memory_keyring,
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = empty_window.db
    db.write(create_contact, first_name="Kept")
    empty_window.privacy.update_actions()
    assert not empty_window.privacy.recovery_action.isEnabled()
    recovery = tmp_path / "recovery.txt"
    save_to.append(str(recovery))
    empty_window.privacy.encrypt_action.trigger()
    qtbot.waitUntil(recovery.exists, timeout=20000)
    assert encryption.file_kind(db.path) == "encrypted" and db.is_encrypted
    assert db.read(count_contacts) == 1  # the open window goes on with the new key
    assert db.key.value in recovery.read_text()
    assert empty_window.privacy.recovery_action.isEnabled()
    assert "Change" in empty_window.privacy.encrypt_action.text()


def test_backups_settings_tab_saves_the_number_kept(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    tab = BackupSettingsTab(empty_window)
    qtbot.addWidget(tab)
    tab.keep.setValue(3)
    tab.apply()
    assert Preferences.load().backups_to_keep == 3
    _shot(tab, "settings-backups")


def test_retention_dialog_alone(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    dialog = RetentionDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.count.text() != "")
    assert dialog.table.rowCount() == 0
    assert not dialog.export_button.isEnabled()


def test_storage_errors_are_explained_in_the_app() -> None:
    import errno

    from sqlalchemy.exc import OperationalError

    from crm.encryption import sqlcipher
    from ui.operations import error_text

    locked = OperationalError("INSERT", {}, sqlcipher.OperationalError("database is locked"))
    assert "another Mission CRM window or command" in error_text(locked)
    full = OSError(errno.ENOSPC, "No space left on device", "/backups/crm.db")
    assert "disk is full" in error_text(full)
