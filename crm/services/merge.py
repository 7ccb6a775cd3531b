"""Merging two contacts (or two companies) into one, in one transaction, with undo.

The user chooses, field by field, which record's value the kept record gets. Every row that
points to the merged-away record (encounters, interactions, follow-ups, emails, phones, tags,
and whatever table references it in the future) moves to the kept record; rows that would
repeat one the kept record already has (the same email address, the same tag) are dropped.
Then the merged-away record is deleted.

Undo: before changing anything the merge writes a ``MergeRecord`` whose JSON snapshot holds
both records and every row it touched, as they were. Undoing puts them all back (business
fields exactly; ``version`` and ``updated_at`` move on, so editors and sync see a change).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, TypeDecorator, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.errors import NotFoundError, UserError, ValidationError
from crm.i18n import N_, _
from crm.models import Base, Company, Contact, MergeRecord
from crm.services.common import get_row, parse_id
from crm.services.validation import lawful_basis_label

CONTACT_FIELDS = ("first_name", "last_name", "job_title", "company_id", "linkedin", "country",
                  "language", "notes", "priority", "owner", "source", "lawful_basis",
                  "lawful_basis_on", "lawful_basis_note", "middle_name", "name_prefix",
                  "name_suffix", "nickname", "birthday")
COMPANY_FIELDS = ("name", "website", "kind", "country", "city", "notes", "owner")
KEEP, OTHER = "keep", "other"

# Linked rows that repeat one of the kept record's by these columns are dropped on merge
# (besides what primary keys and unique constraints already forbid).
_SAME_AS = {"contact_email": ("address_key",), "contact_phone": ("number",),
            "contact_url": ("url",)}


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: ``moved`` and ``dropped`` count linked rows per table."""

    merge_id: uuid.UUID
    kind: str
    keep_id: uuid.UUID
    other_id: uuid.UUID
    summary: str
    moved: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeInfo:
    """A merge that can be undone, as menus and the CLI show it."""

    merge_id: uuid.UUID
    kind: str
    keep_id: uuid.UUID
    other_id: uuid.UUID
    summary: str
    merged_at: datetime


# --- JSON snapshot of rows ----------------------------------------------------------------

def _dump(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _load(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    try:
        kind = column_type.python_type
    except NotImplementedError:
        return value
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return value


def _row_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _dump(value) for key, value in row.items()}


def _restore_values(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _load(table.c[name], value) for name, value in data.items()}


def _pk(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: _dump(row[c.name]) for c in table.primary_key.columns}


def _where_pk(table: Table, pk: Mapping[str, Any]):  # type: ignore[no-untyped-def]
    return and_(*(table.c[name] == _load(table.c[name], value) for name, value in pk.items()))


# --- the merge -----------------------------------------------------------------------------

def _references(target: Table) -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) with a foreign key to ``target``'s id, found in the metadata so
    tables added later are merged too."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is target and fk.parent.table is table:
                found.append((table, fk.parent))
    return found


def _unique_partners(table: Table, column: Column[Any]) -> list[tuple[str, ...]]:
    """The column sets that, with ``column``, must not repeat once rows move."""
    sets: list[tuple[str, ...]] = []
    constraints = [table.primary_key, *(c for c in table.constraints
                                        if c.__class__.__name__ == "UniqueConstraint")]
    for constraint in constraints:
        names = [c.name for c in constraint.columns]
        if column.name in names and len(names) > 1:
            sets.append(tuple(n for n in names if n != column.name))
    if table.name in _SAME_AS:
        sets.append(_SAME_AS[table.name])
    return sets


