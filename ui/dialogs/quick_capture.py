"""Quick capture: log a person in seconds, standing, with the keyboard alone.

Enter saves and closes; Ctrl+Enter ("Save & next") saves and clears the person's fields,
keeping the session for the next person met there. The session is preselected: the one
running now by the clock, else the last one used.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crm.clock import local_today
from crm.config import Preferences
from crm.db import Database
from crm.models import Contact
from crm.services.capture import capture_contact
from crm.services.contacts import display_name
from crm.services.sessions import current_session, list_session_choices
from crm.services.tags import split_tags
from ui.app import settings
from ui.dialogs.contact_form import ContactFormDialog
from ui.dialogs.form import CompanyCompleter, add_session_items, select_data

LAST_SESSION_KEY = "capture/last_session"
DEFAULT_FOLLOWUP_DAYS = 3


def last_used_session() -> uuid.UUID | None:
    value = settings().value(LAST_SESSION_KEY, "")
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


class QuickCaptureDialog(ContactFormDialog):
    changes = ("contacts", "companies", "sessions", "followups", "tags")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent, self.tr("Quick capture"))
        self.preferences = Preferences.load()
        self.saved_names: list[str] = []
        self.first_name = self.add_field("first_name", self.tr("&First name:"), QLineEdit(),
                                         "name")
        self.last_name = self.add_field("last_name", self.tr("&Last name:"), QLineEdit())
        self.hooks_go_after_current_row()
        self.company = self.add_field("company", self.tr("&Company:"), QLineEdit())
        CompanyCompleter(db, self.company)
        self.job_title = self.add_field("job_title", self.tr("&Job title:"), QLineEdit())
        self.email = self.add_field("email", self.tr("&Email:"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("&Phone:"), QLineEdit())
        self.show_phone_region(self.phone, company=self.company)
        self.session = self.add_field("session", self.tr("&Met at:"), QComboBox())
        self.note = self.add_field("note", self.tr("N&ote:"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. wants CAR-T capacity in EU"))
        self.tags = self.add_field("tags", self.tr("&Tags:"), QLineEdit())
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        followup = QWidget()
        row = QHBoxLayout(followup)
        row.setContentsMargins(0, 0, 0, 0)
        self.followup_title = QLineEdit()
        self.followup_title.setObjectName("followup_title")
        self.followup_title.setPlaceholderText(self.tr("optional, e.g. send the deck"))
        self.followup_days = QSpinBox()
        self.followup_days.setObjectName("followup_days")
        self.followup_days.setAccessibleName(self.tr("Follow-up due in (days)"))
        self.followup_days.setRange(0, 365)
        self.followup_days.setValue(DEFAULT_FOLLOWUP_DAYS)
        self.followup_days.setPrefix(self.tr("due in "))
        self.followup_days.setSuffix(self.tr(" days"))
        row.addWidget(self.followup_title, 1)
        row.addWidget(self.followup_days)
        self.add_field("followup_title", self.tr("Follo&w-up:"), followup, "followup_due")
        self.fields["followup_title"] = self.followup_title
        self.fields["followup_due"] = self.followup_days

        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.saved_label)
        self.next_button = QPushButton(self.tr("Save && &next"))
        self.next_button.setToolTip(self.tr("Save, then log the next person met at the same "
                                            "session (Ctrl+Enter)"))
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.save_and_next)

        for key, edit in (("first_name", self.first_name), ("last_name", self.last_name),
                          ("email", self.email), ("phone", self.phone),
                          ("company", self.company)):
            self.watch_identity(key, edit)
        self._fill_sessions()
        self.setMinimumWidth(520)
        self.run_hooks()
        self.first_name.setFocus()

    def _fill_sessions(self) -> None:
        box: QComboBox = self.session  # type: ignore[assignment]
        box.addItem(self.tr("(not at a session)"), None)
        rows = self.db.read(list_session_choices)
        add_session_items(box, rows)
        running = self.db.read(current_session)
        preferred = running.id if running is not None else last_used_session()
        if preferred is None or not select_data(box, preferred):
            box.setCurrentIndex(0)

    def session_id(self) -> uuid.UUID | None:
        return self.session.currentData()  # type: ignore[attr-defined]

    def save(self) -> None:
        due = local_today() + timedelta(days=self.followup_days.value())

        def write(keep_unchecked: bool) -> Contact:
            return self.db.write(
                capture_contact, first_name=self.first_name.text(),
                last_name=self.last_name.text(), company=self.company.text(),
                job_title=self.job_title.text(), email=self.email.text(),
                phone=self.phone.text(), session_id=self.session_id(), note=self.note.text(),
                tags=split_tags(self.tags.text()), followup_title=self.followup_title.text(),
                followup_due=due, owner=self.preferences.owner_name or None,
                region=self.preferences.default_region, keep_unchecked=keep_unchecked)

        contact = self.keeping_unchecked(write)
        self.saved_id = contact.id
        self.saved_names.append(display_name(contact.first_name, contact.last_name,
                                             contact.email, contact.phone))
        session_id = self.session_id()
        settings().setValue(LAST_SESSION_KEY, str(session_id) if session_id else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter anywhere in the dialog is "Save & next" (plain Enter is Save).
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save_and_next()
            return
        super().keyPressEvent(event)

    def save_and_next(self) -> None:
        """Save, then clear the person's fields for the next one (the session stays)."""
        if not self.try_save():
            return
        for edit in (self.first_name, self.last_name, self.company, self.job_title, self.email,
                     self.phone, self.note, self.followup_title):
            edit.clear()
        self.followup_days.setValue(DEFAULT_FOLLOWUP_DAYS)
        self.saved_label.setText(self.tr("Saved {name}. Next person:").format(
            name=self.saved_names[-1]))
        self.first_name.setFocus()
