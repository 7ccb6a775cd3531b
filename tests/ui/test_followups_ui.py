"""The follow-ups page, its navigation count, reminders in the window, drafts and templates."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from crm.clock import local_today
from crm.db import open_database
from crm.services.drafts import load_templates, user_templates_path
from crm.services.followups import Bucket, create_followup, list_followups
from crm.services.interactions import list_interactions
from crm.services.reminders import count_due_on, due_followups, pending_reminders
from crm.services.sessions import list_sessions
from tests.conftest import run_cli
from ui.operations import notify_changed


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    window.show_page("followups")
    return window.page("followups")


def _cell(page, column: int) -> str:  # type: ignore[no-untyped-def]
    """What the selected row shows in ``column``."""
    return page.model.data(page.tree.currentIndex().siblingAtColumn(column))


def _select_first(page, bucket: Bucket):  # type: ignore[no-untyped-def]
    row = page.group_rows(bucket)[0]
    assert page.select_followup(row.id)
    return row


def test_groups_match_the_services_and_the_navigation_count(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    today = local_today()
    rows = window.db.read(list_followups, today=today)
    expected = Counter(r.bucket(today) for r in rows)
    for bucket in Bucket:
        assert len(page.group_rows(bucket)) == expected[bucket] > 0
    # One count, overdue or due today, for the navigation and the reminders panel alike.
    due = window.db.read(count_due_on, on=today)
    assert due == expected[Bucket.OVERDUE] + expected[Bucket.TODAY]
    # The count is taken once the window is up (the event loop runs).
    qtbot.waitUntil(lambda: window.nav.currentItem().text() == f"Follow-ups ({due} due)")
    titles = [page.model.data(page.model.index(n, 0)) for n in range(page.model.rowCount())]
    assert titles == [f"{b.value} ({expected[b]})" for b in Bucket]
    # Done is history: folded away until opened.
    assert not page.is_expanded(Bucket.DONE)
    assert page.is_expanded(Bucket.OVERDUE)


def test_mark_done_records_an_interaction_and_updates_the_count(window, page) -> None:
    before = window.db.read(count_due_on, on=local_today())
    row = _select_first(page, Bucket.OVERDUE)
    page.done_action.trigger()
    assert row.id not in {r.id for r in page.group_rows(Bucket.OVERDUE)}
    assert row.id in {r.id for r in page.group_rows(Bucket.DONE)}
    assert window.nav.currentItem().text() == f"Follow-ups ({before - 1} due)"
    history = window.db.read(list_interactions, row.contact_id)
    assert [i.followup_id for i in history] == [row.id]


def test_snooze_menu_moves_the_row_and_silences_its_reminder(window, page) -> None:
    row = _select_first(page, Bucket.OVERDUE)
    tomorrow = next(a for a in page.snooze_menu.actions() if a.data() == "tomorrow")
    tomorrow.trigger()
    moved = next(r for r in page.group_rows(Bucket.THIS_WEEK) if r.id == row.id)
    assert moved.effective_due == local_today() + timedelta(days=1)
    assert "(snoozed)" in _cell(page, 0)
    assert row.id not in {r.id for r in window.db.read(due_followups, on=local_today())}


def test_snooze_to_a_date_and_reschedule_use_the_picked_date(window, page,
                                                             monkeypatch) -> None:
    import ui.views.followups as view

    later = local_today() + timedelta(days=30)
    monkeypatch.setattr(view, "pick_date", lambda *args, **kwargs: later)
    row = _select_first(page, Bucket.TODAY)
    page.snooze_to_date()
    assert next(r for r in page.group_rows(Bucket.LATER) if r.id == row.id).snoozed_until == later

    other = _select_first(page, Bucket.OVERDUE)
    page.reschedule_action.trigger()
    moved = next(r for r in page.group_rows(Bucket.LATER) if r.id == other.id)
    assert (moved.due_on, moved.snoozed_until) == (later, None)


def test_priority_menu(page) -> None:
    row = _select_first(page, Bucket.THIS_WEEK)
    top = next(a for a in page.priority_menu.actions() if a.data() == 2)
    top.trigger()
    assert page.selected_row().id == row.id and page.selected_row().priority == 2
    assert _cell(page, 4) == "Top"
    assert top.isChecked()


def test_filters_by_session_tag_and_company_and_search(window, page, qtbot) -> None:
    total = page.total
    session = window.db.read(list_sessions)[0]
    page.session_box.setCurrentIndex(page.session_box.findData(str(session.id)))
    by_session = {r.id for r in page.shown_rows()}
    assert 0 < len(by_session) < total
    assert by_session == {r.id for r in window.db.read(
        list_followups, flt=page.current_filter())}
    page.clear_filters()
    page.tag_box.setCurrentIndex(page.tag_box.findData("CAR-T"))
    tagged = page.shown_rows()
    assert 0 < len(tagged) < total
    company = tagged[0].company
    page.clear_filters()
    page.company_box.setCurrentIndex(page.company_box.findText(company))
    assert page.total and all(r.company == company for r in page.shown_rows())
    page.clear_filters()
    assert page.total == total

    qtbot.keyClicks(window.search, "brochure")
    qtbot.waitUntil(lambda: page.total < total)
    assert all("brochure" in r.title for r in page.shown_rows())
    window.search.clear()
    qtbot.waitUntil(lambda: page.total == total)

    contact_id = page.shown_rows()[0].contact_id
    mine = window.db.write(create_followup, contact_id=contact_id, title="Mine",
                           due_on=local_today(), owner="Léa")
    notify_changed("followups")
    page.owner_box.setCurrentIndex(page.owner_box.findData("Léa"))
    assert [r.id for r in page.shown_rows()] == [mine.id]


def test_reminders_show_in_the_window_without_a_tray(window, page, qtbot) -> None:
    reminders = window.reminders
    due = window.db.read(due_followups, on=local_today())
    # The first check, a moment after start, announces everything due, once.
    qtbot.waitUntil(lambda: bool(reminders.notified), timeout=5000)
    assert {r.id for r in reminders.notified} == {r.id for r in due}
    assert reminders.check() == []
    panel = reminders.panel
    assert panel is not None and not panel.isHidden()
    assert panel.list.count() == len(due)
    window.show_page("contacts")
    panel.list.itemClicked.emit(panel.list.item(2))
    assert window.current_page_key() == "followups"
    assert page.selected_row().id == due[2].id
    menu_ids = [a.data() for a in reminders.menu.actions() if a.data()]
    assert menu_ids == [str(r.id) for r in due]
    panel.dismiss()
    reminders.check()
    assert panel.isHidden()


def test_a_new_day_reminds_again(window) -> None:
    reminders = window.reminders
    reminders.check()
    tomorrow = datetime.combine(local_today() + timedelta(days=1),
                                datetime.min.time()).astimezone().astimezone(UTC)
    with time_machine.travel(tomorrow + timedelta(hours=9), tick=False):
        fresh = reminders.check()
        assert {r.id for r in fresh} == {r.id for r in window.db.read(
            due_followups, on=local_today())}
        assert reminders.check() == []


def test_tray_notifies_and_its_menu_opens_the_followup(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from ui.tray import Reminders

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *args: shown.append((title, text)))
    reminders = Reminders(window)
    assert reminders.tray is not None and reminders.panel is None
    # Forget the reminders the window gave at start, as on a fresh day.
    window.db.write(lambda s: s.execute(text("UPDATE followup SET reminded_on = NULL")))
    fresh = reminders.check()
    assert fresh and shown == [(f"{len(fresh)} follow-ups due", shown[0][1])]
    assert fresh[0].title in shown[0][1]
    action = next(a for a in reminders.menu.actions() if a.data() == str(fresh[1].id))
    action.trigger()
    assert window.current_page_key() == "followups"
    assert window.page("followups").selected_row().id == fresh[1].id
    reminders.stop()


def test_draft_email_opens_the_mail_app_and_records_it(window, page, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from ui.dialogs.draft_email import DraftEmailDialog

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString(
                            url.ComponentFormattingOption.FullyEncoded)) or True)
    row = _select_first(page, Bucket.OVERDUE)
    dialog = DraftEmailDialog(window.db, page, followup_id=row.id)
    assert dialog.body.toPlainText().startswith(f"Dear {row.contact_name.split()[0]},")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.subject.text().startswith("Opvolging")
    dialog.subject.setText("Our call & next steps")
    dialog.open_button.click()
    assert opened and opened[0].startswith("mailto:")
    assert "subject=Our%20call%20%26%20next%20steps" in opened[0]
    history = window.db.read(list_interactions, row.contact_id)
    assert [(i.channel, i.summary) for i in history] == [
        ("email", "Email drafted: Our call & next steps")]


def test_draft_email_saves_an_eml_file(window, page, monkeypatch, tmp_path) -> None:
    from ui.dialogs.draft_email import DraftEmailDialog

    target = tmp_path / "draft"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    row = _select_first(page, Bucket.TODAY)
    dialog = DraftEmailDialog(window.db, page, followup_id=row.id)
    dialog.save_button.click()
    saved = tmp_path / "draft.eml"
    assert saved.exists() and b"X-Unsent: 1" in saved.read_bytes()
    assert dialog.recorded


def test_templates_tab_saves_edits_and_refuses_unknown_placeholders(window) -> None:
    from crm.errors import UserError
    from ui.dialogs.email_templates import EmailTemplatesTab

    tab = EmailTemplatesTab(window)
    tab.language.setCurrentIndex(tab.language.findData("fr"))
    tab.subject.setText("Suite à {session}")
    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.apply()
    assert load_templates()["fr"].subject == "Suite à {session}"
    assert user_templates_path().exists()

    tab.body.setPlainText("Hello {firstname}")
    with pytest.raises(UserError):
        tab.apply()
    assert not tab.error.isHidden() and "{firstname}" in tab.error.text()
    tab.restore_default()
    tab.apply()
    assert "{first_name}" in load_templates()["en"].body


def test_report_menu_item_writes_the_pdf(window, monkeypatch, tmp_path, qtbot) -> None:
    from PySide6.QtGui import QDesktopServices

    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.report_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    pdf = tmp_path / "report.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_enter_edits_and_space_marks_done(page, qtbot, monkeypatch) -> None:
    from ui.dialogs import editors

    opened: list[object] = []
    monkeypatch.setattr(editors.FollowUpEditor, "exec", lambda self: opened.append(self) or 0)
    row = _select_first(page, Bucket.TODAY)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened and opened[0].followup_id == row.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    assert row.id in {r.id for r in page.group_rows(Bucket.DONE)}


def test_draft_email_from_the_contacts_page(window, monkeypatch) -> None:
    from ui.dialogs.draft_email import DraftEmailDialog

    opened: list[object] = []
    monkeypatch.setattr(DraftEmailDialog, "exec", lambda self: opened.append(self) or 0)
    window.show_page("contacts")
    contacts = window.page("contacts")
    contacts.table.selectRow(0)
    window.draft_action.trigger()
    assert opened and opened[0].draft.contact_id == contacts.selected_id()
    assert opened[0].subject.text()


def test_a_screenshot_does_not_use_up_the_days_reminders(demo_db, db_path, tmp_path) -> None:
    demo_db.close()
    result = run_cli("--screenshot", str(tmp_path / "shot.png"), db=db_path)
    assert result.returncode == 0, result.stderr
    db = open_database(str(db_path))
    try:
        assert db.read(pending_reminders, on=local_today())
    finally:
        db.close()
