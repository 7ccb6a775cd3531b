"""Revert stage: undo the last import from its change log (remove what it created, restore
what it updated as it was)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.errors import UserError
from crm.i18n import _, ngettext
from crm.models import (
    Company,
    Contact,
    ContactPicture,
    Encounter,
    ImportBatch,
    ImportChange,
    Interaction,
    Tag,
    company_tag,
    contact_tag,
)
from crm.services.contacts import update_contact
from crm.services.importing.match import chunks
from crm.services.importing.write import CONTACT_COLUMNS
from crm.services.phones import Phone


@dataclass(frozen=True)
class RevertReport:
    batch_id: uuid.UUID
    file_name: str
    imported_at: datetime
    removed: int
    restored: int

    def summary(self) -> str:
        text = ngettext("reverted the import of {file} ({when}): {removed} contact removed, "
                        "{restored} restored",
                        "reverted the import of {file} ({when}): {removed} contacts removed, "
                        "{restored} restored", self.removed)
        return text.format(file=Path(self.file_name).name,
                           when=f"{self.imported_at.astimezone():%Y-%m-%d %H:%M}",
                           removed=self.removed, restored=self.restored)


def last_import(session: Session) -> ImportBatch | None:
    """The most recent import that has not been reverted."""
    return session.scalars(select(ImportBatch).where(ImportBatch.reverted_at.is_(None))
                           .order_by(ImportBatch.created_at.desc()).limit(1)).first()


def revert_last_import(session: Session) -> RevertReport:
    """Undo the last import: remove what it created, restore what it updated."""
    batch = last_import(session)
    if batch is None:
        raise UserError(_("there is no import to revert"))
    rows = session.execute(select(ImportChange.entity, ImportChange.entity_id,
                                  ImportChange.action, ImportChange.before)
                           .where(ImportChange.batch_id == batch.id)).all()
    created: dict[str, list[uuid.UUID]] = {}
    restores: list[tuple[uuid.UUID, dict[str, Any]]] = []
    for entity, entity_id, action, before in rows:
        if action == "created":
            created.setdefault(entity, []).append(entity_id)
        elif entity == "contact" and before:
            restores.append((entity_id, json.loads(before)))
    for chunk in chunks(created.get("encounter", [])):
        session.execute(delete(Encounter).where(Encounter.id.in_(chunk)))
    for chunk in chunks(created.get("interaction", [])):
        session.execute(delete(Interaction).where(Interaction.id.in_(chunk)))
    # Pictures the import added to contacts it updated (new contacts take theirs along).
    for chunk in chunks(created.get("picture", [])):
        session.execute(delete(ContactPicture).where(ContactPicture.id.in_(chunk)))
    removed = 0
    for chunk in chunks(created.get("contact", [])):
        removed += session.execute(delete(Contact).where(Contact.id.in_(chunk))).rowcount or 0
    session.expire_all()
    restored = sum(_restore(session, contact_id, state) for contact_id, state in restores)
    for chunk in chunks(created.get("company", [])):
        used = select(Contact.company_id).where(Contact.company_id.in_(chunk))
        session.execute(delete(Company).where(Company.id.in_(chunk), Company.id.not_in(used)))
    for chunk in chunks(created.get("tag", [])):
        session.execute(delete(Tag).where(
            Tag.id.in_(chunk), Tag.id.not_in(select(contact_tag.c.tag_id)),
            Tag.id.not_in(select(company_tag.c.tag_id))))
    batch.reverted_at = utcnow()
    session.flush()
    return RevertReport(batch_id=batch.id, file_name=batch.file_name,
                        imported_at=batch.created_at, removed=removed, restored=restored)


def _restore(session: Session, contact_id: uuid.UUID, state: dict[str, Any]) -> bool:
    """Put a contact back as its snapshot says; False when it is gone."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return False
    company_id = uuid.UUID(state["company_id"]) if state["company_id"] else None
    if company_id is not None and session.get(Company, company_id) is None:
        company_id = None
    fields = {k: state.get(k) for k in ("first_name", "last_name", "notes", *CONTACT_COLUMNS)}
    fields["lawful_basis_on"] = date.fromisoformat(state["lawful_basis_on"]) \
        if state["lawful_basis_on"] else None
    # The state is restored as it was, bypassing validation of values that were valid.
    for name, value in fields.items():
        setattr(contact, name, value)
    contact.company_id = company_id
    # Snapshots taken before addresses and web addresses were kept have neither.
    update_contact(session, contact.id, emails=[tuple(e) for e in state["emails"]],
                   phones=[_phone(p) for p in state["phones"]], tags=state["tags"],
                   addresses=state.get("addresses", []),
                   urls=[tuple(u) for u in state.get("urls", [])])
    return True


def _phone(saved: list[Any]) -> Phone:
    """A phone of a snapshot: [number, label, checked, extension] (older ones: the first
    two, a checked E.164 number)."""
    number, label, checked, extension = [*saved, True, None][:4]
    return Phone(number, bool(checked), extension, label)


def import_count(session: Session) -> int:
    """How many imports can still be reverted (for enabling the menu item)."""
    return session.scalar(select(func.count(ImportBatch.id))
                          .where(ImportBatch.reverted_at.is_(None))) or 0
