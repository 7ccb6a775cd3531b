"""The window on a 1366×768 laptop: the search field's hint is readable whole on every page,
and no column is narrower than its title, the contacts' Email and Job title columns showing
the demo's values uncut. Also the rough edges: the reminders panel is one line and folds,
the Follow-ups page's buttons say why they are grey, the import wizard says what to do."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QTableView, QToolButton

from crm.clock import local_today
from crm.services.contacts import list_contacts
from crm.services.reminders import count_due_on
from ui.format import format_phone


def text_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text in: inside the frame and the text margins, and
    between its icons (the search icon on the left, the clear button on the right)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect: QRect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                              edit)
    margins = edit.textMargins()
    left, right = rect.left() + margins.left(), rect.right() - margins.right()
    middle = edit.width() // 2
    for button in edit.findChildren(QToolButton):
        geometry = button.geometry()
        if geometry.center().x() < middle:
            left = max(left, geometry.right())
        else:
            right = min(right, geometry.left())
    return right - left - 2 * 2  # Qt's horizontal text margin inside the contents


def test_search_hint_fits_on_every_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert (window.width(), window.height()) == (1366, 768)
    clipped = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(20)
        search = window.search
        hint = search.placeholderText()
        needed = search.fontMetrics().horizontalAdvance(hint)
        if needed > text_room(search):
            clipped[window.current_page_key()] = (hint, needed, text_room(search))
    assert clipped == {}


def _tables(window):  # type: ignore[no-untyped-def]
    for key in ("contacts", "companies"):
        window.show_page(key)
        yield key, window.page(key).table


def test_no_column_is_narrower_than_its_title(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    narrow = []
    for key, table in _tables(window):
        qtbot.wait(20)
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(table.model().columnCount()):
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            # The title, its padding, and the sort arrow a sorted column shows.
            needed = metrics.horizontalAdvance(title) + 2 * 4 + 16
            if header.sectionSize(column) < needed:
                narrow.append((key, title, header.sectionSize(column), needed))
    assert narrow == []
    # The whole table stays in view: no sideways scrolling at this size.
    for _key, table in _tables(window):
        assert table.horizontalScrollBar().maximum() == 0


def test_email_and_job_title_show_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("contacts")
    qtbot.wait(20)
    table: QTableView = window.page("contacts").table
    model = table.model()
    columns = {model.headerData(c, Qt.Orientation.Horizontal): c
               for c in range(model.columnCount())}
    metrics = table.fontMetrics()
    # Qt draws an item's text inside the focus frame's margin (plus one pixel) each side,
    # and the grid takes a pixel.
    padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
    rows = window.db.read(list_contacts)
    for title, value in (("Email", lambda r: r.email or ""),
                         ("Job title", lambda r: r.job_title or ""),
                         ("Phone", lambda r: format_phone(r.phone))):
        widest = max(metrics.horizontalAdvance(value(r)) for r in rows)
        assert table.columnWidth(columns[title]) >= widest + padding, title


def test_reminder_panel_is_one_line_folds_and_counts_as_the_navigation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    reminders = window.reminders
    reminders.check()
    panel = reminders.panel
    assert panel is not None and not panel.isHidden()
    due = window.db.read(count_due_on, on=local_today())
    qtbot.waitUntil(lambda: window.nav.item(3).text() == f"Follow-ups ({due} due)")
    assert panel.toggle.text() == f"Due follow-ups: {due}"
    # Folded by default: one line, not a list.
    assert not panel.is_expanded() and panel.list.isHidden()
    qtbot.wait(20)
    line = panel.fontMetrics().height()
    assert panel.height() <= 2 * line + 12, (panel.height(), line)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.is_expanded() and panel.list.isVisibleTo(panel)
    assert panel.list.count() == min(due, 100)
    # Remembered: the next window opens it unfolded.
    other = MainWindow(window.db)
    qtbot.addWidget(other)
    other.reminders.check()
    assert other.reminders.panel.is_expanded()
    other.reminders.panel.set_expanded(False)
    other.close()


def test_grey_followup_buttons_say_why_and_new_asks_who(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_picker import ContactPickerDialog
    from ui.dialogs.editors import FollowUpEditor

    window.show_page("followups")
    page = window.page("followups")
    page.tree.setCurrentIndex(page.model.index(0, 0))  # a group title, not a follow-up
    assert page.selected_row() is None
    buttons = [b for b in page.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len(buttons) == 7
    for button in buttons:
        assert not button.isEnabled()
        assert button.toolTip() == "Select a follow-up first"
    assert window.new_action.isEnabled()

    contact = window.db.read(list_contacts)[0]
    opened: list[object] = []

    def pick(dialog) -> int:  # type: ignore[no-untyped-def]
        opened.append(dialog)
        if isinstance(dialog, ContactPickerDialog):
            qtbot.keyClicks(dialog.search, contact.last_name)
            dialog.refresh()
            dialog.list.setCurrentRow(0)
            dialog.accept()
            return dialog.result()
        assert isinstance(dialog, FollowUpEditor) and dialog.contact_id == dialog.contact_id
        dialog.title_edit.setText("Call back about the pilot")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContactPickerDialog, "exec", pick)
    monkeypatch.setattr(FollowUpEditor, "exec", pick)
    window.new_action.trigger()
    assert [type(d).__name__ for d in opened] == ["ContactPickerDialog", "FollowUpEditor"]
    row = page.selected_row()
    assert row is not None and row.title == "Call back about the pilot"
    assert row.contact_id == opened[0].picked_id  # type: ignore[attr-defined]
    assert all(b.isEnabled() for b in buttons)


def test_contact_picker_without_contacts_says_what_to_do(empty_window) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_picker import ContactPickerDialog

    picker = ContactPickerDialog(empty_window.db, empty_window)
    assert "quick capture" in picker.status.text()
    assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
    picker.close()


def test_import_wizard_before_a_file_says_what_to_do(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    wizard.show()
    empty = wizard.findChild(type(wizard.pages.currentWidget()), "import-empty-state")
    assert wizard.pages.currentWidget() is empty
    texts = " ".join(label.text() for label in empty.findChildren(type(wizard.info)))
    for word in ("Drop a file here", "CSV", "Excel (XLSX)", "vCard", "LinkedIn", "*.vcf"):
        assert word in texts, word
    assert wizard.choose_button.isVisible()
    # A file chosen (here, as a drop would), the panes replace the empty state.
    path = tmp_path / "people.csv"
    path.write_text("First name,Last name,Email\nAda,Lovelace,ada@example.org\n")
    wizard.load(path)
    assert wizard.pages.currentWidget() is wizard.splitter
    assert wizard.preview_table.rowCount() == 1
    wizard.close()


def test_import_wizard_takes_a_dropped_file(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from ui.dialogs.import_wizard import ImportWizard

    path = tmp_path / "people.csv"
    path.write_text("First name,Last name\nAda,Lovelace\n")
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(event)
    assert wizard.path == path and wizard.pages.currentWidget() is wizard.splitter
    wizard.close()


def test_an_empty_page_gives_the_message_the_whole_width(empty_window) -> None:  # type: ignore[no-untyped-def]
    page = empty_window.page("contacts")
    assert page.table_stack.currentWidget() is page.empty
    assert page.detail.isHidden()


def test_screenshot_of_a_page_at_a_size(demo_db, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from tests.conftest import run_cli

    out = tmp_path / "followups.png"
    done = run_cli("--screenshot", str(out), "--page", "followups", "--size", "1280x720",
                   db=db_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    bad = run_cli("--screenshot", str(out), "--page", "nope", db=db_path)
    assert bad.returncode == 2 and "followups" in bad.stderr
    bad = run_cli("--screenshot", str(out), "--size", "big", db=db_path)
    assert bad.returncode == 2 and "1366x768" in bad.stderr
