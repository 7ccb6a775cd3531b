"""Imports: contacts from CSV, XLSX and vCard files, in one transaction, undoable.

A person already in the database (same id, same email ignoring case, or same phone number in
E.164) is updated, never duplicated. Every row that could not be taken as it was is reported
with its file row, the field and the reason. Validation is per row (crm.services.validation);
writing is in bulk, so that large files import quickly.
"""

from __future__ import annotations

import functools
import gc
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from crm.bulk import insert_rows, sequential_ids
from crm.clock import utcnow
from crm.errors import UserError, ValidationError
from crm.io.records import (
    EMAIL_LABEL,
    FIELD_LABELS,
    IGNORE,
    PHONE_LABEL,
    ColumnMap,
    ContactRecord,
)
from crm.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    Encounter,
    ImportBatch,
    ImportChange,
    MissionSession,
    Tag,
    company_tag,
    contact_tag,
)
from crm.services.common import get_row
from crm.services.companies import insert_companies
from crm.services.contacts import insert_contacts, update_contact
from crm.services.encounters import record_encounters
from crm.services.sessions import find_session
from crm.services.tags import ensure_tags, tag_key
from crm.services.validation import (
    clean_text,
    email_key,
    normalize_email,
    normalize_lawful_basis,
    normalize_phone,
    normalize_priority,
)

Progress = Callable[[int, int], None]
IMPORT_FORMATS = ("auto", "csv", "xlsx", "vcard")
PREVIEW_ROWS = 20
_CHUNK = 500
# Column sizes of the contact table: longer values would not fit on PostgreSQL.
_MAX = {"first_name": 120, "last_name": 120, "job_title": 255, "linkedin": 255, "owner": 255,
        "source": 255, "company": 255, "company_kind": 60, "company_city": 255,
        "company_website": 255, "language": 8}
_LABELLED = re.compile(r"^(.*?)\s*\(([^()]{1,40})\)$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
_CONTACT_COLUMNS = ("job_title", "linkedin", "country", "language", "priority", "owner",
                    "source", "lawful_basis", "lawful_basis_on", "lawful_basis_note")


@dataclass(frozen=True)
class Problem:
    """Something about one row of the file: its row number, the field, and why."""

    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    path: Path
    format: str
    dialect: str = "generic"
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    batch_id: uuid.UUID | None = None

    def summary(self) -> str:
        """A few lines for the terminal or a message box."""
        verb = "would be" if self.dry_run else "were"
        made_by = f", {self.dialect}" if self.dialect not in ("generic", "vcard") else ""
        lines = [f"{self.path.name} ({self.format}{made_by}): "
                 f"{self.created} created, {self.updated} updated, {self.skipped} skipped"
                 + (" (dry run: nothing written)" if self.dry_run else "")]
        if self.unmapped:
            lines.append(f"columns not imported as fields (kept in notes): "
                         f"{', '.join(self.unmapped)}")
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) {verb} found:")
            lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)


@dataclass
class Source:
    """A file read but not yet validated: its records and how its columns were understood."""

    path: Path
    format: str
    dialect: str
    headers: list[str]
    mapping: list[ColumnMap | None]
    records: list[ContactRecord]
    problems: list[Problem] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # the cells, for the wizard's preview
    # A file we exported carries its own owner and source (empty ones included): the import
    # keeps them as they are instead of filling in the importing user and the file name.
    own_export: bool = False

    @property
    def unmapped(self) -> list[str]:
        """Headers of the columns that map to nothing and hold a value in some row."""
        used = {name for record in self.records for name in record.extra}
        return [h for h, m in zip(self.headers, self.mapping, strict=True)
                if m is None and h and h in used]


@dataclass
class Preview:
    """The first rows of a file and its column mapping, for the import wizard."""

    format: str
    dialect: str
    headers: list[str]
    rows: list[list[str]]
    mapping: list[str | None]  # field per column (None: not imported, kept in notes)
    total_rows: int
    problems: list[Problem]


# ---------------------------------------------------------------------------- reading


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _printable(text: str) -> str:
    """Text without control characters (PostgreSQL refuses NUL; none belongs in a contact)."""
    # Printable text has none of them (the usual case): no need for the regex then.
    return text if text.isprintable() else _CONTROL.sub("", text)


def _label(label: str | None) -> str | None:
    """A phone or email label as stored: one short line (the column holds 40 characters)."""
    return clean_text(" ".join(_printable(label).split())[:40]) if label else None


