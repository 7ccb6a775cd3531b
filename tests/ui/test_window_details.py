"""Small things a user sees in the window: what Edit selected can do on an empty page, what
the status bar counts, how the contact picker lists a person without a name, and a sync
conflict's reason read whole."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from crm.clock import local_today
from crm.db import open_database
from crm.models import Contact
from crm.services.contacts import create_contact
from crm.services.followups import create_followup
from crm.sync import sync


def test_edit_selected_is_greyed_on_an_empty_follow_ups_page(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    window.show_page("followups")
    page = window.page("followups")
    assert page.selected_row() is None
    assert not window.edit_action.isEnabled()
    assert window.new_action.isEnabled()  # a new follow-up can still be added

    contact = window.db.write(create_contact, first_name="Ann", last_name="Lee")
    window.db.write(create_followup, contact_id=contact.id, title="Send the deck",
                    due_on=local_today() + timedelta(days=1))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.select_followup(page.model.groups[0][2][0].id)
    assert window.edit_action.isEnabled()
    page.tree.clearSelection()
    page.tree.setCurrentIndex(page.tree.rootIndex())
    assert not window.edit_action.isEnabled()


def test_edit_selected_is_greyed_on_an_empty_contacts_page(empty_window) -> None:  # type: ignore[no-untyped-def]
    empty_window.show_page("contacts")
    assert not empty_window.edit_action.isEnabled()
    assert not empty_window.delete_action.isEnabled()


def test_the_sessions_status_bar_says_what_it_counts(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.app import render_screenshot

    window.show_page("sessions")
    # The picture is taken as --screenshot takes it: the agenda loads off the GUI thread.
    assert render_screenshot(window, str(tmp_path / "sessions.png"))
    label = window.count_label
    assert label.text() == "2 sessions"
    # Wide enough to be read whole (it once showed "2", at the width of the text before).
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    page = window.page("sessions")
    page.set_search("Round table")
    qtbot.waitUntil(lambda: label.text() == "1 session")


def test_the_contact_picker_lists_a_person_without_a_name_by_email(empty_window) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_picker import ContactPickerDialog

    empty_window.db.write(create_contact, emails=["ann@biotech.be"])
    empty_window.db.write(create_contact, first_name="Bob", last_name="Fine",
                          company="Acme SA")
    picker = ContactPickerDialog(empty_window.db, empty_window)
    texts = sorted(picker.list.item(row).text() for row in range(picker.list.count()))
    assert texts == ["(no name) ann@biotech.be", "Bob Fine — Acme SA"]
    picker.close()


def test_a_set_aside_record_shows_its_whole_reason(qtbot, empty_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.features.sync import ConflictsDialog

    laptop = empty_window.db
    contact = laptop.write(create_contact, first_name="Ann", last_name="Long").id
    # Names longer than their columns, written before lengths were checked.
    laptop.write(lambda s: s.execute(update(Contact.__table__)
                                     .where(Contact.__table__.c.id == contact)
                                     .values(first_name="x" * 130, last_name="y" * 130,
                                             job_title="z" * 300)))
    with open_database(str(tmp_path / "team.db")) as server:
        assert sync(laptop, server).refused == 1
    dialog = ConflictsDialog(laptop, empty_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    cell = dialog.table.item(0, 2)
    expected = ("set aside, the server would refuse it: first_name > 120; last_name > 120; "
                "job_title > ")
    assert cell.text().startswith(expected), cell.text()
    assert cell.toolTip() == cell.text()
    # One line in the table, cut with "…" where it does not fit; whole in the tooltip.
    assert not dialog.table.wordWrap()
