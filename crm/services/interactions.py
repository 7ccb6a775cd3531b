"""Interactions: the history with a contact after the trip (emails, calls, meetings, notes)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.errors import ValidationError
from crm.models import Contact, Interaction
from crm.services.common import apply_changes, get_row
from crm.services.validation import clean_text

CHANNELS = ("email", "call", "meeting", "note")


def _channel(value: str) -> str:
    channel = (value or "").strip().lower()
    if channel not in CHANNELS:
        raise ValidationError(f"channel: '{value}' is not one of {', '.join(CHANNELS)}",
                              field="channel")
    return channel


def log_interaction(session: Session, *, contact_id: uuid.UUID, channel: str = "note",
                    summary: str = "", occurred_at: datetime | None = None,
                    owner: str | None = None,
                    followup_id: uuid.UUID | None = None) -> Interaction:
    """Record an interaction with a contact."""
    contact = get_row(session, Contact, contact_id)
    interaction = Interaction(contact_id=contact.id, channel=_channel(channel),
                              summary=(summary or "").strip(),
                              occurred_at=occurred_at or utcnow(), owner=clean_text(owner),
                              followup_id=followup_id)
    session.add(interaction)
    session.flush()
    return interaction


def update_interaction(session: Session, interaction_id: str | uuid.UUID,
                       **changes: object) -> Interaction:
    """Change the channel, summary or time of an interaction."""
    interaction = get_row(session, Interaction, interaction_id)
    if "channel" in changes:
        changes["channel"] = _channel(changes["channel"])  # type: ignore[arg-type]
    if "summary" in changes:
        changes["summary"] = (changes["summary"] or "").strip()  # type: ignore[union-attr]
    apply_changes(interaction, changes, ("channel", "summary", "occurred_at"))
    session.flush()
    return interaction


def list_interactions(session: Session, contact_id: uuid.UUID) -> list[Interaction]:
    """A contact's interactions, newest first."""
    return list(session.scalars(select(Interaction).where(
        Interaction.contact_id == contact_id, Interaction.deleted_at.is_(None))
        .order_by(Interaction.occurred_at.desc())))
