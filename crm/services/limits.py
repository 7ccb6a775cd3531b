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
from crm.i18n import _
from crm.models import Base


def column_limit(table: Table | str, column: str) -> int | None:
    """The most characters ``table.column`` holds (None: no limit, e.g. Text)."""
    if isinstance(table, str):
        table = Base.metadata.tables[table]
    kind = table.c[column].type
    length = getattr(kind, "length", None) if isinstance(kind, String) else None
    return int(length) if length else None


def field_label(column: str, table: str = "contact") -> str:
    """A column's name as a user reads it: ``first_name`` -> "first name"; outside the
    contact's own fields, with its table: "company name", "contact email address"."""
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
