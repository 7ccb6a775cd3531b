"""The main window: contacts table and detail, search, navigation, delete/undo, refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm.services.contacts import count_contacts, create_contact
from tests.conftest import run_cli


def contacts_page(window):  # type: ignore[no-untyped-def]
    return window.page("contacts")


def test_contacts_table_shows_demo_people(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(window)
    assert page.model.rowCount() == 40
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    qtbot.waitUntil(lambda: window.count_label.text() == "40 contacts")


def test_search_narrows_the_table(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "Abernathy")
    qtbot.waitUntil(lambda: page.model.rowCount() < 40)
    names = {page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())}
    assert names and all("Abernathy" in n for n in names)
    assert page.current_filter().search == "Abernathy"
    window.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 40)


def test_search_without_match_says_so(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(window)
    qtbot.keyClicks(window.search, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.table_stack.currentWidget() is page.empty
    assert "zzzz" in page.empty.text()


def test_selecting_a_row_shows_details_with_links(window) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(window)
    page.table.selectRow(0)
    html = page.detail.toHtml()
    assert "company:" in html and "Met at" in html


def test_links_navigate_to_company_and_back(window) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(window)
    row = page.model.row_at(0)
    window.show_company(row.company_id)
    assert window.current_page_key() == "companies"
    companies = window.page("companies")
    assert row.company in companies.detail.toPlainText()
    window.show_contact(row.id)
    assert window.current_page_key() == "contacts"
    assert page.selected_id() == row.id


def test_delete_then_undo_restores(window, qtbot, answer_yes) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(window)
    page.table.selectRow(0)
    victim = page.selected_id()
    window.delete_action.trigger()
    assert answer_yes, "deleting asks first"
    qtbot.waitUntil(lambda: page.model.rowCount() == 39)
    assert page.model.row_of(victim) == -1
    assert window.db.read(count_contacts) == 39
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 40)
    assert page.model.row_of(victim) >= 0
    assert not window.undo_action.isEnabled()


def test_views_refresh_after_a_change_made_elsewhere(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.operations import notify_changed

    page = contacts_page(window)
    window.db.write(create_contact, first_name="Zoë", last_name="Aardvark")
    notify_changed("contacts")
    assert page.model.rowCount() == 41
    assert page.model.data(page.model.index(0, 0)) == "Zoë Aardvark"


def test_empty_database_says_how_to_start(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = contacts_page(empty_window)
    assert page.table_stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()
    sessions = empty_window.page("sessions")
    empty_window.show_page("sessions")
    qtbot.waitUntil(lambda: sessions.loaded)
    assert "demo" in sessions.empty.text()


def test_sessions_grouped_by_mission(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("sessions")
    page = window.page("sessions")
    qtbot.waitUntil(lambda: page.loaded)
    tree = page.tree
    assert tree.topLevelItemCount() >= 1
    mission = tree.topLevelItem(0)
    assert mission.childCount() == 2
    tree.setCurrentItem(mission)
    assert "2 sessions" in page.detail.toPlainText()
    assert mission.text(0) in page.detail.toPlainText()


def test_screenshot_command_writes_png(demo_db, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    demo_db.close()
    out = tmp_path / "shot.png"
    result = run_cli("--screenshot", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_screenshot_of_a_file_that_is_not_ours(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "notes.db"
    bogus.write_text("hello, this is not SQLite at all" * 10)
    result = run_cli("--screenshot", str(tmp_path / "x.png"), db=bogus)
    assert result.returncode == 2
    assert "not a Mission CRM database" in result.stderr
    assert "Traceback" not in result.stderr


def test_session_detail_lists_people_met_and_links_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    contacts = contacts_page(window)
    contacts.table.selectRow(0)
    contact_id = contacts.selected_id()
    html = contacts.detail.toHtml()
    session_id = html.split("session:")[1].split('"')[0].split("'")[0]
    sessions = window.page("sessions")
    contacts._link(QUrl(f"session:{session_id}"))
    assert window.current_page_key() == "sessions"
    qtbot.waitUntil(lambda: sessions.selected_id() is not None)
    assert str(sessions.selected_id()) == session_id
    assert f"contact:{contact_id}" in sessions.detail.toHtml()
    sessions._link(QUrl(f"contact:{contact_id}"))
    assert window.current_page_key() == "contacts" and contacts.selected_id() == contact_id


def test_companies_page_delete_undo_and_edit(window, qtbot, answer_yes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.editors import CompanyEditor

    window.show_page("companies")
    page = window.page("companies")
    page.table.selectRow(0)
    company_id = page.selected_id()
    before = page.model.rowCount()
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1)
    window.undo()
    qtbot.waitUntil(lambda: page.model.row_of(company_id) >= 0)
    opened: list[object] = []
    monkeypatch.setattr(CompanyEditor, "exec", lambda self: opened.append(self.company_id))
    page.select_id(company_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [company_id]


def test_sessions_page_delete_then_undo(window, qtbot, answer_yes) -> None:  # type: ignore[no-untyped-def]
    window.show_page("sessions")
    page = window.page("sessions")
    qtbot.waitUntil(lambda: page.selected_id() is not None)
    session_id = page.selected_id()
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: page._find(session_id) is None and page.loaded)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    window.undo()
    qtbot.waitUntil(lambda: page._find(session_id) is not None)
