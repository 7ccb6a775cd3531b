"""Missions: a trip with its dates and place."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import N_, _
from crm.models import Mission
from crm.services.common import apply_changes, get_row
from crm.services.validation import clean_text, require_text


@dataclass(frozen=True)
class MissionRow:
    id: uuid.UUID
    name: str
    starts_on: date | None
    ends_on: date | None
    location: str | None


def _check_dates(starts_on: date | None, ends_on: date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError(_("ends_on: the mission cannot end before it starts"),
                              field="ends_on")


def create_mission(session: Session, *, name: str, starts_on: date | None = None,
                   ends_on: date | None = None, location: str | None = None,
                   notes: str | None = None, id: uuid.UUID | None = None) -> Mission:
    """A new mission; ``name`` is required."""
    _check_dates(starts_on, ends_on)
    mission = Mission(id=id or uuid.uuid4(), name=require_text(name, "name", N_("Mission name")),
                      starts_on=starts_on, ends_on=ends_on, location=clean_text(location),
                      notes=clean_text(notes))
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
    _check_dates(changes.get("starts_on", mission.starts_on),  # type: ignore[arg-type]
                 changes.get("ends_on", mission.ends_on))  # type: ignore[arg-type]
    apply_changes(mission, changes, ("name", "starts_on", "ends_on", "location", "notes"))
    session.flush()
    return mission


def list_missions(session: Session, *, include_trashed: bool = False) -> list[MissionRow]:
    """Missions, newest first."""
    stmt = select(Mission.id, Mission.name, Mission.starts_on, Mission.ends_on, Mission.location)
    if not include_trashed:
        stmt = stmt.where(Mission.deleted_at.is_(None))
    stmt = stmt.order_by(Mission.starts_on.desc().nulls_last(), Mission.name)
    return [MissionRow(*row) for row in session.execute(stmt)]
