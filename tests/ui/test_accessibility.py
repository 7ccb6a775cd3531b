"""Screen readers and the keyboard: every interactive widget of every page and dialog has a
name a screen reader can say, every menu entry a mnemonic, and no two Alt+letter mnemonics of
one window collide (Qt would then cycle between them instead of acting)."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from crm.services.contacts import list_contacts
from crm.services.followups import list_followups
from crm.services.interactions import log_interaction
from crm.services.missions import list_missions
from crm.services.sessions import list_sessions

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit)
# Parts Qt builds inside a widget (a combo box's line edit, a spin box's arrows, a line
# edit's clear button, a tab bar's scroll arrows ...): the outer widget carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget, QScrollBar, QTabBar, QLineEdit,
              QHeaderView, QToolBar, QMenuBar)


def qt_internal(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QDockWidget):
        return True  # the dock's own float/close buttons
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def buddy_labels(root: QWidget) -> dict[int, QLabel]:
    return {id(label.buddy()): label for label in root.findChildren(QLabel)
            if label.buddy() is not None and label.text().strip()}


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, else the text Qt's
    accessibility layer derives (a button's text, a sibling label that is its buddy)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Focusable interactive widgets under ``root`` with neither a name nor a buddy label."""
    labelled = buddy_labels(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or qt_internal(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.isHidden() and not isinstance(widget.parentWidget(), QStackedWidget):
            continue  # hidden for good here (a stacked page is only hidden until shown)
        if spoken_name(widget) or id(widget) in labelled:
            continue
        text = getattr(widget, "text", lambda: "")()
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r} in "
                       f"{type(widget.window()).__name__}")
    return missing


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys that two visible buttons or buddy labels of ``root`` both claim."""
    owners: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or (qt_internal(widget) and not isinstance(
                widget.parentWidget(), QToolBar)):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                                   and widget.buddy() is not None):
            key = mnemonic(widget.text())
            if key:
                owners.setdefault(key, []).append(widget.text())
    if isinstance(root, QWidget) and root.findChild(QMenuBar) is not None:
        for action in root.findChild(QMenuBar).actions():
            key = mnemonic(action.text())
            if key and action.isVisible():
                owners.setdefault(key, []).append(action.text())
    return [f"Alt+{key.upper()}: {texts}" for key, texts in owners.items() if len(texts) > 1]


def describe(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {what}" for where, items in problems.items() for what in items)


def test_every_page_of_the_window_is_named_and_its_mnemonics_are_unique(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(10)
        found = unnamed(window.stack.currentWidget()) + mnemonic_clashes(window)
        if found:
            problems[window.current_page_key()] = found
    outside = unnamed(window)  # the navigation, the search field, the toolbar, the panel
    if outside:
        problems["window"] = outside
    assert problems == {}, describe(problems)


def test_every_menu_entry_has_a_mnemonic_unique_in_its_menu(window) -> None:  # type: ignore[no-untyped-def]
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions() if a.isVisible()]
    assert all(mnemonic(t) for t in titles), titles
    assert len({mnemonic(t) for t in titles}) == len(titles), titles

    def walk(menu: QMenu) -> Iterator[QMenu]:
        yield menu
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())

    for top in bar.actions():
        for menu in walk(top.menu()):
            entries = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert all(mnemonic(t) for t in entries), (menu.title(), entries)
            counts = Counter(mnemonic(t) for t in entries)
            assert [k for k, n in counts.items() if n > 1] == [], (menu.title(), entries)


def _dialogs(window, tmp_path: Path) -> Iterator[QDialog]:  # type: ignore[no-untyped-def]
    """One instance of every dialog of the app, over the demo data."""
    from ui.dialogs.contact_editor import ContactEditor
    from ui.dialogs.contact_picker import ContactPickerDialog
    from ui.dialogs.draft_email import DraftEmailDialog
    from ui.dialogs.editors import (
        CompanyEditor,
        EncounterEditor,
        FollowUpEditor,
        InteractionEditor,
        MissionEditor,
        SessionEditor,
    )
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.merge_dialog import MergeDialog
    from ui.dialogs.passphrase import PassphraseDialog
    from ui.dialogs.privacy import RetentionDialog
    from ui.dialogs.quick_capture import QuickCaptureDialog
    from ui.dialogs.settings import SettingsDialog
    from ui.dialogs.shortcuts import KeyboardShortcutsDialog
    from ui.features.duplicates import DuplicatesDialog
    from ui.features.sync import ConflictsDialog, SyncDialog

    db = window.db
    contacts = db.read(list_contacts)
    first, second = contacts[0].id, contacts[1].id
    followup = db.read(list_followups)[0]
    session = db.read(list_sessions)[0]
    mission = db.read(list_missions)[0]
    interaction = db.write(log_interaction, contact_id=first, summary="Hi")
    yield QuickCaptureDialog(db, window)
    yield ContactEditor(db, window, first)
    yield ContactEditor(db, window)
    yield CompanyEditor(db, window)
    yield MissionEditor(db, window, mission.id)
    yield SessionEditor(db, window, session.id)
    yield FollowUpEditor(db, window, followup_id=followup.id)
    yield FollowUpEditor(db, window, contact_id=first)
    yield InteractionEditor(db, window, interaction_id=interaction.id)
    yield EncounterEditor(db, window, contact_id=first)
    yield DraftEmailDialog(db, window, followup_id=followup.id)
    yield ExportDialog(db, window)
    yield ImportWizard(db, window)
    yield MergeDialog(db, window, first, second)
    yield PassphraseDialog(tmp_path / "x.db", "new", window)
    yield PassphraseDialog(tmp_path / "x.db", "open", window)
    yield RetentionDialog(db, window)
    yield SettingsDialog(window)
    yield DuplicatesDialog(window)
    yield SyncDialog(db, window)
    yield ConflictsDialog(db, window)
    yield KeyboardShortcutsDialog(window)
    yield ContactPickerDialog(db, window)


def test_every_dialog_names_its_widgets(window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems, checked = {}, 0
    for dialog in _dialogs(window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        found = unnamed(dialog) + mnemonic_clashes(dialog)
        if found:
            problems[f"{checked} {type(dialog).__name__}"] = found
        dialog.close()
        checked += 1
    assert problems == {}, describe(problems)
    assert checked >= 20


def test_the_date_picker_is_named(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ui.views.followups import pick_date

    seen: list[QDialog] = []

    def record(dialog: QDialog) -> int:
        seen.append(dialog)
        assert unnamed(dialog) == []
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", record)
    assert pick_date(window, "Snooze until", date(2022, 6, 20)) is None
    assert len(seen) == 1


@pytest.mark.parametrize("name", ["first_name", "email"])
def test_a_form_field_is_read_with_its_label(window, name: str) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.contact_editor import ContactEditor

    editor = ContactEditor(window.db, window, uuid.UUID(str(window.db.read(list_contacts)[0].id)))
    field = editor.fields[name]
    assert spoken_name(field).rstrip(":") in ("First name", "Email")
    editor.close()


def test_a_label_mnemonic_focuses_its_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+J in the contact editor goes to the job title: the label's buddy is the field, not
    the box that holds it with its error line (which cannot take the focus)."""
    from ui.dialogs.contact_editor import ContactEditor

    editor = ContactEditor(window.db, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.first_name.setFocus()
    qtbot.keyClick(editor.first_name, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert editor.job_title.hasFocus()
    editor.close()
