"""The base of quick capture and the contact editor: identity fields that hooks can watch."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from crm.db import Database
from ui.dialogs.contact_hooks import run_contact_form_hooks
from ui.dialogs.form import FormDialog

IDENTITY_DELAY_MS = 300


class ContactFormDialog(FormDialog):
    """A FormDialog implementing ``ui.dialogs.contact_hooks.ContactForm``."""

    identity_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None, title: str,
                 contact_id: uuid.UUID | None = None):
        super().__init__(db, parent, title)
        self.contact_id = contact_id
        self._identity_edits: dict[str, QLineEdit] = {}
        self._identity_timer = QTimer(self, singleShot=True, interval=IDENTITY_DELAY_MS)
        self._identity_timer.timeout.connect(self.identity_changed.emit)
        self._hook_row = 0

    def watch_identity(self, key: str, edit: QLineEdit) -> None:
        """``edit`` holds identity field ``key`` (first_name, last_name, email, phone, company)."""
        self._identity_edits[key] = edit
        edit.textChanged.connect(lambda _text: self._identity_timer.start())

    def hooks_go_after_current_row(self) -> None:
        """Rows added by hooks appear after the rows built so far (the name fields)."""
        self._hook_row = self.form.rowCount()

    def identity(self) -> dict[str, str]:
        keys = ("first_name", "last_name", "email", "phone", "company")
        return {k: self._identity_edits[k].text().strip() if k in self._identity_edits else ""
                for k in keys}

    def add_row(self, widget: QWidget) -> None:
        self.form.insertRow(self._hook_row, widget)
        self._hook_row += 1

    def run_hooks(self) -> None:
        run_contact_form_hooks(self)
