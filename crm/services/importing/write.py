"""Write stage: the new contacts, companies, tags, encounters and interactions in bulk, the
updated contacts one by one, and a log of every change (ImportBatch, ImportChange) for
revert."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm.bulk import insert_rows, sequential_ids
from crm.clock import utcnow
from crm.models import (
    Company,
    Contact,
    ContactAddress,
    ContactPicture,
    ImportBatch,
    ImportChange,
    MissionSession,
    Tag,
)
from crm.services.addressbook import Address, WebAddress
from crm.services.companies import insert_companies
from crm.services.contacts import insert_contacts, stored_phones, update_contact
from crm.services.encounters import record_encounters
from crm.services.importing.mapping import MappedFile
from crm.services.importing.match import Plan, chunks, company_key
from crm.services.importing.report import ImportReport
from crm.services.importing.validate import Person
from crm.services.interactions import record_interactions
from crm.services.search import INDEXED_ADDRESS_PARTS, NewContact
from crm.services.tags import ensure_tags, tag_key
from crm.services.validation import email_key

Progress = Callable[[int, int], None]
# The contact's columns an import sets besides names, company and notes (and revert restores).
CONTACT_COLUMNS = ("job_title", "linkedin", "country", "language", "priority", "owner",
                   "source", "lawful_basis", "lawful_basis_on", "lawful_basis_note",
                   "middle_name", "name_prefix", "name_suffix", "nickname", "birthday")


class _ChangeLog:
    """The ImportChange rows of one batch, inserted together at the end."""

    def __init__(self, batch_id: uuid.UUID):
        self.batch_id = batch_id
        self.rows: list[dict[str, Any]] = []

    def add(self, entity: str, ids: Sequence[uuid.UUID],
            before: dict[uuid.UUID, str] | None = None, action: str = "created") -> None:
        self.rows.extend({"id": change_id, "batch_id": self.batch_id, "entity": entity,
                          "entity_id": i, "action": action,
                          "before": before.get(i) if before else None}
                         for change_id, i in zip(sequential_ids(len(ids)), ids, strict=True))


def write_plan(session: Session, report: ImportReport, mapped: MappedFile, plan: Plan,
               sessions: dict[str, uuid.UUID], met_at: MissionSession | None,
               owner: str | None, region: str, progress: Progress | None, total: int
               ) -> dict[str, NewContact]:
    """Write what ``plan`` says in the caller's transaction, logged under a new ImportBatch
    (its id goes into ``report``). On SQLite, what the search index holds of the new
    contacts is returned (crm.services.search.refresh_index takes it), else nothing."""
    new, changed = plan.new, plan.changed
    batch = ImportBatch(file_name=str(mapped.path)[:500], format=mapped.format,
                        session_title=met_at.title if met_at else None, owner=owner)
    session.add(batch)
    session.flush()
    report.batch_id = batch.id
    log = _ChangeLog(batch.id)

    created_companies: list[uuid.UUID] = []
    company_names: dict[uuid.UUID, str] = {}
    company_ids = _companies(session, new + [p for g in changed.values() for p in g],
                             created_companies, company_names)
    log.add("company", created_companies)
    tag_names = [t for p in new for t in p.tags] + [t for g in changed.values() for p in g
                                                    for t in p.tags]
    existing_tags = set(session.scalars(select(Tag.key).where(
        Tag.key.in_({tag_key(t) for t in tag_names})))) if tag_names else set()
    tags = {t.key: t for t in ensure_tags(session, tag_names)}
    session.flush()
    log.add("tag", [t.id for k, t in tags.items() if k not in existing_tags])

    indexed: dict[str, NewContact] | None = \
        {} if session.get_bind().dialect.name == "sqlite" else None
    log.add("contact", _insert_new(session, new, company_ids, company_names, tags, indexed))
    if progress is not None:
        progress(total + total // 2, total * 2)

    before: dict[uuid.UUID, str] = {}
    targets = list(changed)
    for chunk in chunks(targets):
        loaded = session.scalars(select(Contact).where(Contact.id.in_(chunk)).options(
            selectinload(Contact.emails), selectinload(Contact.phones),
            selectinload(Contact.addresses), selectinload(Contact.urls),
            selectinload(Contact.tags))).all()
        for contact in loaded:
            before[contact.id] = snapshot(contact)
            _apply_update(session, contact, changed[contact.id][0], company_ids, region)
    log.add("contact", targets, before, action="updated")
    log.add("picture", _add_pictures(session, [g[0] for g in changed.values()]))

    pairs: list[tuple[uuid.UUID, uuid.UUID]] = []
    history: list[tuple[uuid.UUID, date, str]] = []
    for person in new + [g[0] for g in changed.values()]:
        assert person.target is not None
        if met_at is not None:
            pairs.append((person.target, met_at.id))
        pairs.extend((person.target, sessions[t]) for t in person.sessions if t in sessions)
        history.extend((person.target, day, summary) for day, summary in person.interactions)
    log.add("encounter", record_encounters(session, pairs, owner=owner))
    log.add("interaction", record_interactions(session, history, owner=owner))

    insert_rows(session, ImportChange.__table__, log.rows)
    batch.created_count, batch.updated_count = report.created, report.updated
    batch.skipped_count = report.skipped
    session.flush()
    if progress is not None:
        progress(total * 2, total * 2)
    return indexed or {}


def _insert_new(session: Session, new: list[Person], company_ids: dict[str, uuid.UUID],
                company_names: dict[uuid.UUID, str], tags: dict[str, Tag],
                indexed: dict[str, NewContact] | None) -> list[uuid.UUID]:
    """Insert the new contacts with their emails, phones and tags; their ids. ``indexed``,
    when given, gets what the search index holds of each (by its stored id)."""
    now = utcnow()
    contacts, emails, phones, links, addresses, urls = [], [], [], [], [], []
    # In name order, the new contacts' ids (ascending) and names grow most of the contact
    # table's indexes at their end rather than at a random page each: a quarter cheaper.
    new = sorted(new, key=lambda p: (p.last_name.lower(), p.first_name.lower()))
    contact_ids = iter(sequential_ids(len(new)))
    email_ids = iter(sequential_ids(sum(len(p.emails) for p in new)))
    phone_ids = iter(sequential_ids(sum(len(p.phones) for p in new)))
    address_ids = iter(sequential_ids(sum(len(p.addresses) for p in new)))
    url_ids = iter(sequential_ids(sum(len(p.urls) for p in new)))
    no_fields = dict.fromkeys(CONTACT_COLUMNS)
    company_of = {name: company_ids[company_key(name)]
                  for name in {p.company for p in new if p.company}}
    for person in new:
        cid = next(contact_ids) if person.id is None else person.id
        person.target = cid
        # A person's fields are contact columns (validate_record): the others stay empty.
        contacts.append({**no_fields, **person.fields, "id": cid,
                         "first_name": person.first_name, "last_name": person.last_name,
                         "company_id": company_of[person.company] if person.company else None,
                         "notes": person.notes, "created_at": now, "updated_at": now,
                         "version": 1, "deleted_at": None,
                         "priority": person.fields.get("priority") or 0})
        emails.extend({"id": next(email_ids), "contact_id": cid, "address": a,
                       "address_key": email_key(a), "label": lb, "position": i,
                       "created_at": now, "updated_at": now, "version": 1}
                      for i, (a, lb) in enumerate(person.emails))
        phones.extend({"id": next(phone_ids), "contact_id": cid, "number": ph.number,
                       "checked": ph.checked, "extension": ph.extension, "label": ph.label,
                       "position": i, "created_at": now, "updated_at": now, "version": 1}
                      for i, ph in enumerate(person.phones))
        addresses.extend({**a.as_dict(), "id": next(address_ids), "contact_id": cid,
                          "position": i, "created_at": now, "updated_at": now, "version": 1}
                         for i, a in enumerate(person.addresses))
        urls.extend({"id": next(url_ids), "contact_id": cid, "url": u.url, "kind": u.kind,
                     "label": u.label, "position": i, "created_at": now, "updated_at": now,
                     "version": 1} for i, u in enumerate(person.urls))
        links.extend({"contact_id": cid, "tag_id": tags[k].id}
                     for k in dict.fromkeys(tag_key(t) for t in person.tags))
    insert_contacts(session, contacts, emails, phones, links, addresses, urls)
    ids = [c["id"] for c in contacts]
    # The rows' memory goes before the index's description of the same people is made.
    del contacts, emails, phones, links, addresses, urls
    pictures = [person for person in new if person.pictures]
    if pictures:
        insert_rows(session, ContactPicture.__table__, _picture_rows(pictures, {}))
    if indexed is not None:
        for person in new:
            assert person.target is not None
            fields = person.fields
            # Ids are stored as 32 hex digits (SQLAlchemy's Uuid on SQLite).
            indexed[person.target.hex] = NewContact(
                person.first_name, fields.get("middle_name"), person.last_name,
                fields.get("nickname"), fields.get("job_title"), fields.get("linkedin"),
                person.notes,
                company_names[company_of[person.company]] if person.company else None,
                tuple(a for a, _lb in person.emails), tuple(u.url for u in person.urls),
                tuple(ph.number for ph in person.phones),
                tuple(getattr(a, part) for a in person.addresses for part in INDEXED_ADDRESS_PARTS),
                tuple(tags[k].name for k in dict.fromkeys(tag_key(t) for t in person.tags)))
    return ids


def _picture_rows(people: list[Person], kept: dict[uuid.UUID, set[bytes]]
                  ) -> list[dict[str, Any]]:
    """The ContactPicture rows of the people's pictures, but those their contact (``kept``:
    contact id -> the bytes of its pictures) already has."""
    now = utcnow()
    rows = []
    for person in people:
        assert person.target is not None
        have = kept.get(person.target, set())
        fresh = [p for p in person.pictures if p[0] not in have]
        rows.extend({"id": picture_id, "contact_id": person.target, "data": data,
                     "media_type": media_type, "kind": kind, "position": len(have) + i,
                     "created_at": now, "updated_at": now, "version": 1}
                    for i, (picture_id, (data, media_type, kind)) in enumerate(
                        zip(sequential_ids(len(fresh)), fresh, strict=True)))
    return rows


def _add_pictures(session: Session, people: list[Person]) -> list[uuid.UUID]:
    """The pictures of updated contacts they do not have yet (revert removes them)."""
    people = [p for p in people if p.pictures]
    if not people:
        return []
    kept: dict[uuid.UUID, set[bytes]] = {}
    for contact_id, data in session.execute(select(ContactPicture.contact_id,
                                                   ContactPicture.data).where(
            ContactPicture.contact_id.in_([p.target for p in people]))):
        kept.setdefault(contact_id, set()).add(data)
    rows = _picture_rows(people, kept)
    insert_rows(session, ContactPicture.__table__, rows)
    return [row["id"] for row in rows]


def _companies(session: Session, people: list[Person], created: list[uuid.UUID],
               names: dict[uuid.UUID, str]) -> dict[str, uuid.UUID]:
    """The company id of every company name in the file, creating the new ones in bulk;
    ``names`` gets each one's name as stored."""
    wanted: dict[str, Person] = {}
    for person in people:
        if person.company:
            wanted.setdefault(company_key(person.company), person)
    if not wanted:
        return {}
    known: dict[str, uuid.UUID] = {}
    # Compared in Python: SQLite's lower() folds ASCII only ("SOCIÉTÉ" vs "société").
    for cid, name in session.execute(select(Company.id, Company.name)
                                     .where(Company.deleted_at.is_(None))
                                     .order_by(Company.created_at)):
        if known.setdefault(company_key(name), cid) == cid:
            names[cid] = name
    rows = []
    now = utcnow()
    fresh = [(key, person) for key, person in wanted.items() if key not in known]
    for cid, (key, person) in zip(sequential_ids(len(fresh)), fresh, strict=True):
        known[key] = cid
        created.append(cid)
        names[cid] = " ".join(person.company.split())  # type: ignore[union-attr]
        rows.append({"id": cid, "name": names[cid],
                     "website": person.company_fields.get("website"),
                     "kind": person.company_fields.get("kind"),
                     "country": person.company_fields.get("country"),
                     "city": person.company_fields.get("city"),
                     "notes": None, "owner": person.fields.get("owner"),
                     "created_at": now, "updated_at": now, "version": 1})
    insert_companies(session, rows)
    return known


