"""Dates, times, weekdays and numbers in the language's locale: fr_BE, nl_BE, en_GB; never
the ISO form in what the window shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from ui.format import (
    date_pattern,
    format_number,
    local_datetime,
    short_date,
    weekday_date,
    weekday_datetime,
)


@pytest.fixture
def locale_of():  # type: ignore[no-untyped-def]
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("locale", "day", "weekday", "session", "number"), [
    ("fr_BE", "10/06/2022", "ven. 10 juin 2022", "ven. 10 juin 2022 14:30", "1\u202f234,5"),
    ("nl_BE", "10/06/2022", "vr 10 jun 2022", "vr 10 jun 2022 14:30", "1.234,5"),
    ("en_GB", "10/06/2022", "Fri 10 Jun 2022", "Fri 10 Jun 2022 14:30", "1,234.5"),
])
def test_each_language_writes_its_own_dates_and_numbers(locale_of, locale, day, weekday,  # type: ignore[no-untyped-def]
                                                        session, number) -> None:
    locale_of(locale)
    assert short_date(date(2022, 6, 10)) == day
    assert weekday_date(date(2022, 6, 10)) == weekday
    assert weekday_datetime(datetime(2022, 6, 10, 14, 30)) == session
    shown = format_number(1234.5, 1)
    # Qt's French group separator is a (narrow) no-break space: compare the digits around it.
    assert shown.replace("\u202f", " ").replace("\xa0", " ") == number.replace("\u202f", " ")


def test_no_date_is_shown_the_iso_way(locale_of, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Europe/Brussels")
    import time

    time.tzset()
    try:
        for name in ("fr_BE", "nl_BE", "en_GB"):
            locale_of(name)
            assert "2022-06-10" not in local_datetime(datetime(2022, 6, 10, 12, tzinfo=UTC))
            assert local_datetime(datetime(2022, 6, 10, 12, tzinfo=UTC)).endswith("14:00")
            assert "yyyy" in date_pattern() and "yyyyyyyy" not in date_pattern()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize(("locale", "united_states"), [
    ("fr_BE", "États-Unis"), ("nl_BE", "Verenigde Staten"), ("en_GB", "United States")])
def test_countries_are_named_in_the_language(locale_of, demo_db, locale,  # type: ignore[no-untyped-def]
                                             united_states) -> None:
    """A stored code ("US") shows as the country's name: in the contact's and company's
    details and on the dashboard's chart by country (so in the PDF report too)."""
    from PySide6.QtCharts import QBarCategoryAxis

    from crm.services.contacts import list_contacts
    from crm.services.dashboard import dashboard
    from ui.charts import dashboard_charts
    from ui.format import country_name
    from ui.main_window import MainWindow

    locale_of(locale)
    assert country_name("US") == country_name("us") == united_states
    assert country_name("XY") == "XY" and country_name(None) == ""  # no name: the code
    chart = dashboard_charts(demo_db.read(dashboard))["countries"]
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == [united_states]
    page = MainWindow(demo_db).page("contacts")
    contact = demo_db.read(list_contacts, limit=1)[0]
    assert united_states in page.detail_html(contact.id)
