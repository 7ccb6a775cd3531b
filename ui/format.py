"""How values are shown: local dates and times, phones, HTML-safe text."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from crm.services.validation import format_phone

# ISO order reads the same in every language of a delegation (12/06 is June or December?).
DATE_FORMAT = "yyyy-MM-dd"

__all__ = ["birthday_text", "esc", "format_phone", "local_date", "local_datetime",
           "short_date"]


def esc(value: object) -> str:
    """Text made safe for the HTML of a detail pane."""
    return html.escape("" if value is None else str(value))


def short_date(value: date | None) -> str:
    """A calendar date, year first."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def local_datetime(value: datetime | None) -> str:
    """A UTC timestamp shown in the machine's local time."""
    if value is None:
        return ""
    local = value.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day),
                    QTime(local.hour, local.minute))
    return QLocale().toString(qdt, f"{DATE_FORMAT} HH:mm")


def local_date(value: datetime | None) -> str:
    """The local calendar date of a UTC timestamp."""
    return short_date(value.astimezone().date()) if value is not None else ""


def birthday_text(birthday: str | None) -> str:
    """A stored birthday as people say it, in their language: "15 June 1980", or "15 June"
    without the year."""
    from crm.services.addressbook import birthday_parts

    parts = birthday_parts(birthday)
    if parts is None:
        return ""
    year, month, day = parts
    return QLocale().toString(QDate(year or 2000, month, day),
                              "d MMMM yyyy" if year else "d MMMM")
