"""Follow-ups: tasks about a contact, due on a local calendar date.

A snoozed follow-up waits until its ``snoozed_until`` date: its effective due date is the
later of the two. "Today" is the user's local date, passed in so tests control the clock.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from crm.clock import local_today, utcnow
from crm.errors import ValidationError
from crm.i18n import N_, _
from crm.models import Company, Contact, FollowUp
from crm.services.common import apply_changes, get_row
from crm.services.contacts import ids_met_at, ids_tagged
from crm.services.interactions import log_interaction
from crm.services.search import like_word
from crm.services.validation import clean_text, normalize_priority, require_text

STATUSES = ("open", "done", "cancelled")
WEEK_DAYS = 7

# The date a follow-up is really due: its snooze date when snoozed later than due.
effective_due = case(
    (FollowUp.snoozed_until > FollowUp.due_on, FollowUp.snoozed_until), else_=FollowUp.due_on
)


class Due(StrEnum):
    """The windows of ``list followups --due``."""

    OVERDUE = "overdue"  # open, effective due date before today
    TODAY = "today"  # open, due today
    WEEK = "week"  # open, due today or in the next six days


class Bucket(StrEnum):
    """The groups of the follow-ups view."""

    OVERDUE = "Overdue"
    TODAY = "Today"
    THIS_WEEK = "This week"
    LATER = "Later"
    DONE = "Done"


@dataclass(frozen=True)
class FollowUpRow:
    id: uuid.UUID
    title: str
    due_on: date
    snoozed_until: date | None
    status: str
    priority: int
    contact_id: uuid.UUID
    contact_name: str
    company: str | None
    owner: str | None
    done_at: datetime | None

    @property
    def effective_due(self) -> date:
        if self.snoozed_until and self.snoozed_until > self.due_on:
            return self.snoozed_until
        return self.due_on

    def bucket(self, today: date) -> Bucket:
        """Which group of the follow-ups view this row belongs to on ``today``."""
        if self.status != "open":
            return Bucket.DONE
        due = self.effective_due
        if due < today:
            return Bucket.OVERDUE
        if due == today:
            return Bucket.TODAY
        if due < today + timedelta(days=WEEK_DAYS):
            return Bucket.THIS_WEEK
        return Bucket.LATER


def create_followup(session: Session, *, contact_id: uuid.UUID, title: str, due_on: date,
                    priority: int = 0, notes: str | None = None,
                    owner: str | None = None) -> FollowUp:
    """A new open follow-up about a contact."""
    contact = get_row(session, Contact, contact_id)
    followup = FollowUp(contact_id=contact.id, title=require_text(title, "title", N_("Title")),
                        due_on=due_on, priority=normalize_priority(priority),
                        notes=clean_text(notes), owner=clean_text(owner), status="open")
    session.add(followup)
    session.flush()
    return followup


def update_followup(session: Session, followup_id: str | uuid.UUID,
                    **changes: object) -> FollowUp:
    """Change the title, due date (reschedule), priority, notes or status of a follow-up."""
    followup = get_row(session, FollowUp, followup_id)
    if "title" in changes:
        changes["title"] = require_text(changes["title"], "title", N_("Title"))  # type: ignore[arg-type]
    if "priority" in changes:
        changes["priority"] = normalize_priority(changes["priority"])  # type: ignore[arg-type]
    if "notes" in changes:
        changes["notes"] = clean_text(changes["notes"])  # type: ignore[arg-type]
    if "status" in changes:
        status = changes["status"]
        if status not in STATUSES:
            raise ValidationError(_("status: '{status}' is not one of {values}")
                                  .format(status=status, values=', '.join(STATUSES)),
                                  field="status")
        changes["done_at"] = utcnow() if status == "done" else None
    if "due_on" in changes:
        changes["snoozed_until"] = None
        changes["reminded_on"] = None
    apply_changes(followup, changes, ("title", "due_on", "priority", "notes", "status",
                                      "done_at", "snoozed_until", "reminded_on"))
    session.flush()
    return followup


def complete_followup(session: Session, followup_id: str | uuid.UUID, *,
                      summary: str | None = None, channel: str = "note",
                      owner: str | None = None) -> FollowUp:
    """Mark a follow-up done and record it as an interaction with the contact."""
    followup = update_followup(session, followup_id, status="done")
    log_interaction(session, contact_id=followup.contact_id, channel=channel,
                    summary=summary or f"Done: {followup.title}", owner=owner,
                    followup_id=followup.id)
    return followup


def snooze_followup(session: Session, followup_id: str | uuid.UUID, until: date, *,
                    today: date | None = None) -> FollowUp:
    """Hide a follow-up from reminders until ``until`` (a date after today)."""
    today = today or local_today()
    if until <= today:
        raise ValidationError(_("snooze: pick a date after today"), field="snoozed_until")
    followup = get_row(session, FollowUp, followup_id)
    followup.snoozed_until = until
    followup.reminded_on = None
    session.flush()
    return followup


def rows_query() -> Select:
    """The columns of a ``FollowUpRow``, for follow-ups of live contacts."""
    name = func.trim(Contact.first_name + " " + Contact.last_name)
    return (select(FollowUp.id, FollowUp.title, FollowUp.due_on, FollowUp.snoozed_until,
                   FollowUp.status, FollowUp.priority, FollowUp.contact_id, name, Company.name,
                   FollowUp.owner, FollowUp.done_at)
            .join(Contact, Contact.id == FollowUp.contact_id)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(FollowUp.deleted_at.is_(None), Contact.deleted_at.is_(None)))


def due_clause(due: Due | str, today: date):  # type: ignore[no-untyped-def]
    """The WHERE clause of a ``--due`` window on ``today``."""
    due = Due(due)
    is_open = FollowUp.status == "open"
    if due is Due.OVERDUE:
        return is_open & (effective_due < today)
    if due is Due.TODAY:
        return is_open & (effective_due == today)
    return is_open & (effective_due >= today) & (
        effective_due < today + timedelta(days=WEEK_DAYS))


class Snooze(StrEnum):
    """The snooze menu's fixed choices (a picked date is the fourth)."""

    TOMORROW = "tomorrow"
    THREE_DAYS = "in 3 days"
    NEXT_MONDAY = "next Monday"


