"""The "Draft email" dialog: the template filled for the contact, editable, then opened in the
default mail client (a mailto: link) or saved as an .eml file; either way it is recorded as an
email in the contact's history."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.db import Database
from crm.errors import UserError
from crm.services.drafts import (
    LANGUAGES,
    Draft,
    build_draft,
    load_templates,
    mailto_url,
    record_draft,
    write_eml,
)
from ui.operations import notify_changed, show_error


class DraftEmailDialog(QDialog):
    """A draft to a follow-up's contact (or to a contact)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 followup_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None):
        super().__init__(parent)
        self.db = db
        self.preferences = Preferences.load()
        self.templates = load_templates()
        self.followup_id = followup_id
        self.contact_id = contact_id
        self.recorded = False
        self.setWindowTitle(self.tr("Draft email"))

        self.draft = self._build(None)
        self.to_label = QLabel(self._to_text(self.draft))
        self.to_label.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            if code in self.templates:
                self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.draft.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.subject = QLineEdit(self.draft.subject)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(self.draft.body)
        self.body.setObjectName("body")
        self.body.setMinimumSize(520, 260)

        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to_label)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("&Open in mail app"))
        self.open_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as .&eml…"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_in_mail_app)
        self.save_button.clicked.connect(self.save_eml)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Templates are edited in Settings → Email templates. The email is "
                              "recorded in the contact's history."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _build(self, language: str | None) -> Draft:
        return self.db.read(build_draft, followup_id=self.followup_id,
                            contact_id=self.contact_id, language=language,
                            your_name=self.preferences.owner_name, templates=self.templates)

    def _to_text(self, draft: Draft) -> str:
        if draft.to:
            return f"{draft.to_name} <{draft.to}>"
        return self.tr("{name} (no email address on file: add it in your mail app)").format(
            name=draft.to_name)

    def _language_changed(self) -> None:
        self.draft = self._build(self.language.currentData())
        self.subject.setText(self.draft.subject)
        self.body.setPlainText(self.draft.body)

    def current_draft(self) -> Draft:
        """The draft as edited in the dialog."""
        return replace(self.draft, subject=self.subject.text().strip(),
                       body=self.body.toPlainText())

    def _record(self, draft: Draft) -> None:
        self.db.write(record_draft, draft, owner=self.preferences.owner_name or None)
        self.recorded = True
        notify_changed("interactions", "contacts")

    def open_in_mail_app(self) -> None:
        draft = self.current_draft()
        url = QUrl.fromEncoded(mailto_url(draft).encode("ascii"))
        if not QDesktopServices.openUrl(url):
            show_error(self, UserError(self.tr("No mail app opened the draft. Save it as an "
                                               ".eml file instead.")))
            return
        self._record(draft)
        self.accept()

    def save_eml(self) -> None:
        draft = self.current_draft()
        name = "".join(ch for ch in draft.to_name if ch.isalnum() or ch in " -_").strip()
        suggested = str(Path.home() / f"{name or 'draft'}.eml")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the email"), suggested,
                                              self.tr("Email message (*.eml)"))
        if not path:
            return
        if not path.lower().endswith(".eml"):
            path += ".eml"
        try:
            write_eml(draft, path)
        except UserError as exc:
            show_error(self, exc)
            return
        self._record(draft)
        self.accept()
