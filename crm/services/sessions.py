"""Mission sessions: the agenda items where delegates meet people."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from crm.clock import utcnow
from crm.errors import NotFoundError, ValidationError
from crm.i18n import N_, _
from crm.models import Encounter, Mission, MissionSession, SessionOrganiser
from crm.services.common import apply_changes, get_row
from crm.services.search import like_word
from crm.services.validation import clean_text, require_text

# Stored in English (the CLI, exports and sync read them); shown with session_kind_label.
SESSION_KINDS = (N_("round table"), N_("seminar"), N_("full-day programme"), N_("B2B"),
                 N_("visit"), N_("reception"), N_("conference"), N_("other"))


def session_kind_label(kind: str | None) -> str:
    """A session's kind as the user reads it: one of SESSION_KINDS in their language, any
    other kind (typed by a delegate) as it was written."""
    if not kind:
        return ""
    return _(kind) if kind in SESSION_KINDS else kind


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    mission_id: uuid.UUID
    mission: str
    title: str
    kind: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    venue: str | None
    met_count: int
    all_day: bool = False
    time_zone: str | None = None  # the mission's: the times read there


def _check_times(starts_at: datetime | None, ends_at: datetime | None) -> None:
    if starts_at and ends_at and ends_at < starts_at:
        raise ValidationError(_("ends_at: the session cannot end before it starts"),
                              field="ends_at")


def create_session(session: Session, *, mission_id: uuid.UUID, title: str,
                   kind: str | None = None, starts_at: datetime | None = None,
                   ends_at: datetime | None = None, venue: str | None = None,
                   notes: str | None = None, all_day: bool = False,
                   organisers: Iterable[tuple[uuid.UUID, str]] = (),
                   id: uuid.UUID | None = None) -> MissionSession:
    """A new session of a mission; ``organisers`` are (company id, "organiser"|"partner")."""
    get_row(session, Mission, mission_id)
    _check_times(starts_at, ends_at)
    row = MissionSession(id=id or uuid.uuid4(), mission_id=mission_id,
                         title=require_text(title, "title", N_("Session title")),
                         kind=clean_text(kind), starts_at=starts_at, ends_at=ends_at,
                         venue=clean_text(venue), notes=clean_text(notes), all_day=all_day)
    row.organisers = [SessionOrganiser(company_id=cid, role=role) for cid, role in organisers]
    session.add(row)
    session.flush()
    return row


def update_session(session: Session, session_id: str | uuid.UUID,
                   **changes: object) -> MissionSession:
    """Change some fields of a session."""
    row = get_row(session, MissionSession, session_id)
    if "title" in changes:
        changes["title"] = require_text(changes["title"], "title", N_("Session title"))  # type: ignore[arg-type]
    for key in ("kind", "venue", "notes"):
        if key in changes:
            changes[key] = clean_text(changes[key])  # type: ignore[arg-type]
    _check_times(changes.get("starts_at", row.starts_at),  # type: ignore[arg-type]
                 changes.get("ends_at", row.ends_at))  # type: ignore[arg-type]
    apply_changes(row, changes, ("title", "kind", "starts_at", "ends_at", "venue", "notes",
                                 "mission_id", "all_day"))
    session.flush()
    return row


def get_session(session: Session, session_id: str | uuid.UUID) -> MissionSession:
    """A session with its mission, organisers and encounters (with their contacts) loaded."""
    row = get_row(session, MissionSession, session_id)
    session.scalars(
        select(MissionSession).where(MissionSession.id == row.id).options(
            selectinload(MissionSession.mission),
            selectinload(MissionSession.organisers).selectinload(SessionOrganiser.company),
            selectinload(MissionSession.encounters).selectinload(Encounter.contact),
        )
    ).one()
    return row


def find_session(session: Session, title: str) -> MissionSession:
    """The session called ``title`` (case-insensitive; a unique prefix also works)."""
    wanted = title.strip()
    live = select(MissionSession).where(MissionSession.deleted_at.is_(None))
    exact = session.scalars(
        live.where(func.lower(MissionSession.title) == wanted.lower())).all()
    if len(exact) == 1:
        return exact[0]
    if not exact and wanted:
        prefixed = session.scalars(
            live.where(like_word(func.lower(MissionSession.title), wanted.lower(),
                                 prefix=True))).all()
        if len(prefixed) == 1:
            return prefixed[0]
        exact = prefixed
    if exact:
        raise ValidationError(_("session: '{title}' matches {count} sessions; give the full "
                                "title").format(title=title, count=len(exact)), field="session")
    raise NotFoundError(_("session: no session titled '{title}'")
                        .format(title=title), field="session")


def list_sessions(session: Session, *, mission_id: uuid.UUID | None = None,
                  search: str | None = None, include_trashed: bool = False) -> list[SessionRow]:
    """Sessions grouped by mission, in agenda order, with how many people were met at each."""
    # count(*), not count(id): answered from ix_encounter_session_live without reading rows.
    met = (select(func.count()).where(Encounter.session_id == MissionSession.id,
                                                  Encounter.deleted_at.is_(None))
           .correlate(MissionSession).scalar_subquery())
    stmt = (select(MissionSession.id, MissionSession.mission_id, Mission.name,
                   MissionSession.title, MissionSession.kind, MissionSession.starts_at,
                   MissionSession.ends_at, MissionSession.venue, met, MissionSession.all_day,
                   Mission.time_zone)
            .join(Mission, Mission.id == MissionSession.mission_id))
    if not include_trashed:
        stmt = stmt.where(MissionSession.deleted_at.is_(None), Mission.deleted_at.is_(None))
    if mission_id is not None:
        stmt = stmt.where(MissionSession.mission_id == mission_id)
    if search and search.strip():
        wanted = search.strip().lower()
        stmt = stmt.where(like_word(func.lower(MissionSession.title), wanted)
                          | like_word(func.lower(func.coalesce(MissionSession.venue, "")), wanted))
    stmt = stmt.order_by(Mission.name, MissionSession.starts_at.nulls_last(),
                         MissionSession.title)
    return [SessionRow(*row) for row in session.execute(stmt)]


def current_session(session: Session, now: datetime | None = None) -> MissionSession | None:
    """The session running now by the clock (the latest started, if several overlap)."""
    now = now or utcnow()
    stmt = (select(MissionSession)
            .where(MissionSession.deleted_at.is_(None), MissionSession.starts_at <= now,
                   MissionSession.ends_at >= now)
            .order_by(MissionSession.starts_at.desc()).limit(1))
    return session.scalars(stmt).first()


def last_used_session(session: Session) -> MissionSession | None:
    """The live session someone was last recorded as met at (the latest encounter logged)."""
    stmt = (select(MissionSession)
            .join(Encounter, Encounter.session_id == MissionSession.id)
            .where(MissionSession.deleted_at.is_(None), Encounter.deleted_at.is_(None))
            .order_by(Encounter.created_at.desc()).limit(1))
    return session.scalars(stmt).first()


@dataclass(frozen=True)
class SessionChoice:
    id: uuid.UUID
    title: str
    starts_at: datetime | None
    mission: str


def list_session_choices(session: Session) -> list[SessionChoice]:
    """Live sessions for a picker ("met at"), in agenda order, without the per-session counts
    of ``list_sessions`` (cheap at any number of encounters)."""
    stmt = (select(MissionSession.id, MissionSession.title, MissionSession.starts_at,
                   Mission.name)
            .join(Mission, Mission.id == MissionSession.mission_id)
            .where(MissionSession.deleted_at.is_(None), Mission.deleted_at.is_(None))
            .order_by(Mission.name, MissionSession.starts_at.nulls_last(), MissionSession.title))
    return [SessionChoice(*row) for row in session.execute(stmt)]
