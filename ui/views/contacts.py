"""The contacts page: the paged table, and a detail pane with the contact's whole story."""

from __future__ import annotations

import base64
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from crm.models import Contact, ContactPhone
from crm.services.addressbook import Address
from crm.services.capture import kept_pictures
from crm.services.contacts import ContactFilter, count_contacts, get_contact
from crm.services.phones import phone_text
from ui.format import birthday_text, country_name, esc, local_date, short_date
from ui.models.tables import ContactTableModel
from ui.views.table_page import TablePage, trash_with_undo

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The scanned card or badge kept with a contact, in the detail pane (pixels).
PICTURE_WIDTH = 320


class ContactsPage(TablePage):
    kinds = ("contacts", "companies", "sessions", "followups", "interactions", "tags")

    def __init__(self, window: MainWindow):
        self.contacts = ContactTableModel(window.db)
        super().__init__(window, self.contacts)
        self.table.setAccessibleName(self.tr("Contacts"))
        # People kept without a name (an email-only card, a phone-only row) are listed for
        # the delegate to complete: this button narrows the list to them.
        self.no_name = QPushButton()
        self.no_name.setObjectName("no_name_filter")
        self.no_name.setCheckable(True)
        self.no_name.setFlat(True)
        self.no_name.setToolTip(self.tr("People imported or captured with an email or a phone "
                                        "but no name: open one and add the name"))
        self.no_name.toggled.connect(self._show_no_name)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 0)
        bar.addWidget(self.no_name)
        bar.addStretch(1)
        self.layout().insertLayout(0, bar)  # type: ignore[union-attr]
        self.no_name.hide()

    # --- filter (an export of "what the view shows" uses current_filter) -----------------

    def current_filter(self) -> ContactFilter:
        """A copy of the filter the table shows."""
        return replace(self.contacts.filter)

    def set_search(self, text: str) -> None:
        self.contacts.filter = replace(self.contacts.filter, search=text)
        self.refresh()

    def searching(self) -> bool:
        return bool(self.contacts.filter.search.strip())

    def search_placeholder(self) -> str:
        return self.tr("Search contacts: name, company, email, phone (Ctrl+F)")

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No contacts match “{query}”.").format(
                query=self.contacts.filter.search.strip())
        return self.tr("No contacts yet — press Ctrl+N to log the first person you meet.")

    def count_text(self, total: int) -> str:
        return self.tr("%n contact(s)", "", total)

    def refresh(self) -> None:
        super().refresh()
        nameless = self.db.read(count_contacts, ContactFilter(no_name=True))
        self.no_name.setText(self.tr("Without a name (%n)", "", nameless))
        self.no_name.setVisible(nameless > 0 or self.no_name.isChecked())

    def _show_no_name(self, only: bool) -> None:
        self.contacts.filter = replace(self.contacts.filter, no_name=only)
        # The first one of the new list is shown, not the one selected before.
        self.current_id = None
        self.refresh()

    def show_contact(self, contact_id: uuid.UUID) -> None:
        if self._stale:
            self.refresh()
        self.select_id(contact_id)

    # --- detail --------------------------------------------------------------------------

    def detail_html(self, row_id: uuid.UUID) -> str:
        contact: Contact = self.db.read(get_contact, row_id)
        actions = " · ".join(f"<a href='action:{name}'>{label}</a>" for name, label in (
            ("edit", self.tr("Edit")), ("add-followup", self.tr("Add follow-up")),
            ("log-interaction", self.tr("Log interaction"))))
        name = " ".join(filter(None, (contact.name_prefix, contact.first_name,
                                      contact.middle_name, contact.last_name,
                                      contact.name_suffix)))
        # Translated outside the f-string: lupdate does not read calls inside one.
        heading = name if contact.full_name else self.tr("(no name)")
        parts = [f"<h2>{esc(heading)}</h2>"]
        if contact.nickname:
            parts.append(f"<p>“{esc(contact.nickname)}”</p>")
        parts.append(f"<p>{actions}</p>")
        if not contact.full_name:
            parts.append("<p><i>" + self.tr("Kept without a name: Edit to add one.")
                         + "</i></p>")
        role = esc(contact.job_title or "")
        if contact.company is not None:
            company = (f"<a href='company:{contact.company.id}'>"
                       f"{esc(contact.company.name)}</a>")
            role = self.tr("{title} at {company}").format(title=role, company=company) if role \
                else company
        if role:
            parts.append(f"<p>{role}</p>")
        facts = []
        for email in contact.emails:
            facts.append(f"<a href='mailto:{esc(email.address)}'>{esc(email.address)}</a>")
        for phone in contact.phones:
            facts.append(self._phone_html(phone))
        if contact.linkedin:
            profile = esc(contact.linkedin)
            # A profile address opens in the browser; anything else typed is shown as it is.
            facts.append(self.tr("LinkedIn: {profile}").format(
                profile=f"<a href='{profile}'>{profile}</a>"
                if contact.linkedin.lower().startswith(("https://", "http://")) else profile))
        for url in contact.urls:
            link = f"<a href='{esc(url.url)}'>{esc(url.url)}</a>"
            facts.append(f"{link} ({esc(self._label(url.label))})" if url.label else link)
        if contact.birthday:
            facts.append(self.tr("Birthday: {day}").format(
                day=esc(birthday_text(contact.birthday))))
        if contact.country:
            # {code}: the translators' name of the placeholder; it holds the country's name.
            facts.append(self.tr("Country: {code}").format(
                code=esc(country_name(contact.country))))
        if contact.tags:
            names = ", ".join(t.name for t in contact.tags)
            facts.append(self.tr("Tags: {tags}").format(tags=esc(names)))
        if contact.owner:
            facts.append(self.tr("Logged by {owner}").format(owner=esc(contact.owner)))
        if facts:
            parts.append("<p>" + "<br>".join(facts) + "</p>")
        for address in contact.addresses:
            lines = Address(address.label, address.po_box, address.extended, address.street,
                            address.city, address.region, address.postal_code,
                            address.country).lines()
            title = f"<b>{esc(self._label(address.label).capitalize())}</b><br>" \
                if address.label else ""
            parts.append(f"<p>{title}" + "<br>".join(esc(line) for line in lines) + "</p>")
        if contact.notes:
            parts.append(f"<p><i>{esc(contact.notes)}</i></p>")
        for picture in self.db.read(kept_pictures, contact.id):
            # A vCard's PHOTO is the person's photo; the others were scanned at capture.
            caption = self.tr("Business card") if picture.kind == "card" else \
                self.tr("Photo") if picture.kind == "photo" else self.tr("Badge")
            data = base64.b64encode(picture.data).decode("ascii")
            parts.append(f"<p>{esc(caption)}<br><img width='{PICTURE_WIDTH}' "
                         f"src='data:{esc(picture.media_type)};base64,{data}'></p>")

        parts.append("<h3>" + self.tr("Met at") + "</h3>")
        parts.append("<p><a href='action:met-at'>" + self.tr("Met at a session…") + "</a></p>")
        met = [e for e in contact.encounters if e.deleted_at is None]
        if met:
            items = []
            for encounter in sorted(met, key=lambda e: e.met_at or e.created_at):
                session = encounter.session
                line = (f"<a href='session:{session.id}'>{esc(session.title)}</a>"
                        f" — {esc(local_date(session.starts_at or encounter.met_at))}")
                if encounter.note:
                    line += f"<br><i>{esc(encounter.note)}</i>"
                items.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + self.tr("Not linked to a session.") + "</p>")

        parts.append("<h3>" + self.tr("Follow-ups") + "</h3>")
        followups = [f for f in contact.followups if f.deleted_at is None]
        if followups:
            items = []
            for followup in followups:
                status = {"open": self.tr("open"), "done": self.tr("done"),
                          "cancelled": self.tr("cancelled")}.get(followup.status, followup.status)
                due = self.tr("due {date}").format(date=esc(short_date(followup.due_on)))
                items.append(f"<li><a href='followup:{followup.id}'>{esc(followup.title)}</a>"
                             f" — {due} ({esc(status)})</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + self.tr("No follow-ups.") + "</p>")

        parts.append("<h3>" + self.tr("Interactions") + "</h3>")
        interactions = [i for i in contact.interactions if i.deleted_at is None]
        if interactions:
            items = [f"<li><a href='interaction:{i.id}'>{esc(local_date(i.occurred_at))}</a>"
                     f" · {esc(i.channel)}: {esc(i.summary)}</li>" for i in interactions]
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + self.tr("No interactions yet.") + "</p>")
        return "".join(parts)

    def _label(self, label: str) -> str:
        """A phone, address or web address type as people read it."""
        names = {"work": self.tr("work"), "home": self.tr("home"), "mobile": self.tr("mobile"),
                 "fax": self.tr("fax"), "other": self.tr("other")}
        return names.get(label, label)

    def _phone_html(self, phone: ContactPhone) -> str:
        """A phone of the detail pane: dialled by its link (with its extension); one kept as
        written (valid in no region tried) is marked so the delegate can check it in the
        editor."""
        shown = phone_text(phone.number, phone.checked)
        if phone.checked and phone.extension:
            shown = self.tr("{number} ext. {extension}").format(number=shown,
                                                                 extension=phone.extension)
        shown = esc(shown)
        label = f" ({esc(self._label(phone.label))})" if phone.label else ""
        if not phone.checked:
            unchecked = self.tr("⚠ not checked")
            return f"{shown}{label} <span style='color:#b35c00'>{unchecked}</span>"
        target = phone.number + (f";ext={phone.extension}" if phone.extension else "")
        return f"<a href='tel:{esc(target)}'>{shown}</a>{label}"

    # --- actions -------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Open the selected contact in the editor (Enter, double-click)."""
        if self.current_id is not None:
            from ui.dialogs.contact_editor import ContactEditor

            ContactEditor(self.db, self, self.current_id).exec()

    def new_item(self) -> None:
        """A new contact with every field (quick capture is the short way)."""
        from ui.dialogs.contact_editor import ContactEditor

        editor = ContactEditor(self.db, self)
        if editor.exec():
            self.window_.show_contact(editor.saved_id)  # type: ignore[arg-type]

    def detail_action(self, scheme: str, target: str) -> None:
        from ui.dialogs.editors import EncounterEditor, FollowUpEditor, InteractionEditor

        contact_id = self.current_id
        if contact_id is None:
            return
        if scheme == "followup":
            FollowUpEditor(self.db, self, followup_id=uuid.UUID(target)).exec()
        elif scheme == "interaction":
            InteractionEditor(self.db, self, interaction_id=uuid.UUID(target)).exec()
        elif target == "edit":
            self.edit_selected()
        elif target == "add-followup":
            FollowUpEditor(self.db, self, contact_id=contact_id).exec()
        elif target == "log-interaction":
            InteractionEditor(self.db, self, contact_id=contact_id).exec()
        elif target == "met-at":
            EncounterEditor(self.db, self, contact_id=contact_id).exec()

    def delete_selected(self) -> None:
        """Move the selected contact to the trash, after asking; offer Undo."""
        contact_id = self.current_id
        if contact_id is None:
            return
        row = self.contacts.row_at(self.contacts.row_of(contact_id))
        name = f"{row.first_name} {row.last_name}".strip() if row else self.tr("this contact")

        def forget() -> None:
            if self.current_id == contact_id:
                self.current_id = None
                self.show_detail(None)

        trash_with_undo(self, self.window_, Contact, contact_id, name, self.tr("contact"),
                        {"contacts"}, forget)