def _move_links(session: Session, target: Table, keep_id: uuid.UUID, other_id: uuid.UUID,
                changes: list[dict[str, Any]], moved: dict[str, int],
                dropped: dict[str, int]) -> None:
    now = utcnow()
    for table, column in _references(target):
        rows = session.execute(select(table).where(column == other_id)).mappings().all()
        if not rows:
            continue
        partner_sets = _unique_partners(table, column)
        taken: list[set[tuple[Any, ...]]] = []
        if partner_sets:
            kept = session.execute(select(table).where(column == keep_id)).mappings().all()
            taken = [{tuple(r[n] for n in names) for r in kept} for names in partner_sets]
        next_position = None
        if "position" in table.c:
            top = session.scalar(select(table.c.position).where(column == keep_id)
                                 .order_by(table.c.position.desc()).limit(1))
            next_position = 0 if top is None else top + 1
        for row in rows:
            if any(tuple(row[n] for n in names) in seen
                   for names, seen in zip(partner_sets, taken, strict=True)):
                session.execute(delete(table).where(_where_pk(table, _pk(table, row))))
                changes.append({"table": table.name, "before": _row_dict(row),
                                "after_pk": None})
                dropped[table.name] = dropped.get(table.name, 0) + 1
                continue
            values: dict[str, Any] = {column.name: keep_id}
            if next_position is not None:
                values["position"] = next_position
                next_position += 1
            # Undo puts back only what the merge changed: later edits of the row survive.
            before = {**_pk(table, row), **{name: _dump(row[name]) for name in values}}
            after = {**row, **values}
            if column.primary_key:
                # A link row (contact_tag ...): a new key is a new row. Delete and insert, so
                # the sync triggers, which log rows by key, see both.
                session.execute(delete(table).where(_where_pk(table, _pk(table, row))))
                session.execute(insert(table).values(**after))
            else:
                session.execute(update(table).where(_where_pk(table, _pk(table, row)))
                                .values(**values, **_bookkeeping(table, now)))
            changes.append({"table": table.name, "before": before,
                            "after_pk": _pk(table, after)})
            for names, seen in zip(partner_sets, taken, strict=True):
                seen.add(tuple(after[n] for n in names))
            moved[table.name] = moved.get(table.name, 0) + 1


def _chosen_values(keep: Mapping[str, Any], other: Mapping[str, Any], fields: tuple[str, ...],
                   choices: Mapping[str, str] | None) -> dict[str, Any]:
    """The kept record's fields: the chosen side's value; by default the kept record's,
    or the other's where the kept one is empty."""
    choices = dict(choices or {})
    unknown = set(choices) - set(fields)
    if unknown:
        raise ValidationError(_("merge: no field {unknown} (fields: {fields})")
                              .format(unknown=", ".join(sorted(unknown)),
                                      fields=", ".join(fields)), field=sorted(unknown)[0])
    values = {}
    for name in fields:
        side = choices.get(name)
        if side not in (None, KEEP, OTHER):
            raise ValidationError(_("merge: {name} must come from 'keep' or 'other', not "
                                    "'{side}'").format(name=name, side=side), field=name)
        if side is None:
            side = KEEP if keep[name] not in (None, "") else OTHER
        values[name] = (keep if side == KEEP else other)[name]
    return values


def _merge(session: Session, model: type[Contact] | type[Company], keep_id: str | uuid.UUID,
           other_id: str | uuid.UUID, choices: Mapping[str, str] | None,
           fields: tuple[str, ...], kind: str) -> MergeResult:
    keep_row = get_row(session, model, keep_id)
    other_row = get_row(session, model, other_id)
    if keep_row.id == other_row.id:
        raise ValidationError(_("merge: cannot merge a {kind} with itself")
                              .format(kind=kind), field="other_id")
    session.flush()
    table: Table = model.__table__  # type: ignore[assignment]
    keep = session.execute(select(table).where(table.c.id == keep_row.id)).mappings().one()
    other = session.execute(select(table).where(table.c.id == other_row.id)).mappings().one()
    label = (lambda r: f"{r['first_name']} {r['last_name']}".strip()) if kind == "contact" \
        else (lambda r: r["name"])
    # Kept in the merge log as made: in the language of who merged.
    summary = _("{merged} into {kept}").format(merged=label(other), kept=label(keep))

    changes: list[dict[str, Any]] = [
        {"table": table.name, "before": _row_dict(other), "after_pk": None},
    ]
    moved: dict[str, int] = {}
    dropped: dict[str, int] = {}
    _move_links(session, table, keep["id"], other["id"], changes, moved, dropped)
    values = _chosen_values(keep, other, fields, choices)
    # The merged-away record goes first: a unique name or key must not clash with the kept one.
    session.execute(delete(table).where(table.c.id == other["id"]))
    session.execute(update(table).where(table.c.id == keep["id"]).values(
        **values, **_bookkeeping(table, utcnow())))
    changes.insert(1, {"table": table.name, "before": _row_dict(keep),
                       "after_pk": {"id": str(keep["id"])}})
    record = MergeRecord(kind=kind, keep_id=keep["id"], other_id=other["id"], summary=summary,
                         snapshot=json.dumps(changes), keep_version=keep["version"] + 1)
    session.add(record)
    session.flush()
    session.expire_all()
    return MergeResult(record.id, kind, keep["id"], other["id"], summary, moved, dropped)


def merge_contacts(session: Session, keep_id: str | uuid.UUID, other_id: str | uuid.UUID,
                   choices: Mapping[str, str] | None = None) -> MergeResult:
    """Merge contact ``other_id`` into ``keep_id``. ``choices`` maps a field name to "keep"
    or "other" (which record's value wins); all linked rows move to the kept contact."""
    return _merge(session, Contact, keep_id, other_id, choices, CONTACT_FIELDS, "contact")


