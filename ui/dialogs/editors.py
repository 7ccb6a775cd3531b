"""Editors for companies, missions, sessions, follow-ups and interactions.

Each is ``Editor(db, parent, <id of the row to edit> | None, ...)``; ``exec()`` returns
Accepted once saved (``dialog.saved_id`` is the row's id). A bad value shows its message next
to the field and nothing is saved. Example (the follow-ups page reuses these)::

    FollowUpEditor(db, self, contact_id=cid).exec()        # a new follow-up for a contact
    FollowUpEditor(db, self, followup_id=fid).exec()       # edit one
    InteractionEditor(db, self, contact_id=cid).exec()     # log a call, an email ...
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crm.clock import local_today
from crm.config import Preferences
from crm.db import Database
from crm.errors import ValidationError
from crm.models import Company, Contact, FollowUp, Interaction, Mission, MissionSession
from crm.services.common import get_row
from crm.services.companies import create_company, get_company, update_company
from crm.services.encounters import record_encounter
from crm.services.followups import STATUSES, create_followup, update_followup
from crm.services.interactions import CHANNELS, log_interaction, update_interaction
from crm.services.mission_time import (
    country_time_zones,
    day_span,
    default_time_zone,
    session_days,
)
from crm.services.missions import create_mission, list_missions, update_mission
from crm.services.sessions import (
    SESSION_KINDS,
    create_session,
    current_session,
    list_session_choices,
    session_kind_label,
    update_session,
)
from crm.services.tags import split_tags
from ui.dialogs.form import (
    FormDialog,
    add_session_items,
    date_edit,
    datetime_edit,
    edit_date,
    edit_datetime,
    notes_edit,
    optional_date_line,
    optional_datetime_line,
    parse_optional_date,
    parse_optional_datetime,
    select_data,
)
from ui.format import contact_name

DEFAULT_DUE_DAYS = 3


def priority_box(value: int = 0) -> QComboBox:
    box = QComboBox()
    for number, label in ((0, FormDialog.tr("Normal")), (1, FormDialog.tr("High")),
                          (2, FormDialog.tr("Top"))):
        box.addItem(label, number)
    box.setCurrentIndex(value if value in (0, 1, 2) else 0)
    return box


def _contact_name(db: Database, contact_id: uuid.UUID) -> str:
    return db.read(lambda s: contact_name(get_row(s, Contact, contact_id)))


class CompanyEditor(FormDialog):
    changes = ("companies", "contacts", "tags")

    def __init__(self, db: Database, parent: QWidget | None = None,
                 company_id: uuid.UUID | None = None):
        super().__init__(db, parent, self.tr("Edit company") if company_id
                         else self.tr("New company"))
        self.company_id = company_id
        row: Company | None = db.read(get_company, company_id) if company_id else None
        self.name = self.add_field("name", self.tr("&Name:"), QLineEdit(row.name if row else ""),
                                   "company")
        self.kind = self.add_field("kind", self.tr("&Kind:"), QLineEdit(row.kind or "" if row
                                                                      else ""))
        self.kind.setPlaceholderText(self.tr("pharma, biotech, CDMO, agency …"))
        self.website = self.add_field("website", self.tr("&Website:"),
                                      QLineEdit(row.website or "" if row else ""))
        self.city = self.add_field("city", self.tr("C&ity:"),
                                   QLineEdit(row.city or "" if row else ""))
        self.country = self.add_field("country", self.tr("&Country:"),
                                      QLineEdit(row.country or "" if row else ""))
        self.country.setPlaceholderText(self.tr("two letters: US, BE …"))
        self.country.setMaxLength(2)
        self.tags = self.add_field("tags", self.tr("&Tags:"), QLineEdit(
            ", ".join(t.name for t in row.tags) if row else ""))
        self.notes = self.add_field("notes", self.tr("N&otes:"), notes_edit(
            row.notes if row else None))
        self.setMinimumWidth(460)

    def save(self) -> None:
        values = {"name": self.name.text(), "kind": self.kind.text(),
                  "website": self.website.text(), "city": self.city.text(),
                  "country": self.country.text(), "notes": self.notes.toPlainText()}
        tags = split_tags(self.tags.text())
        if self.company_id is None:
            owner = Preferences.load().owner_name or None
            company = self.db.write(create_company, tags=tags, owner=owner, **values)
        else:
            company = self.db.write(update_company, self.company_id, tags=tags, **values)
        self.saved_id = company.id


class MissionEditor(FormDialog):
    changes = ("missions", "sessions")

    def __init__(self, db: Database, parent: QWidget | None = None,
                 mission_id: uuid.UUID | None = None):
        super().__init__(db, parent, self.tr("Edit mission") if mission_id
                         else self.tr("New mission"))
        self.mission_id = mission_id
        row: Mission | None = db.read(get_row, Mission, mission_id) if mission_id else None
        self.name = self.add_field("name", self.tr("&Name:"), QLineEdit(row.name if row else ""))
        self.name.setPlaceholderText(self.tr("e.g. Economic mission to the USA, June 2022"))
        self.starts_on = self.add_field("starts_on", self.tr("&Starts on:"),
                                        optional_date_line(row.starts_on if row else None))
        self.ends_on = self.add_field("ends_on", self.tr("&Ends on:"),
                                      optional_date_line(row.ends_on if row else None))
        self.location = self.add_field("location", self.tr("&Place:"),
                                       QLineEdit(row.location or "" if row else ""))
        self.country = self.add_field("country", self.tr("Co&untry:"),
                                      QLineEdit(row.country or "" if row else ""))
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.country.setPlaceholderText(self.tr("US, BE …"))
        self.country.setToolTip(self.tr("Where the mission takes place: phone numbers typed "
                                        "without + during the mission are read there"))
        self.time_zone = self.add_field("time_zone", self.tr("&Time zone:"), QComboBox())
        self.time_zone.setEditable(True)
        self.time_zone.setToolTip(self.tr("The clock of the mission's place: its sessions show "
                                          "this time on any laptop"))
        self._fill_zones(row.time_zone if row else None)
        self.country.textChanged.connect(lambda _text: self._fill_zones(None))
        self.notes = self.add_field("notes", self.tr("N&otes:"),
                                    notes_edit(row.notes if row else None, 130))
        self.setMinimumWidth(520)

    def _fill_zones(self, current: str | None) -> None:
        """The zones of the country typed (the one zone it has, preselected); a country with
        several (US) asks which, with the first one empty."""
        zones = country_time_zones(self.country.text().strip())
        current = current or default_time_zone(self.country.text().strip()) or ""
        self.time_zone.clear()
        if len(zones) != 1:
            self.time_zone.addItem("")
        self.time_zone.addItems(zones)
        self.time_zone.setCurrentText(current)

    def save(self) -> None:
        if (len(country_time_zones(self.country.text().strip())) > 1
                and not self.time_zone.currentText().strip()):
            raise ValidationError(self.tr("Which time zone is the mission in? {country} has "
                                          "several.").format(country=self.country.text().upper()),
                                  field="time_zone")
        values = {"name": self.name.text(), "time_zone": self.time_zone.currentText(),
                  "starts_on": parse_optional_date(self.starts_on, "starts_on"),
                  "ends_on": parse_optional_date(self.ends_on, "ends_on"),
                  "location": self.location.text(), "country": self.country.text(),
                  "notes": self.notes.toPlainText()}
        if self.mission_id is None:
            mission = self.db.write(create_mission, **values)
        else:
            mission = self.db.write(update_mission, self.mission_id, **values)
        self.saved_id = mission.id


class SessionEditor(FormDialog):
    changes = ("sessions", "missions")

    def __init__(self, db: Database, parent: QWidget | None = None,
                 session_id: uuid.UUID | None = None, mission_id: uuid.UUID | None = None):
        super().__init__(db, parent, self.tr("Edit session") if session_id
                         else self.tr("New session"))
        self.session_id = session_id
        row: MissionSession | None = (db.read(get_row, MissionSession, session_id)
                                      if session_id else None)
        mission_row = QWidget()
        line = QHBoxLayout(mission_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.mission = QComboBox()
        # A long mission name must not push the label out of the dialog.
        self.mission.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mission.setMinimumContentsLength(24)
        new_mission = QPushButton(self.tr("New mission…"))
        new_mission.setAutoDefault(False)
        new_mission.clicked.connect(self._new_mission)
        line.addWidget(self.mission, 1)
        line.addWidget(new_mission)
        self.add_field("mission_id", self.tr("&Mission:"), mission_row, "mission")
        self.fields["mission_id"] = self.fields["mission"] = self.mission
        self._fill_missions(row.mission_id if row else mission_id)
        self.title_edit = self.add_field("title", self.tr("&Title:"),
                                         QLineEdit(row.title if row else ""))
        self.kind = self.add_field("kind", self.tr("&Kind:"), QComboBox())
        self.kind.setEditable(True)
        # The usual kinds in the user's language, each holding the stored (English) kind.
        self.kind.addItem("", "")
        for kind in SESSION_KINDS:
            self.kind.addItem(session_kind_label(kind), kind)
        self.kind.setCurrentText(session_kind_label(row.kind) if row else "")
        zone = self.zones.get(self.mission.currentData())
        self.all_day = self.add_field("all_day", "", QCheckBox(self.tr("&Date only (all day)")))
        self.starts_at = self.add_field("starts_at", self.tr("&Starts:"),
                                        optional_datetime_line(row.starts_at if row else None,
                                                               zone))
        self.ends_at = self.add_field("ends_at", self.tr("&Ends:"),
                                      optional_datetime_line(row.ends_at if row else None, zone))
        self.starts_at.setToolTip(self.tr("In the mission's time zone"))
        if row is not None and row.all_day:
            self.all_day.setChecked(True)
            first, last = session_days(row.starts_at, row.ends_at, zone)
            self.starts_at.setText(first.isoformat() if first else "")
            self.ends_at.setText(last.isoformat() if last and last != first else "")
        self.venue = self.add_field("venue", self.tr("&Venue:"),
                                    QLineEdit(row.venue or "" if row else ""))
        self.notes = self.add_field("notes", self.tr("N&otes:"),
                                    notes_edit(row.notes if row else None))
        self.setMinimumWidth(520)

    def _fill_missions(self, selected: uuid.UUID | None) -> None:
        self.mission.clear()
        self.zones: dict[uuid.UUID, str | None] = {}
        for mission in self.db.read(list_missions):
            self.mission.addItem(mission.name, mission.id)
            self.zones[mission.id] = mission.time_zone
        if selected is not None:
            select_data(self.mission, selected)

    def _new_mission(self) -> None:
        editor = MissionEditor(self.db, self)
        if editor.exec():
            self._fill_missions(editor.saved_id)  # type: ignore[arg-type]

    def _kind(self) -> str:
        """The stored kind: a usual one chosen (or typed in the user's language) is kept in
        English; any other is kept as typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        return self.kind.itemData(index) if index > 0 else text

    def save(self) -> None:
        mission_id = self.mission.currentData()
        if mission_id is None:
            raise ValidationError(self.tr("Pick a mission, or create one with “New mission…”."),
                                  field="mission_id")
        zone = self.zones.get(mission_id)
        if self.all_day.isChecked():
            # A date (what follows it, a time, is dropped): whole days of the mission's zone.
            for edit in (self.starts_at, self.ends_at):
                edit.setText(edit.text().strip().split(" ")[0])
            first = parse_optional_date(self.starts_at, "starts_at")
            last = parse_optional_date(self.ends_at, "ends_at")
            if first is None:
                raise ValidationError(self.tr("A date-only session needs its date in Starts."),
                                      field="starts_at")
            starts_at, ends_at = day_span(first, last, zone)
        else:
            starts_at = parse_optional_datetime(self.starts_at, "starts_at", zone)
            ends_at = parse_optional_datetime(self.ends_at, "ends_at", zone)
        values = {"title": self.title_edit.text(), "kind": self._kind(),
                  "starts_at": starts_at, "ends_at": ends_at,
                  "all_day": self.all_day.isChecked(),
                  "venue": self.venue.text(), "notes": self.notes.toPlainText()}
        if self.session_id is None:
            row = self.db.write(create_session, mission_id=mission_id, **values)
        else:
            row = self.db.write(update_session, self.session_id, mission_id=mission_id,
                                **values)
        self.saved_id = row.id


class FollowUpEditor(FormDialog):
    """A new follow-up for ``contact_id``, or the follow-up ``followup_id``."""

    changes = ("followups", "contacts")

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 followup_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None):
        super().__init__(db, parent, self.tr("Edit follow-up") if followup_id
                         else self.tr("New follow-up"))
        self.followup_id = followup_id
        row: FollowUp | None = db.read(get_row, FollowUp, followup_id) if followup_id else None
        self.contact_id = row.contact_id if row else contact_id
        if self.contact_id is None:
            raise ValueError("a follow-up editor needs a follow-up or a contact")
        self.add_field("contact", self.tr("About:"), QLabel(_contact_name(db, self.contact_id)))
        self.title_edit = self.add_field("title", self.tr("&Task:"),
                                         QLineEdit(row.title if row else ""))
        self.title_edit.setPlaceholderText(self.tr("e.g. send the deck"))
        due = row.due_on if row else local_today() + timedelta(days=DEFAULT_DUE_DAYS)
        self.due = self.add_field("due_on", self.tr("&Due:"), date_edit(due), "due")
        self.priority = self.add_field("priority", self.tr("&Priority:"),
                                       priority_box(row.priority if row else 0))
        self.status = self.add_field("status", self.tr("&Status:"), QComboBox())
        labels = {"open": self.tr("Open"), "done": self.tr("Done"),
                  "cancelled": self.tr("Cancelled")}
        for status in STATUSES:
            self.status.addItem(labels[status], status)
        select_data(self.status, row.status if row else "open")
        self.status.setEnabled(row is not None)
        self.notes = self.add_field("notes", self.tr("N&otes:"),
                                    notes_edit(row.notes if row else None))
        self.setMinimumWidth(460)

    def save(self) -> None:
        values = {"title": self.title_edit.text(), "due_on": edit_date(self.due),
                  "priority": self.priority.currentData(), "notes": self.notes.toPlainText()}
        if self.followup_id is None:
            owner = Preferences.load().owner_name or None
            row = self.db.write(create_followup, contact_id=self.contact_id, owner=owner,
                                **values)
        else:
            def edit(session):  # type: ignore[no-untyped-def]
                current = get_row(session, FollowUp, self.followup_id)
                changes = dict(values)
                if changes["due_on"] == current.due_on:
                    del changes["due_on"]  # unchanged: keep a snooze
                if self.status.currentData() != current.status:
                    changes["status"] = self.status.currentData()
                return update_followup(session, self.followup_id, **changes)

            row = self.db.write(edit)
        self.saved_id = row.id


