"""Duplicates in the app: the merge dialog, Tools ▸ Find duplicates…, undo, and the
"looks like … — open that one instead" warning in quick capture and the contact editor."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from crm.services.contacts import count_contacts, create_contact, get_contact
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.sessions import list_session_choices
from ui.dialogs.merge_dialog import MergeDialog
from ui.features.duplicates import DuplicatesDialog, DuplicateWarning, open_duplicates

# Set MISSION_CRM_SHOTS=DIR to keep PNGs of the dialogs for a look.
SHOTS = os.environ.get("MISSION_CRM_SHOTS")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def click(qtbot, button: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    # On the radio's indicator: the middle of a wide radio button is not part of it.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


@pytest.fixture
def robert_and_bob(empty_window):  # type: ignore[no-untyped-def]
    db = empty_window.db
    robert = db.write(create_contact, first_name="Robert", last_name="Smith",
                      emails=["robert.smith@acme.com"], company="Acme Inc",
                      job_title="Head of CMC").id
    bob = db.write(create_contact, first_name="Bob", last_name="SMITH",
                   emails=["bob@gmail.com"], phones=["+1 617 555 0100"],
                   job_title="VP Manufacturing", company="ACME", tags=["CAR-T"]).id
    db.write(create_followup, contact_id=bob, title="Send the deck",
             due_on=date(2022, 6, 20))
    return empty_window, robert, bob


def test_merge_dialog_chooses_field_by_field(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    window, robert, bob = robert_and_bob
    dialog = MergeDialog(window.db, window, robert, bob)
    qtbot.addWidget(dialog)
    dialog.show()
    shot(dialog, "merge-dialog")
    # Differing fields offer both values, the kept record's chosen by default.
    keep_title = dialog.findChild(QRadioButton, "job_title:keep")
    other_title = dialog.findChild(QRadioButton, "job_title:other")
    assert keep_title.isChecked() and other_title.text() == "VP Manufacturing"
    assert dialog.findChild(QRadioButton, "linkedin:keep") is None  # empty on both: not shown
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Send the deck" in texts and "bob@gmail.com" in texts  # kept from both
    click(qtbot, other_title)
    click(qtbot, dialog.findChild(QRadioButton, "first_name:other"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "merge"), Qt.MouseButton.LeftButton)
    assert dialog.result() == MergeDialog.DialogCode.Accepted
    kept = window.db.read(get_contact, robert)
    assert (kept.first_name, kept.last_name, kept.job_title) == ("Bob", "Smith",
                                                                  "VP Manufacturing")
    assert {e.address for e in kept.emails} == {"robert.smith@acme.com", "bob@gmail.com"}
    assert [f.title for f in kept.followups] == ["Send the deck"]
    assert window.db.read(count_contacts) == 1


def test_merge_dialog_can_keep_the_other_record(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    window, robert, bob = robert_and_bob
    dialog = MergeDialog(window.db, window, robert, bob)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "swap"), Qt.MouseButton.LeftButton)
    assert dialog.preview.keep_id == bob
    dialog.accept()
    assert window.db.read(get_contact, bob).job_title == "VP Manufacturing"
    assert window.db.read(count_contacts) == 1


def test_find_duplicates_merge_then_undo_from_the_window(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    window, robert, bob = robert_and_bob
    action = next(a for a in window.menu("Tools").actions()
                  if a.objectName() == "find-duplicates")
    assert action.text() == "Find &duplicates…"
    action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: len(dialog.pairs) == 2)  # the two Smiths, and Acme Inc / ACME
    shot(dialog, "duplicates-dialog")
    first = dialog.pairs[0]
    assert (first.kind, first.a_id, first.b_id) == ("contact", robert, bob)
    assert "nickname: Robert = Bob" in dialog.table.model().index(0, 3).data()
    merge = dialog.merge_selected()
    qtbot.mouseClick(merge.findChild(QPushButton, "merge"), Qt.MouseButton.LeftButton)
    assert window.db.read(count_contacts) == 1
    assert [p.kind for p in dialog.pairs] == ["company"]
    assert "Merged Bob SMITH into Robert Smith." in dialog.status.text()
    dialog.close()
    # The status bar offers Undo: both contacts come back.
    assert window.findChild(QPushButton, "undo-button").isVisible()
    window.undo()
    assert window.db.read(count_contacts) == 2
    assert window.db.read(get_contact, bob).job_title == "VP Manufacturing"


def test_undo_last_merge_from_the_tools_menu(qtbot, robert_and_bob, answer_yes) -> None:  # type: ignore[no-untyped-def]
    window, _robert, _bob = robert_and_bob
    dialog = open_duplicates(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.pairs))
    dialog.merge_selected().accept()
    undo: QAction = next(a for a in window.menu("Tools").actions()
                         if a.objectName() == "undo-merge")
    undo.trigger()
    assert answer_yes == ["Undo the merge of Bob SMITH into Robert Smith? Both records come "
                          "back as they were."]
    assert window.db.read(count_contacts) == 2


def test_quick_capture_warns_and_opens_the_existing_contact(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.quick_capture import QuickCaptureDialog

    window, robert, _bob = robert_and_bob
    dialog = QuickCaptureDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(DuplicateWarning)
    assert warning is not None and not warning.isVisible()
    qtbot.keyClicks(dialog.first_name, "Rob")
    qtbot.keyClicks(dialog.email, "Robert.Smith@ACME.com")
    qtbot.waitUntil(warning.isVisible)
    assert warning.label.text().startswith("Looks like Robert Smith (same email")
    shot(dialog, "quick-capture-warning")
    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QuickCaptureDialog.DialogCode.Rejected
    assert window.page("contacts").current_id == robert
    assert window.db.read(count_contacts) == 2  # nothing created


def test_quick_capture_still_saves_a_look_alike(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.quick_capture import QuickCaptureDialog

    window, _robert, _bob = robert_and_bob
    dialog = QuickCaptureDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Smith")
    qtbot.keyClicks(dialog.last_name, "Robert")
    warning = dialog.findChild(DuplicateWarning)
    qtbot.waitUntil(warning.isVisible)
    assert "first and last names swapped" in warning.label.text()
    dialog.accept()
    assert window.db.read(count_contacts) == 3


def test_contact_editor_warns_about_others_not_itself(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_editor import ContactEditor

    window, robert, bob = robert_and_bob
    db = window.db
    session_id = db.read(list_session_choices)[0].id if db.read(list_session_choices) else None
    if session_id is not None:
        db.write(record_encounter, contact_id=robert, session_id=session_id)
    editor = ContactEditor(db, window, robert)
    qtbot.addWidget(editor)
    editor.show()
    warning = editor.findChild(DuplicateWarning)
    warning.check()
    # Robert's own record is not a duplicate of itself; Bob SMITH is a look-alike.
    assert warning.isVisible() and warning.match.contact_id == bob
    shot(editor, "contact-editor-warning")
    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert window.page("contacts").current_id == bob


def test_company_pair_merges_its_people(qtbot, robert_and_bob) -> None:  # type: ignore[no-untyped-def]
    from crm.services.companies import count_companies

    window, robert, bob = robert_and_bob
    dialog = open_duplicates(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.pairs) == 2)
    dialog.table.selectRow(1)
    assert dialog.selected_pair().kind == "company"
    merge = dialog.merge_selected()
    shot(merge, "merge-companies")
    texts = " ".join(label.text() for label in merge.findChildren(QLabel))
    assert "Bob SMITH" in texts  # the people who move along
    merge.accept()
    assert window.db.read(count_companies) == 1
    assert (window.db.read(get_contact, bob).company_id
            == window.db.read(get_contact, robert).company_id)
