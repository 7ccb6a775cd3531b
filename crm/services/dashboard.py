"""The dashboard's numbers: who was met where, and how the follow-ups stand. Plain data.

The follow-up counts use the same rules (and the same SQL clauses) as the follow-ups view and
``list followups --due``, so a number on a chart equals the number of rows there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm.clock import local_today
from crm.models import Company, Contact, Encounter, FollowUp, Mission, MissionSession
from crm.services.followups import Due, count_due, effective_due

MAX_FILLED_DAYS = 366


@dataclass(frozen=True)
class Count:
    """One bar: a label (None: not known, e.g. a contact without a company) and a count."""

    label: str | None
    count: int


@dataclass(frozen=True)
class WeekCounts:
    """Follow-ups due in the week starting on Monday ``week_start`` (snoozed ones by their
    snooze date), by state on the dashboard's day."""

    week_start: date
    overdue: int
    open: int  # open and not overdue
    done: int


@dataclass(frozen=True)
class FollowUpTotals:
    """How many follow-ups are in each group of the follow-ups view."""

    overdue: int
    today: int
    this_week: int  # due after today, within the week window
    later: int
    done: int
    cancelled: int

    @property
    def open(self) -> int:
        return self.overdue + self.today + self.this_week + self.later


@dataclass(frozen=True)
class Dashboard:
    today: date
    contacts: int
    per_session: list[Count]
    per_kind: list[Count]
    per_country: list[Count]
    followups: FollowUpTotals
    weeks: list[WeekCounts]


def _live_contacts():  # type: ignore[no-untyped-def]
    return Contact.deleted_at.is_(None)


def count_live_contacts(session: Session) -> int:
    """Contacts not in the trash."""
    return session.scalar(select(func.count(Contact.id)).where(_live_contacts())) or 0


def contacts_per_session(session: Session, *,
                         mission_id: uuid.UUID | None = None) -> list[Count]:
    """People met at each session (each person once per session), in agenda order."""
    met = (select(Encounter.session_id, func.count(func.distinct(Encounter.contact_id))
                  .label("met"))
           .join(Contact, Contact.id == Encounter.contact_id)
           .where(Encounter.deleted_at.is_(None), _live_contacts())
           .group_by(Encounter.session_id).subquery())
    stmt = (select(MissionSession.title, func.coalesce(met.c.met, 0))
            .join(Mission, Mission.id == MissionSession.mission_id)
            .outerjoin(met, met.c.session_id == MissionSession.id)
            .where(MissionSession.deleted_at.is_(None), Mission.deleted_at.is_(None)))
    if mission_id is not None:
        stmt = stmt.where(MissionSession.mission_id == mission_id)
    stmt = stmt.order_by(MissionSession.starts_at.nulls_last(), MissionSession.title)
    return [Count(title, count) for title, count in session.execute(stmt)]


def _grouped(session: Session, key) -> list[Count]:  # type: ignore[no-untyped-def]
    stmt = (select(key, func.count(Contact.id))
            .select_from(Contact).outerjoin(Company, Company.id == Contact.company_id)
            .where(_live_contacts()).group_by(key))
    counts = [Count(label or None, count) for label, count in session.execute(stmt)]
    # Largest first; the unknown group last, whatever its size.
    return sorted(counts, key=lambda c: (c.label is None, -c.count, (c.label or "").lower()))


def contacts_per_kind(session: Session) -> list[Count]:
    """Contacts by their company's kind/sector (pharma, CDMO ...); None: no company or kind."""
    return _grouped(session, Company.kind)


def contacts_per_country(session: Session) -> list[Count]:
    """Contacts by country (the contact's own, else their company's); None: not known."""
    return _grouped(session, func.coalesce(Contact.country, Company.country))


def followup_totals(session: Session, *, today: date | None = None) -> FollowUpTotals:
    """Follow-ups per group of the view on ``today``."""
    today = today or local_today()
    by_status = dict(session.execute(
        select(FollowUp.status, func.count(FollowUp.id))
        .join(Contact, Contact.id == FollowUp.contact_id)
        .where(FollowUp.deleted_at.is_(None), _live_contacts()).group_by(FollowUp.status)).all())
    overdue = count_due(session, Due.OVERDUE, today=today)
    due_today = count_due(session, Due.TODAY, today=today)
    week = count_due(session, Due.WEEK, today=today)
    return FollowUpTotals(overdue=overdue, today=due_today, this_week=week - due_today,
                          later=by_status.get("open", 0) - overdue - week,
                          done=by_status.get("done", 0), cancelled=by_status.get("cancelled", 0))


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def followups_by_week(session: Session, *, today: date | None = None) -> list[WeekCounts]:
    """Open, overdue and done follow-ups per week due, from the first week to the last. Empty
    weeks are included (an even time axis) unless that spans more than a year."""
    today = today or local_today()
    stmt = (select(effective_due, FollowUp.status, func.count(FollowUp.id))
            .join(Contact, Contact.id == FollowUp.contact_id)
            .where(FollowUp.deleted_at.is_(None), _live_contacts(),
                   FollowUp.status.in_(("open", "done")))
            .group_by(effective_due, FollowUp.status))
    weeks: dict[date, list[int]] = {}
    for due, status, count in session.execute(stmt):
        cell = weeks.setdefault(week_start(due), [0, 0, 0])
        if status == "done":
            cell[2] += count
        elif due < today:
            cell[0] += count
        else:
            cell[1] += count
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    if (last - first).days <= MAX_FILLED_DAYS:
        monday = first
        while monday < last:
            monday += timedelta(days=7)
            weeks.setdefault(monday, [0, 0, 0])
    return [WeekCounts(monday, *weeks[monday]) for monday in sorted(weeks)]


def dashboard(session: Session, *, today: date | None = None,
              mission_id: uuid.UUID | None = None) -> Dashboard:
    """Everything the dashboard and the report's charts show, on ``today`` (the sessions of
    one mission, or of every mission)."""
    today = today or local_today()
    return Dashboard(today=today, contacts=count_live_contacts(session),
                     per_session=contacts_per_session(session, mission_id=mission_id),
                     per_kind=contacts_per_kind(session),
                     per_country=contacts_per_country(session),
                     followups=followup_totals(session, today=today),
                     weeks=followups_by_week(session, today=today))