def _clip(text: str, size: int) -> str:
    """A value quoted in a message: on one line, and not too long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"


def _split_cell(cell: str) -> list[tuple[str, str | None]]:
    """Several values in one cell ("a@x.com (work); b@y.com", Google's " ::: ")."""
    # Most cells hold one value: no need for the regular expressions then.
    several = ";" in cell or ":::" in cell or "\n" in cell
    parts = re.split(r"\s*:::\s*|\s*;\s*|\n", cell) if several else [cell]
    values = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        labelled = _LABELLED.match(part) if part.endswith(")") else None
        if labelled and labelled.group(1):
            values.append((labelled.group(1), labelled.group(2).strip().lower() or None))
        else:
            values.append((part, None))
    return values


def _tags_of(cell: str, own_export: bool = False) -> list[str]:
    # Our own files separate tags with "; " only (a tag may hold a comma); people type commas.
    parts = re.split(r"\s*:::\s*|;" if own_export else r"\s*:::\s*|[;,]", cell)
    # Google's system groups ("* myContacts", "* starred") are not the user's labels.
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("*")]


def records_from_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
                       row_numbers: Sequence[int],
                       mapping: Sequence[ColumnMap | None],
                       own_export: bool = False) -> list[ContactRecord]:
    """Table rows as ContactRecords, each cell going where ``mapping`` says."""
    from crm.io.headers import google_label

    width = len(headers)
    # Where each column goes, worked out once for the table (in column order), not per cell.
    plan: list[tuple[int, str, Any]] = []
    label_columns: list[tuple[int, tuple[str, str]]] = []
    for col in range(width):
        target = mapping[col] if col < len(mapping) else None
        if target is None:
            plan.append((col, "extra", headers[col] or f"column {col + 1}"))
        elif target.field in (EMAIL_LABEL, PHONE_LABEL):
            label_columns.append((col, (target.field, target.slot or "")))
        elif target.field != IGNORE:
            plan.append((col, target.field, target))
    records = []
    for cells, number in zip(rows, row_numbers, strict=True):
        record = ContactRecord(row=number)
        count = len(cells)
        slot_labels = {key: google_label(cells[col]) for col, key in label_columns
                       if col < count}
        for col, name, target in plan:
            if col >= count:
                break
            cell = cells[col]
            cell = cell.strip() if isinstance(cell, str) else str(cell)
            if not cell:
                continue
            if name == "extra":
                record.extra[target] = cell
            elif name in ("email", "phone"):
                slot_label = slot_labels.get(
                    (EMAIL_LABEL if name == "email" else PHONE_LABEL, target.slot or ""))
                bucket = record.emails if name == "email" else record.phones
                for value, label in _split_cell(cell):
                    bucket.append((value, label or slot_label or target.label))
            elif name == "tags":
                record.tags.extend(_tags_of(cell, own_export))
            elif name == "sessions":
                record.sessions.extend(v for v, _label in _split_cell(cell))
            elif name == "notes":
                record.notes.append(cell)
            else:
                record.values.setdefault(name, cell)
        if record.extra or not record.is_empty():
            records.append(record)
    return records


def read_source(path: str | Path, fmt: str = "auto",
                mapping: Sequence[str | None] | None = None, *,
                data: bytes | None = None) -> Source:
    """Read and understand a file: its format, its columns, its records (nothing validated).
    ``mapping`` (a field name or None per column) overrides the columns' automatic mapping;
    ``data``, when given, is the file's content (``path`` then only names it)."""
    from crm.io.headers import map_headers
    from crm.io.tables import (
        check_bytes,
        detect_format,
        read_bytes,
        read_csv_table,
        read_xlsx_table,
    )

    source_path = Path(path).expanduser()
    if fmt not in IMPORT_FORMATS:
        raise ValidationError(f"format: '{fmt}' is not one of {', '.join(IMPORT_FORMATS)}",
                              field="format")
    data = read_bytes(source_path) if data is None else check_bytes(data, source_path)
    kind = detect_format(source_path, data[:4096]) if fmt == "auto" else fmt
    if kind == "vcard":
        from crm.io.vcard import read_vcards

        records = read_vcards(source_path, data)
        headers = ["Name", "Company", "Job title", "Emails", "Phones", "Tags"]
        rows = [[" ".join(filter(None, (r.values.get("first_name"), r.values.get("last_name"))))
                 or r.values.get("full_name", ""), r.values.get("company", ""),
                 r.values.get("job_title", ""), "; ".join(e for e, _l in r.emails),
                 "; ".join(p for p, _l in r.phones), ", ".join(r.tags)] for r in records]
        fixed = [ColumnMap("full_name"), ColumnMap("company"), ColumnMap("job_title"),
                 ColumnMap("email"), ColumnMap("phone"), ColumnMap("tags")]
        ours = any(r.values.pop("_ours", None) for r in records)
        return Source(source_path, "vcard", "vcard", headers, fixed, records, rows=rows,
                      own_export=ours)
    table = read_xlsx_table(source_path, data) if kind == "xlsx" else \
        read_csv_table(source_path, data)
    dialect, auto = map_headers(table.headers)
    if mapping is not None:
        auto = [_override(a, m) for a, m in zip(auto, _padded(mapping, len(auto)), strict=True)]
    problems = [Problem(row, "row", reason) for row, reason in table.dropped]
    if not any(m is not None and m.field not in (IGNORE, EMAIL_LABEL, PHONE_LABEL)
               for m in auto):
        shown = ", ".join(_clip(h, 30) for h in table.headers[:8] if h.strip()) or \
            "(no header)"
        raise UserError(f"{source_path} row 1: no column recognised (found: {shown}); "
                        "expected names, emails or phones", row=1)
    if not table.rows:
        raise UserError(f"{source_path} row 2: no rows after the header", row=2)
    ours = any(m is not None and m.field == "source" for m in auto)
    records = records_from_table(table.headers, table.rows, table.row_numbers, auto, ours)
    return Source(source_path, "xlsx" if kind == "xlsx" else "csv", dialect, table.headers,
                  auto, records, problems, rows=table.rows, own_export=ours)


