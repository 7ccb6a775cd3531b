"""Reminders: due on the user's local date in any time zone, across daylight-saving changes,
once per follow-up per day, and snoozed ones wait."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from crm.clock import local_today
from crm.models import FollowUp
from crm.services.contacts import create_contact
from crm.services.followups import (
    Bucket,
    Due,
    Snooze,
    complete_followup,
    create_followup,
    list_followups,
    snooze_followup,
    snooze_until,
    update_followup,
)
from crm.services.reminders import due_followups, local_date, take_reminders

BRUSSELS = "Europe/Brussels"


def at(zone: str, instant: datetime) -> time_machine.travel:
    """Freeze the clock at ``instant`` with the machine's time zone set to ``zone``
    (time-machine sets TZ and calls tzset for a ZoneInfo destination, and restores both)."""
    return time_machine.travel(instant.astimezone(ZoneInfo(zone)), tick=False)


@pytest.fixture
def contact(db):  # type: ignore[no-untyped-def]
    return db.write(create_contact, first_name="Ava", last_name="Whitfield")


def _followup(db, contact, title: str, due: date) -> FollowUp:  # type: ignore[no-untyped-def]
    return db.write(create_followup, contact_id=contact.id, title=title, due_on=due)


@pytest.mark.parametrize(("zone", "instant", "expected"), [
    # Europe springs forward at 01:00 UTC on 29 March 2026: 00:30 UTC is 01:30 CET that day.
    ("Europe/Brussels", datetime(2026, 3, 29, 0, 30, tzinfo=UTC), date(2026, 3, 29)),
    # The same instant is still the evening of the 28th on the US West Coast.
    ("America/Los_Angeles", datetime(2026, 3, 29, 0, 30, tzinfo=UTC), date(2026, 3, 28)),
    # New York, the evening of the day it sprang forward (8 March 2026): 23:30 EDT = 03:30 UTC.
    ("America/New_York", datetime(2026, 3, 9, 3, 30, tzinfo=UTC), date(2026, 3, 8)),
    # Brussels falls back on 25 October 2026; 00:30 UTC is 02:30 CEST, the hour that repeats.
    ("Europe/Brussels", datetime(2026, 10, 25, 0, 30, tzinfo=UTC), date(2026, 10, 25)),
    # Tokyo is already the next day.
    ("Asia/Tokyo", datetime(2026, 6, 8, 20, 0, tzinfo=UTC), date(2026, 6, 9)),
])
def test_local_date_follows_the_machine_zone_across_dst(zone, instant, expected) -> None:
    with at(zone, instant):
        assert local_date() == expected
        assert local_today() == expected


def test_due_dates_are_calendar_dates_in_the_users_zone(db, contact) -> None:
    """A follow-up due on 29 March is due on 29 March local time, wherever the user is."""
    followup = _followup(db, contact, "Send the deck", date(2026, 3, 29))
    instant = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)

    with at("Europe/Brussels", instant):
        assert [r.id for r in db.write(take_reminders)] == [followup.id]
        row = db.read(list_followups)[0]
        assert row.bucket(local_today()) is Bucket.TODAY
        assert [r.id for r in db.read(list_followups, due=Due.TODAY)] == [followup.id]

    with at("America/Los_Angeles", instant):
        # The 28th in California: not due yet, nothing to remind of.
        assert db.read(due_followups, on=local_today()) == []
        assert db.read(list_followups)[0].bucket(local_today()) is Bucket.THIS_WEEK


def test_each_followup_reminds_once_per_day(db, contact) -> None:
    overdue = _followup(db, contact, "Overdue", date(2026, 6, 10))
    today = _followup(db, contact, "Today", date(2026, 6, 12))
    _followup(db, contact, "Next week", date(2026, 6, 19))
    morning = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Brussels

    with at(BRUSSELS, morning):
        assert {r.id for r in db.write(take_reminders)} == {overdue.id, today.id}
    with at(BRUSSELS, morning + timedelta(minutes=5)):
        assert db.write(take_reminders) == []
    with at(BRUSSELS, morning + timedelta(hours=3)):
        # Added during the day: reminded of once, the others stay quiet.
        added = _followup(db, contact, "Added at noon", date(2026, 6, 12))
        assert [r.id for r in db.write(take_reminders)] == [added.id]
        assert db.write(take_reminders) == []
        # The tray menu still lists everything that is due.
        assert len(db.read(due_followups, on=local_today())) == 3
    with at(BRUSSELS, morning + timedelta(days=1)):
        # A new day: each still-open one reminds again, once.
        assert len(db.write(take_reminders)) == 3
        assert db.write(take_reminders) == []


def test_reminder_at_local_midnight_is_a_new_day(db, contact) -> None:
    followup = _followup(db, contact, "Call back", date(2026, 11, 1))
    # 1 November 2026 is the day New York falls back; 23:59 EST is 04:59 UTC the next day.
    with at("America/New_York", datetime(2026, 11, 2, 4, 59, tzinfo=UTC)):
        assert [r.id for r in db.write(take_reminders)] == [followup.id]
    with at("America/New_York", datetime(2026, 11, 2, 5, 1, tzinfo=UTC)):
        assert [r.id for r in db.write(take_reminders)] == [followup.id]


def test_snoozed_followups_wait_and_done_ones_never_remind(db, contact) -> None:
    snoozed = _followup(db, contact, "Snoozed", date(2026, 6, 10))
    done = _followup(db, contact, "Done", date(2026, 6, 10))
    db.write(complete_followup, done.id)
    day = datetime(2026, 6, 12, 8, 0, tzinfo=UTC)
    with at(BRUSSELS, day):
        db.write(snooze_followup, snoozed.id, snooze_until(Snooze.TOMORROW, local_today()))
        assert db.write(take_reminders) == []
        row = db.read(list_followups, status="open")[0]
        assert row.bucket(local_today()) is Bucket.THIS_WEEK
    with at(BRUSSELS, day + timedelta(days=1)):
        assert [r.id for r in db.write(take_reminders)] == [snoozed.id]


def test_reminded_today_then_snoozed_to_tomorrow_reminds_tomorrow(db, contact) -> None:
    followup = _followup(db, contact, "Send the deck", date(2026, 6, 12))
    with time_machine.travel(datetime(2026, 6, 12, 12, 0, tzinfo=UTC), tick=False):
        assert len(db.write(take_reminders)) == 1
        db.write(snooze_followup, followup.id, date(2026, 6, 13))
    with time_machine.travel(datetime(2026, 6, 13, 12, 0, tzinfo=UTC), tick=False):
        assert len(db.write(take_reminders)) == 1


def test_rescheduling_clears_the_snooze_and_the_reminder(db, contact) -> None:
    followup = _followup(db, contact, "Send the deck", date(2026, 6, 12))
    with time_machine.travel(datetime(2026, 6, 12, 12, 0, tzinfo=UTC), tick=False):
        db.write(take_reminders)
        db.write(snooze_followup, followup.id, date(2026, 6, 20))
        db.write(update_followup, followup.id, due_on=date(2026, 6, 12))
        row = db.read(list_followups)[0]
        assert row.snoozed_until is None
        assert [r.id for r in db.write(take_reminders)] == [followup.id]


def test_a_reminder_is_not_an_edit(db, contact) -> None:
    """Marking a reminder must not bump the row's version: an editor open on it still saves."""
    followup = _followup(db, contact, "Send the deck", date(2026, 6, 12))
    with time_machine.travel(datetime(2026, 6, 12, 12, 0, tzinfo=UTC), tick=False):
        db.write(take_reminders)
    stored = db.read(lambda s: s.get(FollowUp, followup.id))
    assert stored.version == followup.version
    assert stored.reminded_on == date(2026, 6, 12)


