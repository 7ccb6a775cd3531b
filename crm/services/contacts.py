"""Contacts: the people delegates meet, with several emails and phones."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from crm.bulk import insert_rows
from crm.errors import ValidationError
from crm.i18n import N_, _
from crm.models import (
    Company,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactUrl,
    Encounter,
    MissionSession,
    Tag,
    contact_tag,
)
from crm.services.addressbook import (
    Address,
    WebAddress,
    address_from,
    normalize_birthday,
    web_address,
)
from crm.services.common import apply_changes, get_row
from crm.services.companies import find_or_create_company
from crm.services.phones import Phone, Region, check_phone, regions_for, reread
from crm.services.search import contact_search_clause, count_live_matches, live_page_rows
from crm.services.tags import ensure_tags, tag_key
from crm.services.validation import (
    clean_text,
    email_key,
    normalize_country,
    normalize_email,
    normalize_lawful_basis,
    normalize_priority,
)

# What the contacts list and the detail pane show for a person kept without a name (an
# email-only card, a phone-only row): names are never made up from an address.
NO_NAME = N_("(no name)")

PhoneInput = str | tuple[str, str | None] | Phone

_primary_email = aliased(ContactEmail)
_primary_phone = aliased(ContactPhone)

CONTACT_SORTS = {
    "last_name": func.lower(Contact.last_name),
    "first_name": func.lower(Contact.first_name),
    "company": func.lower(func.coalesce(Company.name, "")),
    "job_title": func.lower(func.coalesce(Contact.job_title, "")),
    "email": func.coalesce(_primary_email.address_key, ""),
    "phone": func.coalesce(_primary_phone.number, ""),
    "country": func.coalesce(Contact.country, ""),
    "updated": Contact.updated_at,
    "created": Contact.created_at,
}

TEXT_FIELDS = ("job_title", "linkedin", "language", "notes", "owner", "source",
               "lawful_basis_note", "middle_name", "name_prefix", "name_suffix", "nickname")
# The rest of a name, as address books write it (vCard N and NICKNAME), and their sizes.
NAME_PARTS = {"middle_name": 120, "name_prefix": 40, "name_suffix": 40, "nickname": 120}
PhoneInput = str | tuple[str, str | None] | tuple[str, str | None, str | None]
AddressInput = Address | dict[str, object]
UrlInput = str | WebAddress | tuple[str, str | None, str | None]


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts table."""

    id: uuid.UUID
    first_name: str
    last_name: str
    job_title: str | None
    company_id: uuid.UUID | None
    company: str | None
    email: str | None
    phone: str | None
    country: str | None
    owner: str | None
    updated_at: datetime


@dataclass
class ContactFilter:
    """What the contacts list is narrowed to (the same filter serves listing and export)."""

    search: str = ""
    company_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    tag: str | None = None
    include_trashed: bool = False
    only_trashed: bool = False
    # Only the people kept without a name (an email-only card ...), for the delegate to fix.
    no_name: bool = False


def display_name(first_name: str | None, last_name: str | None, email: str | None = None,
                 phone: str | None = None) -> str:
    """How a person is named in lists: their name, else "(no name)" and what there is of
    them (``(no name) ann@x.com``)."""
    name = f"{first_name or ''} {last_name or ''}".strip()
    if name:
        return name
    what = email or phone
    return f"{_(NO_NAME)} {what}" if what else _(NO_NAME)


def _name_fields(first_name: str | None, last_name: str | None) -> tuple[str, str]:
    return clean_text(first_name) or "", clean_text(last_name) or ""


def _require_someone(first: str, last: str, emails: Sequence[object],
                     phones: Sequence[object]) -> None:
    """A contact is a name, an email or a phone: one of them at least (a person known only
    by an email is kept, and listed as "(no name)" for the delegate to complete)."""
    if not first and not last and not emails and not phones:
        raise ValidationError(_("name: a first or last name is required (or at least an "
                                "email or a phone)"), field="first_name")


def _emails(values: Iterable[str | tuple[str, str | None]]) -> list[ContactEmail]:
    rows: list[ContactEmail] = []
    seen: set[str] = set()
    for value in values:
        raw, label = (value, None) if isinstance(value, str) else value
        if not raw or not raw.strip():
            continue
        field = "email" if not rows else f"email {len(rows) + 1}"
        address = normalize_email(raw, field=field)
        if email_key(address) in seen:
            continue
        seen.add(email_key(address))
        rows.append(ContactEmail(address=address, address_key=email_key(address),
                                 label=clean_text(label), position=len(rows)))
    return rows


