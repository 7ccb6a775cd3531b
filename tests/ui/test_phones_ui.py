"""Phones and nameless people in the app: which region the placeholder says, a number valid
nowhere kept only when the delegate says so, marked in the detail pane and fixed in the
editor; the people kept without a name listed for the delegate to complete."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from crm.models import Mission
from crm.services.common import get_row
from crm.services.contacts import ContactFilter, create_contact, get_contact, list_contacts
from ui.dialogs.contact_editor import ContactEditor
from ui.dialogs.editors import MissionEditor


def _answer(monkeypatch, answer):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_editor_placeholder_follows_the_country_typed(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    editor = ContactEditor(demo_db)
    qtbot.addWidget(editor)
    # The demo mission's country.
    assert "read as US" in editor.phones.first_number().placeholderText()
    editor.country.setText("DE")
    editor.country.editingFinished.emit()
    assert editor.phones.first_number().placeholderText().endswith("read as DE")


def test_an_unchecked_phone_is_marked_kept_unchanged_and_fixed_by_editing(
        qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    editor = ContactEditor(window.db, window)
    qtbot.addWidget(editor)
    editor.first_name.setText("Hans")
    editor.last_name.setText("Aachen")
    # Read in US (mission), then BE: valid in neither.
    editor.phones.first_number().setText("0351 223344")
    editor.accept()
    assert "not a valid phone number in US (mission), BE (home region)" in asked[0]
    hans = window.db.read(list_contacts, ContactFilter(search="Aachen"))[0]
    page = window.page("contacts")
    page.refresh()
    page.select_id(hans.id)
    assert "0351 223344 ⚠ not checked" in page.detail.toPlainText()

    # Saved again untouched: no question, kept as it is.
    asked.clear()
    again = ContactEditor(window.db, window, hans.id)
    qtbot.addWidget(again)
    assert again.phones.first_number().text() == "0351 223344"
    again.job_title.setText("CTO")
    again.accept()
    assert asked == []
    # The country set (Germany): the number is read there and checked.
    fixed = ContactEditor(window.db, window, hans.id)
    qtbot.addWidget(fixed)
    fixed.country.setText("DE")
    fixed.accept()
    phones = window.db.read(get_contact, hans.id).phones
    assert [(p.number, p.checked) for p in phones] == [("+49351223344", True)]
    assert asked == []


def test_people_without_a_name_are_listed_to_be_completed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.db.write(create_contact, emails=["ann@x.example.com"])
    page = window.page("contacts")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.no_name.isVisible() and page.no_name.text() == "Without a name (1)"
    # Sorted first, named by what there is.
    assert page.model.data(page.model.index(0, 0)) == "(no name) ann@x.example.com"
    page.no_name.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "(no name)" in page.detail.toPlainText()
    page.no_name.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)


def test_the_mission_editor_sets_the_country(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    editor = MissionEditor(demo_db)
    qtbot.addWidget(editor)
    editor.name.setText("Japan 2023")
    editor.country.setText("jp")
    editor.accept()
    assert demo_db.read(get_row, Mission, editor.saved_id).country == "JP"
