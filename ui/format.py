"""How values are shown: dates, times and numbers in the language's locale (QLocale's own
patterns: fr_BE, nl_BE, en_GB), phones, HTML-safe text."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from crm.services.validation import format_phone

__all__ = ["birthday_text", "contact_name", "country_name", "date_pattern", "datetime_pattern",
           "esc", "format_number", "format_phone", "local_date", "local_datetime", "person_name",
           "session_when", "short_date", "weekday_date", "weekday_datetime"]

def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date with the full year ("d/MM/yyyy" in fr_BE and nl_BE, "dd/MM/yyyy"
    in English): two digits of a year read as an age, and a date edit needs all four."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def datetime_pattern(locale: QLocale | None = None) -> str:
    """``date_pattern`` and the locale's short time ("HH:mm")."""
    locale = locale or QLocale()
    return f"{date_pattern(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


# Sessions: the weekday tells a delegate which day of the trip it was ("ven. 10 juin 2022").
WEEKDAY_DATE = "ddd d MMM yyyy"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))


def weekday_date(value: date | None) -> str:
    """A day with its weekday and month name in the user's language: "Fri 10 Jun 2022"."""
    return QLocale().toString(_qdate(value), WEEKDAY_DATE) if value is not None else ""


def weekday_datetime(value: datetime | None) -> str:
    """``weekday_date`` and the time as ``value`` holds it (already in the zone to show)."""
    if value is None:
        return ""
    locale = QLocale()
    return (f"{locale.toString(_qdate(value.date()), WEEKDAY_DATE)} "
            f"{locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)}")


def session_when(starts_at: datetime | None, ends_at: datetime | None, all_day: bool,
                 zone: str | None, *, with_end: bool = True) -> str:
    """When a session is, on the clock of the mission's place (``zone``): "Fri 10 Jun 2022"
    for a date-only one (two days: "Wed 8 Jun 2022 – Thu 9 Jun 2022"), else "Fri 10 Jun 2022
    14:00 – 16:30 EDT" (the zone's abbreviation when the mission has one)."""
    from crm.services.mission_time import in_zone, session_days

    if starts_at is None:
        return ""
    if all_day:
        first, last = session_days(starts_at, ends_at, zone)
        if not with_end or last in (None, first):
            return weekday_date(first)
        return f"{weekday_date(first)} – {weekday_date(last)}"
    start = in_zone(starts_at, zone)
    text = weekday_datetime(start)
    if with_end and ends_at is not None:
        end = in_zone(ends_at, zone)
        end_time = QLocale().toString(QTime(end.hour, end.minute),
                                      QLocale.FormatType.ShortFormat)
        text += f" – {end_time}" if end.date() == start.date() else f" – {weekday_datetime(end)}"
    return f"{text} {start.tzname()}" if zone and start.tzname() else text


def country_name(code: str | None) -> str:
    """A country (an ISO 3166 code, as stored) by its name in the user's language: "US" is
    "États-Unis" in French, "Verenigde Staten" in Dutch (CLDR's names, through Babel); a code
    the locale does not name stays as it is."""
    if not code:
        return ""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(QLocale().name()).territories
    except (UnknownLocaleError, ValueError):
        return code
    return names.get(code.upper(), code)


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the locale's separators (1 234,5 in French, 1.234,5 in Dutch)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


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
    """A calendar date in the locale's short form: 10/06/2022."""
    if value is None:
        return ""
    return QLocale().toString(_qdate(value), date_pattern())


def local_datetime(value: datetime | None) -> str:
    """A UTC timestamp shown in the machine's local time (when the app did something)."""
    if value is None:
        return ""
    return QLocale().toString(_qdatetime(value.astimezone()), datetime_pattern())


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
