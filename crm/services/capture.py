"""Quick capture: log a person met at a session, with an optional follow-up, in one step."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import _
from crm.models import Contact
from crm.services.contacts import create_contact
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.validation import clean_text

CAPTURE_SOURCE = "quick capture"


def capture_contact(
    session: Session, *, first_name: str = "", last_name: str = "", company: str | None = None,
    job_title: str | None = None, email: str | None = None, phone: str | None = None,
    session_id: uuid.UUID | None = None, note: str | None = None, tags: Iterable[str] = (),
    followup_title: str | None = None, followup_due: date | None = None,
    owner: str | None = None, region: str = "BE", keep_unchecked: bool = False,
) -> Contact:
    """A new contact, met at ``session_id`` (the note goes on that encounter, else on the
    contact), with a follow-up when ``followup_title`` is given. All of it or none of it.
    The phone is read as ``create_contact`` reads it (``region``: the home region;
    ``keep_unchecked``: the user said to keep a number valid nowhere as written)."""
    contact = create_contact(
        session, first_name=first_name, last_name=last_name, company=company,
        job_title=job_title, emails=[email] if email else [], phones=[phone] if phone else [],
        notes=None if session_id else note, tags=tags, owner=owner, source=CAPTURE_SOURCE,
        region=region, keep_unchecked=keep_unchecked)
    if session_id is not None:
        record_encounter(session, contact_id=contact.id, session_id=session_id, note=note,
                         owner=owner)
    title = clean_text(followup_title)
    if title:
        if followup_due is None:
            raise ValidationError(_("follow-up: give a due date"), field="followup_due")
        create_followup(session, contact_id=contact.id, title=title, due_on=followup_due,
                        owner=owner)
    return contact
