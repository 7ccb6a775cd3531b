"""Ask for a database passphrase: to open an encrypted file, or to encrypt a new one when no
secure keyring can hold a key (then the user may also go on without encryption, warned)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.form import error_colour

# A passphrase shorter than this is refused for a new database (SQLCipher stretches it, but a
# short one still falls to guessing).
MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """``mode``: "open" / "retry" (one field) or "new" / "change" (passphrase twice)."""

    def __init__(self, path: Path, mode: str, parent: QWidget | None = None,
                 problem: str | None = None):
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(self.tr("Database passphrase"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(path, problem))
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if self.asks_twice:
            form.addRow(self.tr("&Again:"), self.confirm)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour()}")
        if mode == "retry":
            self.message.setText(self.tr("Wrong passphrase or recovery key. Try again."))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        ok_text = self.tr("&Open") if mode in ("open", "retry") else self.tr("&Encrypt")
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        cancel_text = (self.tr("Continue &without encryption") if mode == "new"
                       else self.tr("Cancel"))
        self.cancel_button = buttons.addButton(cancel_text,
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def asks_twice(self) -> bool:
        return self.mode in ("new", "change")

    def _intro(self, path: Path, problem: str | None) -> str:
        if self.mode in ("open", "retry"):
            return self.tr("{name} is encrypted. Enter its passphrase, or the recovery key you "
                           "saved (64 characters).").format(name=path.name)
        if self.mode == "change":
            return self.tr("Choose the new passphrase for {name}. Every automatic backup is "
                           "re-encrypted with it; you will need it each time you open the "
                           "database.").format(name=path.name)
        reason = problem or self.tr("no secure keyring is available")
        return self.tr("A new database, {name}, is being created. It cannot be encrypted with "
                       "a key kept by the system ({reason}). Choose a passphrase to encrypt "
                       "it; you will type it each time you open the database. Without one, the "
                       "contacts you record are stored unencrypted on this computer."
                       ).format(name=path.name, reason=reason)

    def _accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Type a passphrase."))
            return
        if self.asks_twice:
            if len(text) < MIN_LENGTH:
                self.message.setText(self.tr("Use at least {n} characters.").format(
                    n=MIN_LENGTH))
                return
            if text != self.confirm.text():
                self.message.setText(self.tr("The two passphrases differ."))
                return
        self.accept()

    def value(self) -> str:
        """The passphrase typed (only meaningful after the dialog was accepted)."""
        return self.passphrase.text()