def merge_companies(session: Session, keep_id: str | uuid.UUID, other_id: str | uuid.UUID,
                    choices: Mapping[str, str] | None = None) -> MergeResult:
    """Merge company ``other_id`` into ``keep_id``: its people, tags and sessions move."""
    return _merge(session, Company, keep_id, other_id, choices, COMPANY_FIELDS, "company")


def merge_records(session: Session, keep_id: str | uuid.UUID, other_id: str | uuid.UUID,
                  choices: Mapping[str, str] | None = None) -> MergeResult:
    """Merge two contacts or two companies, whichever the ids name."""
    keep, other = parse_id(keep_id, "keep id"), parse_id(other_id, "other id")
    kinds = []
    for rid in (keep, other):
        if session.get(Contact, rid) is not None:
            kinds.append("contact")
        elif session.get(Company, rid) is not None:
            kinds.append("company")
        else:
            raise NotFoundError(_("no contact or company with id {rid}").format(rid=rid))
    if kinds[0] != kinds[1]:
        raise ValidationError(_("merge: cannot merge a contact with a company"), field="other_id")
    merge = merge_contacts if kinds[0] == "contact" else merge_companies
    return merge(session, keep, other, choices)


# --- undo ----------------------------------------------------------------------------------

def undoable_merges(session: Session, limit: int = 20) -> list[MergeInfo]:
    """Merges not undone yet, newest first (only the newest can be undone: undo is a stack)."""
    stmt = (select(MergeRecord).where(MergeRecord.undone_at.is_(None))
            .order_by(MergeRecord.created_at.desc(), MergeRecord.id).limit(limit))
    return [MergeInfo(r.id, r.kind, r.keep_id, r.other_id, r.summary, r.created_at)
            for r in session.scalars(stmt)]


def undo_last_merge(session: Session) -> MergeInfo:
    """Undo the newest merge not undone yet: both records and every linked row come back."""
    latest = undoable_merges(session, limit=1)
    if not latest:
        raise UserError(_("there is no merge to undo"))
    return undo_merge(session, latest[0].merge_id)


def undo_merge(session: Session, merge_id: str | uuid.UUID) -> MergeInfo:
    """Undo one merge. Refused if a later merge is still in place or the kept record was
    edited or deleted since (undoing would silently lose that work)."""
    record = get_row(session, MergeRecord, merge_id)
    if record.undone_at is not None:
        raise UserError(_("the merge of {summary} was already undone")
                        .format(summary=record.summary))
    newest = undoable_merges(session, limit=1)
    if newest and newest[0].merge_id != record.id:
        raise UserError(_("undo the later merge of {summary} first")
                        .format(summary=newest[0].summary))
    model = Contact if record.kind == "contact" else Company
    table: Table = model.__table__  # type: ignore[assignment]
    current = session.execute(select(table.c.version, table.c.deleted_at)
                              .where(table.c.id == record.keep_id)).first()
    if current is None or current.deleted_at is not None:
        raise UserError(_("cannot undo the merge of {summary}: the kept record was deleted since")
                        .format(summary=record.summary))
    if current.version != record.keep_version:
        raise UserError(_("cannot undo the merge of {summary}: the kept record was edited since")
                        .format(summary=record.summary))
    session.flush()
    now = utcnow()
    tables = Base.metadata.tables
    # In snapshot order: the merged-away record is re-inserted before its rows point to it.
    # The two records get their own version back (a later merge's undo checks it); linked
    # rows, which may have been edited since, move on.
    for change in json.loads(record.snapshot):
        target = tables[change["table"]]
        before = _restore_values(target, change["before"])
        keep_version = target is table
        if change["after_pk"] is None:
            session.execute(insert(target).values(
                **{**before, **_bookkeeping(target, now, keep_version=True)}))
        elif _pk(target, change["before"]) != change["after_pk"]:
            # A moved link row (its whole row is its key): back under its old key.
            session.execute(delete(target).where(_where_pk(target, change["after_pk"])))
            session.execute(insert(target).values(**before))
        else:
            session.execute(update(target).where(_where_pk(target, change["after_pk"]))
                            .values(**{**before, **_bookkeeping(target, now, keep_version)}))
    record.undone_at = now
    session.flush()
    session.expire_all()
    return MergeInfo(record.id, record.kind, record.keep_id, record.other_id, record.summary,
                     record.created_at)


