"""The trash: deleted contacts, companies and sessions, the latest first, and restoring."""

from __future__ import annotations

from crm.models import Company, Contact, MissionSession
from crm.services.common import trash
from crm.services.companies import create_company
from crm.services.contacts import count_contacts, create_contact
from crm.services.missions import create_mission
from crm.services.sessions import create_session
from crm.services.trash import count_trash, list_trash, restore_from_trash


def test_trash_lists_what_was_deleted_latest_first_and_restores_it(db) -> None:  # type: ignore[no-untyped-def]
    def setup(session):  # type: ignore[no-untyped-def]
        acme = create_company(session, name="Acme Bio", city="Gent")
        ada = create_contact(session, first_name="Ada", last_name="Peeters", company_id=acme.id)
        create_contact(session, first_name="Kept", last_name="Alive")
        mission = create_mission(session, name="USA 2022")
        round_table = create_session(session, mission_id=mission.id, title="Round table")
        return acme.id, ada.id, round_table.id

    acme, ada, round_table = db.write(setup)
    assert db.read(list_trash) == [] and db.read(count_trash) == 0
    for model, row_id in ((Contact, ada), (MissionSession, round_table), (Company, acme)):
        db.write(trash, model, row_id)  # one transaction each: later ones are later

    rows = db.read(list_trash)
    assert [(r.kind, r.name, r.detail) for r in rows] == [
        ("company", "Acme Bio", "Gent"), ("session", "Round table", "USA 2022"),
        ("contact", "Ada Peeters", "Acme Bio")]
    assert db.read(count_trash) == 3 and db.read(count_contacts) == 1

    db.write(restore_from_trash, "contact", ada)
    assert db.read(count_contacts) == 2
    assert [r.kind for r in db.read(list_trash)] == ["company", "session"]
