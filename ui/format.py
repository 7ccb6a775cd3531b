"""How values are shown: local dates and times, phones, HTML-safe text."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from crm.services.validation import format_phone

# ISO order reads the same in every language of a delegation (12/06 is June or December?).
DATE_FORMAT = "yyyy-MM-dd"

__all__ = ["birthday_text", "contact_name", "esc", "format_phone", "local_date",
           "local_datetime", "person_name", "short_date"]


def esc(value: object) -> str:
    """Text made safe for the HTML of a detail pane."""
    return html.escape("" if value is None else str(value))


def person_name(first_name: str, last_name: str, email: str | None = None,
                phone: str | None = None) -> str:
    """A person's name, or for one kept without a name "(no name) ann@x.com" (what there is
    of them; crm.services.contacts.display_name, translated)."""
    from PySide6.QtCore import QCoreApplication

    name = f"{first_name} {last_name}".strip()
    if name:
        return name
    what = email or format_phone(phone)
    return f"{QCoreApplication.translate('Format', '(no name)')} {what}".strip()


def contact_name(contact: object) -> str:
    """``person_name`` of a Contact read by a service: its email or phone are shown for one
    without a name when the service loaded them (a row outside its session cannot load)."""
    loaded = vars(contact)
    emails, phones = loaded.get("emails") or [], loaded.get("phones") or []
    return person_name(contact.first_name, contact.last_name,  # type: ignore[attr-defined]
                       emails[0].address if emails else None,
                       phones[0].number if phones else None)


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
