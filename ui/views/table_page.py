"""A page made of a paged table and a detail pane whose links navigate."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm.errors import NotFoundError
from crm.services.common import restore, trash
from ui.i18n import translate
from ui.models.paged import PagedTableModel
from ui.operations import Operation, hub
from ui.views.reloading import ReloadsOnChange

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def follow_link(window: MainWindow, url: QUrl,
                on_action: Callable[[str, str], None] | None = None) -> None:
    """Navigate for contact:/company:/session: links, hand other app links to ``on_action``,
    open web, mail and phone links outside."""
    scheme, target = url.scheme(), url.path()
    if scheme == "contact":
        window.show_contact(target)
    elif scheme == "company":
        window.show_company(target)
    elif scheme == "session":
        window.show_session(target)
    elif scheme in ("action", "followup", "interaction"):
        if on_action is not None:
            on_action(scheme, target)
    else:
        QDesktopServices.openUrl(url)


def trash_with_undo(parent: QWidget, window: MainWindow, model: type, row_id: uuid.UUID,
                    name: str, what: str, kinds: set[str],
                    after: Callable[[], None] | None = None) -> None:
    """Ask, move the row to the trash off the GUI thread, then offer Undo in the status bar."""
    answer = QMessageBox.question(
        parent, translate("TablePage", "Delete {what}").format(what=what),
        translate("TablePage", "Move {name} to the trash? You can undo this.").format(name=name))
    if answer != QMessageBox.StandardButton.Yes:
        return
    db = window.db

    def restored(_result: object) -> None:
        window.status_message(translate("TablePage", "Restored {name}.").format(name=name))

    def undo() -> None:
        Operation(parent, lambda: db.write(restore, model, row_id),
                  changes=kinds).success(restored).run()

    def deleted(_result: object) -> None:
        if after is not None:
            after()
        window.offer_undo(translate("TablePage", "Deleted {name}.").format(name=name), undo)

    Operation(parent, lambda: db.write(trash, model, row_id),
              changes=kinds).success(deleted).run()



def fit_title(view: QTreeView | QTableView, column: int, width: int) -> None:
    """Set ``column`` to ``width``, or wider when its title needs it (French and Dutch titles
    are longer than the English the width was chosen for)."""
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    view.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(title)
                                    + TITLE_PADDING))


def empty_state_label() -> QLabel:
    """The centred message a page shows in place of a list that has no rows."""
    empty = QLabel()
    empty.setObjectName("empty-state")
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    # The empty state can quote the user's search: never read it as markup.
    empty.setTextFormat(Qt.TextFormat.PlainText)
    return empty


def list_beside_detail(page: QWidget, records: QWidget, on_link: Callable[[QUrl], None],
                       ) -> tuple[QLabel, QStackedWidget, QTextBrowser]:
    """Lay out a list page: the records (or, when there are none, an empty-state label in
    their place) beside a detail pane whose links call ``on_link``."""
    empty = empty_state_label()
    stack = QStackedWidget()
    stack.addWidget(records)
    stack.addWidget(empty)

    detail = QTextBrowser()
    detail.setObjectName("detail")
    detail.setAccessibleName(translate("TablePage", "Details"))
    detail.setOpenLinks(False)
    detail.anchorClicked.connect(on_link)
    detail.setMinimumWidth(260)

    splitter = QSplitter()
    splitter.addWidget(stack)
    splitter.addWidget(detail)
    # The records get the room first: at 1366 px an email and a job title read whole.
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([920, 280])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return empty, stack, detail

TITLE_PADDING = 2 * 4 + 20  # a header section's margins and its sort arrow


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

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Share the width among the columns by their preferred widths: every column stays in
        # view without measuring contents (ResizeToContents reads every row: too slow).
        super().resizeEvent(event)
        self._fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport narrows without the table resizing when the vertical scroll bar
        # appears (the rows arrived): fit again, or the last column would overflow.
        if event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().viewportEvent(event)

    def _fit_columns(self) -> None:
        columns = self.page.model.columns
        total = sum(c.width for c in columns)
        available = self.viewport().width()
        if not total or available <= 0:
            return
        header = self.horizontalHeader()
        # No column narrower than its title and the sort arrow; what that costs comes out of
        # the columns with the most room to spare, so the last one still fits in view.
        least = [max(header.minimumSectionSize(),
                     header.fontMetrics().horizontalAdvance(c.title) + TITLE_PADDING)
                 for c in columns]
        widths = [max(low, c.width * available // total) for low, c in zip(least, columns,
                                                                             strict=True)]
        excess = sum(widths) - available
        while excess > 0:
            spare = max(range(len(widths)), key=lambda n: widths[n] - least[n])
            if widths[spare] <= least[spare]:
                break
            cut = min(excess, widths[spare] - least[spare])
            widths[spare] -= cut
            excess -= cut
        # The last column takes what rounding left (a stretched last section would keep a
        # minimum of its own and overflow by a few pixels).
        widths[-1] = max(least[-1], available - sum(widths[:-1]))
        for number, width in enumerate(widths):
            self.setColumnWidth(number, width)


class TablePage(ReloadsOnChange, QWidget):
    """Subclasses set ``kinds`` (changes that concern them) and implement ``detail_html``."""

    # The row shown in the detail pane changed (the window's Edit selected follows it).
    selection_changed = Signal()

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
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # RecordTable fits every column to the width
        header.setHighlightSections(False)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.empty, self.table_stack, self.detail = list_beside_detail(self, self.table,
                                                                       self._link)

        self._keep: uuid.UUID | None = None
        model.count_changed.connect(self._count_changed)
        model.reloaded.connect(self._reloaded)
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
        self._keep = self.current_id
        self.model.reload()

    def _reloaded(self) -> None:
        self._show_table_or_empty()
        keep, self._keep = self._keep, None
        if keep is not None:
            self.select_id(keep)
        elif self.model.rowCount():
            self.table.selectRow(0)  # the detail pane is never blank when there is a row
        else:
            self.show_detail(None)

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
        else:
            try:
                self.detail.setHtml(self.detail_html(row_id))
            except NotFoundError:
                self.current_id = None
                self.detail.setHtml(self.no_selection_html())
        self.selection_changed.emit()

    def has_selection(self) -> bool:
        return self.current_id is not None

    def no_selection_html(self) -> str:
        if self.model.rowCount() == 0:
            return ""  # the empty-state message beside it says what to do
        return "<p>" + self.tr("Select a row to see its details here.") + "</p>"

    def _link(self, url: QUrl) -> None:
        follow_link(self.window_, url, self.detail_action)

    def detail_action(self, scheme: str, target: str) -> None:
        """A link like ``action:edit`` or ``followup:ID`` in the detail pane."""

    def _show_table_or_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty.setText(self.empty_text(self.searching()))
        self.table_stack.setCurrentWidget(self.empty if empty else self.table)
        # Nothing to detail: the message takes the whole page, not a blank pane beside it.
        self.detail.setVisible(not empty)

    def _count_changed(self, total: int) -> None:
        if self.window_.stack.currentWidget() is self:
            self.window_.count_label.setText(self.count_text(total))