def _phones(values: Iterable[PhoneInput], regions: tuple[Region, ...],
            keep_unchecked: bool = False) -> list[ContactPhone]:
    """The phones to store. Text is read through ``regions`` (crm.services.phones); one
    valid in none is an UncheckedPhoneError unless ``keep_unchecked``. A ``Phone`` given as
    it is stored (an unchanged number of the editor, an import) is kept, an unchecked one
    checked again (it may be valid in the contact's new country)."""
    rows: list[ContactPhone] = []
    seen: set[tuple[str, str | None]] = set()
    for value in values:
        field = "phone" if not rows else f"phone {len(rows) + 1}"
        if isinstance(value, Phone):
            phone = reread(value, regions)
        else:
            # (number, label) or (number, label, extension): the editor's and sources' forms.
            raw, label, extension = ((value, None, None) if isinstance(value, str)
                                     else (*value, None)[:3])
            if not raw or not raw.strip():
                continue
            phone = check_phone(raw, regions, label=clean_text(label), field=field,
                                keep_unchecked=keep_unchecked)
            extension = clean_text(extension)
            if extension is not None:
                if len(extension) > 20 or not extension.isdigit():
                    raise ValidationError(_("{field}: the extension '{extension}' is not a "
                                            "number of at most 20 digits").format(
                                                field=field, extension=extension[:20]),
                                          field=field)
                phone = replace(phone, extension=extension)
        if (phone.number, phone.extension) in seen:
            continue
        seen.add((phone.number, phone.extension))
        rows.append(ContactPhone(number=phone.number, checked=phone.checked,
                                 extension=phone.extension, label=clean_text(phone.label),
                                 position=len(rows)))
    return rows


def _to_read(phones: Sequence[PhoneInput]) -> bool:
    """Whether some phone is to be read through the regions (text, or kept unchecked): an
    import updating thousands of contacts with checked numbers asks for no region chain."""
    return any(not (isinstance(p, Phone) and p.checked) for p in phones)


def _addresses(values: Iterable[AddressInput]) -> list[ContactAddress]:
    rows: list[ContactAddress] = []
    for value in values:
        field = "address" if not rows else f"address {len(rows) + 1}"
        address = address_from(value, field)
        if address is None or any(_address_of(r) == address for r in rows):
            continue
        rows.append(ContactAddress(**address.as_dict(), position=len(rows)))
    return rows


def _address_of(row: ContactAddress) -> Address:
    return Address(row.label, row.po_box, row.extended, row.street, row.city, row.region,
                   row.postal_code, row.country)


def _urls(values: Iterable[UrlInput]) -> list[ContactUrl]:
    rows: list[ContactUrl] = []
    for value in values:
        field = "url" if not rows else f"url {len(rows) + 1}"
        if isinstance(value, WebAddress):
            url, kind, label = value.url, value.kind, value.label
        elif isinstance(value, str):
            url, kind, label = value, None, None
        else:
            url, kind, label = value
        if not url or not url.strip():
            continue
        found = web_address(url, kind, label, field)
        if any(r.url == found.url for r in rows):
            continue
        rows.append(ContactUrl(url=found.url, kind=found.kind, label=found.label,
                               position=len(rows)))
    return rows


def stored_phones(contact: Contact) -> list[Phone]:
    """A contact's phones as ``Phone`` values (to pass back unchanged to update_contact)."""
    return [Phone(p.number, p.checked, p.extension, p.label) for p in contact.phones]


def _clean(changes: dict[str, object]) -> dict[str, object]:
    for key in TEXT_FIELDS:
        if key in changes:
            changes[key] = clean_text(changes[key])  # type: ignore[arg-type]
    if "country" in changes:
        changes["country"] = normalize_country(changes["country"])  # type: ignore[arg-type]
    if "lawful_basis" in changes:
        changes["lawful_basis"] = normalize_lawful_basis(changes["lawful_basis"])  # type: ignore[arg-type]
    if "priority" in changes:
        changes["priority"] = normalize_priority(changes["priority"])  # type: ignore[arg-type]
    if "birthday" in changes:
        changes["birthday"] = normalize_birthday(changes["birthday"])  # type: ignore[arg-type]
    for name, limit in NAME_PARTS.items():
        value = changes.get(name)
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError(_("{field}: longer than {limit} characters").format(
                field=name.replace("_", " "), limit=limit), field=name)
    return changes