def snapshot(contact: Contact) -> str:
    """A contact's state before an import changed it, as JSON (for revert)."""
    state: dict[str, Any] = {name: getattr(contact, name) for name in (
        "first_name", "last_name", "notes", "company_id", *CONTACT_COLUMNS)}
    state["company_id"] = str(contact.company_id) if contact.company_id else None
    state["lawful_basis_on"] = contact.lawful_basis_on.isoformat() \
        if contact.lawful_basis_on else None
    state["emails"] = [[e.address, e.label] for e in contact.emails]
    state["phones"] = [[p.number, p.label, p.checked, p.extension] for p in contact.phones]
    state["addresses"] = [_address(a).as_dict() for a in contact.addresses]
    state["urls"] = [[u.url, u.kind, u.label] for u in contact.urls]
    state["tags"] = [t.name for t in contact.tags]
    return json.dumps(state, ensure_ascii=False)


def _apply_update(session: Session, contact: Contact, person: Person,
                  company_ids: dict[str, uuid.UUID], region: str) -> None:
    changes: dict[str, Any] = {k: v for k, v in person.fields.items()
                               if k not in ("owner", "source") or getattr(contact, k) is None}
    changes["first_name"], changes["last_name"] = person.first_name, person.last_name
    if person.company:
        changes["company_id"] = company_ids[company_key(person.company)]
    if person.notes and person.notes not in (contact.notes or ""):
        changes["notes"] = f"{contact.notes}\n{person.notes}" if contact.notes else person.notes
    emails = [(e.address, e.label) for e in contact.emails]
    have = {e.address_key for e in contact.emails}
    emails += [(a, lb) for a, lb in person.emails if email_key(a) not in have]
    phones = stored_phones(contact)
    have = {(p.number, p.extension) for p in phones}
    phones += [p for p in person.phones if (p.number, p.extension) not in have]
    addresses = [_address(a) for a in contact.addresses]
    addresses += [a for a in person.addresses if a not in addresses]
    urls = [WebAddress(u.url, u.kind, u.label) for u in contact.urls]
    urls += [u for u in person.urls if u.url not in {x.url for x in urls}]
    tags = [t.name for t in contact.tags]
    tags += [t for t in person.tags if tag_key(t) not in {tag_key(x) for x in tags}]
    # Numbers valid nowhere are kept (validate_record warned): keep_unchecked.
    update_contact(session, contact.id, emails=emails, phones=phones, tags=tags,
                   addresses=addresses, urls=urls, region=region,
                   keep_unchecked=True, **changes)


def _address(row: ContactAddress) -> Address:
    return Address(row.label, row.po_box, row.extended, row.street, row.city, row.region,
                   row.postal_code, row.country)