def snooze_until(choice: Snooze | str, today: date) -> date:
    """The date a snooze choice means on ``today`` (next Monday is never today)."""
    choice = Snooze(choice)
    if choice is Snooze.TOMORROW:
        return today + timedelta(days=1)
    if choice is Snooze.THREE_DAYS:
        return today + timedelta(days=3)
    return today + timedelta(days=7 - today.weekday())


@dataclass
class FollowUpFilter:
    """What the follow-ups view is narrowed to: a session where the contact was met, a tag of
    the contact, the contact's company, the follow-up's owner."""

    session_id: uuid.UUID | None = None
    tag: str | None = None
    company_id: uuid.UUID | None = None
    owner: str | None = None


def _filtered(stmt: Select, flt: FollowUpFilter) -> Select:
    if flt.session_id is not None:
        stmt = stmt.where(FollowUp.contact_id.in_(ids_met_at(flt.session_id)))
    if flt.tag:
        stmt = stmt.where(FollowUp.contact_id.in_(ids_tagged(flt.tag)))
    if flt.company_id is not None:
        stmt = stmt.where(Contact.company_id == flt.company_id)
    if flt.owner:
        stmt = stmt.where(func.lower(FollowUp.owner) == flt.owner.strip().lower())
    return stmt


def list_owners(session: Session) -> list[str]:
    """Every owner named on a live follow-up, alphabetically (for the owner filter)."""
    stmt = (select(FollowUp.owner).where(FollowUp.owner.is_not(None),
                                         FollowUp.deleted_at.is_(None))
            .distinct().order_by(FollowUp.owner))
    return list(session.scalars(stmt))


