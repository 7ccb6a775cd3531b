"""What every service shares: finding a row by id, trash and restore, applying edits."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.errors import NotFoundError, ValidationError
from crm.i18n import _
from crm.models import Base

M = TypeVar("M", bound=Base)


def parse_id(value: str | uuid.UUID, what: str = "id") -> uuid.UUID:
    """A UUID from user input; a malformed one is a ValidationError naming ``what``."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError(_("{what}: '{value}' is not a valid id")
                              .format(what=what, value=value), field=what) from None


def get_row(session: Session, model: type[M], row_id: str | uuid.UUID, *,
            include_trashed: bool = False) -> M:
    """The row of ``model`` with ``row_id``; NotFoundError if absent (or in the trash)."""
    label = model.__name__.lower()
    row = session.get(model, parse_id(row_id, f"{label} id"))
    if row is None or (not include_trashed and getattr(row, "deleted_at", None) is not None):
        raise NotFoundError(_("no {label} with id {row_id}").format(label=label, row_id=row_id))
    return row


def trash(session: Session, model: type[M], row_id: str | uuid.UUID) -> M:
    """Move a row to the trash (restorable with ``restore``)."""
    row = get_row(session, model, row_id)
    row.deleted_at = utcnow()  # type: ignore[attr-defined]
    return row


def restore(session: Session, model: type[M], row_id: str | uuid.UUID) -> M:
    """Take a row out of the trash."""
    row = get_row(session, model, row_id, include_trashed=True)
    row.deleted_at = None  # type: ignore[attr-defined]
    return row


def apply_changes(row: Base, changes: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """Set the attributes named in ``changes``; an unknown name is a programming error."""
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))} of {type(row).__name__}")
    for name, value in changes.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
