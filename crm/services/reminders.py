"""Reminders without a server or cron: which follow-ups to remind the user of, and when.

A follow-up is due for a reminder on a local date when it is open and its effective due date
(the snooze date when snoozed later) is that date or earlier. Each one notifies at most once
per local date: ``reminded_on`` records the last date it was shown. The app asks on start and
every few minutes; the clock is ``crm.clock`` so tests can move it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.models import FollowUp
from crm.services.followups import FollowUpRow, effective_due, rows_query


def local_date(now: datetime | None = None) -> date:
    """The user's local calendar date at the instant ``now`` (default: the clock's now)."""
    return (now or utcnow()).astimezone().date()


def due_followups(session: Session, *, on: date) -> list[FollowUpRow]:
    """Open follow-ups due on ``on`` or before (overdue first), snoozed ones counted from
    their snooze date: what the tray menu lists."""
    stmt = (rows_query().where(FollowUp.status == "open", effective_due <= on)
            .order_by(effective_due, FollowUp.priority.desc(), FollowUp.title))
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def pending_reminders(session: Session, *, on: date) -> list[FollowUpRow]:
    """The due follow-ups not yet reminded of on ``on``: what a notification announces."""
    stmt = (rows_query().where(FollowUp.status == "open", effective_due <= on,
                                or_(FollowUp.reminded_on.is_(None), FollowUp.reminded_on != on))
            .order_by(effective_due, FollowUp.priority.desc(), FollowUp.title))
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def mark_reminded(session: Session, followup_ids: Iterable[uuid.UUID], *, on: date) -> int:
    """Record that these follow-ups were reminded of on ``on``; returns how many."""
    ids = list(followup_ids)
    if not ids:
        return 0
    # A bulk UPDATE, not the ORM: a reminder is not an edit and must not bump ``version``
    # (that would make a concurrent edit of the follow-up fail as stale) nor ``updated_at``.
    result = session.execute(update(FollowUp).where(FollowUp.id.in_(ids))
                             .values(reminded_on=on)
                             .execution_options(synchronize_session=False))
    return result.rowcount or 0


def take_reminders(session: Session, *, now: datetime | None = None) -> list[FollowUpRow]:
    """The follow-ups to notify about at ``now``, marked as reminded for that local date, so
    the next call on the same date gives only follow-ups that became due since."""
    today = local_date(now)
    rows = pending_reminders(session, on=today)
    mark_reminded(session, (r.id for r in rows), on=today)
    return rows