def bucket_case(today: date):  # type: ignore[no-untyped-def]
    """SQL for ``FollowUpRow.bucket(today)``: the group's name (a ``Bucket`` value)."""
    return case((FollowUp.status != "open", Bucket.DONE.value),
                (effective_due < today, Bucket.OVERDUE.value),
                (effective_due == today, Bucket.TODAY.value),
                (effective_due < today + timedelta(days=WEEK_DAYS), Bucket.THIS_WEEK.value),
                else_=Bucket.LATER.value)


def _narrowed(stmt: Select, *, today: date, due: Due | str | None = None,
              bucket: Bucket | None = None, status: str | None = None,
              contact_id: uuid.UUID | None = None, search: str | None = None,
              flt: FollowUpFilter | None = None) -> Select:
    if flt is not None:
        stmt = _filtered(stmt, flt)
    if due is not None:
        try:
            stmt = stmt.where(due_clause(due, today))
        except ValueError:
            raise ValidationError(_("due: '{due}' is not one of overdue, today, week")
                                  .format(due=due),
                                  field="due") from None
    if bucket is not None:
        stmt = stmt.where(bucket_case(today) == Bucket(bucket).value)
    if status is not None:
        stmt = stmt.where(FollowUp.status == status)
    if contact_id is not None:
        stmt = stmt.where(FollowUp.contact_id == contact_id)
    for word in (search or "").lower().split():
        stmt = stmt.where(like_word(func.lower(FollowUp.title), word)
                          | like_word(func.lower(Contact.first_name + " " + Contact.last_name),
                                      word)
                          | like_word(func.lower(func.coalesce(Company.name, "")), word))
    return stmt


def list_followups(session: Session, *, due: Due | str | None = None,
                   status: str | None = None, contact_id: uuid.UUID | None = None,
                   search: str | None = None, today: date | None = None,
                   limit: int | None = None, flt: FollowUpFilter | None = None,
                   bucket: Bucket | None = None,
                   latest_first: bool = False) -> list[FollowUpRow]:
    """Follow-ups (of live contacts), soonest effective due date first (``latest_first``:
    the other way round, as the Done group reads)."""
    today = today or local_today()
    stmt = _narrowed(rows_query(), today=today, due=due, bucket=bucket, status=status,
                     contact_id=contact_id, search=search, flt=flt)
    order = effective_due.desc() if latest_first else effective_due
    stmt = stmt.order_by(order, FollowUp.priority.desc(), FollowUp.title).limit(limit)
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def count_by_bucket(session: Session, *, today: date | None = None,
                    search: str | None = None,
                    flt: FollowUpFilter | None = None) -> dict[Bucket, int]:
    """How many follow-ups each group of the view holds (one query, no rows fetched)."""
    today = today or local_today()
    group = bucket_case(today)
    stmt = (select(group, func.count(FollowUp.id))
            .join(Contact, Contact.id == FollowUp.contact_id)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(FollowUp.deleted_at.is_(None), Contact.deleted_at.is_(None)))
    stmt = _narrowed(stmt, today=today, search=search, flt=flt).group_by(group)
    counts = {bucket: 0 for bucket in Bucket}
    for name, count in session.execute(stmt):
        counts[Bucket(name)] = count
    return counts


def count_due(session: Session, due: Due | str, *, today: date | None = None) -> int:
    """How many open follow-ups fall in a ``--due`` window (for "Follow-ups (3 overdue)")."""
    today = today or local_today()
    stmt = (select(func.count(FollowUp.id)).join(Contact, Contact.id == FollowUp.contact_id)
            .where(FollowUp.deleted_at.is_(None), Contact.deleted_at.is_(None),
                   due_clause(due, today)))
    return session.scalar(stmt) or 0
