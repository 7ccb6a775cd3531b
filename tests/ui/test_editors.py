"""Every editor: saves good values, shows a bad value's message next to its field, saves nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crm.config import Preferences
from crm.models import FollowUp, Interaction, Mission
from crm.services.common import get_row
from crm.services.companies import count_companies, find_company
from crm.services.contacts import ContactFilter, create_contact, get_contact, list_contacts
from crm.services.missions import list_missions
from crm.services.sessions import list_sessions
from ui.dialogs.contact_editor import ContactEditor
from ui.dialogs.editors import (
    CompanyEditor,
    EncounterEditor,
    FollowUpEditor,
    InteractionEditor,
    MissionEditor,
    SessionEditor,
)
from ui.dialogs.form import select_data


@pytest.fixture
def person(db):  # type: ignore[no-untyped-def]
    return db.write(create_contact, first_name="Léa", last_name="Martin",
                    emails=["lea@acme.example"], company="Acme Bio")


def shown_error(dialog, field: str) -> str:  # type: ignore[no-untyped-def]
    label: QLabel = dialog.errors[field]
    return label.text() if label.isVisibleTo(dialog) else ""


def test_contact_edit_with_bad_email_shows_message_and_saves_nothing(
        qtbot, db, person) -> None:  # type: ignore[no-untyped-def]
    editor = ContactEditor(db, None, person.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.job_title.setText("CEO")
    editor.emails.setText("lea@@acme")
    qtbot.keyClick(editor.emails, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert "not a valid email" in shown_error(editor, "email")
    again = db.read(get_contact, person.id)
    assert again.job_title is None and again.email == "lea@acme.example"


def test_contact_edit_saves_and_views_refresh(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.page("contacts")
    page.table.selectRow(0)
    contact_id = page.selected_id()
    editor = ContactEditor(window.db, window, contact_id)
    qtbot.addWidget(editor)
    editor.first_name.setText("Aaron")
    editor.last_name.setText("Aardvark")
    editor.phones.set_numbers("+1 617 555 0142", "02 555 12 34")
    editor.tags.setText("CAR-T, hot lead")
    select_data(editor.lawful_basis, "legitimate interest")
    editor.accept()
    assert editor.result() == ContactEditor.DialogCode.Accepted
    contact = window.db.read(get_contact, contact_id)
    assert [p.number for p in contact.phones] == ["+16175550142", "+3225551234"]
    assert [t.name for t in contact.tags] == ["CAR-T", "hot lead"]
    assert contact.lawful_basis == "legitimate interest"
    assert page.model.data(page.model.index(0, 0)) == "Aaron Aardvark"
    assert "Aaron Aardvark" in page.detail.toPlainText()


def test_new_contact_records_owner_from_settings(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    Preferences(owner_name="Delegate One").save()
    editor = ContactEditor(db)
    qtbot.addWidget(editor)
    editor.last_name.setText("Solo")
    editor.company.setText("New Co")
    editor.accept()
    contact = db.read(get_contact, editor.saved_id)
    assert contact.owner == "Delegate One" and contact.company.name == "New Co"


def test_contact_without_a_name_is_refused(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    editor = ContactEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert "name" in shown_error(editor, "first_name")
    assert db.read(list_contacts, ContactFilter()) == []


def test_company_editor(qtbot, db, person) -> None:  # type: ignore[no-untyped-def]
    editor = CompanyEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    editor.name.setText("Bluefin Labs")
    editor.country.setText("X1")
    editor.accept()
    assert "country" in shown_error(editor, "country")
    assert db.read(count_companies) == 1
    editor.country.setText("us")
    editor.city.setText("Boston")
    editor.accept()
    company = db.read(find_company, "bluefin labs")
    assert company.country == "US" and company.city == "Boston"
    edit = CompanyEditor(db, None, person.company_id)
    qtbot.addWidget(edit)
    assert edit.name.text() == "Acme Bio"
    edit.name.setText("")
    edit.show()
    edit.accept()
    assert "required" in shown_error(edit, "name")


def test_mission_and_session_editors(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    mission = MissionEditor(db)
    qtbot.addWidget(mission)
    mission.show()
    mission.name.setText("Mission to Japan")
    mission.starts_on.setText("2024-05-10")
    mission.ends_on.setText("2024-05-01")
    mission.accept()
    assert "end before" in shown_error(mission, "ends_on")
    mission.ends_on.setText("2024-05-17")
    mission.accept()
    assert [m.name for m in db.read(list_missions)] == ["Mission to Japan"]

    session = SessionEditor(db, None, mission_id=mission.saved_id)
    qtbot.addWidget(session)
    session.show()
    session.title_edit.setText("Osaka round table")
    session.kind.setCurrentText("round table")
    session.starts_at.setText("2024-05-11 14:00")
    session.ends_at.setText("yesterday")
    session.accept()
    assert "not a date" in shown_error(session, "ends_at")
    session.ends_at.setText("2024-05-11 16:30")
    session.venue.setText("Osaka Innovation Hub")
    session.accept()
    rows = db.read(list_sessions)
    assert [(r.title, r.kind, r.venue) for r in rows] == [
        ("Osaka round table", "round table", "Osaka Innovation Hub")]
    assert db.read(get_row, Mission, mission.saved_id).ends_on == date(2024, 5, 17)


def test_followup_editor_new_and_done(qtbot, db, person) -> None:  # type: ignore[no-untyped-def]
    editor = FollowUpEditor(db, None, contact_id=person.id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.status.isEnabled()
    editor.accept()
    assert "required" in shown_error(editor, "title")
    editor.title_edit.setText("Send the deck")
    editor.accept()
    followup = db.read(get_row, FollowUp, editor.saved_id)
    assert followup.status == "open" and followup.contact_id == person.id
    edit = FollowUpEditor(db, None, followup_id=followup.id)
    qtbot.addWidget(edit)
    assert edit.title_edit.text() == "Send the deck"
    select_data(edit.status, "done")
    edit.accept()
    assert db.read(get_row, FollowUp, followup.id).done_at is not None


def test_interaction_editor(qtbot, db, person) -> None:  # type: ignore[no-untyped-def]
    editor = InteractionEditor(db, None, contact_id=person.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert shown_error(editor, "summary")
    select_data(editor.channel, "call")
    editor.summary.setPlainText("Called about the site visit")
    editor.accept()
    row = db.read(get_row, Interaction, editor.saved_id)
    assert (row.channel, row.summary) == ("call", "Called about the site visit")
    edit = InteractionEditor(db, None, interaction_id=row.id)
    qtbot.addWidget(edit)
    edit.summary.setPlainText("Called twice")
    edit.accept()
    assert db.read(get_row, Interaction, row.id).summary == "Called twice"


def test_detail_pane_links_open_the_editors(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    opened: list[str] = []
    monkeypatch.setattr(FollowUpEditor, "exec", lambda self: opened.append("followup"))
    monkeypatch.setattr(InteractionEditor, "exec", lambda self: opened.append("interaction"))
    monkeypatch.setattr(ContactEditor, "exec", lambda self: opened.append("contact"))
    page = window.page("contacts")
    page.table.selectRow(0)
    monkeypatch.setattr(EncounterEditor, "exec", lambda self: opened.append("encounter"))
    for link in ("action:edit", "action:add-followup", "action:log-interaction",
                 "action:met-at"):
        page._link(QUrl(link))
    assert opened == ["contact", "followup", "interaction", "encounter"]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened[-1] == "contact"


def test_encounter_editor_links_an_existing_person_to_a_session(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    person = demo_db.write(create_contact, first_name="Ana", last_name="Again")
    editor = EncounterEditor(demo_db, None, contact_id=person.id)
    qtbot.addWidget(editor)
    session_id = editor.session.itemData(1)
    editor.session.setCurrentIndex(1)
    editor.note.setText("second meeting")
    editor.accept()
    assert editor.result() == EncounterEditor.DialogCode.Accepted
    met = demo_db.read(get_contact, person.id).encounters
    assert [(e.session_id, e.note) for e in met] == [(session_id, "second meeting")]


def test_encounter_editor_without_sessions_says_where_to_add_one(qtbot, db, person) -> None:  # type: ignore[no-untyped-def]
    editor = EncounterEditor(db, None, contact_id=person.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.accept()
    assert "Sessions page" in shown_error(editor, "session_id")
