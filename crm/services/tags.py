"""Free labels on contacts and companies."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import _
from crm.models import Tag

TAG_NAMESPACE = uuid.UUID("6d1c3c52-8a43-4f0e-9a55-2f7f0d0c6a10")


def tag_key(name: str) -> str:
    """Tags differ by more than case and surrounding spaces."""
    return " ".join(name.split()).casefold()


def split_tags(text: str) -> list[str]:
    """Tags typed in one field, separated by commas or semicolons."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def ensure_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The tags with these names, created where new, in the given order, without repeats."""
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if not clean:
            continue
        if len(clean) > 80:
            raise ValidationError(_("tags: '{value}...' is longer than 80 characters")
                                  .format(value=clean[:20]),
                                  field="tags")
        wanted.setdefault(tag_key(clean), clean)
    if not wanted:
        return []
    existing = {t.key: t for t in session.scalars(select(Tag).where(Tag.key.in_(wanted)))}
    tags = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            # The same id on every laptop for the same tag, so synced copies merge into one.
            tag_id = uuid.uuid5(TAG_NAMESPACE, key)
            tag = Tag(id=tag_id if session.get(Tag, tag_id) is None else uuid.uuid4(),
                      name=name, key=key)
            session.add(tag)
        tags.append(tag)
    return tags


def list_tags(session: Session) -> list[str]:
    """Every tag name, alphabetically (for completion)."""
    return list(session.scalars(select(Tag.name).order_by(Tag.key)))
