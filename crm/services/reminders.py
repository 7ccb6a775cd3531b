"""Reminders without a server or cron: which follow-ups to remind the user of, and when.

A follow-up is due for a reminder on a local date when it is open and its effective due date
(the snooze date when snoozed later) is that date or earlier. Each one notifies at most once
per local date: ``reminded_on`` records the last date it was shown. The app asks on start and
every few minutes; the clock is ``crm.clock`` so tests can move it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.models import Contact, FollowUp
from crm.services.followups import FollowUpRow, effective_due, rows_query


def local_date(now: datetime | None = None) -> date:
    """The user's local calendar date at the instant ``now`` (default: the clock's now)."""
    return (now or utcnow()).astimezone().date()


def _due_on(on: date):  # type: ignore[no-untyped-def]
    return (FollowUp.status == "open") & (effective_due <= on)


def _not_reminded_on(on: date):  # type: ignore[no-untyped-def]
    return or_(FollowUp.reminded_on.is_(None), FollowUp.reminded_on != on)


def due_followups(session: Session, *, on: date, limit: int | None = None) -> list[FollowUpRow]:
    """Open follow-ups due on ``on`` or before (overdue first), snoozed ones counted from
    their snooze date: what the tray menu lists."""
    stmt = rows_query().where(_due_on(on))
    if limit is not None:
        # Sorting every due row by effective_due took 6-11 s at a million contacts (250k due),
        # every few minutes on the tray's check. effective_due >= due_on, so the first
        # ``limit`` rows by due_on (read in order from ix_followup_open_due) bound the answer:
        # no row due after the latest effective date among them can be among the first.
        first = (rows_query().where(_due_on(on)).order_by(FollowUp.due_on).limit(limit)
                 .with_only_columns(effective_due.label("due")).subquery())
        bound = session.scalar(select(func.max(first.c.due)))
        if bound is None:
            return []
        stmt = stmt.where(FollowUp.due_on <= bound)
    stmt = stmt.order_by(effective_due, FollowUp.priority.desc(), FollowUp.title).limit(limit)
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def count_due_on(session: Session, *, on: date) -> int:
    """How many follow-ups ``due_followups`` gives without a limit.

    Counted as every due follow-up (``ix_followup_open_due`` alone) less those of trashed
    contacts, if any: a join to the contact of each due follow-up took 3 s at a million
    contacts, on the GUI thread (the navigation asks at start-up)."""
    due = (FollowUp.deleted_at.is_(None), _due_on(on))
    every = session.scalar(select(func.count()).select_from(FollowUp).where(*due)) or 0
    # (deleted_at alone: ix_contact_deleted_at answers at once; asked for ids, SQLite walks
    # ix_contact_live through when nothing is trashed)
    any_trashed = select(Contact.deleted_at).where(Contact.deleted_at.is_not(None)).limit(1)
    if not every or session.scalar(any_trashed) is None:
        return every
    trashed = select(Contact.id).where(Contact.deleted_at.is_not(None))
    of_trashed = session.scalar(select(func.count()).select_from(FollowUp)
                                .where(*due, FollowUp.contact_id.in_(trashed))) or 0
    return every - of_trashed


def pending_reminders(session: Session, *, on: date) -> list[FollowUpRow]:
    """The due follow-ups not yet reminded of on ``on``: what a notification announces."""
    stmt = (rows_query().where(_due_on(on), _not_reminded_on(on))
            .order_by(effective_due, FollowUp.priority.desc(), FollowUp.title))
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def _mark(session: Session, clause, on: date) -> int:  # type: ignore[no-untyped-def]
    # A bulk UPDATE, not the ORM: a reminder is not an edit and must not bump ``version``
    # (that would make a concurrent edit of the follow-up fail as stale) nor ``updated_at``.
    result = session.execute(update(FollowUp).where(clause).values(reminded_on=on)
                             .execution_options(synchronize_session=False))
    return result.rowcount or 0


def take_reminders(session: Session, *, now: datetime | None = None) -> list[FollowUpRow]:
    """The follow-ups to notify about at ``now``, marked as reminded for that local date, so
    the next call on the same date gives only follow-ups that became due since."""
    today = local_date(now)
    rows = pending_reminders(session, on=today)
    if rows:
        # The same rows as selected: the write transaction holds the lock in between.
        live = select(Contact.id).where(Contact.deleted_at.is_(None))
        _mark(session, _due_on(today) & _not_reminded_on(today)
              & FollowUp.deleted_at.is_(None) & FollowUp.contact_id.in_(live), today)
    return rows
