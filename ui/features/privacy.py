"""Security and privacy in the app: backup and restore, encryption key, GDPR erasure,
subject-access export, the retention view, and the number of backups kept (Settings)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm import encryption, secrets
from crm.config import Preferences
from crm.db import migrate
from crm.encryption import Key
from crm.errors import UserError
from crm.services import backup, keys, privacy
from ui.dialogs.passphrase import PassphraseDialog
from ui.dialogs.privacy import RetentionDialog
from ui.dialogs.settings import register_settings_tab
from ui.operations import Operation, show_error

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PrivacyFeature(QObject):
    """The actions, installed in the File and Tools menus."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        file_menu, tools = window.menu("File"), window.menu("Tools")
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back Up Database…"),
                                          "backup", self.back_up)
        self.restore_action = self._action(file_menu, self.tr("Res&tore from Backup…"),
                                           "restore", self.restore)
        self.encrypt_action = self._action(file_menu, self.tr("E&ncrypt Database…"),
                                           "encrypt", self.change_key)
        self.recovery_action = self._action(file_menu, self.tr("Save Recovery &Key…"),
                                            "recovery-key", self.save_recovery_key)
        tools.addSeparator()
        self.export_action = self._action(tools, self.tr("E&xport Personal Data (GDPR)…"),
                                          "subject-access", self.export_selected)
        self.erase_action = self._action(tools, self.tr("Erase Contact &Permanently (GDPR)…"),
                                         "erase", self.erase_selected)
        self.retention_action = self._action(tools, self.tr("Contacts &Untouched for a While…"),
                                             "retention", self.show_retention)
        file_menu.aboutToShow.connect(self.update_actions)
        tools.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def _action(self, menu, text: str, name: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    @property
    def db_path(self) -> Path | None:
        return self.window.db.path

    def update_actions(self) -> None:
        """Enable what applies to this database (a file; encrypted or not)."""
        is_file = self.db_path is not None
        key = self.window.db.key
        for action in (self.backup_action, self.restore_action, self.encrypt_action):
            action.setEnabled(is_file)
        self.encrypt_action.setText(self.tr("Change E&ncryption Key…") if key is not None
                                    else self.tr("E&ncrypt Database…"))
        self.recovery_action.setEnabled(is_file and key is not None and key.kind == "raw")

    # --- backup and restore --------------------------------------------------------------

    def back_up(self) -> None:
        path = self.db_path
        if path is None:
            return
        suggested = path.with_name(f"{path.stem}-{date.today().isoformat()}.db")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the database to"), str(suggested),
            self.tr("Mission CRM database (*.db)"))
        if not chosen:
            return
        db = self.window.db
        Operation(self.window, lambda: backup.backup_to(path, db.key, Path(chosen)),
                  label=self.tr("Backing up…")).success(
            lambda target: self.window.status_message(
                self.tr("Backed up to {file}").format(file=target))).run()

    def restore(self) -> None:
        path = self.db_path
        if path is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore the database from"), str(backup.backups_dir(path)),
            self.tr("Mission CRM database (*.db);;All files (*)"))
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, source: Path) -> None:
        """Check ``source``, ask, then replace the database with it."""
        db = self.window.db
        try:
            source_key = Operation(self.window, lambda: backup.check_backup_file(
                source, db.key), label=self.tr("Checking the backup…")).wait()
        except UserError as exc:
            show_error(self.window, exc)
            return
        answer = QMessageBox.question(
            self.window, self.tr("Restore"),
            self.tr("Replace the current database with {file}?\n\nThe current database is "
                    "kept in the backups folder first.").format(file=source.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.db_path
        assert path is not None

        def swap() -> Path | None:
            with db.exclusive():  # reads from timers and pages wait for the new file
                db.engine.dispose()
                aside = backup.restore_from(path, db.key, source, source_key)
                db.use_key(source_key)
                migrate(db)  # a backup made by an older version
            return aside

        Operation(self.window, swap, changes={"all"}, label=self.tr("Restoring…")).success(
            lambda aside: self.window.status_message(
                self.tr("Restored from {file}; the replaced database is kept as {aside}")
                .format(file=source.name, aside=aside.name if aside else "-"), 15000)).run()

    # --- encryption ----------------------------------------------------------------------

    def _new_key(self) -> Key | None:
        """A random key for the keyring, else a passphrase the user chooses (None: cancelled)."""
        if secrets.is_secure_keyring():
            return encryption.new_random_key()
        path = self.db_path
        assert path is not None
        dialog = PassphraseDialog(path, "change", self.window)
        return encryption.key_from_text(dialog.value(), "prompt") if dialog.exec() else None

    def change_key(self) -> None:
        """Encrypt a plain database, or re-encrypt an encrypted one with a new key."""
        path, db = self.db_path, self.window.db
        if path is None:
            return
        if db.key is None:
            question = self.tr("Encrypt {name}? Its automatic backups are encrypted too; the "
                               "unencrypted ones are overwritten and deleted.")
        else:
            question = self.tr("Re-encrypt {name} and its automatic backups with a new key? "
                               "A recovery key saved before stops working.")
        answer = QMessageBox.question(self.window, self.tr("Encryption"),
                                      question.format(name=path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        new = self._new_key()
        if new is None:
            return

        def rekey() -> keys.Rekeyed:
            with db.exclusive():  # no read meets the file half re-encrypted
                db.engine.dispose()
                outcome = keys.change_key(path, db.key, new)
                db.use_key(new)
            return outcome

        Operation(self.window, rekey, label=self.tr("Encrypting…")).success(
            self._rekeyed).run()

    def _rekeyed(self, outcome: keys.Rekeyed) -> None:
        self.update_actions()
        if not outcome.in_keyring:
            QMessageBox.information(self.window, self.tr("Encryption"), self.tr(
                "The database is encrypted with your passphrase. Keep it safe: without it "
                "the database cannot be opened."))
            return
        answer = QMessageBox.question(self.window, self.tr("Encryption"), self.tr(
            "The database is encrypted; its key is kept by the system keyring. Save a recovery "
            "key now? Without it, a new laptop or a reset keyring means the data is lost."))
        if answer == QMessageBox.StandardButton.Yes:
            self.save_recovery_key()

    def save_recovery_key(self) -> None:
        path, key = self.db_path, self.window.db.key
        if path is None or key is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the recovery key to"),
            str(Path.home() / f"{path.stem}-recovery-key.txt"), self.tr("Text (*.txt)"))
        if not chosen:
            return
        try:
            target = keys.save_recovery_key(path, key, Path(chosen))
        except UserError as exc:
            show_error(self.window, exc)
            return
        QMessageBox.information(self.window, self.tr("Recovery key"), self.tr(
            "The recovery key is in {file}. Keep it away from this laptop: on a USB key in a "
            "drawer, or in a password manager.").format(file=target))

    # --- GDPR ----------------------------------------------------------------------------

    def _selected_contact(self) -> tuple[uuid.UUID, str] | None:
        page = self.window.page("contacts")
        contact_id = getattr(page, "current_id", None)
        if contact_id is None:
            QMessageBox.information(self.window, self.tr("Privacy"),
                                    self.tr("Select a contact first."))
            return None
        data = self.window.db.read(privacy.subject_access, contact_id)
        return contact_id, f"{data['first_name']} {data['last_name']}".strip()

    def erase_selected(self) -> None:
        selected = self._selected_contact()
        if selected is not None:
            self.erase(*selected)

    def erase(self, contact_id: uuid.UUID, name: str) -> None:
        """Ask, then erase the person for good (GDPR)."""
        answer = QMessageBox.question(
            self.window, self.tr("Erase permanently"),
            self.tr("Erase {name} permanently?\n\nEverything about this person (emails, "
                    "phones, meetings, history, follow-ups) is removed from the database, the "
                    "search index and the automatic backups. This cannot be undone.")
            .format(name=name or self.tr("this contact")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.window.db

        def done(erased: privacy.Erased) -> None:
            self.window.status_message(self.tr("{name} was erased permanently.").format(
                name=name or self.tr("The contact")))
            if erased.backups_unreached:
                QMessageBox.warning(self.window, self.tr("Erase permanently"), self.tr(
                    "These backups are encrypted with another key and may still hold this "
                    "person; delete them:\n{files}").format(
                    files="\n".join(str(p) for p in erased.backups_unreached)))

        Operation(self.window, lambda: privacy.erase_person(db, contact_id), changes={"all"},
                  label=self.tr("Erasing…")).success(done).run()

    def export_selected(self) -> None:
        selected = self._selected_contact()
        if selected is not None:
            self.export(*selected)

    def export(self, contact_id: uuid.UUID, name: str) -> None:
        """Save everything held about one person, as readable text or JSON."""
        suggested = Path.home() / self.tr("{name} - personal data.txt").format(
            name=name or self.tr("contact"))
        text_filter, json_filter = self.tr("Readable text (*.txt)"), self.tr("JSON (*.json)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the personal data of {name}").format(name=name),
            str(suggested), f"{text_filter};;{json_filter}")
        if not chosen:
            return
        as_json = chosen.endswith(".json") or chosen_filter == json_filter
        db = self.window.db

        def write() -> Path:
            data = db.read(privacy.subject_access, contact_id)
            text = (privacy.subject_access_json(data) if as_json
                    else privacy.subject_access_text(data))
            target = Path(chosen)
            try:
                target.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise UserError(self.tr("{file}: cannot write ({reason})").format(
                    file=target, reason=exc.strerror)) from None
            return target

        Operation(self.window, write).success(lambda target: self.window.status_message(
            self.tr("Personal data written to {file}").format(file=target))).run()

    def show_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self.window.db, self.window, erase=self.erase,
                                 export=self.export)
        dialog.open()
        return dialog


class BackupSettingsTab(QWidget):
    """How many automatic backups to keep."""

    def __init__(self, window: MainWindow | None):
        super().__init__()
        self.preferences = Preferences.load()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.keep = QSpinBox()
        self.keep.setObjectName("backups_to_keep")
        self.keep.setRange(1, 365)
        self.keep.setValue(self.preferences.backups_to_keep)
        form.addRow(self.tr("Automatic backups to &keep:"), self.keep)
        layout.addLayout(form)
        where = (backup.backups_dir(window.db.path) if window and window.db.path else None)
        text = self.tr("The database is copied before every schema change and at the first "
                       "opening of each day; older copies beyond this number are deleted.")
        if where is not None:
            text += "\n" + self.tr("Folder: {folder}").format(folder=where)
        note = QLabel(text)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def tab_title(self) -> str:
        return self.tr("Backups")

    def apply(self) -> None:
        current = Preferences.load()
        current.backups_to_keep = self.keep.value()
        current.save()


def install(window: MainWindow) -> None:
    """Add the privacy and backup actions to the window, and the Backups settings tab."""
    window.privacy = PrivacyFeature(window)  # type: ignore[attr-defined]
    register_settings_tab(BackupSettingsTab)
