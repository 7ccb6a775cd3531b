"""The mission report's content: the mission, its sessions with who was met, the leads with
their follow-up status, and the dashboard's numbers. Plain data; ``ui/report.py`` lays it out
as a PDF."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm.clock import local_today
from crm.errors import UserError
from crm.i18n import _
from crm.models import Company, Contact, Mission, MissionSession
from crm.services.common import get_row
from crm.services.dashboard import Dashboard, dashboard
from crm.services.followups import Bucket, FollowUpRow, list_followups
from crm.services.missions import list_missions
from crm.services.sessions import get_session


@dataclass(frozen=True)
class MetPerson:
    contact_id: uuid.UUID
    name: str
    job_title: str | None
    company: str | None
    note: str | None


@dataclass(frozen=True)
class SessionReport:
    title: str
    kind: str | None
    starts_at: datetime | None
    venue: str | None
    organisers: list[str]
    people: list[MetPerson]
    ends_at: datetime | None = None
    all_day: bool = False
    time_zone: str | None = None  # the mission's: the times read there


@dataclass(frozen=True)
class Lead:
    """A person met during the mission, with where and how the follow-up stands."""

    contact_id: uuid.UUID
    name: str
    company: str | None
    job_title: str | None
    country: str | None
    email: str | None
    sessions: list[str]
    # The group of the contact's most urgent open follow-up; Done when all are done;
    # None when the contact has no follow-up.
    status: Bucket | None
    next_followup: str | None
    next_due: date | None


@dataclass(frozen=True)
class MissionReport:
    mission_id: uuid.UUID
    name: str
    starts_on: date | None
    ends_on: date | None
    location: str | None
    notes: str | None
    today: date
    sessions: list[SessionReport]
    leads: list[Lead]
    numbers: Dashboard


def _mission(session: Session, mission_id: uuid.UUID | str | None) -> Mission:
    if mission_id is not None:
        return get_row(session, Mission, mission_id)
    missions = list_missions(session)
    if not missions:
        raise UserError(_("no mission to report on: create one, or load the sample with 'demo'"))
    return get_row(session, Mission, missions[0].id)


def _lead_status(rows: list[FollowUpRow], today: date) -> tuple[Bucket | None, FollowUpRow | None]:
    open_rows = [r for r in rows if r.status == "open"]
    if open_rows:
        first = min(open_rows, key=lambda r: (r.effective_due, -r.priority, r.title))
        return first.bucket(today), first
    if any(r.status == "done" for r in rows):
        return Bucket.DONE, None
    return None, None


def report_data(session: Session, *, mission_id: uuid.UUID | str | None = None,
                today: date | None = None) -> MissionReport:
    """The report of ``mission_id`` (default: the latest mission) as of ``today``."""
    today = today or local_today()
    mission = _mission(session, mission_id)
    session_rows = session.scalars(
        select(MissionSession).where(MissionSession.mission_id == mission.id,
                                     MissionSession.deleted_at.is_(None))
        .order_by(MissionSession.starts_at.nulls_last(), MissionSession.title)).all()

    sessions: list[SessionReport] = []
    met_at: dict[uuid.UUID, list[str]] = defaultdict(list)
    for row in session_rows:
        loaded = get_session(session, row.id)
        people = []
        for encounter in sorted(
                (e for e in loaded.encounters
                 if e.deleted_at is None and e.contact.deleted_at is None),
                key=lambda e: (e.contact.last_name.lower(), e.contact.first_name.lower())):
            contact = encounter.contact
            people.append(MetPerson(contact.id, contact.full_name, contact.job_title,
                                    contact.company.name if contact.company else None,
                                    encounter.note))
            if loaded.title not in met_at[contact.id]:
                met_at[contact.id].append(loaded.title)
        organisers = [o.company.name for o in loaded.organisers if o.role == "organiser"]
        sessions.append(SessionReport(loaded.title, loaded.kind, loaded.starts_at, loaded.venue,
                                      organisers, people, loaded.ends_at, loaded.all_day,
                                      mission.time_zone))

    followups: dict[uuid.UUID, list[FollowUpRow]] = defaultdict(list)
    for followup in list_followups(session, today=today):
        followups[followup.contact_id].append(followup)

    leads: list[Lead] = []
    if met_at:
        contacts = session.scalars(
            select(Contact).outerjoin(Company, Company.id == Contact.company_id)
            .where(Contact.id.in_(met_at), Contact.deleted_at.is_(None))
            .options(selectinload(Contact.company), selectinload(Contact.emails))
            .order_by(Company.name.nulls_last(), Contact.last_name, Contact.first_name)).all()
        for contact in contacts:
            status, first = _lead_status(followups.get(contact.id, []), today)
            leads.append(Lead(contact.id, contact.full_name,
                              contact.company.name if contact.company else None,
                              contact.job_title, contact.country, contact.email,
                              met_at[contact.id], status, first.title if first else None,
                              first.effective_due if first else None))

    return MissionReport(mission_id=mission.id, name=mission.name, starts_on=mission.starts_on,
                         ends_on=mission.ends_on, location=mission.location,
                         notes=mission.notes, today=today, sessions=sessions, leads=leads,
                         numbers=dashboard(session, today=today, mission_id=mission.id))