def create_contact(
    session: Session, *, first_name: str | None = "", last_name: str | None = "",
    emails: Sequence[str | tuple[str, str | None]] = (),
    phones: Sequence[PhoneInput] = (),
    addresses: Sequence[AddressInput] = (), urls: Sequence[UrlInput] = (),
    middle_name: str | None = None, name_prefix: str | None = None,
    name_suffix: str | None = None, nickname: str | None = None,
    birthday: str | date | None = None,
    company: str | None = None, company_id: uuid.UUID | None = None,
    job_title: str | None = None, linkedin: str | None = None, country: str | None = None,
    language: str | None = None, notes: str | None = None, tags: Iterable[str] = (),
    priority: int = 0, owner: str | None = None, source: str | None = None,
    lawful_basis: str | None = None, lawful_basis_on: date | None = None,
    lawful_basis_note: str | None = None, region: str = "BE", keep_unchecked: bool = False,
    id: uuid.UUID | None = None,
) -> Contact:
    """A new contact: a first or last name, else at least an email or a phone. Emails and
    phones are validated; a phone without ``+`` is read in the contact's country, its
    company's, the mission's, then ``region`` (the home region: crm.services.phones); one
    valid in none is refused unless ``keep_unchecked`` (kept as written, not checked).
    ``company`` is found or created by name. Addresses (Address or dicts of its parts), web
    addresses (http or https) and the birthday (a real day, ``--MM-DD`` without the year)
    are validated too."""
    first, last = _name_fields(first_name, last_name)
    fields = _clean({"job_title": job_title, "linkedin": linkedin, "country": country,
                     "language": language, "notes": notes, "priority": priority,
                     "owner": owner, "source": source, "lawful_basis": lawful_basis,
                     "lawful_basis_note": lawful_basis_note, "middle_name": middle_name,
                     "name_prefix": name_prefix, "name_suffix": name_suffix,
                     "nickname": nickname, "birthday": birthday})
    email_rows = _emails(emails)
    address_rows, url_rows = _addresses(addresses), _urls(urls)
    # Look up (and create) the related rows first: the queries autoflush, and a half-built
    # contact must not be in the session yet.
    if company_id is not None:
        linked_company = get_row(session, Company, company_id)
    elif company and company.strip():
        linked_company = find_or_create_company(session, company, owner=owner)
    else:
        linked_company = None
    regions = regions_for(session, home_region=region,
                          contact_country=fields["country"],  # type: ignore[arg-type]
                          company_country=linked_company.country if linked_company else None) \
        if _to_read(phones) else ()
    phone_rows = _phones(phones, regions, keep_unchecked)
    _require_someone(first, last, email_rows, phone_rows)
    tag_rows = ensure_tags(session, tags)
    contact = Contact(id=id or uuid.uuid4(), first_name=first, last_name=last,
                      lawful_basis_on=lawful_basis_on, company=linked_company,
                      emails=email_rows, phones=phone_rows, addresses=address_rows,
                      urls=url_rows, tags=tag_rows, **fields)
    session.add(contact)
    session.flush()
    return contact


def insert_contacts(session: Session, contacts: Sequence[dict[str, object]],
                    emails: Sequence[dict[str, object]] = (),
                    phones: Sequence[dict[str, object]] = (),
                    tag_links: Sequence[dict[str, object]] = (),
                    addresses: Sequence[dict[str, object]] = (),
                    urls: Sequence[dict[str, object]] = ()) -> None:
    """Bulk variant of ``create_contact`` for imports: rows already validated (emails with
    ``address_key``, phones in E.164), ids, timestamps and versions given; one executemany
    per table (``crm.bulk``: the ORM's bulk path costs several times more per row)."""
    for table, rows in ((Contact.__table__, contacts), (ContactEmail.__table__, emails),
                        (ContactPhone.__table__, phones), (contact_tag, tag_links),
                        (ContactAddress.__table__, addresses), (ContactUrl.__table__, urls)):
        insert_rows(session, table, rows)


