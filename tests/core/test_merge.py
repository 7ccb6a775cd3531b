"""Merging contacts and companies: every linked row is kept, one transaction, exact undo."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.errors import NotFoundError, UserError, ValidationError
from crm.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    Encounter,
    FollowUp,
    Interaction,
    SessionOrganiser,
    contact_tag,
)
from crm.services.companies import create_company
from crm.services.contacts import ContactFilter, create_contact, list_contacts, update_contact
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.interactions import log_interaction
from crm.services.merge import (
    forget_merges_of,
    merge_companies,
    merge_contacts,
    merge_records,
    undo_last_merge,
    undo_merge,
    undoable_merges,
)
from crm.services.missions import create_mission
from crm.services.sessions import create_session

SKIP = {"version", "updated_at"}


def _row(session: Session, model: type, row_id: uuid.UUID) -> dict[str, Any] | None:
    table = model.__table__
    row = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return None if row is None else {k: v for k, v in row.items() if k not in SKIP}


def _linked(session: Session, model: type, contact_id: uuid.UUID) -> list[dict[str, Any]]:
    table = model.__table__
    rows = session.execute(select(table).where(table.c.contact_id == contact_id)
                           .order_by(table.c.id)).mappings()
    return [{k: v for k, v in r.items() if k not in SKIP} for r in rows]


def picture(session: Session, *contact_ids: uuid.UUID) -> dict[str, Any]:
    """Everything a user could notice about these contacts, bookkeeping columns aside."""
    out: dict[str, Any] = {}
    for cid in contact_ids:
        out[str(cid)] = {
            "contact": _row(session, Contact, cid),
            **{m.__tablename__: _linked(session, m, cid)
               for m in (ContactEmail, ContactPhone, Encounter, Interaction, FollowUp)},
            "tags": sorted(session.scalars(select(contact_tag.c.tag_id)
                                           .where(contact_tag.c.contact_id == cid))),
        }
    return out


@pytest.fixture
def two_of_one(db):  # type: ignore[no-untyped-def]
    """Robert Smith and "Bob SMITH", each with his own history, one shared email and tag."""

    def build(session: Session) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
        mission = create_mission(session, name="USA 2022")
        round_table = create_session(session, mission_id=mission.id, title="Round table",
                                     starts_at=datetime(2022, 6, 8, 14, tzinfo=UTC))
        visit = create_session(session, mission_id=mission.id, title="Site visit",
                               starts_at=datetime(2022, 6, 9, 9, tzinfo=UTC))
        keep = create_contact(session, first_name="Robert", last_name="Smith",
                              emails=["robert.smith@acme.com"], phones=["+1 617 555 0100"],
                              company="Acme Inc", tags=["CAR-T", "lead"], notes="met twice")
        other = create_contact(session, first_name="Bob", last_name="SMITH",
                               job_title="VP Manufacturing",
                               emails=["bob@gmail.com", "Robert.Smith@acme.com"],
                               phones=["+1 617 555 0199"], tags=["car-t", "Boston"],
                               linkedin="https://linkedin.com/in/bobsmith")
        record_encounter(session, contact_id=keep.id, session_id=round_table.id, note="CAR-T")
        record_encounter(session, contact_id=other.id, session_id=round_table.id,
                         note="wants EU capacity")
        record_encounter(session, contact_id=other.id, session_id=visit.id, note="toured")
        task = create_followup(session, contact_id=other.id, title="Send deck",
                               due_on=date(2022, 6, 20))
        create_followup(session, contact_id=keep.id, title="Call back", due_on=date(2022, 7, 1))
        log_interaction(session, contact_id=other.id, channel="email", summary="deck sent",
                        followup_id=task.id)
        log_interaction(session, contact_id=keep.id, channel="call", summary="intro call")
        return keep.id, other.id, round_table.id

    keep_id, other_id, _ = db.write(build)
    return db, keep_id, other_id


def test_merge_moves_every_linked_row_to_the_kept_contact(two_of_one) -> None:
    db, keep_id, other_id = two_of_one
    before = db.read(picture, keep_id, other_id)
    result = db.write(merge_contacts, keep_id, other_id, {"job_title": "other"})
    after = db.read(picture, keep_id, other_id)

    assert after[str(other_id)]["contact"] is None  # merged away
    kept = after[str(keep_id)]
    # Encounters, interactions and follow-ups: every row of both, same ids.
    for table in ("encounter", "interaction", "followup"):
        ids = {r["id"] for side in before.values() for r in side[table]}
        assert {r["id"] for r in kept[table]} == ids, table
    # Emails and phones: the union, the repeated address (another case) dropped once.
    emails = sorted(kept["contact_email"], key=lambda e: e["position"])
    assert [(e["address"], e["position"]) for e in emails] == [
        ("robert.smith@acme.com", 0), ("bob@gmail.com", 1)]
    assert {p["number"] for p in kept["contact_phone"]} == {"+16175550100", "+16175550199"}
    assert len(kept["tags"]) == 3  # car-t, lead, boston
    assert result.dropped == {"contact_email": 1, "contact_tag": 1}
    assert result.moved["encounter"] == 2 and result.moved["followup"] == 1

    contact = kept["contact"]
    assert (contact["first_name"], contact["last_name"]) == ("Robert", "Smith")
    assert contact["job_title"] == "VP Manufacturing"  # chosen from the other
    assert contact["linkedin"] == "https://linkedin.com/in/bobsmith"  # kept's was empty
    assert contact["notes"] == "met twice"
    # The follow-up still links its interaction.
    interaction = next(r for r in kept["interaction"] if r["summary"] == "deck sent")
    assert interaction["followup_id"] in {r["id"] for r in kept["followup"]}


def test_undo_restores_both_contacts_exactly(two_of_one) -> None:
    db, keep_id, other_id = two_of_one
    before = db.read(picture, keep_id, other_id)
    db.write(merge_contacts, keep_id, other_id,
             {"first_name": "other", "job_title": "other", "notes": "other"})
    undone = db.write(undo_last_merge)
    assert (undone.keep_id, undone.other_id) == (keep_id, other_id)
    assert db.read(picture, keep_id, other_id) == before
    assert db.read(undoable_merges) == []
    with pytest.raises(UserError, match="no merge to undo"):
        db.write(undo_last_merge)


def test_a_failed_merge_changes_nothing(two_of_one) -> None:
    db, keep_id, other_id = two_of_one
    before = db.read(picture, keep_id, other_id)
    with pytest.raises(ValidationError, match="no field shoe_size"):
        db.write(merge_contacts, keep_id, other_id, {"shoe_size": "other"})
    with pytest.raises(ValidationError, match="'keep' or 'other'"):
        db.write(merge_contacts, keep_id, other_id, {"notes": "both"})
    with pytest.raises(ValidationError, match="itself"):
        db.write(merge_contacts, keep_id, keep_id)
    with pytest.raises(NotFoundError):
        db.write(merge_contacts, keep_id, uuid.uuid4())
    assert db.read(picture, keep_id, other_id) == before
    assert db.read(undoable_merges) == []


def test_undo_refuses_when_the_kept_contact_was_edited_since(two_of_one) -> None:
    db, keep_id, other_id = two_of_one
    db.write(merge_contacts, keep_id, other_id)
    db.write(update_contact, keep_id, job_title="CEO")
    with pytest.raises(UserError, match="edited since"):
        db.write(undo_last_merge)
    assert db.read(_row, Contact, keep_id)["job_title"] == "CEO"


def test_undo_is_a_stack(db) -> None:
    ids = [db.write(create_contact, first_name="Ann", last_name=f"Lee{i}").id for i in range(3)]
    first = db.write(merge_contacts, ids[0], ids[1])
    db.write(merge_contacts, ids[0], ids[2])
    with pytest.raises(UserError, match="later merge"):
        db.write(undo_merge, first.merge_id)
    db.write(undo_last_merge)
    db.write(undo_last_merge)
    names = sorted(r.last_name for r in db.read(list_contacts))
    assert names == ["Lee0", "Lee1", "Lee2"]


def test_search_finds_only_the_kept_record_after_merge_and_both_after_undo(db) -> None:
    keep = db.write(create_contact, first_name="Grace", last_name="Hopper",
                    emails=["grace@navy.mil"]).id
    other = db.write(create_contact, first_name="Grace", last_name="Hopper",
                     emails=["amazing.grace@cobol.org"]).id

    def found(query: str) -> list[uuid.UUID]:
        return [r.id for r in db.read(list_contacts, ContactFilter(search=query))]

    db.write(merge_contacts, keep, other)
    assert found("Hopper") == [keep]
    assert found("amazing.grace") == [keep]  # the merged-away email finds the kept record
    db.write(undo_last_merge)
    assert sorted(found("Hopper")) == sorted([keep, other])
    assert found("amazing.grace") == [other]


def test_company_merge_moves_the_people_and_undo_brings_them_back(db) -> None:
    def build(session: Session) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
        keep = create_company(session, name="Pfizer Inc.", website="https://pfizer.com")
        other = create_company(session, name="PFIZER", city="New York", tags=["pharma"])
        mission = create_mission(session, name="USA 2022")
        create_session(session, mission_id=mission.id, title="Reception",
                       organisers=[(keep.id, "organiser"), (other.id, "partner")])
        create_session(session, mission_id=mission.id, title="Seminar",
                       organisers=[(other.id, "organiser")])
        ada = create_contact(session, first_name="Ada", last_name="Byron", company_id=other.id)
        return keep.id, other.id, ada.id, mission.id

    keep, other, ada, _ = db.write(build)

    def state(session: Session) -> dict[str, Any]:
        organisers = session.execute(select(SessionOrganiser.session_id,
                                            SessionOrganiser.company_id,
                                            SessionOrganiser.role)).all()
        return {"keep": _row(session, Company, keep), "other": _row(session, Company, other),
                "ada": _row(session, Contact, ada), "organisers": sorted(map(tuple, organisers),
                                                                          key=str)}

    before = db.read(state)
    result = db.write(merge_records, keep, other)
    assert result.kind == "company"
    after = db.read(state)
    assert after["other"] is None
    assert after["ada"]["company_id"] == keep
    assert after["keep"]["city"] == "New York"  # empty on the kept one: taken from the other
    assert {c for _, c, _ in after["organisers"]} == {keep}
    assert len(after["organisers"]) == 2  # the reception's repeated organiser dropped
    db.write(undo_last_merge)
    assert db.read(state) == before


def test_merge_records_refuses_a_contact_with_a_company(db) -> None:
    company = db.write(create_company, name="Acme").id
    contact = db.write(create_contact, first_name="Ada").id
    with pytest.raises(ValidationError, match="contact with a company"):
        db.write(merge_records, contact, company)
    with pytest.raises(NotFoundError):
        db.write(merge_companies, company, uuid.uuid4())


def test_erasure_can_forget_the_merge_snapshots_of_a_person(two_of_one) -> None:
    db, keep_id, other_id = two_of_one
    db.write(merge_contacts, keep_id, other_id)
    assert db.write(forget_merges_of, keep_id) == 1
    assert db.read(undoable_merges) == []


def test_merge_keeps_the_address_book_of_both(db) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import create_contact, get_contact
    from crm.services.merge import merge_contacts

    keep = db.write(create_contact, first_name="Bob", last_name="Vance",
                    urls=["https://vance.example.com"])
    other = db.write(create_contact, first_name="Robert", last_name="Vance",
                     nickname="Bobby", birthday="--03-01",
                     addresses=[{"city": "Scranton"}],
                     urls=["https://vance.example.com", "https://github.com/bvance"])
    db.write(merge_contacts, keep.id, other.id)
    merged = db.read(get_contact, keep.id)
    assert (merged.nickname, merged.birthday) == ("Bobby", "--03-01")
    assert [a.city for a in merged.addresses] == ["Scranton"]
    assert sorted(u.url for u in merged.urls) == ["https://github.com/bvance",
                                                  "https://vance.example.com"]