@pytest.mark.parametrize(("today", "choice", "expected"), [
    (date(2026, 6, 12), Snooze.TOMORROW, date(2026, 6, 13)),   # a Friday
    (date(2026, 6, 12), Snooze.THREE_DAYS, date(2026, 6, 15)),
    (date(2026, 6, 12), Snooze.NEXT_MONDAY, date(2026, 6, 15)),
    (date(2026, 6, 15), Snooze.NEXT_MONDAY, date(2026, 6, 22)),  # on a Monday: a week on
    (date(2026, 6, 14), Snooze.NEXT_MONDAY, date(2026, 6, 15)),  # on a Sunday: tomorrow
])
def test_snooze_choices(today, choice, expected) -> None:
    assert snooze_until(choice, today) == expected


def test_the_due_count_leaves_out_trashed_contacts_and_counts_snoozes_from_their_date(
        db, contact) -> None:
    from crm.models import Contact
    from crm.services.common import trash
    from crm.services.reminders import count_due_on

    today = local_today()
    other = db.write(create_contact, first_name="Bram", last_name="Peeters")
    _followup(db, contact, "Call", today - timedelta(days=2))
    snoozed = _followup(db, contact, "Later", today - timedelta(days=3))
    _followup(db, other, "Visit", today - timedelta(days=1))
    db.write(snooze_followup, snoozed.id, today + timedelta(days=8))
    assert db.read(count_due_on, on=today) == 2 == len(db.read(due_followups, on=today))
    db.write(trash, Contact, other.id)
    assert db.read(count_due_on, on=today) == 1 == len(db.read(due_followups, on=today))
    assert db.read(count_due_on, on=today + timedelta(days=8)) == 2


def test_the_first_due_follow_ups_are_the_first_of_the_whole_list_when_snoozed_ones_interleave(
        db, contact) -> None:
    """The tray asks for the first few only; snoozes move rows behind later-due ones, and ties on
    the date go by priority then title, exactly as in the full list."""
    from crm.models import Contact
    from crm.services.common import trash

    today = local_today()
    other = db.write(create_contact, first_name="Bram", last_name="Peeters")
    for days in range(12):
        _followup(db, contact, f"Call {days:02}", today - timedelta(days=20 - days))
        _followup(db, other, f"Mail {days:02}", today - timedelta(days=20 - days))
    oldest = [_followup(db, contact, f"Old {n}", today - timedelta(days=30)) for n in range(3)]
    def snoozed_before(session) -> None:  # type: ignore[no-untyped-def]
        # snoozed a while ago to yesterday: due again, counted from yesterday
        session.get(FollowUp, oldest[0].id).snoozed_until = today - timedelta(days=1)

    db.write(snoozed_before)
    db.write(snooze_followup, oldest[1].id, today + timedelta(days=3))  # not due today
    db.write(update_followup, oldest[2].id, priority=2)
    everything = db.read(due_followups, on=today)
    assert len(everything) == 26
    assert everything[0].title == "Old 2" and everything[-1].title == "Old 0"
    for limit in (1, 2, 3, 5, 25, 26, 40):
        assert db.read(due_followups, on=today, limit=limit) == everything[:limit]
    db.write(trash, Contact, other.id)
    everything = db.read(due_followups, on=today)
    for limit in (1, 3, 13, 20):
        assert db.read(due_followups, on=today, limit=limit) == everything[:limit]
    assert db.read(due_followups, on=today - timedelta(days=40), limit=5) == []
