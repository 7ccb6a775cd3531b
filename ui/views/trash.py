"""The trash page: what was deleted (contacts, companies, sessions), and Restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm.services.trash import TrashRow, count_trash, list_trash, restore_from_trash
from ui.format import local_datetime
from ui.i18n import translate
from ui.operations import Operation, hub
from ui.views.reloading import ReloadsOnChange
from ui.views.table_page import empty_state_label

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The change kind (ui.operations) of each kind of row the trash holds.
_PLURAL = {"contact": "contacts", "company": "companies", "session": "sessions"}
KINDS = tuple(_PLURAL.values())


class _TrashList(QTreeWidget):
    """The rows; Enter restores the selected one (as Enter edits in the other lists)."""

    def __init__(self, page: TrashPage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selectedItems():
            self.page.restore_selected()
            return
        super().keyPressEvent(event)


class TrashPage(ReloadsOnChange, QWidget):
    """``window.page("trash")``: the deleted rows, the latest first; Restore puts the selected
    one back where it was."""

    kinds = KINDS

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.rows: list[TrashRow] = []
        self._search = ""

        self.list = _TrashList(self)
        self.list.setObjectName("trash-list")
        self.list.setAccessibleName(self.tr("Trash"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("What"), self.tr("Detail"),
                                   self.tr("Deleted")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.empty = empty_state_label()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restore-button")
        self.restore_button.setToolTip(self.tr("Put the selected row back where it was "
                                               "(Enter)"))
        self.restore_button.clicked.connect(self.restore_selected)
        # Erasing a person for good is the privacy feature's (its questions and warnings).
        self._erase = getattr(getattr(window, "privacy", None), "erase", None)
        self.erase_button = QPushButton(self.tr("Erase &permanently…"))
        self.erase_button.setObjectName("erase-button")
        self.erase_button.setToolTip(self.tr("Remove the selected person and everything about "
                                             "them for good (GDPR)"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.erase_button.setVisible(self._erase is not None)
        hint = QLabel(self.tr("Deleted contacts, companies and sessions stay here until you "
                              "restore them. A person can also be erased for good from here."))
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        hub().changed.connect(self._changed)
        self._update_button()

    # --- Page protocol (ui.main_window) -------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self.rows = self.db.read(list_trash)
        self._fill()

    def set_search(self, text: str) -> None:
        self._search = text.strip().casefold()
        self._fill()

    def search_placeholder(self) -> str:
        return self.tr("Search the trash by name (Ctrl+F)")

    # --- restoring ------------------------------------------------------------------------

    def selected_row(self) -> TrashRow | None:
        items = self.list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        db = self.db

        def restored(_result: object) -> None:
            self.window_.status_message(self.tr("Restored {name}.").format(name=row.name))

        Operation(self, lambda: db.write(restore_from_trash, row.kind, row.id),
                  changes={_PLURAL[row.kind]}).success(restored).run()

    def erase_selected(self) -> None:
        """Erase the selected person for good (asks first; see ui.features.privacy)."""
        row = self.selected_row()
        if row is not None and row.kind == "contact" and self._erase is not None:
            self._erase(row.id, row.name)

    # --- internals -------------------------------------------------------------------------

    def _kind_label(self, kind: str) -> str:
        return {"contact": self.tr("Contact"), "company": self.tr("Company"),
                "session": self.tr("Session")}[kind]

    def _fill(self) -> None:
        shown = [r for r in self.rows if self._search in r.name.casefold()]
        self.list.clear()
        for row in shown:
            item = QTreeWidgetItem([row.name, self._kind_label(row.kind), row.detail or "",
                                    local_datetime(row.deleted_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            self.list.addTopLevelItem(item)
        if shown:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
        if not self.rows:
            self.empty.setText(self.tr("The trash is empty. What you delete lands here, "
                                       "and can be restored."))
        else:
            self.empty.setText(self.tr("Nothing in the trash matches “{query}”.").format(
                query=self._search))
        self.stack.setCurrentWidget(self.list if shown else self.empty)
        self.window_.set_page_title("trash", title(len(self.rows), self))
        if self.isVisible():
            self.window_.count_label.setText(self.tr("%n in the trash", "", len(self.rows)))
        self._update_button()

    def _update_button(self) -> None:
        row = self.selected_row()
        self.restore_button.setEnabled(row is not None)
        self.erase_button.setEnabled(row is not None and row.kind == "contact")

    def changed_while_hidden(self) -> None:
        update_title(self.window_)


def title(count: int, context: QWidget) -> str:
    """The navigation entry: "Trash", or "Trash (3)" when it holds something."""
    if count:
        return translate("TrashPage", "Trash ({count})").format(count=count)
    return translate("TrashPage", "Trash")


def update_title(window: MainWindow) -> None:
    """Count what is in the trash, off the GUI thread, into the navigation entry."""
    db = window.db
    page = window.page("trash")
    Operation(page, lambda: db.read(count_trash)).success(
        lambda count: window.set_page_title("trash", title(count, page))).run()
