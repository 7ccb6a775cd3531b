"""Match stage: which people of the file are contacts already (same id, email or phone; else
same name at the same company), and which rows of the file are the same person."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.errors import UserError
from crm.i18n import _
from crm.models import Company, Contact, ContactEmail, ContactPhone
from crm.services.importing.report import Problem
from crm.services.importing.validate import Person
from crm.services.sessions import find_session
from crm.services.validation import email_key

CHUNK = 500


def chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    """``items`` in slices small enough for an SQL ``IN (...)``."""
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]


def company_key(name: str) -> str:
    """A company name compared without case or repeated spaces."""
    return " ".join(name.split()).casefold()


def profile_key(url: str | None) -> str | None:
    """A LinkedIn profile address compared without scheme, ``www.``, case, query or final
    slash (``https://www.linkedin.com/in/ada/?trk=x`` is ``linkedin.com/in/ada``)."""
    if not url:
        return None
    text = url.strip().split("?", 1)[0].split("#", 1)[0].rstrip("/").casefold()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    for prefix in ("www.", "m."):
        text = text.removeprefix(prefix)
    return text or None


def name_key(first: str, last: str, company: str | None) -> tuple[str, str, str]:
    """A person without email or phone: who they are, compared without case or spacing."""
    return (" ".join(first.split()).casefold(), " ".join(last.split()).casefold(),
            company_key(company or ""))


@dataclass
class Plan:
    """What the import will do: the people to create, and per existing contact the people
    of the file that update it (the first one carries the others' values)."""

    new: list[Person]
    changed: dict[uuid.UUID, list[Person]]
    firsts: list[Person]  # every person but the repeated rows folded into an earlier row


def match_existing(session: Session, people: list[Person]) -> None:
    """Point every person at the live contact it already is (same id, email or phone), and
    every repeat of a person inside the file at its first row."""
    ids = list({p.id for p in people if p.id})
    keys = list({email_key(a) for p in people for a, _l in p.emails})
    # Only checked numbers say who someone is: one valid nowhere ("123456", an internal
    # extension, a placeholder) is shared by strangers too often.
    numbers = list({ph.number for p in people for ph in p.phones if ph.checked})
    live = Contact.deleted_at.is_(None)
    by_id: set[uuid.UUID] = set()
    by_email: dict[str, uuid.UUID] = {}
    by_phone: dict[str, list[uuid.UUID]] = {}
    for chunk in chunks(ids):
        by_id.update(session.scalars(select(Contact.id).where(Contact.id.in_(chunk), live)))
    for chunk in chunks(keys):
        for key, cid in session.execute(
                select(ContactEmail.address_key, ContactEmail.contact_id)
                .join(Contact, Contact.id == ContactEmail.contact_id)
                .where(ContactEmail.address_key.in_(chunk), live)
                .order_by(Contact.created_at)):
            by_email.setdefault(key, cid)
    for chunk in chunks(numbers):
        for number, cid in session.execute(
                select(ContactPhone.number, ContactPhone.contact_id)
                .join(Contact, Contact.id == ContactPhone.contact_id)
                .where(ContactPhone.number.in_(chunk), live).order_by(Contact.created_at)):
            by_phone.setdefault(number, []).append(cid)
    # A shared line (a switchboard, an office) does not make two people with different
    # emails one: a phone matches only where one side has no email.
    candidates = list({cid for cids in by_phone.values() for cid in cids})
    emailed: set[uuid.UUID] = set()
    for chunk in chunks(candidates):
        emailed.update(session.scalars(select(ContactEmail.contact_id)
                                       .where(ContactEmail.contact_id.in_(chunk))))
    by_name = _known_names(session, [p for p in people if not p.emails and not p.id
                                     and not any(ph.checked for ph in p.phones)])
    by_profile = _known_profiles(session, people)
    # Inside the file: the first row holding an id, profile, email or phone owns it.
    first_with: dict[tuple[str, object], Person] = {}
    for person in people:
        profile = profile_key(person.fields.get("linkedin"))
        keys_of = ([("id", person.id)] if person.id else []) + \
            [("email", email_key(a)) for a, _l in person.emails] + \
            [("phone", ph.number) for ph in person.phones if ph.checked]
        target = None
        if person.id and person.id in by_id:
            target = person.id
        if profile is not None:
            target = target or by_profile.get(profile)
        if not keys_of and (person.first_name or person.last_name):
            name = name_key(person.first_name, person.last_name, person.company)
            # Two namesakes at one company are two people when their profiles differ.
            known, known_profile = by_name.get(name, (None, None))
            if profile is None or known_profile in (None, profile):
                target = target or known
            keys_of = [("name", name)] if profile is None else []
        if profile is not None:
            keys_of.insert(0, ("linkedin", profile))
        target = target or next((by_email[k] for _t, k in keys_of
                                 if _t == "email" and k in by_email), None)
        target = target or next((cid for _t, k in keys_of if _t == "phone"
                                 for cid in by_phone.get(k, ())
                                 if not person.emails or cid not in emailed), None)
        earlier = None
        for key in keys_of:
            other = first_with.get(key)
            if other is None:
                continue
            root = other.merged_into or other
            if key[0] == "phone" and person.emails and root.emails:
                continue
            earlier = root
            break
        if earlier is not None and (target is None or earlier.target == target):
            person.merged_into = earlier
        else:
            person.target = target
        for k in keys_of:
            first_with.setdefault(k, person.merged_into or person)


def _known_names(session: Session, anonymous: list[Person]
                 ) -> dict[tuple[str, str, str], tuple[uuid.UUID, str | None]]:
    """Live contacts (with their profile_key) by name_key, for the people without an email
    or phone: only the same name at the same company is the same person (so that a file
    imported twice does not duplicate them)."""
    by_name: dict[tuple[str, str, str], tuple[uuid.UUID, str | None]] = {}
    last_names = list({p.last_name for p in anonymous})
    for chunk in chunks(last_names):
        for cid, first, last, company, linkedin in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Company.name,
                       Contact.linkedin)
                .outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.last_name.in_(chunk), Contact.deleted_at.is_(None))
                .order_by(Contact.created_at)):
            by_name.setdefault(name_key(first, last, company), (cid, profile_key(linkedin)))
    return by_name


