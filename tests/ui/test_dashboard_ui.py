"""The dashboard page: its figures and charts show the services' counts, and follow changes."""

from __future__ import annotations

from crm.clock import local_today
from crm.services.contacts import count_contacts
from crm.services.dashboard import followup_totals
from crm.services.followups import Due, complete_followup, count_due, list_followups
from crm.services.sessions import list_sessions
from ui.operations import notify_changed


def _bars(chart) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    series = chart.series()[0]
    return {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
            for bar_set in series.barSets()}


def _categories(chart) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QBarCategoryAxis

    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    return axis.categories()


def test_figures_and_charts_equal_the_services_counts(window) -> None:
    window.show_page("dashboard")
    page = window.page("dashboard")
    db, today = window.db, local_today()
    figures = {key: int(figure.number.text()) for key, figure in page.figures.items()}
    totals = db.read(followup_totals, today=today)
    assert figures == {"contacts": db.read(count_contacts),
                       "overdue": db.read(count_due, Due.OVERDUE, today=today),
                       "today": db.read(count_due, Due.TODAY, today=today),
                       "this_week": totals.this_week, "later": totals.later,
                       "done": len(db.read(list_followups, status="done"))}

    charts = page.charts()
    sessions = db.read(list_sessions)
    # Horizontal bars list the first session at the top, i.e. last in Qt's order.
    assert _bars(charts["sessions"])["Contacts"][::-1] == [s.met_count for s in sessions]
    assert sum(_bars(charts["kinds"])["Contacts"]) == figures["contacts"]
    assert sum(_bars(charts["countries"])["Contacts"]) == figures["contacts"]
    weeks = _bars(charts["weeks"])
    assert sum(weeks["Overdue"]) == figures["overdue"]
    assert sum(weeks["Open"]) == figures["today"] + figures["this_week"] + figures["later"]
    assert sum(weeks["Done"]) == figures["done"]
    assert len(_categories(charts["weeks"])) == len(weeks["Done"])


def test_dashboard_follows_changes(window) -> None:
    window.show_page("dashboard")
    page = window.page("dashboard")
    overdue = int(page.figures["overdue"].number.text())
    row = window.db.read(list_followups, due=Due.OVERDUE)[0]
    window.db.write(complete_followup, row.id)
    notify_changed("followups")
    assert int(page.figures["overdue"].number.text()) == overdue - 1
    assert sum(_bars(page.charts()["weeks"])["Overdue"]) == overdue - 1


def test_empty_database_shows_zeros(empty_window) -> None:
    empty_window.show_page("dashboard")
    page = empty_window.page("dashboard")
    assert {f.number.text() for f in page.figures.values()} == {"0"}
    assert empty_window.nav.currentItem().text() == "Dashboard"
