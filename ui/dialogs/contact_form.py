"""The base of quick capture and the contact editor: identity fields that hooks can watch."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from crm.config import Preferences
from crm.db import Database
from crm.services.phones import UncheckedPhoneError, example_number, mission_country, region_chain
from ui.dialogs.contact_hooks import run_contact_form_hooks
from ui.dialogs.form import FormDialog

IDENTITY_DELAY_MS = 300
T = TypeVar("T")


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

    # --- phones: which region applies, and keeping a number valid nowhere ----------------

    def show_phone_region(self, phone: QLineEdit, *, country: QLineEdit | None = None,
                          company: QLineEdit | None = None) -> None:
        """Say in ``phone``'s placeholder which region a number without + is read in (the
        contact's country, its company's, the mission's, the home region: the first of
        crm.services.phones' chain), and keep saying it as the country or company change."""
        self._phone_edit, self._country_edit, self._company_edit = phone, country, company
        self._mission_country = self.db.read(mission_country)
        self._update_phone_region()
        for edit in (country, company):
            if edit is not None:
                edit.editingFinished.connect(self._update_phone_region)

    def _update_phone_region(self) -> None:
        from crm.services.companies import find_company

        country = self._country_edit.text() if self._country_edit is not None else None
        company_country = None
        name = self._company_edit.text().strip() if self._company_edit is not None else ""
        if name:
            found = self.db.read(find_company, name)
            company_country = found.country if found is not None else None
        regions = region_chain(contact_country=country, company_country=company_country,
                               mission_country=self._mission_country,
                               home_region=Preferences.load().default_region)
        if not regions:
            self._phone_edit.setPlaceholderText(self.tr("with the country code: +1 617 555 0100"))
            return
        first = regions[0]
        self._phone_edit.setPlaceholderText(self.tr("e.g. {example} — read as {region}").format(
            example=example_number(first.code) or "+1 617 555 0100", region=first.code))
        self._phone_edit.setToolTip(self.tr(
            "A number without + is read in {region}; with + and a country code, anywhere.")
            .format(region=str(first)))

    def keeping_unchecked(self, write: Callable[[bool], T]) -> T:
        """``write(keep_unchecked)``: first refusing a phone valid in no region; if there is
        one, the user says whether to keep it as written (marked "not checked") or fix it."""
        try:
            return write(False)
        except UncheckedPhoneError as exc:
            answer = QMessageBox.question(
                self, self.tr("Phone not checked"),
                self.tr("{problem}.\n\nKeep it exactly as written, marked “not checked”? You "
                        "can correct it later in the editor.").format(problem=exc.message),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                raise
            return write(True)
