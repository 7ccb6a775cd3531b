"""The paged table models: pages from the database, sorting in SQL, a lazy total."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm.services.contacts import create_contact
from ui.models import paged
from ui.models.tables import CompanyTableModel, ContactTableModel


def test_contacts_come_a_page_at_a_time(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(paged, "PAGE_SIZE", 10)
    for number in range(25):
        db.write(create_contact, first_name=f"P{number:02d}", last_name=f"Person {number:02d}",
                 company=f"Company {number % 3}")
    model = ContactTableModel(db)
    assert model.rowCount() == 0 and not model.loaded, "nothing is read before it is shown"
    with qtbot.waitSignal(model.count_changed) as counted:
        model.reload()
    assert model.rowCount() == 10 and model.canFetchMore()
    assert counted.args == [25]
    with qtbot.waitSignal(model.page_added):
        model.fetchMore()
        model.fetchMore()  # while a page is on its way, asking again reads nothing twice
    assert model.rowCount() == 20
    with qtbot.waitSignal(model.page_added):
        model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert model.data(model.index(0, 0)) == "P00 Person 00"
    assert model.data(model.index(25, 0)) is None and model.data(model.index(0, 9)) is None


def test_sorting_is_done_by_the_database(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    model = ContactTableModel(demo_db)
    model.reload()
    with qtbot.waitSignal(model.reloaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    companies = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert companies == sorted(companies, key=str.lower, reverse=True)
    assert model.sort_key == "company" and model.descending
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Company"


def test_companies_model_counts_people(demo_db) -> None:  # type: ignore[no-untyped-def]
    model = CompanyTableModel(demo_db)
    model.search = "Northwind"
    model.reload()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 4)) == "5"


def test_clicking_a_header_sorts_the_contacts_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.page("contacts")
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.model.reloaded):
        header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    titles = [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]
    assert titles == sorted(titles, key=str.lower)
    assert page.selected_id() is not None