class InteractionEditor(FormDialog):
    """Log an interaction with ``contact_id``, or edit ``interaction_id``."""

    changes = ("interactions", "contacts")

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 interaction_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None):
        super().__init__(db, parent, self.tr("Edit interaction") if interaction_id
                         else self.tr("Log an interaction"))
        self.interaction_id = interaction_id
        row: Interaction | None = (db.read(get_row, Interaction, interaction_id)
                                   if interaction_id else None)
        self.contact_id = row.contact_id if row else contact_id
        if self.contact_id is None:
            raise ValueError("an interaction editor needs an interaction or a contact")
        self.add_field("contact", self.tr("With:"), QLabel(_contact_name(db, self.contact_id)))
        self.channel = self.add_field("channel", self.tr("&Channel:"), QComboBox())
        labels = {"email": self.tr("Email"), "call": self.tr("Call"),
                  "meeting": self.tr("Meeting"), "note": self.tr("Note")}
        for channel in CHANNELS:
            self.channel.addItem(labels[channel], channel)
        select_data(self.channel, row.channel if row else "email")
        self.when = self.add_field("occurred_at", self.tr("&When:"),
                                   datetime_edit(row.occurred_at if row else None))
        self.summary = self.add_field("summary", self.tr("&Summary:"),
                                      notes_edit(row.summary if row else None, 110))
        self.setMinimumWidth(480)

    def save(self) -> None:
        summary = self.summary.toPlainText().strip()
        if not summary:
            raise ValidationError(self.tr("Say in a few words what happened."), field="summary")
        values = {"channel": self.channel.currentData(), "summary": summary,
                  "occurred_at": edit_datetime(self.when)}
        if self.interaction_id is None:
            owner = Preferences.load().owner_name or None
            row = self.db.write(log_interaction, contact_id=self.contact_id, owner=owner,
                                **values)
        else:
            row = self.db.write(update_interaction, self.interaction_id, **values)
        self.saved_id = row.id


class EncounterEditor(FormDialog):
    """Record that ``contact_id`` was met at a session (an existing person met again)."""

    changes = ("contacts", "sessions")

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 contact_id: uuid.UUID):
        super().__init__(db, parent, self.tr("Met at a session"))
        self.contact_id = contact_id
        self.add_field("contact", self.tr("Who:"), QLabel(_contact_name(db, contact_id)))
        self.session = self.add_field("session_id", self.tr("&Session:"), QComboBox(),
                                      "session")
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session.setMinimumContentsLength(30)
        add_session_items(self.session, db.read(list_session_choices))
        running = db.read(current_session)
        if running is not None:
            select_data(self.session, running.id)
        self.note = self.add_field("note", self.tr("N&ote:"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. wants CAR-T capacity in EU"))
        self.setMinimumWidth(520)

    def save(self) -> None:
        session_id = self.session.currentData()
        if session_id is None:
            raise ValidationError(self.tr("There is no session yet: add one on the Sessions "
                                          "page."), field="session_id")
        owner = Preferences.load().owner_name or None
        row = self.db.write(record_encounter, contact_id=self.contact_id,
                            session_id=session_id, note=self.note.text(), owner=owner)
        self.saved_id = row.id
