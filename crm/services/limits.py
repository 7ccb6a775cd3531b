"""How long a text value may be: read from the column types of crm/models.py, nowhere else.

SQLite stores a 60,000-character first name without a word; the team server's
``varchar(120)`` refuses it, and then every later sync of that laptop failed. So every way in
(adding, editing, importing, syncing) checks against the same limits, taken from the model.
A ``before_flush`` hook (``install``) is the backstop for every ORM write: whatever service a
value comes through, an over-long one is a ValidationError naming the field, not a row the
server refuses later.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, Table, event, inspect
from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import N_, _
from crm.models import Base


def column_limit(table: Table | str, column: str) -> int | None:
    """The most characters ``table.column`` holds (None: no limit, e.g. Text)."""
    if isinstance(table, str):
        table = Base.metadata.tables[table]
    kind = table.c[column].type
    length = getattr(kind, "length", None) if isinstance(kind, String) else None
    return int(length) if length else None


# Every column a person can type into, as the messages name it (translated where shown).
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("contact", "first_name"): N_("first name"),
    ("contact", "last_name"): N_("last name"),
    ("contact", "middle_name"): N_("middle name"),
    ("contact", "name_prefix"): N_("name prefix"),
    ("contact", "name_suffix"): N_("name suffix"),
    ("contact", "nickname"): N_("nickname"),
    ("contact", "birthday"): N_("birthday"),
    ("contact", "job_title"): N_("job title"),
    ("contact", "linkedin"): N_("LinkedIn"),
    ("contact", "country"): N_("country"),
    ("contact", "language"): N_("language"),
    ("contact", "owner"): N_("owner"),
    ("contact", "source"): N_("source"),
    ("contact", "lawful_basis"): N_("lawful basis"),
    ("company", "name"): N_("company name"),
    ("company", "website"): N_("company website"),
    ("company", "kind"): N_("company kind"),
    ("company", "country"): N_("company country"),
    ("company", "city"): N_("company city"),
    ("company", "owner"): N_("company owner"),
    ("contact_email", "address"): N_("email address"),
    ("contact_email", "label"): N_("email label"),
    ("contact_phone", "number"): N_("phone number"),
    ("contact_phone", "extension"): N_("phone extension"),
    ("contact_phone", "label"): N_("phone label"),
    ("contact_address", "label"): N_("address label"),
    ("contact_address", "po_box"): N_("address PO box"),
    ("contact_address", "extended"): N_("address line 2"),
    ("contact_address", "city"): N_("address city"),
    ("contact_address", "region"): N_("address region"),
    ("contact_address", "postal_code"): N_("address postal code"),
    ("contact_address", "country"): N_("address country"),
    ("contact_url", "label"): N_("web address label"),
    ("mission", "name"): N_("mission name"),
    ("mission", "location"): N_("mission location"),
    ("mission", "country"): N_("mission country"),
    ("mission", "time_zone"): N_("time zone"),
    ("mission_session", "title"): N_("session title"),
    ("mission_session", "kind"): N_("session kind"),
    ("mission_session", "venue"): N_("venue"),
    ("followup", "title"): N_("follow-up title"),
    ("followup", "owner"): N_("follow-up owner"),
    ("interaction", "channel"): N_("channel"),
    ("interaction", "owner"): N_("interaction owner"),
    ("encounter", "owner"): N_("owner"),
    ("session_organiser", "role"): N_("organiser role"),
    ("tag", "name"): N_("tag"),
}


def field_label(column: str, table: str = "contact") -> str:
    """A column's name as a user reads it, in their language: ``first_name`` -> "first
    name"; outside the contact's own fields, with its table: "company name". A column no one
    types into (sync bookkeeping) reads as its name."""
    label = FIELD_LABELS.get((table, column))
    if label is not None:
        return _(label)
    label = column.replace("_", " ")
    return label if table == "contact" else f"{table.replace('_', ' ')} {label}"


def too_long_message(label: str, length: int, limit: int) -> str:
    return _("{field}: {length} characters, at most {limit} fit").format(
        field=label, length=length, limit=limit)


def check_length(value: object, table: Table | str, column: str, *,
                 label: str | None = None, field: str | None = None,
                 row: int | None = None) -> None:
    """A ValidationError (naming the field: ``field``, else the column) when ``value`` is
    longer than its column holds."""
    limit = column_limit(table, column)
    if limit is not None and isinstance(value, str) and len(value) > limit:
        label = label or field_label(column, table.name if isinstance(table, Table) else table)
        raise ValidationError(too_long_message(label, len(value), limit),
                              field=field or column, row=row)


@functools.cache
def _limited_columns(table: Table) -> tuple[tuple[str, int], ...]:
    """(column, limit) of every column of ``table`` that has a limit."""
    return tuple((c.name, limit) for c in table.columns
                 if (limit := column_limit(table, c.name)) is not None)


def over_long(table: Table, row: Mapping[str, Any]) -> list[tuple[str, int]]:
    """The columns of ``row`` too long for ``table``: (column, its limit). Called for every
    row a sync sends: only the limited columns are looked at."""
    found = []
    for name, limit in _limited_columns(table):
        value = row.get(name)
        if isinstance(value, str) and len(value) > limit:
            found.append((name, limit))
    return found


def check_objects(objects: Iterable[object]) -> None:
    """A ValidationError for the first over-long value among these ORM objects."""
    for obj in objects:
        table = getattr(obj, "__table__", None)
        if not isinstance(table, Table):
            continue
        loaded = inspect(obj).dict  # only what is loaded: nothing is read mid-flush
        for name, limit in _limited_columns(table):
            value = loaded.get(table.c[name].key)
            if isinstance(value, str) and len(value) > limit:
                check_length(value, table, name)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    check_objects([*session.new, *session.dirty])


def install() -> None:
    """Check the length of every value the ORM writes (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


install()
