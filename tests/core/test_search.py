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
def test_words_written_with_numbers_are_found_by_either_part(db) -> None:
    db.write(create_contact, first_name="Jan", last_name="Smith", company="Lab21",
             emails=["jsmith1987@gmail.example"], notes="covid19 vaccine B2B")
    db.write(create_contact, first_name="Other", last_name="Smithson")
    for query in ("jsmith1987", "jsmith19", "jsmith", "1987", "lab21", "lab2", "21",
                  "covid19", "covid1", "19", "b2b", "b2", "jsmith1987@gmail"):
        assert found(db, query) == ["Jan Smith"], query
    assert found(db, "smith") == ["Jan Smith", "Other Smithson"]
    assert found(db, "jsmith1988") == [] and found(db, "lab22") == []


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


def _unordered(db) -> None:
    """Make searches sort every match (what a name group too full for its slots causes)."""
    db.write(lambda s: s.execute(text(
        "INSERT INTO contact_fts_unordered (since) VALUES ('now')")))


@pytest.mark.sqlite_only
@pytest.mark.parametrize("plan", ["name-ordered index", "every match sorted"])
def test_search_pages_in_name_order_by_either_plan(db, plan: str) -> None:
    if plan == "every match sorted":
        _unordered(db)

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
    assert db.read(list_contacts, ContactFilter(search="lead"), offset=17, limit=4) \
        == everyone[17:]
    backwards = db.read(list_contacts, ContactFilter(search="lead ann"), descending=True)
    assert backwards == everyone[::-1]
    assert db.read(list_contacts, ContactFilter(search="lead ann"), descending=True,
                   offset=3, limit=5) == everyone[::-1][3:8]
    assert db.read(count_contacts, ContactFilter(search="lead")) == 19
    assert db.read(list_contacts, ContactFilter(search="nobody")) == []


def _pages_agree(db, query: str, *, tag: str = "lead") -> None:
    """Every page of a search equals the same page of the plain SQL plan (a tag filter that
    selects the same people), both ways."""
    everyone = db.read(list_contacts, ContactFilter(tag=tag))
    from crm.services import search

    keys = db.read(lambda s: s.execute(text("SELECT sort_last, sort_first, contact_id, docid"
                                            " FROM contact_fts_key ORDER BY docid")).all())
    if not db.read(lambda s: s.scalar(text("SELECT count(*) FROM contact_fts_unordered"))):
        # The index's rowids are in name order, each in its name group's range.
        assert [key[:3] for key in keys] == sorted(key[:3] for key in keys)
        for last, first, _, docid in keys:
            head = (last.encode() + b"\0" + first.encode())[:search.NAME_KEY_BYTES]
            assert docid >> search.TIE_BITS == int.from_bytes(
                head.ljust(search.NAME_KEY_BYTES, b"\0"), "big")
    for descending in (False, True):
        expected = everyone[::-1] if descending else everyone
        assert db.read(list_contacts, ContactFilter(search=query),
                       descending=descending) == expected
        for offset, limit in ((0, 1), (0, 3), (2, 3), (5, 7), (len(everyone) - 1, 5)):
            assert db.read(list_contacts, ContactFilter(search=query), descending=descending,
                           offset=offset, limit=limit) == expected[offset:offset + limit], \
                (query, descending, offset, limit)


@pytest.mark.sqlite_only
def test_name_groups_stay_in_order_through_renames_deletions_and_overflow(db, monkeypatch
                                                                          ) -> None:
    from crm.services import search

    # Tiny groups: names sharing their first 2 bytes share 8 slots, so pages end inside
    # groups, deleted contacts leave holes to renumber, and a group can overflow. "Sm..."
    # starts with 6 people in slots 0-5.
    monkeypatch.setattr(search, "NAME_KEY_BYTES", 2)
    monkeypatch.setattr(search, "TIE_BITS", 3)
    lasts = ["Smith", "Smyth", "Sm", "Sánchez", "Sanders", "O'Brien", "Ödegaard", "", "Z"]

    def seed(session):
        return [create_contact(session, first_name=f"{'AaBb'[n % 4]}{n}",
                               last_name=lasts[n % len(lasts)], tags=["lead"]).id
                for n in range(18)]

    ids = db.write(seed)
    _pages_agree(db, "lead")
    # Renames move people between groups; trash and deletion leave holes.
    db.write(update_contact, ids[0], last_name="Aardvark")
    db.write(update_contact, ids[1], first_name="Zed")
    db.write(common.trash, Contact, ids[2])
    db.write(lambda s: s.execute(delete(Contact).where(Contact.id.in_(ids[3:5] + ids[9:11]))))
    _pages_agree(db, "lead")
    # 3 "Sm..." people are left (slots up to 5): 3 new ones fit once the group is renumbered.
    db.write(lambda s: [create_contact(s, first_name=f"N{n}", last_name="Smart", tags=["lead"])
                        for n in range(3)])
    _pages_agree(db, "lead")
    assert not db.read(lambda s: s.scalar(text("SELECT count(*) FROM contact_fts_unordered")))
    # More than 8 "Sm..." people cannot be numbered in order: searches sort every match.
    db.write(lambda s: [create_contact(s, first_name=f"M{n}", last_name="Smalls", tags=["lead"])
                        for n in range(9)])
    assert db.read(lambda s: s.scalar(text("SELECT count(*) FROM contact_fts_unordered")))
    _pages_agree(db, "lead")


