"""A read-only table model that loads its rows from the database a page at a time.

The first page is one ``LIMIT`` query, so a table of 100,000 rows shows at once; further pages
come as the view scrolls (``canFetchMore``/``fetchMore``). Sorting is a sort key handed to the
service, which sorts in SQL. Display strings are computed once per row when a page arrives,
so ``data()`` is a list lookup. The total is counted separately, off the GUI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication

from ui.operations import Operation, show_error

R = TypeVar("R")
PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how a row shows in it, and the service sort key (if any)."""

    title: str
    text: Callable[[R], str]
    sort: str | None = None
    width: int = 140


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``columns`` and implement ``fetch(offset, limit)`` and ``count()``."""

    count_changed = Signal(int)
    reloaded = Signal()
    page_added = Signal()

    def __init__(self, columns: Sequence[Column[R]], *, sort: str, parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.sort_key = sort
        self.descending = False
        self._rows: list[R] = []
        self._cells: list[tuple[str, ...]] = []
        self._more = False
        self._generation = 0
        self.total: int | None = None
        self.loaded = False  # nothing is read before the page is first shown
        self._fetching = False

    # --- what subclasses provide ---------------------------------------------------------

    def fetch(self, offset: int, limit: int) -> list[R]:
        """One page of rows, sorted by ``self.sort_key``/``self.descending`` in SQL."""
        raise NotImplementedError

    def count(self) -> int:
        """How many rows the whole table has (called on a worker thread)."""
        raise NotImplementedError

    def row_id(self, row: R) -> uuid.UUID:
        return row.id  # type: ignore[attr-defined]

    # --- loading -------------------------------------------------------------------------

    def reload(self, *, background: bool = False) -> None:
        """Drop what is loaded and read the first page again (on a worker thread when
        ``background``: a re-sort of a big table must not freeze the window); ``reloaded``
        is emitted once the rows are in. The total is always counted in the background."""
        self.loaded = True
        self._generation += 1
        generation = self._generation
        if not background:
            self._reset(generation, self.fetch(0, PAGE_SIZE))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def done(rows: list[R]) -> None:
            QApplication.restoreOverrideCursor()
            self._reset(generation, rows)

        def failed(error: Exception) -> None:
            QApplication.restoreOverrideCursor()
            show_error(None, error)

        Operation(self, lambda: self.fetch(0, PAGE_SIZE)).success(done).failure(failed).run()

    def _reset(self, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return  # a later reload is on its way
        self.beginResetModel()
        self._rows, self._cells, self._more = [], [], False
        self._append(rows)
        self.endResetModel()
        self.total = None
        if not self._more:
            self.total = len(self._rows)
            self.count_changed.emit(self.total)
        else:
            Operation(self, self.count).success(
                lambda total: self._counted(generation, total)).failure(lambda _e: None).run()
        self.reloaded.emit()

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:  # a later reload has already started a new count
            self.total = total
            self.count_changed.emit(total)

    def _append(self, rows: list[R]) -> None:
        self._rows.extend(rows)
        self._cells.extend(tuple(c.text(r) for c in self.columns) for r in rows)
        self._more = len(rows) == PAGE_SIZE

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The next page, read on a worker thread (a page deep in a big table sorted on a
        column without an index can take seconds); ``page_added`` says when it is in."""
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)

        def arrived(rows: list[R]) -> None:
            self._fetching = False
            if generation != self._generation or offset != len(self._rows):
                return  # reloaded meanwhile: these rows belong to an older order
            if not rows:
                self._more = False
            else:
                self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
                self._append(rows)
                self.endInsertRows()
            self.page_added.emit()

        def failed(error: Exception) -> None:
            self._fetching = False
            show_error(None, error)

        Operation(self, lambda: self.fetch(offset, PAGE_SIZE)).success(arrived).failure(
            failed).run()

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = index.row()
            if 0 <= row < len(self._cells) and 0 <= index.column() < len(self.columns):
                return self._cells[row][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        key, descending = self.columns[column].sort, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the view announcing the current order: no query
        self.sort_key, self.descending = key, descending  # type: ignore[assignment]
        if self.loaded:
            self.reload(background=True)

    def sort_column(self) -> int:
        """The column that shows the current sort key (-1 if none does)."""
        for number, column in enumerate(self.columns):
            if column.sort == self.sort_key:
                return number
        return -1

    # --- rows ----------------------------------------------------------------------------

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: uuid.UUID) -> int:
        """The position of the loaded row with this id, or -1."""
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return -1