def _padded(mapping: Sequence[str | None], width: int) -> list[str | None]:
    return [*mapping[:width], *[None] * (width - len(mapping))]


def _override(auto: ColumnMap | None, chosen: str | None) -> ColumnMap | None:
    if chosen is None or chosen == "":
        return None
    # Keep what the header said beyond the field (the label of "Mobile Phone" ...).
    if auto is not None and auto.field == chosen:
        return auto
    if chosen not in FIELD_LABELS and chosen != IGNORE:
        raise ValidationError(f"mapping: unknown field '{chosen}'", field="mapping")
    return ColumnMap(chosen)


def preview_file(path: str | Path, fmt: str = "auto",
                 mapping: Sequence[str | None] | None = None,
                 limit: int = PREVIEW_ROWS) -> Preview:
    """The first rows of a file and how its columns map, without touching the database."""
    source = read_source(path, fmt, mapping)
    return Preview(format=source.format, dialect=source.dialect, headers=source.headers,
                   rows=[list(r) for r in source.rows[:limit]],
                   mapping=[m.field if m else None for m in source.mapping],
                   total_rows=len(source.records), problems=source.problems)


# ---------------------------------------------------------------------------- validation


@dataclass
class _Person:
    """A record that passed validation: ready to insert or to merge into a contact."""

    row: int
    id: uuid.UUID | None
    first_name: str
    last_name: str
    fields: dict[str, Any]
    emails: list[tuple[str, str | None]]
    phones: list[tuple[str, str | None]]
    company: str | None
    company_fields: dict[str, Any]
    tags: list[str]
    sessions: list[str]
    notes: str | None
    target: uuid.UUID | None = None  # the existing contact it updates
    merged_into: _Person | None = None  # an earlier row of the same file, same person


