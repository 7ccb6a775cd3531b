"""The dashboard's numbers equal what the services count and list."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from crm.services.companies import find_company, update_company
from crm.services.contacts import ContactFilter, count_contacts, create_contact
from crm.services.dashboard import dashboard, week_start
from crm.services.demo import load_demo
from crm.services.followups import (
    Bucket,
    Due,
    count_by_bucket,
    count_due,
    create_followup,
    list_followups,
    snooze_followup,
    update_followup,
)
from crm.services.sessions import list_sessions

TODAY = date(2026, 6, 12)  # a Friday


def test_numbers_equal_the_services_counts(db) -> None:
    db.write(load_demo, today=TODAY)
    numbers = db.read(dashboard, today=TODAY)

    assert numbers.contacts == db.read(count_contacts)
    sessions = db.read(list_sessions)
    assert [(c.label, c.count) for c in numbers.per_session] == [
        (s.title, s.met_count) for s in sessions]
    for count in numbers.per_session:
        session_id = next(s.id for s in sessions if s.title == count.label)
        assert count.count == db.read(count_contacts, ContactFilter(session_id=session_id))
    assert sum(c.count for c in numbers.per_kind) == numbers.contacts
    assert sum(c.count for c in numbers.per_country) == numbers.contacts

    rows = db.read(list_followups, today=TODAY)
    buckets = Counter(r.bucket(TODAY) for r in rows)
    totals = numbers.followups
    assert totals.overdue == buckets[Bucket.OVERDUE] == db.read(count_due, Due.OVERDUE,
                                                               today=TODAY) > 0
    assert totals.today == buckets[Bucket.TODAY] == db.read(count_due, Due.TODAY, today=TODAY) > 0
    assert totals.this_week == buckets[Bucket.THIS_WEEK] > 0
    assert totals.later == buckets[Bucket.LATER] > 0
    assert totals.done + totals.cancelled == buckets[Bucket.DONE] > 0
    assert totals.open == len(db.read(list_followups, status="open", today=TODAY))

    weeks = numbers.weeks
    assert sum(w.overdue for w in weeks) == totals.overdue
    assert sum(w.open for w in weeks) == totals.open - totals.overdue
    assert sum(w.done for w in weeks) == totals.done
    assert [w.week_start for w in weeks] == [
        weeks[0].week_start + timedelta(days=7 * i) for i in range(len(weeks))]


def test_kind_and_country_groups(db) -> None:
    db.write(create_contact, first_name="A", company="Acme Bio", country="BE")
    db.write(create_contact, first_name="B", company="Acme Bio", country="US")
    db.write(create_contact, first_name="C", country="US")
    db.write(create_contact, first_name="D")
    acme = db.read(find_company, "Acme Bio")
    db.write(update_company, acme.id, kind="CDMO", country="BE")
    numbers = db.read(dashboard, today=TODAY)
    assert [(c.label, c.count) for c in numbers.per_kind] == [("CDMO", 2), (None, 2)]
    assert [(c.label, c.count) for c in numbers.per_country] == [
        ("US", 2), ("BE", 1), (None, 1)]


def test_snoozed_and_cancelled_followups_count_where_the_view_shows_them(db) -> None:
    contact = db.write(create_contact, first_name="Ava")
    late = db.write(create_followup, contact_id=contact.id, title="Late", due_on=TODAY
                    - timedelta(days=3))
    cancelled = db.write(create_followup, contact_id=contact.id, title="Dropped", due_on=TODAY)
    db.write(snooze_followup, late.id, TODAY + timedelta(days=10), today=TODAY)
    db.write(update_followup, cancelled.id, status="cancelled")
    numbers = db.read(dashboard, today=TODAY)
    assert (numbers.followups.overdue, numbers.followups.later,
            numbers.followups.cancelled) == (0, 1, 1)
    assert [(w.week_start, w.open) for w in numbers.weeks] == [
        (week_start(TODAY + timedelta(days=10)), 1)]


def test_empty_database_gives_empty_charts(db) -> None:
    numbers = db.read(dashboard, today=TODAY)
    assert numbers.contacts == 0 and numbers.weeks == [] and numbers.per_session == []
    assert numbers.followups.open == 0


def test_view_groups_counted_and_listed_in_sql_match_the_rows(db) -> None:
    db.write(load_demo, today=TODAY)
    rows = db.read(list_followups, today=TODAY)
    expected = Counter(r.bucket(TODAY) for r in rows)
    assert db.read(count_by_bucket, today=TODAY) == {b: expected[b] for b in Bucket}
    for bucket in Bucket:
        listed = db.read(list_followups, today=TODAY, bucket=bucket)
        assert {r.id for r in listed} == {r.id for r in rows if r.bucket(TODAY) is bucket}
    done = db.read(list_followups, today=TODAY, bucket=Bucket.DONE, latest_first=True, limit=2)
    assert done[0].effective_due >= done[1].effective_due
