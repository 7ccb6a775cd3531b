"""Contact search: prefix, accent- and case-insensitive, over every field, and an index that
stays in step with every way contacts change."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text, update

from crm.clock import utcnow
from crm.models import Company, Contact, ContactEmail, ContactPhone, Tag, contact_tag
from crm.services import common
from crm.services.companies import update_company
from crm.services.contacts import (
    ContactFilter,
    count_contacts,
    create_contact,
    list_contacts,
    update_contact,
)
from crm.services.encounters import record_encounter
from crm.services.missions import create_mission
from crm.services.search import fts_query, purge_deleted, search_for
from crm.services.sessions import create_session


def found(db, query: str, **flt) -> list[str]:
    rows = db.read(list_contacts, ContactFilter(search=query, **flt))
    return sorted(f"{r.first_name} {r.last_name}".strip() for r in rows)


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_prefix_accents_and_case(db) -> None:
    db.write(create_contact, first_name="Frédéric", last_name="Lemaître")
    db.write(create_contact, first_name="Frank", last_name="Ocean")
    for query in ("frederic", "FRÉDÉRIC", "fréd", "Fred", "lemaitre", "lEmAî", "fr le"):
        assert found(db, query) == ["Frédéric Lemaître"], query
    assert found(db, "fr") == ["Frank Ocean", "Frédéric Lemaître"]
    assert found(db, "ederic") == []  # words match from their start, not in the middle
    assert db.read(count_contacts, ContactFilter(search="fr")) == 2


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_every_field_is_searchable(db) -> None:
    def seed(session):
        contact = create_contact(
            session, first_name="Ines", last_name="Vermeulen", job_title="Head of Partnering",
            company="Northwind Biologics", emails=["ines.v@harbor-cell.example"],
            phones=["+1 617 555 0142"], notes="wants CAR-T capacity", tags=["Cell therapy"])
        create_contact(session, first_name="Other", last_name="Person", company="Acme")
        mission = create_mission(session, name="USA 2022")
        meeting = create_session(session, mission_id=mission.id, title="Round table")
        record_encounter(session, contact_id=contact.id, session_id=meeting.id,
                         note="asked about fill & finish in Wallonia")

    db.write(seed)
    for query in ("partnering", "northwind bio", "ines.v@harb", "harbor-cell", "harbor",
                  "+1 617 555", "6175550142", "555 0142", "0142", "car-t", "capacity",
                  "wallonia", "cell ther", "therapy", "ines north 555"):
        assert found(db, query) == ["Ines Vermeulen"], query


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_belgian_number_typed_with_trunk_zero(db) -> None:
    db.write(create_contact, first_name="Lotte", phones=["0475 12 34 56"], region="BE")
    for query in ("0475", "0475 12 34 56", "0475/12.34.56", "+32 475 12", "475123456"):
        assert found(db, query) == ["Lotte"], query


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_user_syntax_is_taken_literally(db) -> None:
    db.write(create_contact, first_name="Anne", last_name="Or-Not", notes='say "near" (AND)')
    for query in ('"near', "near)", "(and", "or-not", "NOT", "OR", "AND", "anne*", "-anne",
                  "an NEAR(x y)", "a:b", "^anne", "{or}"):
        db.read(list_contacts, ContactFilter(search=query))  # never an FTS syntax error
    assert found(db, "or-not") == ["Anne Or-Not"]
    assert found(db, '"near') == ["Anne Or-Not"]
    assert found(db, "anne*") == ["Anne Or-Not"]
    assert fts_query(" - * () ") is None
    assert found(db, " - * () ") == ["Anne Or-Not"]  # nothing to match: no filter


def test_any_typed_text_is_a_valid_query(db) -> None:
    db.write(create_contact, first_name="Zoë", last_name="Brennan", emails=["zoe@x.example"])

    @given(st.text(max_size=40) | st.text(alphabet='"*-+():^{}ANDORNTE .@0123456789zoë',
                                         max_size=30))
    @settings(max_examples=300, deadline=None)
    def check(query: str) -> None:
        db.read(list_contacts, ContactFilter(search=query), limit=5)
        db.read(count_contacts, ContactFilter(search=query))

    check()


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_index_follows_edits_of_names_emails_phones_and_tags(db) -> None:
    contact = db.write(create_contact, first_name="Old", last_name="Name",
                       emails=["first@old.example"], phones=["+1 617 555 0100"], tags=["alpha"])
    db.write(update_contact, contact.id, first_name="New", emails=["second@new.example"],
             phones=["+1 212 555 0199"], tags=["beta"])
    assert found(db, "old") == []
    assert found(db, "first@old") == []
    assert found(db, "6175550100") == []
    assert found(db, "alpha") == []
    for query in ("new", "second@new", "212 555", "beta"):
        assert found(db, query) == ["New Name"], query
    db.write(update_contact, contact.id, emails=[], phones=[], tags=[])
    assert found(db, "second") == found(db, "beta") == found(db, "212") == []


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_index_follows_company_and_tag_renames(db) -> None:
    db.write(create_contact, first_name="Pia", company="Bluepeak", tags=["cdmo"])
    company_id = db.read(lambda s: s.scalar(select(Company.id)))
    db.write(update_company, company_id, name="Redvalley")
    assert found(db, "bluepeak") == []
    assert found(db, "redval") == ["Pia"]
    db.write(lambda s: s.execute(update(Tag).values(name="Manufacturing")))
    assert found(db, "cdmo") == []
    assert found(db, "manuf") == ["Pia"]
    db.write(lambda s: s.delete(s.get(Company, company_id)))  # contacts lose their company
    assert found(db, "redval") == []
    assert found(db, "pia") == ["Pia"]


def test_trash_and_restore_keep_the_contact_findable_in_its_place(db) -> None:
    contact = db.write(create_contact, first_name="Trashy", last_name="McTrash")
    db.write(common.trash, Contact, contact.id)
    assert found(db, "trashy") == []
    assert found(db, "trashy", only_trashed=True) == ["Trashy McTrash"]
    db.write(common.restore, Contact, contact.id)
    assert found(db, "trashy") == ["Trashy McTrash"]


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_bulk_inserts_are_indexed(db) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    now = utcnow()

    def bulk(session):
        session.execute(insert(Contact), [
            {"id": i, "first_name": f"Bulk{n}", "last_name": "Loaded", "created_at": now,
             "updated_at": now, "version": 1, "priority": 0} for n, i in enumerate(ids)])
        session.execute(insert(ContactEmail), [
            {"id": uuid.uuid4(), "contact_id": i, "address": f"bulk{n}@load.example",
             "address_key": f"bulk{n}@load.example", "position": 0, "created_at": now,
             "updated_at": now, "version": 1} for n, i in enumerate(ids)])
        session.execute(insert(ContactPhone), [
            {"id": uuid.uuid4(), "contact_id": ids[0], "number": "+3225550123", "position": 0,
             "created_at": now, "updated_at": now, "version": 1}])

    db.write(bulk)
    with db.engine.execution_options(sqlite_write=True).begin() as conn:  # Core, no Session
        conn.execute(insert(Contact), [{"id": uuid.uuid4(), "first_name": "Core",
                                        "last_name": "Loaded", "created_at": now,
                                        "updated_at": now, "version": 1, "priority": 0}])
    assert found(db, "loaded") == ["Bulk0 Loaded", "Bulk1 Loaded", "Bulk2 Loaded",
                                   "Core Loaded"]
    assert found(db, "bulk1@load") == ["Bulk1 Loaded"]
    assert found(db, "02 555 01") == ["Bulk0 Loaded"]


def fts_rows(db) -> int:
    return db.read(lambda s: s.scalar(text("SELECT count(*) FROM contact_fts")))


@pytest.mark.sqlite_only  # the FTS5 index
def test_erasure_leaves_nothing_in_the_index(db) -> None:
    keep = db.write(create_contact, first_name="Kept", last_name="Here")
    gone = db.write(create_contact, first_name="Zyxwinsky", last_name="Erased",
                    emails=["zyx@erase.example"], tags=["gdpr"])
    db.write(create_contact, first_name="Some", last_name="Body", tags=["gdpr"])
    assert fts_rows(db) == 3

    def data_bytes() -> bytes:
        return b"".join(db.read(lambda s: list(s.scalars(
            text("SELECT block FROM contact_fts_data")))))

    # Terms are stored prefix-compressed: "zyxwinsky" is "zyx" (of the email) + "winsky".
    assert b"winsky" in data_bytes()
    db.write(lambda s: s.delete(s.get(Contact, gone.id)))
    assert found(db, "zyxwinsky", include_trashed=True) == []
    assert fts_rows(db) == 2
    db.write(purge_deleted)
    assert b"winsky" not in data_bytes()
    assert b"erase" not in data_bytes()
    assert found(db, "kept") == ["Kept Here"]
    assert found(db, "gdpr") == ["Some Body"]
    db.write(lambda s: s.execute(delete(contact_tag)))
    db.write(lambda s: s.execute(delete(Contact).where(Contact.id == keep.id)))
    assert found(db, "kept", include_trashed=True) == []
    assert db.read(lambda s: s.scalar(text("SELECT count(*) FROM contact_fts_key"))) == 1


@pytest.mark.sqlite_only  # the FTS5 index (PostgreSQL: LIKE until it has its own)
def test_portable_fallback_matches_prefixes_without_the_index(db) -> None:
    db.write(create_contact, first_name="Carl", last_name="Moore", company="Pfizer",
             phones=["+1 617 555 0100"])
    clause = search_for("mysql").contact_clause("pfi mo")
    assert clause is not None
    rows = db.read(lambda s: list(s.scalars(select(Contact.first_name).where(clause))))
    assert rows == ["Carl"]
    phone = search_for("mysql").contact_clause("555")
    assert db.read(lambda s: list(s.scalars(select(Contact.first_name).where(phone)))) == ["Carl"]
    assert search_for("mysql").contact_clause("  ") is None


@pytest.mark.sqlite_only
@pytest.mark.parametrize("few", [0, 10_000])
def test_search_pages_in_name_order_by_either_plan(db, monkeypatch, few: int) -> None:
    from crm.services import search

    monkeypatch.setattr(search, "_FEW_MATCHES", few)  # many matches / few matches plan

    def seed(session):
        for n in range(30):
            create_contact(session, first_name=f"Ann{n % 4}", last_name=f"Smith{(n * 7) % 10}",
                           tags=["lead"] if n % 3 else [])

    db.write(seed)
    trashed = db.read(list_contacts, ContactFilter(search="lead"))[5]
    db.write(common.trash, Contact, trashed.id)
    everyone = db.read(list_contacts, ContactFilter(tag="lead"))  # the plain SQL plan
    assert len(everyone) == 19
    assert db.read(list_contacts, ContactFilter(search="lead")) == everyone
    assert db.read(list_contacts, ContactFilter(search="lea"), offset=5, limit=4) == everyone[5:9]
    backwards = db.read(list_contacts, ContactFilter(search="lead ann"), descending=True)
    assert backwards == everyone[::-1]
    assert db.read(count_contacts, ContactFilter(search="lead")) == 19
    assert db.read(list_contacts, ContactFilter(search="nobody")) == []


def test_nicknames_addresses_and_web_addresses_are_found(db) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import ContactFilter, create_contact, list_contacts, update_contact

    contact_id = db.write(lambda s: create_contact(
        s, first_name="Robert", last_name="Vance", middle_name="Quentin", nickname="Bobby",
        addresses=[{"label": "work", "street": "100 Market St", "city": "Philadelphia",
                    "postal_code": "19104", "country": "USA"}],
        urls=["https://www.vance-refrigeration.example.com"]).id)

    def found(query: str) -> bool:
        return [r.id for r in db.read(list_contacts, ContactFilter(search=query))] == [contact_id]

    for query in ("bobby", "quentin", "philadel", "market", "19104", "vance-refrig"):
        assert found(query), query
    # Editing an address (not the contact's own row) brings the index up to date.
    db.write(update_contact, contact_id, addresses=[{"city": "Scranton"}])
    assert found("scranton") and not found("philadelphia")
