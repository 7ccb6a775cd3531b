"""Services: validation, normalisation, trash, listing, follow-up windows, the demo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm.errors import NotFoundError, ValidationError
from crm.models import Contact
from crm.services import common
from crm.services.companies import create_company, list_companies
from crm.services.contacts import (
    ContactFilter,
    count_contacts,
    create_contact,
    get_contact,
    list_contacts,
    update_contact,
)
from crm.services.demo import DEMO_CONTACTS, load_demo
from crm.services.encounters import record_encounter
from crm.services.followups import (
    Bucket,
    complete_followup,
    count_due,
    create_followup,
    list_followups,
    snooze_followup,
)
from crm.services.sessions import find_session, list_sessions


def test_contact_phones_stored_e164_emails_normalised(db) -> None:
    contact = db.write(create_contact, first_name="Marie", last_name="Dupont",
                       emails=["Marie.Dupont@Example.COM", "m.dupont@example.org"],
                       phones=["02 555 12 34", "+1 (617) 555-0100"], company="Acme Bio")
    loaded = db.read(get_contact, contact.id)
    assert [e.address for e in loaded.emails] == ["Marie.Dupont@example.com",
                                                  "m.dupont@example.org"]
    assert [p.number for p in loaded.phones] == ["+3225551234", "+16175550100"]
    assert loaded.company.name == "Acme Bio"


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"first_name": "", "last_name": "  "}, "first_name", "name: a first or last name"),
    ({"first_name": "A", "emails": ["jane@"]}, "email", "email: 'jane@'"),
    ({"first_name": "A", "phones": ["12"]}, "phone", "phone: '12'"),
    ({"first_name": "A", "phones": ["+32 2 555 12 34", "abc"]}, "phone 2", "phone 2: 'abc'"),
    ({"first_name": "A", "country": "Belgium"}, "country", "country: 'Belgium'"),
    ({"first_name": "A", "lawful_basis": "because"}, "lawful_basis", "lawful_basis: 'because'"),
])
def test_bad_values_name_the_field_and_write_nothing(db, fields, field, message) -> None:
    with pytest.raises(ValidationError) as caught:
        db.write(create_contact, **fields)
    assert caught.value.field == field
    assert str(caught.value).startswith(message)
    assert db.read(count_contacts) == 0


def test_default_region_reads_local_numbers(db) -> None:
    contact = db.write(create_contact, first_name="Sam", phones=["(617) 555-0100"], region="US")
    assert db.read(get_contact, contact.id).phone == "+16175550100"


def test_update_validates_and_keeps_unchanged_rows(db) -> None:
    contact = db.write(create_contact, first_name="Li", emails=["li@example.com"])
    email_id = db.read(get_contact, contact.id).emails[0].id
    with pytest.raises(ValidationError):
        db.write(update_contact, contact.id, emails=["li@example.com", "bad@@x"])
    db.write(update_contact, contact.id, job_title="CSO", emails=["li@example.com"])
    loaded = db.read(get_contact, contact.id)
    assert loaded.job_title == "CSO"
    assert loaded.emails[0].id == email_id
    assert loaded.version == 2


def test_trash_hides_and_restore_brings_back(db) -> None:
    contact = db.write(create_contact, first_name="Trashy")
    db.write(common.trash, Contact, contact.id)
    assert db.read(count_contacts) == 0
    assert db.read(count_contacts, ContactFilter(only_trashed=True)) == 1
    with pytest.raises(NotFoundError):
        db.read(get_contact, contact.id)
    db.write(common.restore, Contact, contact.id)
    assert [r.first_name for r in db.read(list_contacts)] == ["Trashy"]


def test_list_contacts_sorts_pages_and_searches_in_sql(db) -> None:
    def seed(session):
        for first, last, company in [("Zoe", "Adams", "Pfizer"), ("Bob", "Young", "UCB"),
                                     ("Amy", "Moore", "GSK"), ("Carl", "Moore", "Pfizer")]:
            create_contact(session, first_name=first, last_name=last, company=company)

    db.write(seed)
    names = [r.last_name + "," + r.first_name for r in db.read(list_contacts)]
    assert names == ["Adams,Zoe", "Moore,Amy", "Moore,Carl", "Young,Bob"]
    page = db.read(list_contacts, sort="company", descending=True, offset=1, limit=2)
    assert [r.company for r in page] == ["Pfizer", "Pfizer"]
    found = db.read(list_contacts, ContactFilter(search="pfi mo"))
    assert [r.first_name for r in found] == ["Carl"]
    assert db.read(count_contacts, ContactFilter(search="moore")) == 2
    assert [r.name for r in db.read(list_companies)] == ["GSK", "Pfizer", "UCB"]


def test_followup_windows_snooze_and_done(db) -> None:
    today = date(2022, 6, 20)
    contact = db.write(create_contact, first_name="Dana")

    def seed(session):
        return {offset: create_followup(session, contact_id=contact.id, title=f"t{offset}",
                                        due_on=today + timedelta(days=offset)).id
                for offset in (-3, 0, 6, 7)}

    ids = db.write(seed)
    assert [r.title for r in db.read(list_followups, due="overdue", today=today)] == ["t-3"]
    assert [r.title for r in db.read(list_followups, due="today", today=today)] == ["t0"]
    assert [r.title for r in db.read(list_followups, due="week", today=today)] == ["t0", "t6"]
    rows = {r.title: r.bucket(today) for r in db.read(list_followups, today=today)}
    assert rows == {"t-3": Bucket.OVERDUE, "t0": Bucket.TODAY, "t6": Bucket.THIS_WEEK,
                    "t7": Bucket.LATER}

    db.write(snooze_followup, ids[-3], today + timedelta(days=2), today=today)
    assert db.read(count_due, "overdue", today=today) == 0
    with pytest.raises(ValidationError):
        db.write(snooze_followup, ids[0], today, today=today)

    db.write(complete_followup, ids[0])
    assert db.read(count_due, "today", today=today) == 0
    loaded = db.read(get_contact, contact.id)
    assert [i.summary for i in loaded.interactions] == ["Done: t0"]


def test_meeting_someone_twice_at_a_session_keeps_one_encounter(demo_db) -> None:
    def meet_twice(session):
        contact = create_contact(session, first_name="Twice")
        met = find_session(session, "round table")
        record_encounter(session, contact_id=contact.id, session_id=met.id, note="first")
        record_encounter(session, contact_id=contact.id, session_id=met.id, note="second")
        return contact.id

    contact_id = demo_db.write(meet_twice)
    encounters = demo_db.read(get_contact, contact_id).encounters
    assert [e.note for e in encounters] == ["first\nsecond"]


def test_demo_loads_real_sessions_once(db) -> None:
    first = db.write(load_demo)
    second = db.write(load_demo)
    assert first.contacts == DEMO_CONTACTS and first.sessions == 2
    assert second.contacts == second.sessions == second.companies == 0
    titles = [s.title for s in db.read(list_sessions)]
    assert titles == ["Round table: Belgium-US partnerships in the life sciences",
                      "Belgium, the health & biotech valley of tomorrow"]
    assert db.read(count_contacts) == DEMO_CONTACTS
    assert db.read(count_due, "overdue") > 0
    assert db.read(count_due, "today") > 0


def test_find_session_by_unique_prefix_or_says_why_not(demo_db) -> None:
    assert demo_db.read(find_session, "BELGIUM, the health").title.startswith("Belgium, the")
    with pytest.raises(NotFoundError, match="no session titled 'Gala'"):
        demo_db.read(find_session, "Gala")


def test_company_country_is_validated(db) -> None:
    with pytest.raises(ValidationError, match="country"):
        db.write(create_company, name="X", country="USA")


def test_followups_filter_by_session_and_tag(demo_db) -> None:
    from crm.services.followups import FollowUpFilter

    def seed(session):
        met = find_session(session, "round table")
        tagged = create_contact(session, first_name="Tagged", tags=["Vaccines"])
        there = create_contact(session, first_name="There")
        record_encounter(session, contact_id=there.id, session_id=met.id)
        for contact in (tagged, there):
            create_followup(session, contact_id=contact.id, title=f"for {contact.first_name}",
                            due_on=date(2030, 1, 1))
        return met.id

    session_id = demo_db.write(seed)
    by_tag = demo_db.read(list_followups, flt=FollowUpFilter(tag="vaccines"))
    assert [r.title for r in by_tag] == ["for Tagged"]
    at_session = {r.title for r in demo_db.read(list_followups,
                                                flt=FollowUpFilter(session_id=session_id))}
    assert "for There" in at_session and "for Tagged" not in at_session