def _split_name(full: str) -> tuple[str, str]:
    if "," in full:
        last, _sep, first = full.partition(",")
        return first.strip(), last.strip()
    parts = full.split()
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def _parse_day(raw: str) -> date | None:
    text = raw.strip()[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", raw.strip()) else raw.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


# The plain ASCII addresses nearly every file holds; anything else goes to email_validator.
_SIMPLE_EMAIL = re.compile(
    r"^(?=.{6,254}$)(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
    r"(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")
# Domains email_validator refuses even without a deliverability check (RFC 6761 and co).
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _email(raw: str) -> str:
    """``normalize_email``, with a fast path giving the same result for plain ASCII
    addresses (email_validator costs ~70 µs an address: seconds on a large file)."""
    candidate = raw.strip()
    if _SIMPLE_EMAIL.match(candidate):
        local, _at, domain = candidate.rpartition("@")
        lowered = domain.lower()
        # "--" (punycode and reserved labels) is left to email_validator's IDNA rules.
        if lowered.rsplit(".", 1)[-1] not in _SPECIAL_TLDS and "--" not in lowered:
            return f"{local}@{lowered}"
    return normalize_email(candidate)


PhoneMemo = dict[str, "str | ValidationError"]


def _memo_phone(raw: str, region: str, memo: PhoneMemo) -> str | ValidationError:
    # Numbers repeat in a file (switchboards, a company's lines): parse each one once per
    # import (the memo lives as long as the import).
    result = memo.get(raw)
    if result is None:
        try:
            result = normalize_phone(raw, region)
        except ValidationError as exc:
            result = exc
        memo[raw] = result
    return result


def _phone(raw: str, region: str, memo: PhoneMemo) -> str:
    digits = raw.strip()
    result = _memo_phone(digits, region, memo)
    if isinstance(result, str):
        return result
    # Excel turns "+32478..." into the number 32478...: try it as international.
    if digits.isdigit() and len(digits) >= 10:
        retry = _memo_phone("+" + digits, region, memo)
        if isinstance(retry, str):
            return retry
    raise result


@lru_cache(maxsize=1024)
def _country(raw: str) -> str | None:
    # A file names a handful of countries, over and over.
    from crm.io.countries import country_code

    return country_code(raw)


def _validate(record: ContactRecord, *, region: str, owner: str | None, source: str | None,
              problems: list[Problem], phone_memo: PhoneMemo) -> _Person | None:
    """A record as a _Person, with a Problem for every value dropped; None when the row
    cannot become a contact at all (it is then counted as skipped)."""
    values = {}
    for key, raw_value in record.values.items():
        value = _printable(raw_value).strip() if raw_value else ""
        if value:
            values[key] = value
    row = record.row

    def problem(name: str, reason: str) -> None:
        problems.append(Problem(row, name, reason))

    def fits(name: str, value: str | None) -> str | None:
        if value is not None and len(value) > _MAX.get(name, 10_000):
            problem(name, f"longer than {_MAX[name]} characters; not imported")
            return None
        return value

    first = values.get("first_name", "")
    if values.get("middle_name"):
        first = f"{first} {values['middle_name']}".strip()
    last = values.get("last_name", "")
    if not first and not last and values.get("full_name"):
        first, last = _split_name(values["full_name"])
    if len(first) > _MAX["first_name"] or len(last) > _MAX["last_name"]:
        problem("name", "longer than 120 characters; row skipped")
        return None
    if not first and not last:
        what = "row has no name" if (record.emails or record.phones or values) else "empty row"
        problem("name", f"{what}; a first or last name is required; row skipped")
        return None

    emails: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for raw, label in record.emails:
        try:
            address = _email(raw)
        except ValidationError:
            problem("email", f"'{_clip(raw, 80)}' is not a valid email address; "
                    "not imported")
            continue
        if email_key(address) not in seen:
            seen.add(email_key(address))
            emails.append((address, _label(label)))
    phones: list[tuple[str, str | None]] = []
    for raw, label in record.phones:
        try:
            number = _phone(raw, region, phone_memo)
        except ValidationError as exc:
            problem("phone", f"{_clip(exc.message.split(': ', 1)[-1], 200)}; not imported")
            continue
        if number not in {p for p, _l in phones}:
            phones.append((number, _label(label)))

    fields: dict[str, Any] = {}
    for name in ("job_title", "linkedin", "language", "owner", "source", "lawful_basis_note"):
        if name in values:
            fields[name] = fits(name, values[name])
    for name in ("country", "company_country"):
        if name in values:
            code = _country(values[name])
            if code is None:
                problem(name, f"'{_clip(values[name], 40)}' is not a known country; "
                        "not imported")
            values[name] = code  # type: ignore[assignment]
    if values.get("country"):
        fields["country"] = values["country"]
    if "lawful_basis" in values:
        try:
            fields["lawful_basis"] = normalize_lawful_basis(values["lawful_basis"])
        except ValidationError as exc:
            problem("lawful_basis",
                    f"{_clip(exc.message.split(': ', 1)[-1], 200)}; not imported")
    if "lawful_basis_on" in values:
        day = _parse_day(values["lawful_basis_on"])
        if day is None:
            problem("lawful_basis_on", f"'{_clip(values['lawful_basis_on'], 20)}' is not a date "
                    "(YYYY-MM-DD or DD/MM/YYYY); not imported")
        else:
            fields["lawful_basis_on"] = day
    if "priority" in values:
        try:
            fields["priority"] = normalize_priority(values["priority"])
        except ValidationError as exc:
            problem("priority", f"{_clip(exc.message.split(': ', 1)[-1], 200)}; not imported")
    fields = {k: v for k, v in fields.items() if v is not None}
    if source is not None:
        fields.setdefault("owner", clean_text(owner))
        fields.setdefault("source", source)

    company = fits("company", values.get("company"))
    company_fields = {"kind": fits("company_kind", values.get("company_kind")),
                      "country": values.get("company_country"),
                      "city": fits("company_city", values.get("company_city")),
                      "website": fits("company_website", values.get("company_website"))}
    tags = []
    for tag in record.tags:
        clean = " ".join(_printable(tag).split())
        if len(clean) > 80:
            problem("tags", f"'{_clip(clean, 20)}...' is longer than 80 characters; not imported")
        elif clean:
            tags.append(clean)
    notes = [_printable(n) for n in record.notes]
    if record.extra:
        notes.append(_printable("\n".join(f"{k}: {v}" for k, v in record.extra.items())))
    contact_id = None
    if values.get("id"):
        try:
            contact_id = uuid.UUID(values["id"])
        except ValueError:
            problem("id", f"'{_clip(values['id'], 40)}' is not an id of ours; ignored")
    return _Person(row=row, id=contact_id, first_name=first, last_name=last, fields=fields,
                   emails=emails, phones=phones, company=company,
                   company_fields=company_fields, tags=tags,
                   sessions=[s for s in record.sessions if s.strip()],
                   notes="\n".join(notes).strip() or None)


# ---------------------------------------------------------------------------- matching


def _chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def _match_existing(session: Session, people: list[_Person]) -> None:
    """Point every person at the live contact it already is (same id, email or phone), and
    every repeat of a person inside the file at its first row."""
    ids = list({p.id for p in people if p.id})
    keys = list({email_key(a) for p in people for a, _l in p.emails})
    numbers = list({n for p in people for n, _l in p.phones})
    live = Contact.deleted_at.is_(None)
    by_id: set[uuid.UUID] = set()
    by_email: dict[str, uuid.UUID] = {}
    by_phone: dict[str, list[uuid.UUID]] = {}
    for chunk in _chunks(ids):
        by_id.update(session.scalars(select(Contact.id).where(Contact.id.in_(chunk), live)))
    for chunk in _chunks(keys):
        for key, cid in session.execute(
                select(ContactEmail.address_key, ContactEmail.contact_id)
                .join(Contact, Contact.id == ContactEmail.contact_id)
                .where(ContactEmail.address_key.in_(chunk), live)
                .order_by(Contact.created_at)):
            by_email.setdefault(key, cid)
    for chunk in _chunks(numbers):
        for number, cid in session.execute(
                select(ContactPhone.number, ContactPhone.contact_id)
                .join(Contact, Contact.id == ContactPhone.contact_id)
                .where(ContactPhone.number.in_(chunk), live).order_by(Contact.created_at)):
            by_phone.setdefault(number, []).append(cid)
    # A shared line (a switchboard, an office) does not make two people with different
    # emails one: a phone matches only where one side has no email.
    candidates = list({cid for cids in by_phone.values() for cid in cids})
    emailed: set[uuid.UUID] = set()
    for chunk in _chunks(candidates):
        emailed.update(session.scalars(select(ContactEmail.contact_id)
                                       .where(ContactEmail.contact_id.in_(chunk))))
    # Without an email or phone, only the same name at the same company is the same person
    # (so that importing a file twice does not duplicate them).
    by_name: dict[tuple[str, str, str], uuid.UUID] = {}
    anonymous = [p for p in people if not p.emails and not p.phones and not p.id]
    last_names = list({p.last_name for p in anonymous})
    for chunk in _chunks(last_names):
        for cid, first, last, company in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Company.name)
                .outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.last_name.in_(chunk), live).order_by(Contact.created_at)):
            by_name.setdefault(_name_key(first, last, company), cid)
    # Inside the file: the first row holding an id, email or phone owns it.
    first_with: dict[tuple[str, object], _Person] = {}
    for person in people:
        keys_of = ([("id", person.id)] if person.id else []) + \
            [("email", email_key(a)) for a, _l in person.emails] + \
            [("phone", n) for n, _l in person.phones]
        target = None
        if person.id and person.id in by_id:
            target = person.id
        if not keys_of:
            name = _name_key(person.first_name, person.last_name, person.company)
            keys_of = [("name", name)]
            target = by_name.get(name)
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