def _known_profiles(session: Session, people: list[Person]) -> dict[str, uuid.UUID]:
    """Live contacts by the profile_key of their LinkedIn address, when the file has any."""
    if not any(p.fields.get("linkedin") for p in people):
        return {}
    by_profile: dict[str, uuid.UUID] = {}
    # Addresses are written in several ways (slash, www., case): compared in Python.
    for cid, linkedin in session.execute(
            select(Contact.id, Contact.linkedin)
            .where(Contact.linkedin.is_not(None), Contact.deleted_at.is_(None))
            .order_by(Contact.created_at)):
        key = profile_key(linkedin)
        if key is not None:
            by_profile.setdefault(key, cid)
    return by_profile


def merge_person(into: Person, other: Person) -> None:
    """Fold a repeated row into the first row of the same person (later values win)."""
    for address, label in other.emails:
        if email_key(address) not in {email_key(a) for a, _l in into.emails}:
            into.emails.append((address, label))
    for phone in other.phones:
        if all((p.number, p.extension) != (phone.number, phone.extension)
               for p in into.phones):
            into.phones.append(phone)
    into.fields.update({k: v for k, v in other.fields.items() if v is not None})
    into.first_name, into.last_name = other.first_name, other.last_name
    if other.company:
        into.company, into.company_fields = other.company, other.company_fields
    into.tags.extend(t for t in other.tags if t not in into.tags)
    into.sessions.extend(s for s in other.sessions if s not in into.sessions)
    into.interactions.extend(i for i in other.interactions if i not in into.interactions)
    if other.notes and other.notes not in (into.notes or ""):
        into.notes = f"{into.notes}\n{other.notes}" if into.notes else other.notes


def plan_changes(session: Session, people: list[Person], problems: list[Problem]) -> Plan:
    """Match ``people`` (validated, in file order) and fold repeats together: a repeated
    row into its first row (reported), several rows updating one contact into the first."""
    match_existing(session, people)
    for person in people:
        if person.merged_into is not None:
            merge_person(person.merged_into, person)
            reason = _("same person as row {row}; merged into it")
            problems.append(Problem(person.row, "row",
                                    reason.format(row=person.merged_into.row)))
    firsts = [p for p in people if p.merged_into is None]
    new = [p for p in firsts if p.target is None]
    changed: dict[uuid.UUID, list[Person]] = {}
    for person in firsts:
        if person.target is not None:
            changed.setdefault(person.target, []).append(person)
    for group in changed.values():
        for other in group[1:]:
            merge_person(group[0], other)
    return Plan(new, changed, firsts)


def resolve_sessions(session: Session, people: list[Person],
                     problems: list[Problem]) -> dict[str, uuid.UUID]:
    """The session id of each session title the people name; a title that matches no
    session is reported on each row that names it."""
    found: dict[str, uuid.UUID] = {}
    missing: set[str] = set()
    for person in people:
        for title in person.sessions:
            if title in found or title in missing:
                if title in missing:
                    problems.append(Problem(person.row, "sessions",
                                            _("no session titled '{title}'; not recorded")
                                            .format(title=title)))
                continue
            try:
                found[title] = find_session(session, title).id
            except UserError:
                missing.add(title)
                problems.append(Problem(person.row, "sessions",
                                        _("no session titled '{title}'; not recorded")
                                        .format(title=title)))
    return found