def update_contact(
    session: Session, contact_id: str | uuid.UUID, *,
    emails: Sequence[str | tuple[str, str | None]] | None = None,
    phones: Sequence[PhoneInput] | None = None,
    addresses: Sequence[AddressInput] | None = None, urls: Sequence[UrlInput] | None = None,
    tags: Iterable[str] | None = None, company: str | None = None, region: str = "BE",
    keep_unchecked: bool = False, **changes: object,
) -> Contact:
    """Change some fields of a contact. ``emails``, ``phones``, ``addresses``, ``urls`` and
    ``tags`` replace the lists; ``company`` (a name; empty to unlink) or ``company_id`` sets
    the company. Phones are read as in ``create_contact``, in the contact's regions after
    the change."""
    contact = get_row(session, Contact, contact_id)
    if "first_name" in changes or "last_name" in changes:
        first, last = _name_fields(changes.get("first_name", contact.first_name),  # type: ignore[arg-type]
                                   changes.get("last_name", contact.last_name))  # type: ignore[arg-type]
        changes["first_name"], changes["last_name"] = first, last
    if "company_id" in changes and changes["company_id"] is not None:
        changes["company_id"] = get_row(session, Company, changes["company_id"]).id  # type: ignore[arg-type]
    apply_changes(contact, _clean(changes),
                  ("first_name", "last_name", "company_id", "country", "priority",
                   "lawful_basis", "lawful_basis_on", "birthday", *TEXT_FIELDS))
    if company is not None:
        contact.company = find_or_create_company(session, company) if company.strip() else None
    if emails is not None:
        _replace(contact.emails, _emails(emails), key=lambda e: (e.address, e.label))
    if phones is not None:
        # contact.company is set by a name; company_id alone is not loaded into it yet.
        linked = contact.company if company is not None else (
            session.get(Company, contact.company_id) if contact.company_id else None)
        company_country = linked.country if linked is not None else None
        regions = regions_for(session, home_region=region, contact_country=contact.country,
                              company_country=company_country) if _to_read(phones) else ()
        _replace(contact.phones, _phones(phones, regions, keep_unchecked),
                 key=lambda p: (p.number, p.label, p.checked, p.extension))
    if addresses is not None:
        _replace(contact.addresses, _addresses(addresses),
                 key=lambda a: _address_of(a))
    if urls is not None:
        _replace(contact.urls, _urls(urls), key=lambda u: (u.url, u.kind, u.label))
    _require_someone(contact.first_name, contact.last_name, contact.emails, contact.phones)
    if tags is not None:
        contact.tags = ensure_tags(session, tags)
    session.flush()
    return contact


def _replace(current: list, new: list, key) -> None:  # type: ignore[no-untyped-def]
    """Replace a contact's emails, phones, addresses or web addresses, keeping rows (and
    their ids) when none changed."""
    if [key(r) for r in current] == [key(r) for r in new]:
        return
    current[:] = new


def get_contact(session: Session, contact_id: str | uuid.UUID, *,
                include_trashed: bool = False) -> Contact:
    """A contact with everything the detail pane shows loaded: company, emails, phones,
    addresses, web addresses, tags,
    encounters (with session and mission), interactions and follow-ups."""
    contact = get_row(session, Contact, contact_id, include_trashed=include_trashed)
    session.scalars(select(Contact).where(Contact.id == contact.id).options(
        selectinload(Contact.company), selectinload(Contact.emails),
        selectinload(Contact.phones), selectinload(Contact.tags),
        selectinload(Contact.addresses), selectinload(Contact.urls),
        selectinload(Contact.encounters).selectinload(Encounter.session)
        .selectinload(MissionSession.mission),
        selectinload(Contact.interactions), selectinload(Contact.followups),
    )).one()
    return contact


# Rows that sort alike by the chosen column keep this order (and the list a stable one).
_TIEBREAK = (func.lower(Contact.first_name), Contact.id)
# The contacts list's default order (by name), as ``listed`` orders.
NAME_ORDER = (CONTACT_SORTS["last_name"], *_TIEBREAK)

# "Not in the trash", written so that no index on deleted_at can serve it: nearly every contact
# is live, and that index would only keep the planner from reading contacts in name order.
_live = func.coalesce(Contact.deleted_at, None).is_(None)


