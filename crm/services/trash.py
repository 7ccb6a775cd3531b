"""The trash: contacts, companies and sessions a user deleted, until they are restored.

Deleting moves a row to the trash (``crm.services.common.trash``: ``deleted_at`` is set); the
rows it links to stay, so restoring brings it back whole. Erasing personal data for good is
``crm.services.privacy``'s job, not the trash's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm.models import Company, Contact, Mission, MissionSession
from crm.services.common import restore

# What the app moves to the trash, by the kind of row (the change "kinds" of ui.operations are
# these names in the plural).
TRASHABLE: dict[str, Any] = {"contact": Contact, "company": Company, "session": MissionSession}


@dataclass(frozen=True)
class TrashRow:
    """One row in the trash: what it is, its name, a detail that tells it apart, and when it
    was deleted."""

    kind: str  # a key of TRASHABLE
    id: uuid.UUID
    name: str
    detail: str | None  # a contact's company, a company's city, a session's mission
    deleted_at: datetime


def list_trash(session: Session, *, limit: int = 1000) -> list[TrashRow]:
    """What is in the trash, the most recently deleted first (at most ``limit`` rows)."""
    contact_name = func.trim(Contact.first_name + " " + Contact.last_name)
    queries = {
        "contact": select(Contact.id, contact_name, Company.name, Contact.deleted_at)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.deleted_at.is_not(None)),
        "company": select(Company.id, Company.name, Company.city, Company.deleted_at)
        .where(Company.deleted_at.is_not(None)),
        "session": select(MissionSession.id, MissionSession.title, Mission.name,
                          MissionSession.deleted_at)
        .join(Mission, Mission.id == MissionSession.mission_id)
        .where(MissionSession.deleted_at.is_not(None)),
    }
    rows = [TrashRow(kind, *row)
            for kind, query in queries.items()
            for row in session.execute(query.order_by(query.selected_columns[3].desc())
                                       .limit(limit))]
    rows.sort(key=lambda row: row.deleted_at, reverse=True)
    return rows[:limit]


def count_trash(session: Session) -> int:
    """How many rows are in the trash."""
    return sum(session.scalar(select(func.count()).select_from(model)
                              .where(model.deleted_at.is_not(None))) or 0
               for model in TRASHABLE.values())


def restore_from_trash(session: Session, kind: str, row_id: uuid.UUID | str) -> None:
    """Take a row of ``kind`` ("contact", "company", "session") out of the trash."""
    restore(session, TRASHABLE[kind], row_id)
