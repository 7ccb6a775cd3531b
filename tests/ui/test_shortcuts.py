"""Shortcuts: no key does two things (Qt then reports an ambiguous shortcut and does
neither), none takes a key Qt's own widgets use for editing, and Help ▸ Keyboard shortcuts
lists them all from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from ui.dialogs.shortcuts import KeyboardShortcutsDialog, plain, shortcut_entries

# Keys the text fields, lists and tabs of any window act on by themselves.
EDITING_KEYS = [key for key in QKeySequence.StandardKey if key.name.startswith((
    "Move", "Select", "Delete", "Insert")) or key.name in (
    "Copy", "Cut", "Paste", "Undo", "Redo", "Back", "Forward", "Backspace", "Cancel",
    "NextChild", "PreviousChild", "Deselect")]


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from menu_actions(action.menu())


def every_action(window) -> list[QAction]:  # type: ignore[no-untyped-def]
    """The window's actions, those of its menus and of its pages, each once."""
    found = {id(a): a for a in window.findChildren(QAction)}
    for top in window.menuBar().actions():
        found.setdefault(id(top), top)
        if top.menu() is not None:
            for action in menu_actions(top.menu()):
                found.setdefault(id(action), action)
    return list(found.values())


def keys_of(action: QAction) -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()
            if not k.isEmpty()]


def test_no_two_actions_share_a_shortcut(window) -> None:  # type: ignore[no-untyped-def]
    owners: dict[str, list[str]] = {}
    for action in every_action(window):
        for key in keys_of(action):
            owners.setdefault(key, []).append(plain(action.text()) or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        owners.setdefault(key, []).append(f"QShortcut {shortcut.objectName()}")
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    # The two that shared Ctrl+Shift+E each have their own key now.
    assert keys_of(window.draft_action) == ["Ctrl+Shift+E"]
    export = next(a for a in every_action(window) if a.objectName() == "export")
    assert keys_of(export) == ["Ctrl+E"]


def test_no_shortcut_takes_a_key_the_widgets_edit_with(window) -> None:  # type: ignore[no-untyped-def]
    """A window shortcut on Ctrl+C, Ctrl+Left, Backspace ... would fight every text field;
    an action may hold a standard key only when it is that very action (Undo on Ctrl+Z)."""
    taken = []
    for action in every_action(window):
        own = action.property("standard_key")
        for key in action.shortcuts():
            for standard in EDITING_KEYS:
                if key in QKeySequence.keyBindings(standard) and standard.name != own:
                    taken.append(f"{plain(action.text())}: {key.toString()} is {standard.name}")
    assert taken == []


def test_common_actions_have_their_usual_keys(window) -> None:  # type: ignore[no-untyped-def]
    keys = {plain(a.text()): keys_of(a) for a in every_action(window)}
    assert "Ctrl+N" in keys["Quick capture…"]
    assert "Ctrl+Q" in keys["Quit"]  # the platform's Quit key, or Ctrl+Q where it has none
    assert "Ctrl+F" in keys["Find"]
    assert {"F1", "Ctrl+/"} <= set(keys["Keyboard shortcuts…"])


def test_file_menu_ends_with_settings_then_quit(window) -> None:  # type: ignore[no-untyped-def]
    actions = window.menu("File").actions()
    texts = [plain(a.text()) if not a.isSeparator() else "--" for a in actions]
    assert texts[-1] == "Quit" and texts[-2] == "--" and texts[-3] == "Settings…"
    assert texts[0] == "Quick capture…"
    for later in ("Sync with team server…", "Back Up Database…", "Restore from Backup…",
                  "Encrypt Database…", "Save Recovery Key…", "Mission report (PDF)…"):
        assert texts.index(later) < texts.index("Quit"), later
    # Single separators between groups, none at either end.
    assert "--" not in (texts[0], texts[-1])
    assert all(not (a == b == "--") for a, b in pairwise(texts))


def test_keyboard_shortcuts_dialog_lists_every_action_and_searches(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.shortcuts_action.trigger()
    dialog = window.findChild(KeyboardShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    listed = {plain(e.action_ref.text()) for e in dialog.entries}
    in_menus = {plain(a.text()) for top in window.menuBar().actions() if top.isVisible()
                for a in menu_actions(top.menu()) if not a.isSeparator() and not a.menu()
                and a.isVisible()}
    assert in_menus <= listed
    assert dialog.filter.rowCount() == len(dialog.entries) >= 25
    # Every row says how to reach it: a shortcut, or the menu mnemonics.
    for entry in dialog.entries:
        assert entry.keys or entry.menu_path, entry.action
    draft = next(e for e in dialog.entries if e.action == "Draft email…")
    assert draft.menu == "Tools" and draft.keys == "Ctrl+Shift+E"
    assert draft.menu_path == "Alt+T, E"

    qtbot.keyClicks(dialog.search, "export")
    assert dialog.shown_actions() == ["File ▸ Export…", "Tools ▸ Export Personal Data (GDPR)…"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+shift+e")
    assert dialog.shown_actions() == ["Tools ▸ Draft email…"]


def test_the_list_follows_the_actions(window) -> None:  # type: ignore[no-untyped-def]
    """Not a written list: a key changed on an action shows in the dialog."""
    window.draft_action.setShortcut("Ctrl+Alt+M")
    draft = next(e for e in shortcut_entries(window) if e.action == "Draft email…")
    assert draft.keys == QKeySequence("Ctrl+Alt+M").toString(
        QKeySequence.SequenceFormat.NativeText)


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)])
def test_f1_or_ctrl_slash_opens_the_shortcuts(window, qtbot, key, modifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, key, modifier=modifier)
    qtbot.waitUntil(lambda: window.findChild(KeyboardShortcutsDialog) is not None)
    dialog = window.findChild(KeyboardShortcutsDialog)
    assert dialog.search.hasFocus() or dialog.isVisible()
    dialog.close()


def test_keys_named_in_letters_are_listed_and_special_keyboard_keys_are_not(qapp) -> None:  # type: ignore[no-untyped-def]
    """Delete reads "Del" ("Entf", "Suppr" in other languages: letters only) and stays; the
    New key some keyboards have, which Qt adds to Ctrl+N, is left out."""
    from ui.dialogs.shortcuts import keys_text

    action = QAction("Delete")
    action.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Escape)])
    assert keys_text(action) == "Del, Esc"
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.New))
    assert keys_text(action) == "Ctrl+N"
