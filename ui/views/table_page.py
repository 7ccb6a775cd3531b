"""A page made of a paged table and a detail pane whose links navigate."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm.errors import NotFoundError
from ui.models.paged import PagedTableModel
from ui.operations import affects, hub

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class RecordTable(QTableView):
    """A table whose Enter key opens the selected row (as a double-click does)."""

    def __init__(self, page: TablePage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.page.edit_selected()
            return
        super().keyPressEvent(event)


class TablePage(QWidget):
    """Subclasses set ``kinds`` (changes that concern them) and implement ``detail_html``."""

    kinds: tuple[str, ...] = ()

    def __init__(self, window: MainWindow, model: PagedTableModel):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.model = model
        self.current_id: uuid.UUID | None = None
        self._stale = True

        self.table = RecordTable(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for number, column in enumerate(model.columns):
            self.table.setColumnWidth(number, column.width)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.empty = QLabel()
        self.empty.setObjectName("empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.detail.setMinimumWidth(300)

        splitter = QSplitter()
        splitter.addWidget(self.table_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        model.count_changed.connect(self._count_changed)
        hub().changed.connect(self._changed)

    # --- for subclasses ------------------------------------------------------------------

    def detail_html(self, row_id: uuid.UUID) -> str:
        raise NotImplementedError

    def empty_text(self, searching: bool) -> str:
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def searching(self) -> bool:
        return False

    def edit_selected(self) -> None:
        """Open the editor of the selected row (Enter, double-click)."""

    # --- the page protocol ---------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the database, keeping the selected row when it is still there."""
        self._stale = False
        keep = self.current_id
        self.model.reload()
        self._show_table_or_empty()
        if keep is not None:
            self.select_id(keep)
        else:
            self.show_detail(None)

    def _changed(self, kinds: frozenset[str]) -> None:
        if not affects(kinds, *self.kinds):
            return
        if self.isVisible() or self.window_.stack.currentWidget() is self:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # --- selection and detail ------------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return self.model.row_id(row) if row is not None else None

    def select_id(self, row_id: uuid.UUID) -> None:
        """Select the row with this id if loaded; the detail pane shows it in any case."""
        number = self.model.row_of(row_id)
        if number >= 0:
            index = self.model.index(number, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
        self.show_detail(row_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.show_detail(self.model.row_id(row))

    def show_detail(self, row_id: uuid.UUID | None) -> None:
        self.current_id = row_id
        if row_id is None:
            self.detail.setHtml(self.no_selection_html())
            return
        try:
            self.detail.setHtml(self.detail_html(row_id))
        except NotFoundError:
            self.current_id = None
            self.detail.setHtml(self.no_selection_html())

    def no_selection_html(self) -> str:
        return f"<p>{self.tr('Select a row to see its details here.')}</p>"

    def _link(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "contact":
            self.window_.show_contact(target)
        elif scheme == "company":
            self.window_.show_company(target)
        elif scheme == "session":
            self.window_.show_session(target)
        elif scheme == "action":
            self.detail_action(target)
        else:
            QDesktopServices.openUrl(url)

    def detail_action(self, name: str) -> None:
        """A link like ``action:edit`` in the detail pane."""

    def _show_table_or_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty.setText(self.empty_text(self.searching()))
        self.table_stack.setCurrentWidget(self.empty if empty else self.table)

    def _count_changed(self, total: int) -> None:
        if self.window_.stack.currentWidget() is self:
            self.window_.count_label.setText(self.count_text(total))
