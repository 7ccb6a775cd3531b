"""Encounters: a contact met at a mission session, with a short note."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.bulk import insert_rows, sequential_ids
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


def record_encounters(session: Session, pairs: Iterable[tuple[uuid.UUID, uuid.UUID]], *,
                      owner: str | None = None,
                      met_at: datetime | None = None) -> list[uuid.UUID]:
    """Bulk variant of ``record_encounter`` for imports: (contact id, session id) pairs,
    skipping pairs already met; returns the ids of the encounters created."""
    wanted = list(dict.fromkeys(pairs))
    if not wanted:
        return []
    contact_ids = list({c for c, _s in wanted})
    existing: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for start in range(0, len(contact_ids), 500):
        existing.update(session.execute(select(Encounter.contact_id, Encounter.session_id).where(
            Encounter.contact_id.in_(contact_ids[start:start + 500]),
            Encounter.deleted_at.is_(None))))
    when = met_at or utcnow()
    fresh = [(c, s) for c, s in wanted if (c, s) not in existing]
    rows = [{"id": i, "contact_id": c, "session_id": s, "met_at": when,
             "owner": clean_text(owner), "note": None}
            for i, (c, s) in zip(sequential_ids(len(fresh)), fresh, strict=True)]
    insert_rows(session, Encounter.__table__, rows)
    return [r["id"] for r in rows]
