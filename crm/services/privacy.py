"""GDPR: erasure of a person, subject-access export, the retention view.

Erasure removes the contact and every row that refers to it, in every table (found through
the schema's foreign keys, plus the erasers other modules register for data that refers to a
contact without a foreign key, such as a search index). ``purge_erased_bytes`` then makes sure
the bytes are gone from the files: deleted content is zeroed (``secure_delete``, on for every
connection), the file is rebuilt (``VACUUM``) and the WAL is checkpointed and truncated. The
automatic backups are erased the same way (``erase_from_backups``).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, create_engine, delete, func, inspect, or_, select, union_all
from sqlalchemy.orm import Session

from crm import encryption
from crm.clock import utcnow
from crm.encryption import Key
from crm.errors import UserError
from crm.i18n import _
from crm.models import (
    Base,
    Company,
    Contact,
    Encounter,
    FollowUp,
    ImportChange,
    Interaction,
    MergeRecord,
    SyncConflict,
    Tag,
    company_tag,
    contact_tag,
    sync_log,
    sync_peer,
)
from crm.services import search
from crm.services.backup import list_backups
from crm.services.common import get_row, parse_id
from crm.services.contacts import get_contact

if TYPE_CHECKING:
    from crm.db import Database

# An eraser removes what a module keeps about a contact outside the foreign-key graph.
Eraser = Callable[[Connection, uuid.UUID], None]
_ERASERS: list[Eraser] = []


def register_eraser(eraser: Eraser) -> Eraser:
    """Have ``erase_contact`` call ``eraser(connection, contact_id)`` (usable as a decorator)."""
    if eraser not in _ERASERS:
        _ERASERS.append(eraser)
    return eraser


@register_eraser
def _erase_merge_history(conn: Connection, contact_id: uuid.UUID) -> None:
    """Merge records keep snapshots of merged records (for undo): drop every one about the
    person, or whose snapshot mentions them (a company merge that moved their row)."""
    if MergeRecord.__tablename__ not in inspect(conn).get_table_names():
        return
    record = MergeRecord.__table__
    conn.execute(delete(record).where(or_(
        record.c.keep_id == contact_id, record.c.other_id == contact_id,
        record.c.snapshot.contains(str(contact_id)), record.c.snapshot.contains(contact_id.hex))))


@register_eraser
def _erase_import_history(conn: Connection, contact_id: uuid.UUID) -> None:
    """Import records keep rows as they were before an import (for "revert last import"):
    drop those of the person, of their meetings, or whose saved state mentions them."""
    if ImportChange.__tablename__ not in inspect(conn).get_table_names():
        return
    change = ImportChange.__table__
    encounters = select(Encounter.__table__.c.id).where(
        Encounter.__table__.c.contact_id == contact_id)
    conn.execute(delete(change).where(or_(
        change.c.entity_id == contact_id, change.c.entity_id.in_(encounters),
        change.c.before.contains(str(contact_id)), change.c.before.contains(contact_id.hex))))


# A company or tag made at most this long before the person counts as made with them.
_MADE_WITH = timedelta(minutes=1)


def _what_only_they_had(conn: Connection, contact_id: uuid.UUID) -> list[uuid.UUID]:
    """The company and tags that exist only for this person: made with them (the company typed
    in their card, a tag given at their capture) and used by nobody and nothing else. A
    company or tag that was there before them, or that another record uses, stays."""
    contact = Contact.__table__
    row = conn.execute(select(contact.c.company_id, contact.c.created_at)
                       .where(contact.c.id == contact_id)).first()
    if row is None:
        return []
    company_id, since = row
    since = since - _MADE_WITH if since is not None else None
    gone: list[uuid.UUID] = []
    if company_id is not None and _only_theirs(conn, Company.__table__, company_id,
                                               contact_id, since):
        gone.append(company_id)
    tag_ids = conn.scalars(select(contact_tag.c.tag_id)
                           .where(contact_tag.c.contact_id == contact_id)).all()
    gone += [t for t in tag_ids if _only_theirs(conn, Tag.__table__, t, contact_id, since)]
    return gone


def _erase_what_only_they_had(conn: Connection, gone: list[uuid.UUID]) -> dict[str, int]:
    """Delete those companies and tags (once the contact is gone: nothing refers to them)."""
    rows: dict[str, int] = {}
    if not gone:
        return rows
    change = ImportChange.__table__
    conn.execute(delete(change).where(change.c.entity_id.in_(gone)))
    for table in (Company.__table__, Tag.__table__):
        removed = conn.execute(delete(table).where(table.c.id.in_(gone))).rowcount
        if removed:
            rows[table.name] = removed
    return rows


def _only_theirs(conn: Connection, table: Any, row_id: uuid.UUID, contact_id: uuid.UUID,
                 since: datetime | None) -> bool:
    """Whether the row ``row_id`` of ``table`` was made with the person (not before) and
    nothing but the person refers to it (every foreign key pointing at ``table``)."""
    created = conn.scalar(select(table.c.created_at).where(table.c.id == row_id))
    if created is None or (since is not None and created < since):
        return False
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table:
                continue
            users = select(func.count()).select_from(other).where(fk.parent == row_id)
            if other is Contact.__table__:
                users = users.where(other.c.id != contact_id)
            elif other is contact_tag:
                users = users.where(contact_tag.c.contact_id != contact_id)
            elif table is Tag.__table__ and other is company_tag:
                pass  # a tag on a company: used by someone else
            elif table is Company.__table__ and other is company_tag:
                continue  # the company's own tags go with it
            if conn.scalar(users):
                return False
    return True


def _erase_sync_traces(conn: Connection, contact_id: uuid.UUID) -> None:
    """What team sync keeps about the person's rows: their change log entries and the notes
    of conflicts about them (run after the rows are deleted: the deletions log themselves). A
    database that syncs keeps one entry, the contact's deletion,
    until the next sync has sent it (that is how the erasure reaches the other copies);
    ``crm.sync`` removes it then."""
    names = set(inspect(conn).get_table_names())
    if "sync_log" in names:
        spelled = [contact_id.hex, str(contact_id)]
        log = sync_log
        mentions = or_(*(log.c.pk.contains(s) for s in spelled))
        synced = "sync_peer" in names and conn.scalar(select(func.count()).select_from(sync_peer))
        if synced:
            mentions = mentions & ~(log.c.tbl == "contact")
        conn.execute(delete(log).where(mentions))
    if SyncConflict.__tablename__ in names:
        conflict = SyncConflict.__table__
        conn.execute(delete(conflict).where(
            conflict.c.row_id.in_([contact_id.hex, str(contact_id)])))


@dataclass(frozen=True)
class Erased:
    """What an erasure removed: rows per table (no personal data)."""

    contact_id: uuid.UUID
    rows: dict[str, int]
    backups_erased: int = 0
    # Automatic backups no known key opens: they may still hold the person (told to the user).
    backups_unreached: tuple[Path, ...] = ()


def _referencing(table_names: set[str]) -> list[tuple[Any, Any]]:
    """(table, column) pairs whose foreign key points at contact.id, children first."""
    pairs = []
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in table_names or table.name == Contact.__tablename__:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == Contact.__tablename__:
                pairs.append((table, fk.parent))
    return pairs


def _erase_rows(conn: Connection, contact_id: uuid.UUID) -> dict[str, int]:
    present = set(inspect(conn).get_table_names())
    rows: dict[str, int] = {}
    only_theirs = _what_only_they_had(conn, contact_id)
    for eraser in _ERASERS:
        eraser(conn, contact_id)
    for table, column in _referencing(present):
        removed = conn.execute(delete(table).where(column == contact_id)).rowcount
        if removed:
            rows[table.name] = rows.get(table.name, 0) + removed
    contact = Contact.__table__
    rows["contact"] = conn.execute(delete(contact).where(contact.c.id == contact_id)).rowcount
    rows.update(_erase_what_only_they_had(conn, only_theirs))
    _erase_sync_traces(conn, contact_id)
    return rows


def erase_contact(session: Session, contact_id: str | uuid.UUID) -> Erased:
    """Remove a contact (in the trash or not) and everything about them, for good, including
    their tokens in the search index."""
    contact = get_row(session, Contact, contact_id, include_trashed=True)
    cid = contact.id
    session.expunge(contact)
    rows = _erase_rows(session.connection(), cid)
    search.purge_deleted(session)
    return Erased(cid, rows)


def purge_erased_bytes(db: Database) -> None:
    """Rebuild the file and empty the WAL so erased content is not left in free pages or old
    WAL frames (VACUUM cannot run in a transaction: a raw connection runs it)."""
    if not db.is_sqlite:
        return
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM")
        busy = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        raw.close()
    if busy:
        raise UserError(_("the person was erased, but another Mission CRM window or command has "
                          "the database open, so old copies of their data stay in the journal "
                          "until it is closed; close it and run the erasure again"))


def erase_person(db: Database, contact_id: str | uuid.UUID) -> Erased:
    """The whole erasure: rows (one transaction), then the bytes in the file, the journal and
    the automatic backups."""
    erased = db.write(erase_contact, contact_id)
    if db.path is None:
        return erased
    purge_erased_bytes(db)
    done, unreached = erase_from_backups(db.path, db.key, erased.contact_id)
    return replace(erased, backups_erased=done, backups_unreached=tuple(unreached))


def _connect_with_cascades(path: Path, key: Key | None) -> Any:
    conn = encryption.connect(path, key, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA secure_delete=ON")
    return conn


def _search_table(conn: Connection) -> str | None:
    """The FTS table's name when this (maybe older) database has the search index."""
    names = inspect(conn).get_table_names()
    return "contact_fts" if "contact_fts" in names else None