def forget_merges_of(session: Session, record_id: str | uuid.UUID) -> int:
    """Delete the merge records (and their undo snapshots) of a contact or company, for GDPR
    erasure: a snapshot holds the merged records' personal data. Returns how many."""
    rid = parse_id(record_id)
    result = session.execute(delete(MergeRecord).where(
        (MergeRecord.keep_id == rid) | (MergeRecord.other_id == rid)))
    return result.rowcount or 0


def _bookkeeping(table: Table, now: datetime, keep_version: bool = False) -> dict[str, Any]:
    """A changed row's ``updated_at`` and ``version`` move on (editors and sync notice)."""
    out: dict[str, Any] = {}
    if "updated_at" in table.c:
        out["updated_at"] = now
    if "version" in table.c and not keep_version:
        out["version"] = table.c.version + 1
    return out


# --- what a side-by-side merge dialog shows ------------------------------------------------

CONTACT_LABELS = {"first_name": N_("First name"), "last_name": N_("Last name"),
                  "job_title": N_("Job title"), "company_id": N_("Company"),
                  "linkedin": N_("LinkedIn"), "country": N_("Country"),
                  "language": N_("Language"), "notes": N_("Notes"), "priority": N_("Priority"),
                  "owner": N_("Owner"), "source": N_("Source"), "lawful_basis": N_("Lawful basis"),
                  "lawful_basis_on": N_("Lawful basis since"),
                  "lawful_basis_note": N_("Lawful basis note")}
COMPANY_LABELS = {"name": N_("Name"), "website": N_("Website"), "kind": N_("Kind"),
                  "country": N_("Country"), "city": N_("City"), "notes": N_("Notes"),
                  "owner": N_("Owner")}


@dataclass(frozen=True)
class FieldChoice:
    """One field of a merge: each side's value as shown, and the side taken by default."""

    field: str
    label: str
    keep: str
    other: str
    default: str  # KEEP | OTHER

    @property
    def differs(self) -> bool:
        return self.keep != self.other


@dataclass(frozen=True)
class MergePreview:
    """Two records side by side: the fields to choose and what moves along in any case."""

    kind: str
    keep_id: uuid.UUID
    other_id: uuid.UUID
    keep_name: str
    other_name: str
    fields: list[FieldChoice]
    # What both records bring whatever is chosen: "emails" -> (keep's, other's) as text.
    combined: dict[str, tuple[list[str], list[str]]]


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def merge_preview(session: Session, keep_id: str | uuid.UUID,
                  other_id: str | uuid.UUID) -> MergePreview:
    """Both records' fields side by side (with the default choice) for a merge dialog."""
    keep_uuid, other_uuid = parse_id(keep_id, "keep id"), parse_id(other_id, "other id")
    kind = "contact" if session.get(Contact, keep_uuid) is not None else "company"
    if kind == "contact":
        from crm.services.contacts import get_contact

        keep, other = get_contact(session, keep_uuid), get_contact(session, other_uuid)
        labels = CONTACT_LABELS
        names = (keep.full_name, other.full_name)

        def value(row: Any, name: str) -> str:
            if name == "company_id":
                return row.company.name if row.company else ""
            if name == "lawful_basis":
                return lawful_basis_label(row.lawful_basis)
            return _shown(getattr(row, name))

        def linked(row: Contact) -> dict[str, list[str]]:
            return {"emails": [e.address for e in row.emails],
                    "phones": [p.number for p in row.phones],
                    "tags": [t.name for t in row.tags],
                    "encounters": [e.session.title for e in row.encounters],
                    "interactions": [i.summary or i.channel for i in row.interactions],
                    "followups": [f.title for f in row.followups]}
    else:
        from crm.services.companies import get_company

        keep, other = get_company(session, keep_uuid), get_company(session, other_uuid)
        labels = COMPANY_LABELS
        names = (keep.name, other.name)

        def value(row: Any, name: str) -> str:
            return _shown(getattr(row, name))

        def linked(row: Company) -> dict[str, list[str]]:  # type: ignore[misc]
            return {"people": [c.full_name for c in row.contacts if c.deleted_at is None],
                    "tags": [t.name for t in row.tags]}
    fields = []
    for name, label in labels.items():
        keep_text, other_text = value(keep, name), value(other, name)
        default = KEEP if keep_text or not other_text else OTHER
        fields.append(FieldChoice(name, _(label), keep_text, other_text, default))
    keep_links, other_links = linked(keep), linked(other)  # type: ignore[arg-type]
    combined = {key: (keep_links[key], other_links[key]) for key in keep_links}
    return MergePreview(kind, keep_uuid, other_uuid, names[0], names[1], fields, combined)
