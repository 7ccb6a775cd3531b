"""The one place that asks the machine what time it is, so tests can control it."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)


def local_today() -> date:
    """Today's date in the machine's local time zone (what "due today" means to a user)."""
    return datetime.now().astimezone().date()
