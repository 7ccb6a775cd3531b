"""The contact editor: every field of a person, validated next to the field."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from crm.config import Preferences
from crm.db import Database
from crm.models import Contact
from crm.services.contacts import create_contact, get_contact, stored_phones, update_contact
from crm.services.phones import Phone, phone_text
from crm.services.tags import split_tags
from crm.services.validation import LAWFUL_BASES, lawful_basis_label
from ui.dialogs.contact_form import ContactFormDialog
from ui.dialogs.editors import priority_box
from ui.dialogs.form import (
    CompanyCompleter,
    notes_edit,
    optional_date_line,
    parse_optional_date,
    select_data,
)

APP_SOURCE = "app"


def _split_list(value: str) -> list[str]:
    """Emails or phones typed in one field, separated by commas or semicolons."""
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


class ContactEditor(ContactFormDialog):
    """Edit ``contact_id``, or create a new contact when it is None."""

    changes = ("contacts", "companies", "tags")

    def __init__(self, db: Database, parent: QWidget | None = None,
                 contact_id: uuid.UUID | None = None):
        super().__init__(db, parent, self.tr("Edit contact") if contact_id
                         else self.tr("New contact"), contact_id)
        self.preferences = Preferences.load()
        row: Contact | None = db.read(get_contact, contact_id) if contact_id else None

        def line(value: str | None) -> QLineEdit:
            return QLineEdit(value or "")

        self.first_name = self.add_field("first_name", self.tr("&First name:"),
                                         line(row.first_name if row else ""), "name")
        self.last_name = self.add_field("last_name", self.tr("&Last name:"),
                                        line(row.last_name if row else ""))
        self.hooks_go_after_current_row()
        self.company = self.add_field("company", self.tr("&Company:"), line(
            row.company.name if row and row.company else ""), "company_id")
        CompanyCompleter(db, self.company)
        self.job_title = self.add_field("job_title", self.tr("&Job title:"),
                                        line(row.job_title if row else ""))
        self.emails = self.add_field("email", self.tr("&Email:"), line(
            ", ".join(e.address for e in row.emails) if row else ""), "emails")
        self.emails.setPlaceholderText(self.tr("several: separate with commas"))
        # A phone shown as it was stored: saved back unchanged (label, extension, and "not
        # checked" kept) unless its text is edited, which reads it again.
        self.stored_phones: dict[str, Phone] = {
            phone_text(p.number, p.checked, p.extension): p
            for p in (stored_phones(row) if row else [])}
        self.phones = self.add_field("phone", self.tr("&Phone:"), line(
            ", ".join(self.stored_phones)), "phones")
        self.linkedin = self.add_field("linkedin", self.tr("Lin&kedIn:"),
                                       line(row.linkedin if row else ""))
        self.country = self.add_field("country", self.tr("Co&untry:"),
                                      line(row.country if row else ""))
        self.country.setPlaceholderText(self.tr("two letters: US, BE …"))
        self.country.setMaxLength(2)
        self.language = self.add_field("language", self.tr("Lan&guage:"),
                                       line(row.language if row else ""))
        self.language.setPlaceholderText(self.tr("en, fr, nl …"))
        self.tags = self.add_field("tags", self.tr("&Tags:"), line(
            ", ".join(t.name for t in row.tags) if row else ""))
        self.priority = self.add_field("priority", self.tr("P&riority:"),
                                       priority_box(row.priority if row else 0))
        self.lawful_basis = self.add_field("lawful_basis", self.tr("Lawful &basis:"),
                                           QComboBox())
        self.lawful_basis.addItem(self.tr("(not recorded)"), None)
        for basis in LAWFUL_BASES:
            self.lawful_basis.addItem(lawful_basis_label(basis), basis)
        select_data(self.lawful_basis, row.lawful_basis if row else None)
        self.lawful_basis_on = self.add_field(
            "lawful_basis_on", self.tr("… since:"),
            optional_date_line(row.lawful_basis_on if row else None))
        self.notes = self.add_field("notes", self.tr("N&otes:"),
                                    notes_edit(row.notes if row else None))
        for key, edit in (("first_name", self.first_name), ("last_name", self.last_name),
                          ("email", self.emails), ("phone", self.phones),
                          ("company", self.company)):
            self.watch_identity(key, edit)
        self.show_phone_region(self.phones, country=self.country, company=self.company)
        self.setMinimumWidth(520)
        self.run_hooks()
        self.first_name.setFocus()

    def identity(self) -> dict[str, str]:
        values = super().identity()
        values["email"] = (_split_list(values["email"]) or [""])[0]
        values["phone"] = (_split_list(values["phone"]) or [""])[0]
        return values

    def save(self) -> None:
        fields = {
            "first_name": self.first_name.text(), "last_name": self.last_name.text(),
            "job_title": self.job_title.text(), "linkedin": self.linkedin.text(),
            "country": self.country.text(), "language": self.language.text(),
            "notes": self.notes.toPlainText(), "priority": self.priority.currentData(),
            "lawful_basis": self.lawful_basis.currentData(),
            "lawful_basis_on": parse_optional_date(self.lawful_basis_on, "lawful_basis_on"),
        }
        emails = _split_list(self.emails.text())
        phones = [self.stored_phones.get(p, p) for p in _split_list(self.phones.text())]
        tags = split_tags(self.tags.text())
        region = self.preferences.default_region

        def write(keep_unchecked: bool) -> Contact:
            if self.contact_id is None:
                return self.db.write(
                    create_contact, emails=emails, phones=phones, tags=tags, region=region,
                    company=self.company.text(), owner=self.preferences.owner_name or None,
                    source=APP_SOURCE, keep_unchecked=keep_unchecked, **fields)
            return self.db.write(
                update_contact, self.contact_id, emails=emails, phones=phones, tags=tags,
                company=self.company.text(), region=region, keep_unchecked=keep_unchecked,
                **fields)

        self.saved_id = self.keeping_unchecked(write).id