def _name_key(first: str, last: str, company: str | None) -> tuple[str, str, str]:
    return (" ".join(first.split()).casefold(), " ".join(last.split()).casefold(),
            _company_key(company or ""))


def _merge(into: _Person, other: _Person) -> None:
    """Fold a repeated row into the first row of the same person (later values win)."""
    for address, label in other.emails:
        if email_key(address) not in {email_key(a) for a, _l in into.emails}:
            into.emails.append((address, label))
    for number, label in other.phones:
        if number not in {n for n, _l in into.phones}:
            into.phones.append((number, label))
    into.fields.update({k: v for k, v in other.fields.items() if v is not None})
    into.first_name, into.last_name = other.first_name, other.last_name
    if other.company:
        into.company, into.company_fields = other.company, other.company_fields
    into.tags.extend(t for t in other.tags if t not in into.tags)
    into.sessions.extend(s for s in other.sessions if s not in into.sessions)
    if other.notes and other.notes not in (into.notes or ""):
        into.notes = f"{into.notes}\n{other.notes}" if into.notes else other.notes


# ---------------------------------------------------------------------------- writing


def _company_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _companies(session: Session, people: list[_Person],
               created: list[uuid.UUID]) -> dict[str, uuid.UUID]:
    """The company id of every company name in the file, creating the new ones in bulk."""
    wanted: dict[str, _Person] = {}
    for person in people:
        if person.company:
            wanted.setdefault(_company_key(person.company), person)
    if not wanted:
        return {}
    known: dict[str, uuid.UUID] = {}
    # Compared in Python: SQLite's lower() folds ASCII only ("SOCIÉTÉ" vs "société").
    for cid, name in session.execute(select(Company.id, Company.name)
                                     .where(Company.deleted_at.is_(None))
                                     .order_by(Company.created_at)):
        known.setdefault(_company_key(name), cid)
    rows = []
    now = utcnow()
    fresh = [(key, person) for key, person in wanted.items() if key not in known]
    for cid, (key, person) in zip(sequential_ids(len(fresh)), fresh, strict=True):
        known[key] = cid
        created.append(cid)
        rows.append({"id": cid, "name": " ".join(person.company.split()),  # type: ignore[union-attr]
                     "website": person.company_fields.get("website"),
                     "kind": person.company_fields.get("kind"),
                     "country": person.company_fields.get("country"),
                     "city": person.company_fields.get("city"),
                     "notes": None, "owner": person.fields.get("owner"),
                     "created_at": now, "updated_at": now, "version": 1})
    insert_companies(session, rows)
    return known


