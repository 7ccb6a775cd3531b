"""The clock of a mission's place: its IANA time zone (from the country when it has only one,
else the user's choice among the country's zones, from Babel's CLDR data) and how a session's
times read there (date-only sessions are days, not midnight-to-midnight spans)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm.errors import ValidationError
from crm.i18n import _


def country_time_zones(country: str | None) -> list[str]:
    """The IANA zones of a two-letter country (CLDR's list, e.g. US: 29), sorted."""
    if not country:
        return []
    from babel.core import get_global

    return sorted(get_global("territory_zones").get(country.upper(), []))


def default_time_zone(country: str | None) -> str | None:
    """The zone of a country that has only one (BE: Europe/Brussels); None where the user has
    to say which (US, CA, BR ...) or for no country."""
    zones = country_time_zones(country)
    return zones[0] if len(zones) == 1 else None


def normalize_time_zone(name: str | None) -> str | None:
    """A known IANA zone name, or None for nothing; a ValidationError names what was typed."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("time_zone: '{value}' is not a time zone (e.g. America/New_York)")
                              .format(value=name), field="time_zone") from None
    return name


def zone(name: str | None) -> ZoneInfo | None:
    """The ZoneInfo of a stored name (None for none or an unknown one: the machine's zone)."""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def in_zone(value: datetime, name: str | None) -> datetime:
    """``value`` (aware, UTC) as the mission's clock reads it; the machine's without a zone."""
    place = zone(name)
    return value.astimezone(place) if place is not None else value.astimezone()


def day_span(first: date, last: date | None, name: str | None) -> tuple[datetime, datetime]:
    """A date-only session's stored span: midnight of ``first`` to the midnight after
    ``last`` in the mission's zone."""
    place = zone(name)
    start = datetime.combine(first, time(0, 0), place)
    end = datetime.combine((last or first) + timedelta(days=1), time(0, 0), place)
    if place is None:
        start, end = start.astimezone(), end.astimezone()
    return start, end


def session_days(starts_at: datetime | None, ends_at: datetime | None,
                 name: str | None) -> tuple[date | None, date | None]:
    """The first and last day of a date-only session, read in the mission's zone."""
    first = in_zone(starts_at, name).date() if starts_at else None
    last = (in_zone(ends_at, name) - timedelta(seconds=1)).date() if ends_at else first
    return first, last
