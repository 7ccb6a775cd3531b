"""Encounters: a contact met at a mission session, with a short note."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.models import Contact, Encounter, MissionSession
from crm.services.common import apply_changes, get_row
from crm.services.validation import clean_text


def record_encounter(session: Session, *, contact_id: uuid.UUID, session_id: uuid.UUID,
                     note: str | None = None, met_at: datetime | None = None,
                     owner: str | None = None) -> Encounter:
    """Record that the contact was met at the session. Meeting the same person at the same
    session again adds the new note to the existing encounter instead of a second one."""
    contact = get_row(session, Contact, contact_id)
    mission_session = get_row(session, MissionSession, session_id)
    note = clean_text(note)
    existing = session.scalars(select(Encounter).where(
        Encounter.contact_id == contact.id, Encounter.session_id == mission_session.id,
        Encounter.deleted_at.is_(None))).first()
    if existing is not None:
        if note and note not in (existing.note or ""):
            existing.note = f"{existing.note}\n{note}" if existing.note else note
        session.flush()
        return existing
    encounter = Encounter(contact_id=contact.id, session_id=mission_session.id, note=note,
                          met_at=met_at or utcnow(), owner=clean_text(owner))
    session.add(encounter)
    session.flush()
    return encounter


def update_encounter(session: Session, encounter_id: str | uuid.UUID,
                     **changes: object) -> Encounter:
    """Change the note or time of an encounter."""
    encounter = get_row(session, Encounter, encounter_id)
    if "note" in changes:
        changes["note"] = clean_text(changes["note"])  # type: ignore[arg-type]
    apply_changes(encounter, changes, ("note", "met_at", "session_id"))
    session.flush()
    return encounter
