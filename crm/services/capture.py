"""Quick capture: log a person met at a session, with an optional follow-up, in one step."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import _
from crm.models import Contact, ContactPicture, ContactUrl
from crm.services.contacts import create_contact
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.validation import clean_text

CAPTURE_SOURCE = "quick capture"
MAX_URL_LENGTH = 2000


@dataclass(frozen=True)
class CapturedPicture:
    """A picture to keep with the new contact: the badge or business card scanned."""

    data: bytes
    media_type: str = "image/jpeg"
    kind: str = "card"  # card | badge


def capture_contact(
    session: Session, *, first_name: str = "", last_name: str = "", company: str | None = None,
    job_title: str | None = None, email: str | None = None, phone: str | None = None,
    session_id: uuid.UUID | None = None, note: str | None = None, tags: Iterable[str] = (),
    followup_title: str | None = None, followup_due: date | None = None,
    owner: str | None = None, region: str = "BE", keep_unchecked: bool = False,
    more_emails: Sequence[str] = (), more_phones: Sequence[str] = (),
    linkedin: str | None = None, website: str | None = None,
    picture: CapturedPicture | None = None, source: str = CAPTURE_SOURCE,
) -> Contact:
    """A new contact, met at ``session_id`` (the note goes on that encounter, else on the
    contact), with a follow-up when ``followup_title`` is given. All of it or none of it.
    The phone is read as ``create_contact`` reads it (``region``: the home region;
    ``keep_unchecked``: the user said to keep a number valid nowhere as written). A scan adds
    ``more_emails`` and ``more_phones`` (after the first ones), the LinkedIn profile, a
    website and the picture of the badge or card."""
    contact = create_contact(
        session, first_name=first_name, last_name=last_name, company=company,
        job_title=job_title, emails=[e for e in (email, *more_emails) if e and e.strip()],
        phones=[p for p in (phone, *more_phones) if p and p.strip()],
        notes=None if session_id else note, tags=tags, owner=owner, source=source,
        linkedin=clean_text(linkedin), region=region, keep_unchecked=keep_unchecked)
    site = clean_text(website)
    if site:
        if len(site) > MAX_URL_LENGTH:
            raise ValidationError(_("website: longer than {limit} characters").format(
                limit=MAX_URL_LENGTH), field="website")
        session.add(ContactUrl(contact_id=contact.id, url=site, kind="website"))
    if picture is not None and picture.data:
        session.add(ContactPicture(contact_id=contact.id, kind=picture.kind,
                                   media_type=picture.media_type, data=picture.data))
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


def kept_pictures(session: Session, contact_id: uuid.UUID) -> list[CapturedPicture]:
    """The pictures kept with a contact (their scanned badge or card), first kept first."""
    rows = session.scalars(select(ContactPicture).where(ContactPicture.contact_id == contact_id)
                           .order_by(ContactPicture.position, ContactPicture.created_at))
    return [CapturedPicture(row.data, row.media_type, row.kind) for row in rows]


def websites(session: Session, contact_id: uuid.UUID) -> list[str]:
    """A contact's web addresses other than the LinkedIn profile."""
    return list(session.scalars(select(ContactUrl.url).where(ContactUrl.contact_id == contact_id)
                                .order_by(ContactUrl.position, ContactUrl.created_at)))
