"""Help ▸ Keyboard shortcuts: every action of the window with its keys, read from the actions
themselves (so the list cannot drift from what the keys do), and a field to search it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def plain(text: str) -> str:
    """A menu text without its mnemonic marks: "&Quick capture…" -> "Quick capture…"."""
    return re.sub(r"&(.)", r"\1", text)


def mnemonic_key(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


@dataclass(frozen=True)
class ShortcutEntry:
    """One action: where it is, what it is called, its keys and its way through the menus."""

    menu: str
    action: str
    keys: str  # the shortcuts as the platform writes them, "" when none
    menu_path: str  # "Alt+F, P" (the mnemonics), "" when a mnemonic is missing on the way
    action_ref: QAction


def _menu_path(path: list[str]) -> str:
    keys = [mnemonic_key(text) for text in path]
    if not keys or None in keys:
        return ""
    return ", ".join([f"Alt+{keys[0]}", *keys[1:]])  # type: ignore[list-item]


def _walk(menu: QMenu, path: list[str]) -> Iterator[tuple[list[str], QAction]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            yield from _walk(action.menu(), [*path, action.text()])
        else:
            yield [*path, action.text()], action


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action of the window's menus (and window-wide actions outside them, such as the
    View menu's page keys), in menu order."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        if top.menu() is None or not top.isVisible():
            continue
        for path, action in _walk(top.menu(), [top.text()]):
            seen.add(id(action))
            entries.append(ShortcutEntry(
                menu=" ▸ ".join(plain(p) for p in path[:-1]), action=plain(action.text()),
                keys=keys_text(action), menu_path=_menu_path(path), action_ref=action))
    for action in window.findChildren(QAction):
        if id(action) not in seen and action.shortcuts() and action.text():
            entries.append(ShortcutEntry(menu="", action=plain(action.text()),
                                         keys=keys_text(action), menu_path="",
                                         action_ref=action))
    return entries


def keys_text(action: QAction) -> str:
    """The action's keys as the user's platform writes them: "Ctrl+N", "F1, Ctrl+/"."""
    # Keys of special keyboards (the "New", "Help", "Open" keys Qt adds to standard
    # shortcuts) are not worth a word: told apart by their key code, not by their name, which
    # the user's language may write in letters only ("Verwijderen" is the Delete key).
    keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            if not _special_key(key)]
    return ", ".join(k for k in keys if k)


def _special_key(sequence: QKeySequence) -> bool:
    """A one-key sequence of a key most keyboards lack (Help, New, Open, media keys)."""
    if sequence.count() != 1:
        return False
    combination = sequence[0]
    return (combination.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
            and combination.key().value >= Qt.Key.Key_Help.value)


class KeyboardShortcutsDialog(QDialog):
    """The window's actions and their keys; typing filters the list."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("keyboard-shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = shortcut_entries(window)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"),
                                              self.tr("Through the menus")])
        for entry in self.entries:
            where = f"{entry.menu} ▸ {entry.action}" if entry.menu else entry.action
            cells = [QStandardItem(where), QStandardItem(entry.keys or "—"),
                     QStandardItem(entry.menu_path or "—")]
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        self.filter = QSortFilterProxyModel(self)
        self.filter.setSourceModel(self.model)
        self.filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.setFilterKeyColumn(-1)  # the action, its keys or its menu path

        self.search = QLineEdit()
        self.search.setObjectName("shortcut-search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type an action or a key, e.g. export or Ctrl"))
        self.search.textChanged.connect(self.filter.setFilterFixedString)
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.search, 1)

        self.table = QTableView()
        self.table.setObjectName("shortcut-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Wide enough for the longest action of the user's language, whole ("Extra ▸
        # Contacten die al een tijd niet bijgewerkt zijn…"), within the screen.
        self.table.resizeColumnsToContents()
        needed = (sum(header.sectionSize(column) for column in range(3))
                  + self.table.verticalScrollBar().sizeHint().width()
                  + 2 * self.table.frameWidth() + 2 * 12)
        screen = self.screen().availableGeometry().width() if self.screen() else 1366
        self.resize(min(max(620, needed), screen - 40), 560)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        hint = QLabel(self.tr("In lists: Enter opens the selected row, Delete moves it to the "
                              "trash; on the Follow-ups page Space marks it done. In quick "
                              "capture, Ctrl+Enter saves and starts the next person."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.search.setFocus()

    def shown_actions(self) -> list[str]:
        """The "Action" column as filtered now."""
        return [self.filter.index(row, 0).data() for row in range(self.filter.rowCount())]