def erase_from_backups(db_path: Path, key: Key | None,
                       contact_id: uuid.UUID) -> tuple[int, list[Path]]:
    """Erase the contact from every automatic backup that holds them. Returns how many backups
    changed, and the backups no known key (the database's, the environment's) opens."""
    changed, unreached = 0, []
    keys = [key, encryption.environment_key()]
    for info in list_backups(db_path):
        backup_key = next((k for k in keys if encryption.key_opens(info.path, k)), False)
        if backup_key is False:
            unreached.append(info.path)
            continue
        engine = create_engine("sqlite://", module=encryption.sqlcipher,
                               creator=partial(_connect_with_cascades, info.path, backup_key))
        try:
            with engine.begin() as conn:
                rows = _erase_rows(conn, contact_id)
                if search.is_search_table(_search_table(conn)):
                    search.purge_deleted(Session(bind=conn))
            if rows.get("contact"):
                changed += 1
                raw = engine.raw_connection()
                try:
                    raw.driver_connection.execute("VACUUM")
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    raw.close()
        finally:
            engine.dispose()
    return changed, unreached


def subject_access(session: Session, contact_id: str | uuid.UUID) -> dict[str, Any]:
    """Everything the database holds about one person (GDPR art. 15), as plain data."""
    contact = get_contact(session, parse_id(contact_id, "contact id"), include_trashed=True)

    def when(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": str(contact.id),
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "middle_name": contact.middle_name,
        "name_prefix": contact.name_prefix,
        "name_suffix": contact.name_suffix,
        "nickname": contact.nickname,
        "birthday": contact.birthday,
        "job_title": contact.job_title,
        "company": contact.company.name if contact.company else None,
        "emails": [{"address": e.address, "label": e.label} for e in contact.emails],
        "phones": [{"number": p.number, "label": p.label, "extension": p.extension}
                   for p in contact.phones],
        "addresses": [{"label": a.label, "po_box": a.po_box, "extended": a.extended,
                       "street": a.street, "city": a.city, "region": a.region,
                       "postal_code": a.postal_code, "country": a.country}
                      for a in contact.addresses],
        "web_addresses": [{"url": u.url, "kind": u.kind, "label": u.label}
                          for u in contact.urls],
        "linkedin": contact.linkedin,
        "websites": [u.url for u in contact.urls],
        # The scanned badge or card itself is part of what is held (base64 in JSON).
        "pictures": [{"kind": p.kind, "media_type": p.media_type, "bytes": len(p.data),
                      "data_base64": base64.b64encode(p.data).decode("ascii")}
                     for p in contact.pictures],
        "country": contact.country,
        "language": contact.language,
        "notes": contact.notes,
        "tags": [t.name for t in contact.tags],
        "priority": contact.priority,
        "owner": contact.owner,
        "source": contact.source,
        "lawful_basis": contact.lawful_basis,
        "lawful_basis_on": when(contact.lawful_basis_on),
        "lawful_basis_note": contact.lawful_basis_note,
        "created_at": when(contact.created_at),
        "updated_at": when(contact.updated_at),
        "in_trash": contact.deleted_at is not None,
        "encounters": [
            {"session": e.session.title if e.session else None,
             "mission": e.session.mission.name if e.session and e.session.mission else None,
             "met_at": when(e.met_at), "note": e.note}
            for e in contact.encounters],
        "interactions": [
            {"occurred_at": when(i.occurred_at), "channel": i.channel, "summary": i.summary}
            for i in contact.interactions],
        "followups": [
            {"title": f.title, "due_on": when(f.due_on), "status": f.status, "notes": f.notes}
            for f in contact.followups],
    }


