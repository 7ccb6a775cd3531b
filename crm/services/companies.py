"""Companies and organisations: pharma, CDMOs, agencies, universities ..."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from crm.bulk import insert_rows
from crm.i18n import N_, _
from crm.models import Company, Contact
from crm.services.common import apply_changes, get_row
from crm.services.limits import check_length
from crm.services.search import like_word
from crm.services.tags import ensure_tags
from crm.services.validation import clean_text, normalize_country, require_text

COMPANY_SORTS = {
    "name": func.lower(Company.name),
    "kind": func.lower(func.coalesce(Company.kind, "")),
    "country": func.coalesce(Company.country, ""),
    "city": func.lower(func.coalesce(Company.city, "")),
    "updated": Company.updated_at,
}


@dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID
    name: str
    kind: str | None
    country: str | None
    city: str | None
    website: str | None
    contact_count: int


def _clean(changes: dict[str, object]) -> dict[str, object]:
    if "name" in changes:
        changes["name"] = require_text(changes["name"], "name", N_("Company name"))  # type: ignore[arg-type]
    for key in ("website", "kind", "city", "notes", "owner"):
        if key in changes:
            changes[key] = clean_text(changes[key])  # type: ignore[arg-type]
    if "country" in changes:
        changes["country"] = normalize_country(changes["country"])  # type: ignore[arg-type]
    return changes


def create_company(session: Session, *, name: str, website: str | None = None,
                   kind: str | None = None, country: str | None = None,
                   city: str | None = None, notes: str | None = None,
                   owner: str | None = None, tags: Iterable[str] = (),
                   id: uuid.UUID | None = None) -> Company:
    """A new company; ``name`` is required, ``country`` a two-letter code."""
    fields = _clean({"name": name, "website": website, "kind": kind, "country": country,
                     "city": city, "notes": notes, "owner": owner})
    company = Company(id=id or uuid.uuid4(), **fields)
    company.tags = ensure_tags(session, tags)
    session.add(company)
    session.flush()
    return company


def insert_companies(session: Session, rows: list[dict[str, object]]) -> None:
    """Bulk variant of ``create_company`` for imports: rows already validated, ids given."""
    insert_rows(session, Company.__table__, rows)


def update_company(session: Session, company_id: str | uuid.UUID, *,
                   tags: Iterable[str] | None = None, **changes: object) -> Company:
    """Change some fields of a company (``tags`` replaces its tags)."""
    company = get_row(session, Company, company_id)
    apply_changes(company, _clean(changes),
                  ("name", "website", "kind", "country", "city", "notes", "owner"))
    if tags is not None:
        company.tags = ensure_tags(session, tags)
    session.flush()
    return company


def find_company(session: Session, name: str) -> Company | None:
    """The live company with this name, ignoring case and surrounding spaces."""
    key = " ".join(name.split()).lower()
    stmt = (select(Company).where(func.lower(Company.name) == key, Company.deleted_at.is_(None))
            .order_by(Company.created_at).limit(1))
    return session.scalars(stmt).first()


def find_or_create_company(session: Session, name: str, *, owner: str | None = None) -> Company:
    """The company called ``name``, created if there is none yet."""
    clean = require_text(name, "company", N_("Company name"))
    # Checked before the look-up: as typed in a contact's card, named as that field.
    check_length(clean, "company", "name", label=_("company name"), field="company")
    return find_company(session, clean) or create_company(session, name=clean, owner=owner)


def get_company(session: Session, company_id: str | uuid.UUID) -> Company:
    """A company with its people and tags loaded."""
    company = get_row(session, Company, company_id)
    session.scalars(select(Company).where(Company.id == company.id).options(
        selectinload(Company.contacts), selectinload(Company.tags))).one()
    return company


def list_companies(session: Session, *, search: str | None = None, sort: str = "name",
                   descending: bool = False, offset: int = 0, limit: int | None = None,
                   include_trashed: bool = False) -> list[CompanyRow]:
    """Companies with their number of (live) contacts, sorted in SQL."""
    people = (select(func.count(Contact.id))
              .where(Contact.company_id == Company.id, Contact.deleted_at.is_(None))
              .correlate(Company).scalar_subquery())
    stmt = select(Company.id, Company.name, Company.kind, Company.country, Company.city,
                  Company.website, people)
    stmt = _filtered(stmt, search, include_trashed)
    order = COMPANY_SORTS.get(sort, COMPANY_SORTS["name"])
    stmt = stmt.order_by(order.desc() if descending else order, Company.id)
    stmt = stmt.offset(offset).limit(limit)
    return [CompanyRow(*row) for row in session.execute(stmt)]


def count_companies(session: Session, *, search: str | None = None,
                    include_trashed: bool = False) -> int:
    """How many companies ``list_companies`` would give without paging."""
    stmt = _filtered(select(func.count(Company.id)), search, include_trashed)
    return session.scalar(stmt) or 0


def _filtered(stmt, search: str | None, include_trashed: bool):  # type: ignore[no-untyped-def]
    if not include_trashed:
        # Not via the deleted_at index: nearly every company is live, and that index would
        # keep the planner from reading companies in name order (ix_company_sort_name).
        stmt = stmt.where(func.coalesce(Company.deleted_at, None).is_(None))
    for word in (search or "").lower().split():
        stmt = stmt.where(like_word(func.lower(Company.name), word)
                          | like_word(func.lower(func.coalesce(Company.kind, "")), word)
                          | like_word(func.lower(func.coalesce(Company.city, "")), word))
    return stmt