def _snapshot(contact: Contact) -> str:
    """A contact's state before an import changed it, as JSON (for revert)."""
    state: dict[str, Any] = {name: getattr(contact, name) for name in (
        "first_name", "last_name", "notes", "company_id", *_CONTACT_COLUMNS)}
    state["company_id"] = str(contact.company_id) if contact.company_id else None
    state["lawful_basis_on"] = contact.lawful_basis_on.isoformat() \
        if contact.lawful_basis_on else None
    state["emails"] = [[e.address, e.label] for e in contact.emails]
    state["phones"] = [[p.number, p.label] for p in contact.phones]
    state["tags"] = [t.name for t in contact.tags]
    return json.dumps(state, ensure_ascii=False)


def _apply_update(session: Session, contact: Contact, person: _Person,
                  company_ids: dict[str, uuid.UUID], region: str) -> None:
    changes: dict[str, Any] = {k: v for k, v in person.fields.items()
                               if k not in ("owner", "source") or getattr(contact, k) is None}
    changes["first_name"], changes["last_name"] = person.first_name, person.last_name
    if person.company:
        changes["company_id"] = company_ids[_company_key(person.company)]
    if person.notes and person.notes not in (contact.notes or ""):
        changes["notes"] = f"{contact.notes}\n{person.notes}" if contact.notes else person.notes
    emails = [(e.address, e.label) for e in contact.emails]
    have = {e.address_key for e in contact.emails}
    emails += [(a, lb) for a, lb in person.emails if email_key(a) not in have]
    phones = [(p.number, p.label) for p in contact.phones]
    phones += [(n, lb) for n, lb in person.phones if n not in {p.number for p in contact.phones}]
    tags = [t.name for t in contact.tags]
    tags += [t for t in person.tags if tag_key(t) not in {tag_key(x) for x in tags}]
    update_contact(session, contact.id, emails=emails, phones=phones, tags=tags,
                   region=region, **changes)


P = ParamSpec("P")
R = TypeVar("R")


def _without_cycle_collection(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run with Python's cycle collector paused: an import makes millions of small
    objects that live until it ends, and collecting them over and over again (each pass
    slower than the last) costs a quarter of a large import."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return run


@_without_cycle_collection
def import_file(session: Session, path: str | Path, *, fmt: str = "auto",
                session_title: str | None = None, dry_run: bool = False,
                owner: str | None = None, region: str = "BE", progress: Progress | None = None,
                mapping: Sequence[str | None] | None = None,
                data: bytes | None = None, session_id: uuid.UUID | None = None) -> ImportReport:
    """Import contacts from a CSV, XLSX or vCard file in the caller's transaction.

    Existing contacts (same id, email or phone) are updated; ``session_title`` (or
    ``session_id``) records everyone imported as met at that session; ``dry_run`` reports
    and writes nothing.
    ``mapping`` (field or None per column) overrides the automatic column mapping; ``data``
    is the file's content when the caller already has it. Bad files raise UserError naming
    the file and row; a bad row is reported and skipped.
    """
    source = read_source(path, fmt, mapping, data=data)
    report = ImportReport(path=source.path, format=source.format, dialect=source.dialect,
                          dry_run=dry_run, problems=list(source.problems),
                          unmapped=source.unmapped)
    met_at = get_row(session, MissionSession, session_id) if session_id else \
        find_session(session, session_title) if session_title else None
    total = len(source.records)
    people: list[_Person] = []
    label = None if source.own_export else f"import of {source.path.name}"
    phone_memo: PhoneMemo = {}
    for done, record in enumerate(source.records, start=1):
        person = _validate(record, region=region, owner=owner, source=label,
                           problems=report.problems, phone_memo=phone_memo)
        if person is None:
            report.skipped += 1
        else:
            people.append(person)
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total * 2)
    report.skipped += len(source.problems)
    if not people and not source.records:
        raise UserError(f"{source.path}: no contacts in the file")
    _match_existing(session, people)
    for person in people:
        if person.merged_into is not None:
            _merge(person.merged_into, person)
            report.problems.append(Problem(person.row, "row", f"same person as row "
                                           f"{person.merged_into.row}; merged into it"))
    firsts = [p for p in people if p.merged_into is None]
    new = [p for p in firsts if p.target is None]
    changed: dict[uuid.UUID, list[_Person]] = {}
    for person in firsts:
        if person.target is not None:
            changed.setdefault(person.target, []).append(person)
    for group in changed.values():
        for other in group[1:]:
            _merge(group[0], other)
    report.created = len(new)
    report.updated = len(people) - len(new)
    sessions = _resolve_sessions(session, firsts, report.problems)
    report.problems.sort(key=lambda p: p.row)
    if dry_run:
        return report
    _write(session, report, source, new, changed, sessions, met_at, owner, region, progress,
           total)
    return report


