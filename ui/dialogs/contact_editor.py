"""The contact editor: every field of a person, validated next to the field. What address
books hold beyond the everyday fields (name parts, nickname, birthday, postal and web
addresses) is in a "More" section, open when the contact has any of it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.db import Database
from crm.models import Contact
from crm.services.addressbook import Address, WebAddress
from crm.services.contacts import create_contact, get_contact, stored_phones, update_contact
from crm.services.tags import split_tags
from crm.services.validation import LAWFUL_BASES, lawful_basis_label
from ui.dialogs.address_book_fields import AddressList, BirthdayEdit, PhoneList, UrlList
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
        # Each phone as stored (label, extension, "not checked"): saved back unchanged unless
        # its number or extension is edited, which reads it again.
        self.phones = self.add_field("phone", self.tr("&Phones:"), PhoneList(
            stored_phones(row) if row else []), "phones")
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
        self._add_more(row)
        for key, edit in (("first_name", self.first_name), ("last_name", self.last_name),
                          ("email", self.emails), ("phone", self.phones.first_number()),
                          ("company", self.company)):
            if edit is not None:
                self.watch_identity(key, edit)
        first_number = self.phones.first_number()
        if first_number is not None:
            self.show_phone_region(first_number, country=self.country, company=self.company)
        self.run_hooks()
        self.first_name.setFocus()

    def _add_more(self, row: Contact | None) -> None:
        """The "More" section: a button that unfolds the address-book fields."""
        self.more_button = QToolButton()
        self.more_button.setObjectName("more")
        self.more_button.setText(self.tr("More: name, birthday, addresses, web"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setAutoRaise(True)
        self.more = QWidget()
        self.more.setObjectName("more-section")
        more_form = QFormLayout(self.more)
        more_form.setContentsMargins(0, 0, 18, 0)  # clear of the scroll bar
        more_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def line(name: str, label: str, value: str | None, limit: int) -> QLineEdit:
            edit = QLineEdit(value or "")
            edit.setMaxLength(limit)
            return self.add_field(name, label, edit, form=more_form)  # type: ignore[return-value]

        self.name_prefix = line("name_prefix", self.tr("Title (Dr., Prof.):"),
                                row.name_prefix if row else None, 40)
        self.middle_name = line("middle_name", self.tr("&Middle name:"),
                                row.middle_name if row else None, 120)
        self.name_suffix = line("name_suffix", self.tr("Suffi&x (Jr., PhD):"),
                                row.name_suffix if row else None, 40)
        self.nickname = line("nickname", self.tr("Nic&kname:"),
                             row.nickname if row else None, 120)
        self.birthday = self.add_field("birthday", self.tr("&Birthday:"),
                                       BirthdayEdit(row.birthday if row else None),
                                       form=more_form)
        addresses = [Address(a.label, a.po_box, a.extended, a.street, a.city, a.region,
                             a.postal_code, a.country) for a in row.addresses] if row else []
        self.addresses = self.add_field("address", self.tr("Addresses:"),
                                        AddressList(addresses), "addresses", form=more_form)
        urls = [WebAddress(u.url, u.kind, u.label) for u in row.urls] if row else []
        self.urls = self.add_field("url", self.tr("Web:"), UrlList(urls), "urls",
                                   form=more_form)
        self.form.addRow(self.more_button)
        # Beside the everyday fields, not under them: screens are wider than tall, and a
        # contact with several addresses scrolls here instead of outgrowing the screen.
        self.more_area = QScrollArea()
        self.more_area.setObjectName("more-area")
        self.more_area.setWidget(self.more)
        self.more_area.setWidgetResizable(True)
        self.more_area.setFrameShape(QFrame.Shape.NoFrame)
        self.more_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        columns.addWidget(self.more_area)
        outer.insertLayout(0, columns)
        has_more = row is not None and bool(
            row.name_prefix or row.middle_name or row.name_suffix or row.nickname
            or row.birthday or row.addresses or row.urls)
        self.more_button.toggled.connect(self._fold)
        self.more_button.setChecked(has_more)
        self._fold(has_more)

    def _fit_more(self) -> None:
        """The More column as wide as its rows need (their size is known once polished),
        with room for its scroll bar."""
        self.more.layout().activate()
        needed = max(self.more.sizeHint().width(), self.more.minimumSizeHint().width())
        self.more_area.setMinimumWidth(
            needed + self.more_area.verticalScrollBar().sizeHint().width() + 8)
        self.setMinimumWidth(520 + (self.more_area.minimumWidth()
                                    if self.more_area.isVisibleTo(self) else 0))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._fit_more()

    def _fold(self, shown: bool) -> None:
        self.more_area.setVisible(shown)
        self._fit_more()
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                      else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def reveal(self, widget: QWidget) -> None:
        if self.more.isAncestorOf(widget):
            self.more_button.setChecked(True)

    def identity(self) -> dict[str, str]:
        values = super().identity()
        values["email"] = (_split_list(values["email"]) or [""])[0]
        values["phone"] = (self.phones.values() or [("", None, None)])[0][0]
        return values

    def save(self) -> None:
        fields = {
            "first_name": self.first_name.text(), "last_name": self.last_name.text(),
            "job_title": self.job_title.text(), "linkedin": self.linkedin.text(),
            "country": self.country.text(), "language": self.language.text(),
            "notes": self.notes.toPlainText(), "priority": self.priority.currentData(),
            "lawful_basis": self.lawful_basis.currentData(),
            "lawful_basis_on": parse_optional_date(self.lawful_basis_on, "lawful_basis_on"),
            "name_prefix": self.name_prefix.text(), "middle_name": self.middle_name.text(),
            "name_suffix": self.name_suffix.text(), "nickname": self.nickname.text(),
            "birthday": self.birthday.birthday(),
            "addresses": self.addresses.values(), "urls": self.urls.values(),
        }
        emails, phones = _split_list(self.emails.text()), self.phones.values()
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