@pytest.mark.sqlite_only
def test_a_page_of_results_shows_every_change_as_the_list_does(db) -> None:
    """Search pages are read from the index's copy of what the list shows: it follows
    every change of those columns, whoever makes it."""
    def seed(session):
        return [create_contact(session, first_name=f"Ann{n}", last_name="Lead", tags=["lead"],
                               company="Acme", emails=[f"a{n}@x.example", f"b{n}@x.example"],
                               phones=["+32 475 12 34 5" + str(n)], country="BE").id
                for n in range(4)]

    ids = db.write(seed)
    _pages_agree(db, "lead")
    db.write(update_contact, ids[0], country="US", owner="Marie", job_title="CSO")
    db.write(update_contact, ids[1], emails=["b1@x.example", "a1@x.example"],
             phones=["+1 617 555 0100", "+32 475 12 34 51"])
    db.write(update_contact, ids[2], emails=[], phones=[], company="")
    db.write(lambda s: s.execute(update(Company).values(name="Acme Biologics")))
    db.write(lambda s: s.execute(update(ContactEmail).where(ContactEmail.contact_id == ids[3])
                                 .values(address="changed@x.example")))
    db.write(lambda s: s.execute(update(Contact).where(Contact.id == ids[3])
                                 .values(owner="raw SQL", updated_at=utcnow())))
    _pages_agree(db, "lead")
    rows = {row.id: row for row in db.read(list_contacts, ContactFilter(search="lead"))}
    assert (rows[ids[0]].country, rows[ids[0]].owner, rows[ids[0]].job_title) == \
        ("US", "Marie", "CSO")
    assert rows[ids[1]].email == "b1@x.example" and rows[ids[1]].phone == "+16175550100"
    assert (rows[ids[2]].email, rows[ids[2]].phone, rows[ids[2]].company) == (None, None, None)
    assert rows[ids[3]].company == "Acme Biologics" and rows[ids[3]].owner == "raw SQL"
    db.write(common.trash, Contact, ids[0])
    assert ids[0] not in {row.id for row in db.read(list_contacts, ContactFilter(search="lead"))}
    db.write(common.restore, Contact, ids[0])
    _pages_agree(db, "lead")


_NAME_PARTS = st.sampled_from(["a", "A", "ab", "é", "É", "Émile", "o'", "z", "zz", "Ø", " ",
                               "Smith", "smith", "-", "ß"])


@pytest.mark.sqlite_only
@settings(max_examples=25, deadline=None)
@given(people=st.lists(st.tuples(st.lists(_NAME_PARTS, max_size=3).map("".join),
                                 st.lists(_NAME_PARTS, min_size=1, max_size=3).map("".join)),
                       min_size=1, max_size=25),
       key_bytes=st.integers(1, 3), tie_bits=st.integers(2, 5))
def test_any_names_page_as_the_plain_sql_plan(tmp_path_factory, people, key_bytes: int,
                                              tie_bits: int) -> None:
    from crm.db import open_database
    from crm.services import search

    db = open_database(str(tmp_path_factory.mktemp("names") / "crm.db"))
    old = search.NAME_KEY_BYTES, search.TIE_BITS
    search.NAME_KEY_BYTES, search.TIE_BITS = key_bytes, tie_bits
    try:
        # One by one, as people are typed in: arrivals fill the gaps of their group until it
        # is renumbered (or full).
        for first, last in people:
            db.write(create_contact, first_name=first, last_name=last.strip() or "X",
                     tags=["lead"])
        _pages_agree(db, "lead")
    finally:
        search.NAME_KEY_BYTES, search.TIE_BITS = old
        db.close()


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


def _index_definition(db) -> str:  # type: ignore[no-untyped-def]
    return db.read(lambda s: s.execute(text(
        "SELECT sql FROM sqlite_master WHERE name = 'contact_fts'")).scalar())


@pytest.mark.sqlite_only
def test_the_index_is_made_again_without_word_positions_on_upgrade(db) -> None:
    from alembic import command

    from crm.db import alembic_config, migrate

    db.write(create_contact, first_name="Jean-Pierre", last_name="Dupont",
             emails=["jp.dupont@acme.example"], tags=["cdmo"])
    db.write(create_contact, first_name="Pierre", last_name="Jeanson")
    with db.engine.execution_options(sqlite_write=True).begin() as conn:
        command.downgrade(alembic_config(conn), "0015_search_name_order")
    assert "detail" not in _index_definition(db)
    assert found(db, "jean-pierre") == ["Jean-Pierre Dupont"]
    migrate(db)
    assert "detail = column" in _index_definition(db)
    # Every contact is in the new index, and a word the tokenizer cuts in two still finds
    # the contact holding both parts.
    assert found(db, "jean-pierre") == ["Jean-Pierre Dupont"]
    assert found(db, "jp.dupont@acme") == ["Jean-Pierre Dupont"]
    assert found(db, "cdm") == ["Jean-Pierre Dupont"]
    assert sorted(found(db, "pierre")) == ["Jean-Pierre Dupont", "Pierre Jeanson"]
