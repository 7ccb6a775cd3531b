"""Choose a contact by typing part of a name, company or email (a follow-up is about someone)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm.db import Database
from crm.services.contacts import ContactFilter, count_contacts, list_contacts
from ui.format import person_name

MATCH_LIMIT = 50  # a few screens of names; typing more narrows it
SEARCH_DELAY_MS = 120


class ContactPickerDialog(QDialog):
    """Type to narrow, arrows to move, Enter to pick; ``picked_id`` is the choice."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 title: str | None = None, preselect: uuid.UUID | None = None):
        super().__init__(parent)
        self.db = db
        self.picked_id: uuid.UUID | None = None
        self._preselect = preselect
        self.setObjectName("contact-picker")
        self.setWindowTitle(title or self.tr("Choose a contact"))
        self.resize(460, 420)

        self.search = QLineEdit()
        self.search.setObjectName("contact-search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, company or email"))
        caption = QLabel(self.tr("&Who is it about?"))
        caption.setBuddy(self.search)
        self.list = QListWidget()
        self.list.setObjectName("contact-matches")
        self.list.setAccessibleName(self.tr("Matching contacts"))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.installEventFilter(self)
        self.list.currentRowChanged.connect(lambda _row: self._update_ok())
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        """List the contacts matching what is typed (the first few when nothing is)."""
        self._timer.stop()
        flt = ContactFilter(search=self.search.text().strip())

        def load(session):  # type: ignore[no-untyped-def]
            return list_contacts(session, flt, limit=MATCH_LIMIT), count_contacts(session, flt)

        rows, total = self.db.read(load)
        self.list.clear()
        for row in rows:
            # A person kept without a name reads "(no name) ann@x.com", not a blank row.
            name = person_name(row.first_name, row.last_name, row.email, row.phone)
            text = f"{name} — {row.company}" if row.company else name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            self.list.addItem(item)
            if row.id == self._preselect:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and rows:
            self.list.setCurrentRow(0)
        if total == 0 and not flt.search:
            self.status.setText(self.tr("There are no contacts yet. A follow-up is about "
                                        "someone: log them first with quick capture (Ctrl+N)."))
        elif total == 0:
            self.status.setText(self.tr("No contact matches “{query}”.").format(
                query=flt.search))
        elif total > len(rows):
            self.status.setText(self.tr("The first {shown} of {total}: type more to narrow.")
                                .format(shown=len(rows), total=total))
        else:
            self.status.setText("")
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.list.currentItem() is not None)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        # Up and Down in the search field move through the matches: no need to leave it.
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self._timer.isActive():
            self.refresh()  # Enter typed right after the name: pick from what was typed
        item = self.list.currentItem()
        if item is None:
            return
        self.picked_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
