"""Quick capture's service: contact, encounter and follow-up in one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from crm.errors import ValidationError
from crm.services.capture import capture_contact
from crm.services.contacts import ContactFilter, count_contacts, get_contact
from crm.services.missions import create_mission
from crm.services.sessions import create_session


def test_capture_links_session_note_and_followup(db) -> None:  # type: ignore[no-untyped-def]
    mission = db.write(create_mission, name="USA 2022")
    met = db.write(create_session, mission_id=mission.id, title="Round table")
    contact = db.write(capture_contact, first_name="Léa", last_name="Martin",
                       company="Acme Bio", email="lea@acme.example", phone="+1 617 555 0100",
                       session_id=met.id, note="wants CAR-T capacity in EU", tags=["CAR-T"],
                       followup_title="Send the deck", followup_due=date(2022, 6, 20),
                       owner="Delegate")
    loaded = db.read(get_contact, contact.id)
    assert loaded.company.name == "Acme Bio" and loaded.phone == "+16175550100"
    assert loaded.notes is None and loaded.source == "quick capture"
    assert [(e.session_id, e.note) for e in loaded.encounters] == [
        (met.id, "wants CAR-T capacity in EU")]
    assert [(f.title, f.due_on, f.owner) for f in loaded.followups] == [
        ("Send the deck", date(2022, 6, 20), "Delegate")]


def test_capture_without_session_keeps_note_on_contact(db) -> None:  # type: ignore[no-untyped-def]
    contact = db.write(capture_contact, first_name="Bo", note="met in the lobby")
    assert db.read(get_contact, contact.id).notes == "met in the lobby"


def test_capture_is_all_or_nothing(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as error:
        db.write(capture_contact, first_name="Bo", followup_title="Call", followup_due=None)
    assert error.value.field == "followup_due"
    assert db.read(count_contacts, ContactFilter()) == 0


def test_session_choices_in_agenda_order(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from crm.services.sessions import list_session_choices

    mission = db.write(create_mission, name="USA 2022")
    later = db.write(create_session, mission_id=mission.id, title="Reception",
                     starts_at=datetime(2022, 6, 9, tzinfo=UTC))
    first = db.write(create_session, mission_id=mission.id, title="Round table",
                     starts_at=datetime(2022, 6, 8, tzinfo=UTC))
    choices = db.read(list_session_choices)
    assert [(c.id, c.mission) for c in choices] == [(first.id, "USA 2022"),
                                                   (later.id, "USA 2022")]
