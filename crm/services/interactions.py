"""Interactions: the history with a contact after the trip (emails, calls, meetings, notes)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.bulk import insert_rows, sequential_ids
from crm.clock import utcnow
from crm.errors import ValidationError
from crm.i18n import _
from crm.models import Contact, Interaction
from crm.services.common import apply_changes, get_row
from crm.services.validation import clean_text

CHANNELS = ("email", "call", "meeting", "note")


def _channel(value: str) -> str:
    channel = (value or "").strip().lower()
    if channel not in CHANNELS:
        raise ValidationError(_("channel: '{value}' is not one of {values}")
                              .format(value=value, values=', '.join(CHANNELS)),
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


def on_day(day: date) -> datetime:
    """A calendar day as an instant: noon UTC, which is that same day in local time from
    UTC-11 to UTC+11 (midnight UTC would show as the day before in the Americas)."""
    return datetime.combine(day, time(12), tzinfo=UTC)


def record_interactions(session: Session, items: Iterable[tuple[uuid.UUID, date, str]], *,
                        channel: str = "note", owner: str | None = None) -> list[uuid.UUID]:
    """Bulk variant of ``log_interaction`` for imports: (contact id, day, summary), each
    dated that day, skipping those the contact already has (same day, same summary);
    returns the ids of the interactions created."""
    wanted = list(dict.fromkeys(items))
    if not wanted:
        return []
    contact_ids = list({c for c, _d, _s in wanted})
    existing: set[tuple[uuid.UUID, date, str]] = set()
    for start in range(0, len(contact_ids), 500):
        existing.update((c, on.date(), summary) for c, on, summary in session.execute(
            select(Interaction.contact_id, Interaction.occurred_at, Interaction.summary).where(
                Interaction.contact_id.in_(contact_ids[start:start + 500]),
                Interaction.deleted_at.is_(None))))
    fresh = [item for item in wanted if item not in existing]
    rows = [{"id": i, "contact_id": c, "occurred_at": on_day(day), "channel": _channel(channel),
             "summary": summary, "owner": clean_text(owner), "followup_id": None}
            for i, (c, day, summary) in zip(sequential_ids(len(fresh)), fresh, strict=True)]
    insert_rows(session, Interaction.__table__, rows)
    return [r["id"] for r in rows]


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