def _filtered(stmt: Select, flt: ContactFilter, dialect: str) -> Select:
    if flt.only_trashed:
        stmt = stmt.where(Contact.deleted_at.is_not(None))
    elif not flt.include_trashed:
        stmt = stmt.where(_live)
    clause = contact_search_clause(flt.search, dialect)
    if clause is not None:
        stmt = stmt.where(clause)
    if flt.company_id is not None:
        stmt = stmt.where(Contact.company_id == flt.company_id)
    if flt.session_id is not None:
        stmt = stmt.where(Contact.id.in_(ids_met_at(flt.session_id)))
    if flt.tag:
        stmt = stmt.where(Contact.id.in_(ids_tagged(flt.tag)))
    if flt.no_name:
        # Answered from ix_contact_names (last_name, first_name).
        stmt = stmt.where(Contact.last_name == "", Contact.first_name == "")
    return stmt


def listed(stmt: Select, flt: ContactFilter | None, dialect: str, *,
           ordered: bool = True) -> Select:
    """``stmt`` (a select over Contact) narrowed to the contacts ``flt`` selects, in the
    contacts list's default order (by name) unless ``ordered`` is false: every row
    ``list_contacts`` lists, unpaged, for reads of all of them at once (exports)."""
    stmt = _filtered(stmt, flt or ContactFilter(), dialect)
    return stmt.order_by(*NAME_ORDER) if ordered else stmt


def ids_met_at(session_id: uuid.UUID) -> Select:
    """The ids of the contacts met at a session (a subquery for filters)."""
    return select(Encounter.contact_id).where(Encounter.session_id == session_id,
                                              Encounter.deleted_at.is_(None))


def ids_tagged(tag: str) -> Select:
    """The ids of the contacts carrying a tag, whatever its case (a subquery for filters)."""
    return (select(contact_tag.c.contact_id).join(Tag, Tag.id == contact_tag.c.tag_id)
            .where(Tag.key == tag_key(tag)))


def list_contacts(session: Session, flt: ContactFilter | None = None, *, sort: str = "last_name",
                  descending: bool = False, offset: int = 0,
                  limit: int | None = None) -> list[ContactRow]:
    """One page of contacts as table rows, filtered and sorted in SQL."""
    flt = flt or ContactFilter()
    stmt = (
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.job_title,
               Contact.company_id, Company.name, _primary_email.address, _primary_phone.number,
               Contact.country, Contact.owner, Contact.updated_at)
        .outerjoin(Company, Company.id == Contact.company_id)
        .outerjoin(_primary_email, and_(_primary_email.contact_id == Contact.id,
                                        _primary_email.position == 0))
        .outerjoin(_primary_phone, and_(_primary_phone.contact_id == Contact.id,
                                        _primary_phone.position == 0))
    )
    order = CONTACT_SORTS.get(sort, CONTACT_SORTS["last_name"])
    tiebreak = list(_TIEBREAK)
    if descending:
        order, tiebreak = order.desc(), [t.desc() for t in tiebreak]
    rows = (live_page_rows(session, flt.search, descending=descending, offset=offset,
                           limit=limit)
            if sort == "last_name" and _only_search(flt) else None)
    if rows is not None:  # the search index holds this page's rows, in order
        return [ContactRow(*row) for row in rows]
    stmt = _filtered(stmt, flt, session.get_bind().dialect.name)
    stmt = stmt.order_by(order, *tiebreak).offset(offset).limit(limit)
    return [ContactRow(*row) for row in session.execute(stmt)]


def _only_search(flt: ContactFilter) -> bool:
    """Live contacts narrowed by a search alone (what the search index can answer by itself)."""
    return (bool(flt.search) and not flt.include_trashed and not flt.only_trashed
            and flt.company_id is None and flt.session_id is None and not flt.tag
            and not flt.no_name)


def count_contacts(session: Session, flt: ContactFilter | None = None) -> int:
    """How many contacts ``list_contacts`` would give without paging."""
    flt = flt or ContactFilter()
    if _only_search(flt):
        counted = count_live_matches(session, flt.search)
        if counted is not None:
            return counted
    stmt = _filtered(select(func.count(Contact.id)), flt, session.get_bind().dialect.name)
    return session.scalar(stmt) or 0

