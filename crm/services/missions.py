"""Missions: a trip with its dates, place and country (where national phone numbers typed
during the mission are read: crm.services.phones)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.clock import local_today
from crm.errors import ValidationError
from crm.i18n import N_, _
from crm.models import Encounter, Mission, MissionSession
from crm.services.common import apply_changes, get_row
from crm.services.mission_time import default_time_zone, normalize_time_zone
from crm.services.validation import clean_text, normalize_country, require_text


@dataclass(frozen=True)
class MissionRow:
    id: uuid.UUID
    name: str
    starts_on: date | None
    ends_on: date | None
    location: str | None
    country: str | None
    time_zone: str | None = None


def _check_dates(starts_on: date | None, ends_on: date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError(_("ends_on: the mission cannot end before it starts"),
                              field="ends_on")


def create_mission(session: Session, *, name: str, starts_on: date | None = None,
                   ends_on: date | None = None, location: str | None = None,
                   notes: str | None = None, country: str | None = None,
                   time_zone: str | None = None, id: uuid.UUID | None = None) -> Mission:
    """A new mission; ``name`` is required, ``country`` a two-letter code (US, BE ...),
    ``time_zone`` an IANA name (default: the country's only zone, if it has one)."""
    _check_dates(starts_on, ends_on)
    country = normalize_country(country)
    time_zone = normalize_time_zone(time_zone) or default_time_zone(country)
    mission = Mission(id=id or uuid.uuid4(), name=require_text(name, "name", N_("Mission name")),
                      starts_on=starts_on, ends_on=ends_on, location=clean_text(location),
                      country=country, time_zone=time_zone, notes=clean_text(notes))
    session.add(mission)
    session.flush()
    return mission


def update_mission(session: Session, mission_id: str | uuid.UUID, **changes: object) -> Mission:
    """Change some fields of a mission."""
    mission = get_row(session, Mission, mission_id)
    if "name" in changes:
        changes["name"] = require_text(changes["name"], "name", N_("Mission name"))  # type: ignore[arg-type]
    for key in ("location", "notes"):
        if key in changes:
            changes[key] = clean_text(changes[key])  # type: ignore[arg-type]
    if "country" in changes:
        changes["country"] = normalize_country(changes["country"])  # type: ignore[arg-type]
    if "time_zone" in changes:
        changes["time_zone"] = normalize_time_zone(changes["time_zone"])  # type: ignore[arg-type]
    _check_dates(changes.get("starts_on", mission.starts_on),  # type: ignore[arg-type]
                 changes.get("ends_on", mission.ends_on))  # type: ignore[arg-type]
    apply_changes(mission, changes, ("name", "starts_on", "ends_on", "location", "country",
                                   "time_zone", "notes"))
    session.flush()
    return mission


def list_missions(session: Session, *, include_trashed: bool = False) -> list[MissionRow]:
    """Missions, newest first."""
    stmt = select(Mission.id, Mission.name, Mission.starts_on, Mission.ends_on, Mission.location,
                  Mission.country, Mission.time_zone)
    if not include_trashed:
        stmt = stmt.where(Mission.deleted_at.is_(None))
    stmt = stmt.order_by(Mission.starts_on.desc().nulls_last(), Mission.name)
    return [MissionRow(*row) for row in session.execute(stmt)]


def mission_in_use(session: Session, today: date | None = None) -> Mission | None:
    """The mission under way today (its dates span today), else the one last used: the
    mission of the encounter recorded last, else the latest mission that has started."""
    today = today or local_today()
    live = Mission.deleted_at.is_(None)
    under_way = session.scalars(
        select(Mission).where(live, Mission.starts_on <= today, Mission.ends_on >= today)
        .order_by(Mission.starts_on.desc()).limit(1)).first()
    if under_way is not None:
        return under_way
    # updated_at is indexed: the encounter touched last, without reading them all.
    last_used = session.scalars(
        select(Mission).join(MissionSession, MissionSession.mission_id == Mission.id)
        .join(Encounter, Encounter.session_id == MissionSession.id)
        .where(live, Encounter.deleted_at.is_(None))
        .order_by(Encounter.updated_at.desc()).limit(1)).first()
    if last_used is not None:
        return last_used
    return session.scalars(
        select(Mission).where(live, Mission.starts_on.is_not(None), Mission.starts_on <= today)
        .order_by(Mission.starts_on.desc()).limit(1)).first()
