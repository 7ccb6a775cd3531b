"""The trash page: what was deleted is listed there, the latest first, and Restore puts it
back, long after the status bar's Undo has gone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from crm.services.contacts import count_contacts

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _nav_text(window, key: str) -> str:  # type: ignore[no-untyped-def]
    return window._items[key].text()


def _delete_first(window, qtbot, page_key: str) -> str:  # type: ignore[no-untyped-def]
    window.show_page(page_key)
    page = window.page(page_key)
    table = page.table
    table.selectRow(0)
    name = str(page.model.data(page.model.index(0, 0)))
    before = page.model.rowCount()
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1)
    return name


def test_deleted_contact_and_company_wait_in_the_trash_and_come_back(
        window, qtbot, answer_yes) -> None:  # type: ignore[no-untyped-def]
    assert _nav_text(window, "trash") == "Trash"
    contact = _delete_first(window, qtbot, "contacts")
    company = _delete_first(window, qtbot, "companies")
    qtbot.waitUntil(lambda: _nav_text(window, "trash") == "Trash (2)")
    window.status_message("something else happened")  # the Undo offer is gone

    window.show_page("trash")
    trash = window.page("trash")
    names = [trash.list.topLevelItem(i).text(0) for i in range(trash.list.topLevelItemCount())]
    assert names == [company, contact]  # the latest first
    assert trash.list.topLevelItem(0).text(1) == "Company"
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "trash.png"))

    trash.list.setCurrentItem(trash.list.topLevelItem(1))
    qtbot.keyClick(trash.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: trash.list.topLevelItemCount() == 1)
    assert window.db.read(count_contacts) == 40
    assert f"Restored {contact}" in window.statusBar().currentMessage()
    trash.restore_button.click()
    qtbot.waitUntil(lambda: trash.stack.currentWidget() is trash.empty)
    assert "The trash is empty" in trash.empty.text()
    assert _nav_text(window, "trash") == "Trash"
    window.show_page("contacts")
    qtbot.waitUntil(lambda: window.page("contacts").model.rowCount() == 40)


def test_the_trash_filters_as_the_user_types(window, qtbot, answer_yes) -> None:  # type: ignore[no-untyped-def]
    contact = _delete_first(window, qtbot, "contacts")
    window.show_page("trash")
    trash = window.page("trash")
    qtbot.waitUntil(lambda: trash.list.topLevelItemCount() == 1)
    trash.set_search("no such name")
    assert trash.stack.currentWidget() is trash.empty
    assert "no such name" in trash.empty.text()
    assert not trash.restore_button.isEnabled()
    trash.set_search(contact.split()[-1].lower())
    assert trash.list.topLevelItemCount() == 1 and trash.restore_button.isEnabled()


def test_a_person_in_the_trash_can_be_erased_for_good(window, qtbot, answer_yes) -> None:  # type: ignore[no-untyped-def]
    from crm.services.trash import list_trash

    _delete_first(window, qtbot, "companies")
    contact = _delete_first(window, qtbot, "contacts")
    window.show_page("trash")
    trash = window.page("trash")
    qtbot.waitUntil(lambda: trash.list.topLevelItemCount() == 2)
    trash.list.setCurrentItem(trash.list.topLevelItem(1))  # the company: not a person
    assert not trash.erase_button.isEnabled()
    trash.list.setCurrentItem(trash.list.topLevelItem(0))
    assert trash.list.topLevelItem(0).text(0) == contact
    trash.erase_button.click()
    assert any("Erase" in question and contact in question for question in answer_yes)
    qtbot.waitUntil(lambda: trash.list.topLevelItemCount() == 1)
    assert [r.kind for r in window.db.read(list_trash)] == ["company"]
    assert "erased permanently" in window.statusBar().currentMessage()
