"""Quick capture: a person logged with the keyboard alone, linked to the preselected session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm.clock import local_today
from crm.services.contacts import ContactFilter, get_contact, list_contacts
from crm.services.missions import create_mission
from crm.services.sessions import create_session, list_sessions
from ui.dialogs.form import select_data
from ui.dialogs.quick_capture import QuickCaptureDialog


def type_into_focus(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def find(db, name: str):  # type: ignore[no-untyped-def]
    rows = db.read(list_contacts, ContactFilter(search=name))
    assert len(rows) == 1, rows
    return db.read(get_contact, rows[0].id)


@pytest.fixture
def running_session(demo_db):  # type: ignore[no-untyped-def]
    """A session running now, so quick capture preselects it."""
    now = datetime.now(UTC)
    mission = demo_db.write(create_mission, name="Boston trip")
    return demo_db.write(create_session, mission_id=mission.id, title="BIO reception",
                         starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1))


def test_keyboard_alone_creates_contact_linked_to_running_session(
        qtbot, demo_db, running_session) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickCaptureDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)
    assert dialog.session_id() == running_session.id
    type_into_focus(qtbot, "Lea")
    tab(qtbot)
    type_into_focus(qtbot, "Martin")
    tab(qtbot)
    type_into_focus(qtbot, "Acme Bio")
    tab(qtbot)
    type_into_focus(qtbot, "CSO")
    tab(qtbot)
    type_into_focus(qtbot, "lea@acme.example")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QuickCaptureDialog.DialogCode.Accepted
    contact = find(demo_db, "Martin")
    assert contact.company.name == "Acme Bio"
    assert contact.email == "lea@acme.example"
    assert [e.session_id for e in contact.encounters] == [running_session.id]


def test_save_and_next_keeps_the_session(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    sessions = demo_db.read(list_sessions)
    dialog = QuickCaptureDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    select_data(dialog.session, sessions[1].id)
    dialog.first_name.setText("Ana")
    dialog.last_name.setText("Quist")
    dialog.note.setText("wants CAR-T capacity in EU")
    dialog.followup_title.setText("Send the deck")
    dialog.followup_days.setValue(5)
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.first_name.text() == "" and dialog.session_id() == sessions[1].id
    assert "Ana Quist" in dialog.saved_label.text()
    ana = find(demo_db, "Quist")
    assert ana.encounters[0].note == "wants CAR-T capacity in EU"
    assert ana.followups[0].title == "Send the deck"
    assert ana.followups[0].due_on == local_today() + timedelta(days=5)
    dialog.first_name.setText("Bo")
    dialog.last_name.setText("Ring")
    dialog.save_and_next()
    assert find(demo_db, "Ring").encounters[0].session_id == sessions[1].id
    # The next dialog preselects the session used last.
    again = QuickCaptureDialog(demo_db)
    qtbot.addWidget(again)
    assert again.session_id() == sessions[1].id


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the "keep this phone unchecked?" question; the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_bad_phone_refused_shows_message_next_to_field_and_saves_nothing(
        qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = QuickCaptureDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Nora")
    dialog.phone.setText("12")
    dialog.accept()
    # The delegate was asked, said no: the reason names the regions tried.
    assert "US (mission), BE (home region)" in asked[0]
    assert dialog.isVisible()
    error = dialog.errors["phone"]
    assert error.isVisibleTo(dialog) and "phone" in error.text()
    assert demo_db.read(list_contacts, ContactFilter(search="Nora")) == []


def test_a_phone_valid_nowhere_is_kept_unchecked_when_the_delegate_says_so(
        qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = QuickCaptureDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Nora")
    dialog.phone.setText("12-34")
    dialog.accept()
    assert not dialog.isVisible()
    nora = demo_db.read(get_contact, find(demo_db, "Nora").id)
    assert [(p.number, p.checked) for p in nora.phones] == [("12-34", False)]


def test_the_phone_placeholder_says_the_mission_region_and_an_american_number_is_plus_one(
        qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickCaptureDialog(demo_db)
    qtbot.addWidget(dialog)
    # The demo mission takes place in the US (the home region is BE).
    assert "read as US" in dialog.phone.placeholderText()
    dialog.first_name.setText("Nora")
    dialog.phone.setText("(617) 555-0101")
    dialog.accept()
    nora = demo_db.read(get_contact, find(demo_db, "Nora").id)
    assert [(p.number, p.checked) for p in nora.phones] == [("+16175550101", True)]


def test_ctrl_n_opens_quick_capture_from_the_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuickCaptureDialog)
        dialog.first_name.setText("Kim")
        dialog.last_name.setText("Zed")
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.capture_action.trigger()
    page = window.page("contacts")
    assert page.model.row_of(page.selected_id()) >= 0
    assert "Kim Zed" in page.detail.toPlainText()