def subject_access_json(data: dict[str, Any]) -> str:
    """The subject-access export as JSON."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def subject_access_text(data: dict[str, Any]) -> str:
    """The subject-access export as text a person can read."""
    lines = [f"Personal data held about {data['first_name']} {data['last_name']}".strip(),
             f"(Mission CRM, exported {utcnow().date().isoformat()})", ""]
    labels = [("name_prefix", "Title"), ("middle_name", "Middle name"),
              ("name_suffix", "Suffix"), ("nickname", "Nickname"), ("birthday", "Birthday"),
              ("job_title", "Job title"), ("company", "Company"), ("linkedin", "LinkedIn"),
              ("country", "Country"), ("language", "Language"), ("notes", "Notes"),
              ("owner", "Recorded by"), ("source", "Source"),
              ("lawful_basis", "Lawful basis"), ("lawful_basis_on", "Lawful basis since"),
              ("lawful_basis_note", "How it was obtained"), ("created_at", "Recorded on"),
              ("updated_at", "Last changed")]
    for field_name, label in labels:
        if data.get(field_name):
            lines.append(f"{label}: {data[field_name]}")
    for e in data["emails"]:
        lines.append(f"Email: {e['address']}" + (f" ({e['label']})" if e["label"] else ""))
    for p in data["phones"]:
        lines.append(f"Phone: {p['number']}" + (f" ext. {p['extension']}" if p["extension"]
                                                else "")
                     + (f" ({p['label']})" if p["label"] else ""))
    for a in data["addresses"]:
        parts = [a[k] for k in ("street", "extended", "po_box", "postal_code", "city",
                                "region", "country") if a[k]]
        lines.append("Address: " + ", ".join(" ".join(p.split()) for p in parts)
                     + (f" ({a['label']})" if a["label"] else ""))
    for u in data["web_addresses"]:
        lines.append(f"Web: {u['url']}" + (f" ({u['label']})" if u["label"] else ""))
    for picture in data.get("pictures", []):
        lines.append(f"Picture of their {picture['kind']}: {picture['media_type']}, "
                     f"{picture['bytes']:,} bytes (in the JSON export)")
    if data["tags"]:
        lines.append("Tags: " + ", ".join(data["tags"]))
    sections = [
        ("Meetings", data["encounters"],
         lambda e: f"{e['met_at'] or ''} {e['session'] or ''}: {e['note'] or ''}"),
        ("History", data["interactions"],
         lambda i: f"{i['occurred_at']} {i['channel']}: {i['summary']}"),
        ("Follow-ups", data["followups"],
         lambda f: f"{f['due_on']} {f['title']} ({f['status']})"),
    ]
    for title, items, render in sections:
        if items:
            lines += ["", f"{title}:"] + [f"  - {render(item).strip()}" for item in items]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class RetentionRow:
    """A contact nobody has touched for a while: a candidate for erasure."""

    id: uuid.UUID
    first_name: str
    last_name: str
    last_activity: datetime
    lawful_basis: str | None
    in_trash: bool


def months_before(moment: datetime, months: int) -> datetime:
    """The same day-of-month ``months`` earlier (clamped to the month's last day)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1


def untouched_contacts(session: Session, months: int, *,
                       now: datetime | None = None) -> list[RetentionRow]:
    """Contacts with no change, meeting, interaction or follow-up for ``months`` months,
    oldest activity first (trashed contacts included: they are still stored)."""
    if months < 1:
        raise UserError(_("months: must be 1 or more"), field="months")
    cutoff = months_before(now or utcnow(), months)
    activity = union_all(
        select(Contact.id.label("cid"), Contact.updated_at.label("at")),
        select(Encounter.contact_id, Encounter.updated_at),
        select(Interaction.contact_id, Interaction.occurred_at),
        select(Interaction.contact_id, Interaction.updated_at),
        select(FollowUp.contact_id, FollowUp.updated_at),
    ).subquery()
    latest = (select(activity.c.cid, func.max(activity.c.at).label("last"))
              .group_by(activity.c.cid).subquery())
    stmt = (select(Contact.id, Contact.first_name, Contact.last_name, latest.c.last,
                   Contact.lawful_basis, Contact.deleted_at)
            .join(latest, latest.c.cid == Contact.id)
            .where(latest.c.last < cutoff)
            .order_by(latest.c.last, Contact.last_name, Contact.first_name))
    rows = []
    for cid, first, last, at, basis, deleted in session.execute(stmt):
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        rows.append(RetentionRow(cid, first, last, moment, basis, deleted is not None))
    return rows