def _resolve_sessions(session: Session, people: list[_Person],
                      problems: list[Problem]) -> dict[str, uuid.UUID]:
    found: dict[str, uuid.UUID] = {}
    missing: set[str] = set()
    for person in people:
        for title in person.sessions:
            if title in found or title in missing:
                if title in missing:
                    problems.append(Problem(person.row, "sessions",
                                            f"no session titled '{title}'; not recorded"))
                continue
            try:
                found[title] = find_session(session, title).id
            except UserError:
                missing.add(title)
                problems.append(Problem(person.row, "sessions",
                                        f"no session titled '{title}'; not recorded"))
    return found


def _write(session: Session, report: ImportReport, source: Source, new: list[_Person],
           changed: dict[uuid.UUID, list[_Person]], sessions: dict[str, uuid.UUID],
           met_at: Any, owner: str | None, region: str, progress: Progress | None,
           total: int) -> None:
    batch = ImportBatch(file_name=str(source.path)[:500], format=source.format,
                        session_title=met_at.title if met_at else None, owner=owner)
    session.add(batch)
    session.flush()
    report.batch_id = batch.id
    changes: list[dict[str, Any]] = []

    def log(entity: str, ids: Sequence[uuid.UUID], before: dict[uuid.UUID, str] | None = None,
            action: str = "created") -> None:
        changes.extend({"id": change_id, "batch_id": batch.id, "entity": entity,
                        "entity_id": i, "action": action,
                        "before": before.get(i) if before else None}
                       for change_id, i in zip(sequential_ids(len(ids)), ids, strict=True))

    created_companies: list[uuid.UUID] = []
    company_ids = _companies(session, new + [p for g in changed.values() for p in g],
                             created_companies)
    log("company", created_companies)
    tag_names = [t for p in new for t in p.tags] + [t for g in changed.values() for p in g
                                                    for t in p.tags]
    existing_tags = set(session.scalars(select(Tag.key).where(
        Tag.key.in_({tag_key(t) for t in tag_names})))) if tag_names else set()
    tags = {t.key: t for t in ensure_tags(session, tag_names)}
    session.flush()
    log("tag", [t.id for k, t in tags.items() if k not in existing_tags])

    now = utcnow()
    contacts, emails, phones, links = [], [], [], []
    # In name order, the new contacts' ids (ascending) and names grow most of the contact
    # table's indexes at their end rather than at a random page each: a quarter cheaper.
    new = sorted(new, key=lambda p: (p.last_name.lower(), p.first_name.lower()))
    contact_ids = iter(sequential_ids(len(new)))
    email_ids = iter(sequential_ids(sum(len(p.emails) for p in new)))
    phone_ids = iter(sequential_ids(sum(len(p.phones) for p in new)))
    no_fields = dict.fromkeys(_CONTACT_COLUMNS)
    company_of = {name: company_ids[_company_key(name)]
                  for name in {p.company for p in new if p.company}}
    for person in new:
        cid = next(contact_ids) if person.id is None else person.id
        person.target = cid
        # A person's fields are contact columns (_validate): the others stay empty.
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
        phones.extend({"id": next(phone_ids), "contact_id": cid, "number": n, "label": lb,
                       "position": i, "created_at": now, "updated_at": now, "version": 1}
                      for i, (n, lb) in enumerate(person.phones))
        links.extend({"contact_id": cid, "tag_id": tags[k].id}
                     for k in dict.fromkeys(tag_key(t) for t in person.tags))
    insert_contacts(session, contacts, emails, phones, links)
    log("contact", [c["id"] for c in contacts])
    if progress is not None:
        progress(total + total // 2, total * 2)

    before: dict[uuid.UUID, str] = {}
    targets = list(changed)
    for chunk in _chunks(targets):
        loaded = session.scalars(select(Contact).where(Contact.id.in_(chunk)).options(
            selectinload(Contact.emails), selectinload(Contact.phones),
            selectinload(Contact.tags))).all()
        for contact in loaded:
            before[contact.id] = _snapshot(contact)
            _apply_update(session, contact, changed[contact.id][0], company_ids, region)
    log("contact", targets, before, action="updated")

    pairs: list[tuple[uuid.UUID, uuid.UUID]] = []
    for person in new + [g[0] for g in changed.values()]:
        assert person.target is not None
        if met_at is not None:
            pairs.append((person.target, met_at.id))
        pairs.extend((person.target, sessions[t]) for t in person.sessions if t in sessions)
    log("encounter", record_encounters(session, pairs, owner=owner))

    insert_rows(session, ImportChange.__table__, changes)
    batch.created_count, batch.updated_count = report.created, report.updated
    batch.skipped_count = report.skipped
    session.flush()
    if progress is not None:
        progress(total * 2, total * 2)


# ---------------------------------------------------------------------------- revert


@dataclass(frozen=True)
class RevertReport:
    batch_id: uuid.UUID
    file_name: str
    imported_at: datetime
    removed: int
    restored: int

    def summary(self) -> str:
        return (f"reverted the import of {Path(self.file_name).name} "
                f"({self.imported_at.astimezone():%Y-%m-%d %H:%M}): {self.removed} contact(s) "
                f"removed, {self.restored} restored")


def last_import(session: Session) -> ImportBatch | None:
    """The most recent import that has not been reverted."""
    return session.scalars(select(ImportBatch).where(ImportBatch.reverted_at.is_(None))
                           .order_by(ImportBatch.created_at.desc()).limit(1)).first()


def revert_last_import(session: Session) -> RevertReport:
    """Undo the last import: remove what it created, restore what it updated."""
    batch = last_import(session)
    if batch is None:
        raise UserError("there is no import to revert")
    rows = session.execute(select(ImportChange.entity, ImportChange.entity_id,
                                  ImportChange.action, ImportChange.before)
                           .where(ImportChange.batch_id == batch.id)).all()
    created: dict[str, list[uuid.UUID]] = {}
    restores: list[tuple[uuid.UUID, dict[str, Any]]] = []
    for entity, entity_id, action, before in rows:
        if action == "created":
            created.setdefault(entity, []).append(entity_id)
        elif entity == "contact" and before:
            restores.append((entity_id, json.loads(before)))
    for chunk in _chunks(created.get("encounter", [])):
        session.execute(delete(Encounter).where(Encounter.id.in_(chunk)))
    removed = 0
    for chunk in _chunks(created.get("contact", [])):
        removed += session.execute(delete(Contact).where(Contact.id.in_(chunk))).rowcount or 0
    session.expire_all()
    restored = 0
    for contact_id, state in restores:
        contact = session.get(Contact, contact_id)
        if contact is None:
            continue
        company_id = uuid.UUID(state["company_id"]) if state["company_id"] else None
        if company_id is not None and session.get(Company, company_id) is None:
            company_id = None
        fields = {k: state[k] for k in ("first_name", "last_name", "notes", *_CONTACT_COLUMNS)}
        fields["lawful_basis_on"] = date.fromisoformat(state["lawful_basis_on"]) \
            if state["lawful_basis_on"] else None
        # The state is restored as it was, bypassing validation of values that were valid.
        for name, value in fields.items():
            setattr(contact, name, value)
        contact.company_id = company_id
        update_contact(session, contact.id, emails=[tuple(e) for e in state["emails"]],
                       phones=[tuple(p) for p in state["phones"]], tags=state["tags"])
        restored += 1
    for chunk in _chunks(created.get("company", [])):
        used = select(Contact.company_id).where(Contact.company_id.in_(chunk))
        session.execute(delete(Company).where(Company.id.in_(chunk), Company.id.not_in(used)))
    for chunk in _chunks(created.get("tag", [])):
        session.execute(delete(Tag).where(
            Tag.id.in_(chunk), Tag.id.not_in(select(contact_tag.c.tag_id)),
            Tag.id.not_in(select(company_tag.c.tag_id))))
    batch.reverted_at = utcnow()
    session.flush()
    return RevertReport(batch_id=batch.id, file_name=batch.file_name,
                        imported_at=batch.created_at, removed=removed, restored=restored)


def import_count(session: Session) -> int:
    """How many imports can still be reverted (for enabling the menu item)."""
    return session.scalar(select(func.count(ImportBatch.id))
                          .where(ImportBatch.reverted_at.is_(None))) or 0
