"""The follow-ups page: every follow-up grouped Overdue / Today / This week / Later / Done,
filtered by session, tag, company and owner, with done, snooze, reschedule, priority and
email drafts one click away."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm.clock import local_today
from crm.config import Preferences
from crm.errors import UserError
from crm.services.companies import list_companies
from crm.services.followups import (
    Bucket,
    FollowUpFilter,
    FollowUpRow,
    Snooze,
    complete_followup,
    count_by_bucket,
    list_followups,
    list_owners,
    snooze_followup,
    snooze_until,
    update_followup,
)
from crm.services.sessions import list_sessions
from crm.services.tags import list_tags
from ui.format import short_date
from ui.i18n import translate
from ui.operations import hub, notify_changed, show_error
from ui.views.reloading import ReloadsOnChange
from ui.views.table_page import fit_title

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# A group shows this many rows at most; the rest are one search or filter away.
GROUP_LIMIT = 500
NO_INDEX = QModelIndex()
OVERDUE_COLOUR = QColor("#c0392b")
KINDS = ("followups", "contacts", "companies", "sessions", "tags", "interactions")


def bucket_title(bucket: Bucket) -> str:
    """The translated name of a group of the view."""
    titles = {Bucket.OVERDUE: FollowUpsPage.tr("Overdue"), Bucket.TODAY: FollowUpsPage.tr("Today"),
              Bucket.THIS_WEEK: FollowUpsPage.tr("This week"),
              Bucket.LATER: FollowUpsPage.tr("Later"), Bucket.DONE: FollowUpsPage.tr("Done")}
    return titles[bucket]


def priority_text(priority: int) -> str:
    return {1: FollowUpsPage.tr("High"), 2: FollowUpsPage.tr("Top")}.get(priority, "")


def pick_date(parent: QWidget, title: str, initial: date, minimum: date | None = None) -> \
        date | None:
    """Ask for a date on a calendar; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    calendar = QCalendarWidget()
    calendar.setGridVisible(True)
    calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
    if minimum is not None:
        calendar.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
    calendar.activated.connect(lambda _d: dialog.accept())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    dialog.calendar = calendar  # type: ignore[attr-defined]  # tests pick a date through it
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    picked = calendar.selectedDate()
    return date(picked.year(), picked.month(), picked.day())


class FollowUpTreeModel(QAbstractItemModel):
    """Groups (Overdue, Today ...) with their follow-ups under them. A model rather than tree
    items: the view asks only for the rows on screen, and no Python object per row exists."""

    def __init__(self, page: FollowUpsPage):
        super().__init__()
        self.page = page
        self.groups: list[tuple[Bucket, int, list[FollowUpRow]]] = []
        self.today = local_today()
        self.headers = [
            translate("FollowUpsPage", "Due"), translate("FollowUpsPage", "Task"),
            translate("FollowUpsPage", "Contact"), translate("FollowUpsPage", "Company"),
            translate("FollowUpsPage", "Priority"), translate("FollowUpsPage", "Owner")]
        self.bold = QFont()
        self.bold.setBold(True)

    def set_groups(self, groups: list[tuple[Bucket, int, list[FollowUpRow]]],
                   today: date) -> None:
        """Show these (group, total in the group, rows shown) on ``today``."""
        self.beginResetModel()
        self.groups = groups
        self.today = today
        self.endResetModel()

    # The internal id of an index: 0 for a group, 1 + the group's number for a row in it.
    def index(self, row: int, column: int, parent: QModelIndex = NO_INDEX) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = NO_INDEX) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        _bucket, total, rows = self.groups[parent.row()]
        return len(rows) + (1 if total > len(rows) else 0)

    def columnCount(self, parent: QModelIndex = NO_INDEX) -> int:
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def group_of(self, index: QModelIndex) -> Bucket | None:
        if index.isValid() and index.internalId() == 0:
            return self.groups[index.row()][0]
        return None

    def row_at(self, index: QModelIndex) -> FollowUpRow | None:
        """The follow-up at ``index`` (None for a group heading or the "more" line)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        rows = self.groups[index.internalId() - 1][2]
        return rows[index.row()] if index.row() < len(rows) else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if self.row_at(index) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        bucket = self.group_of(index)
        if bucket is not None:
            return self._group_data(index, bucket, role)
        row = self.row_at(index)
        if row is None:  # the "… and N more" line
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                _bucket, total, rows = self.groups[index.internalId() - 1]
                return translate("FollowUpsPage", "… and {n} more: narrow the list with the "
                                 "search or the filters.").format(n=total - len(rows))
            return None
        return self._row_data(index.column(), row, role)

    def _group_data(self, index: QModelIndex, bucket: Bucket, role: int) -> object:
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{bucket_title(bucket)} ({self.groups[index.row()][1]})"
        if role == Qt.ItemDataRole.FontRole:
            return self.bold
        if role == Qt.ItemDataRole.ForegroundRole and bucket is Bucket.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        return None

    def _row_data(self, column: int, row: FollowUpRow, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.page.due_text(row, self.today)
            return (None, row.title, row.contact_name, row.company or "",
                    priority_text(row.priority), row.owner or "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.title
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and \
                row.bucket(self.today) is Bucket.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == 1 and row.priority:
            return self.bold
        return None


class FollowUpTree(QTreeView):
    """Enter opens the selected follow-up, Space marks it done."""

    def __init__(self, page: FollowUpsPage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.page.selected_row() is not None:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.edit_selected()
                return
            if event.key() == Qt.Key.Key_Space:
                self.page.mark_done()
                return
        super().keyPressEvent(event)


class FollowUpsPage(ReloadsOnChange, QWidget):
    """The follow-ups view (``window.page("followups")``)."""

    kinds = KINDS
    # The selected follow-up changed (the window's Edit selected follows it).
    selection_changed = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.search = ""
        self.today = local_today()
        self.counts: dict[Bucket, int] = {}
        self.total = 0
        self._stale = True
        self._collapsed: set[Bucket] = {Bucket.DONE}

        self.session_box = self._filter_box("session-filter")
        self.tag_box = self._filter_box("tag-filter")
        self.company_box = self._filter_box("company-filter")
        self.owner_box = self._filter_box("owner-filter")
        filters = QHBoxLayout()
        for label, box in ((self.tr("&Session:"), self.session_box),
                           (self.tr("T&ag:"), self.tag_box),
                           (self.tr("C&ompany:"), self.company_box),
                           (self.tr("O&wner:"), self.owner_box)):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box, 1)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_filters_button)

        self.model = FollowUpTreeModel(self)
        self.tree = FollowUpTree(self)
        self.tree.setObjectName("followups-tree")
        self.tree.setAccessibleName(self.tr("Follow-ups"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.tree.expanded.connect(lambda index: self._remember_expanded(index, True))
        self.tree.collapsed.connect(lambda index: self._remember_expanded(index, False))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 300, 190, 190, 80)):
            fit_title(self.tree, column, width)

        self.empty = QLabel()
        self.empty.setObjectName("empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self._build_actions()
        buttons = QHBoxLayout()
        for action in (self.done_action, self.snooze_action, self.reschedule_action,
                       self.priority_action, self.draft_action, self.edit_action,
                       self.open_contact_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        hub().changed.connect(self._changed)
        self._update_actions()

    # --- building --------------------------------------------------------------------------

    def _filter_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setMinimumContentsLength(12)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.currentIndexChanged.connect(lambda _i: self.refresh_rows())
        return box

    def _build_actions(self) -> None:
        self.done_action = QAction(self.tr("Mark &done"), self)
        self.done_action.triggered.connect(self.mark_done)

        self.snooze_action = QAction(self.tr("&Snooze"), self)
        snooze_menu = QMenu(self)
        for choice, text in ((Snooze.TOMORROW, self.tr("Until tomorrow")),
                             (Snooze.THREE_DAYS, self.tr("For 3 days")),
                             (Snooze.NEXT_MONDAY, self.tr("Until next Monday"))):
            action = snooze_menu.addAction(text)
            action.setData(choice.value)
            action.triggered.connect(lambda _c=False, c=choice: self.snooze(c))
        snooze_menu.addSeparator()
        snooze_menu.addAction(self.tr("Until a date…")).triggered.connect(self.snooze_to_date)
        self.snooze_menu = snooze_menu
        self.snooze_action.setMenu(snooze_menu)

        self.reschedule_action = QAction(self.tr("&Reschedule…"), self)
        self.reschedule_action.triggered.connect(self.reschedule)

        self.priority_action = QAction(self.tr("&Priority"), self)
        priority_menu = QMenu(self)
        for value, text in ((0, self.tr("Normal")), (1, self.tr("High")), (2, self.tr("Top"))):
            action = priority_menu.addAction(text)
            action.setData(value)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, v=value: self.set_priority(v))
        self.priority_menu = priority_menu
        self.priority_action.setMenu(priority_menu)

        self.draft_action = QAction(self.tr("Draft &email…"), self)
        self.draft_action.triggered.connect(self.draft_email)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.open_contact_action = QAction(self.tr("Open &contact"), self)
        self.open_contact_action.triggered.connect(self.open_contact)

    # --- the Page protocol -----------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh_rows()

    def search_placeholder(self) -> str:
        return self.tr("Search follow-ups: task, contact, company (Ctrl+F)")

    def refresh(self) -> None:
        """Reload the filter choices and the rows (the page is shown, or data changed)."""
        self._fill_filters()
        self.refresh_rows()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from ui.dialogs.editors import FollowUpEditor

        FollowUpEditor(self.db, self, followup_id=row.id).exec()

    def new_item(self) -> None:
        """A new follow-up (Edit ▸ New): ask who it is about (the selected follow-up's
        contact preselected), then open the editor."""
        from ui.dialogs.contact_picker import ContactPickerDialog
        from ui.dialogs.editors import FollowUpEditor

        row = self.selected_row()
        picker = ContactPickerDialog(self.db, self, title=self.tr("New follow-up: who with?"),
                                     preselect=row.contact_id if row else None)
        if not picker.exec() or picker.picked_id is None:
            return
        editor = FollowUpEditor(self.db, self, contact_id=picker.picked_id)
        if editor.exec() and editor.saved_id is not None:
            self.refresh()
            self.select_followup(editor.saved_id)  # type: ignore[arg-type]

    # --- filters ---------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        def choices(session):  # type: ignore[no-untyped-def]
            return (list_sessions(session), list_tags(session),
                    list_companies(session), list_owners(session))

        sessions, tags, companies, owners = self.db.read(choices)
        self._fill(self.session_box, self.tr("All sessions"),
                   [(s.title, str(s.id)) for s in sessions])
        self._fill(self.tag_box, self.tr("All tags"), [(t, t) for t in tags])
        self._fill(self.company_box, self.tr("All companies"),
                   [(c.name, str(c.id)) for c in companies])
        self._fill(self.owner_box, self.tr("Everyone"), [(o, o) for o in owners])

    def _fill(self, box: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for text, value in items:
            box.addItem(text, value)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def current_filter(self) -> FollowUpFilter:
        """What the filter boxes narrow the view to."""
        # Ids travel through the combo boxes as text (QVariant compares strings reliably).
        session_id, company_id = self.session_box.currentData(), self.company_box.currentData()
        return FollowUpFilter(session_id=uuid.UUID(session_id) if session_id else None,
                              tag=self.tag_box.currentData(),
                              company_id=uuid.UUID(company_id) if company_id else None,
                              owner=self.owner_box.currentData())

    def clear_filters(self) -> None:
        for box in (self.session_box, self.tag_box, self.company_box, self.owner_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.refresh_rows()

    def _filtered(self) -> bool:
        return any(box.currentIndex() > 0 for box in (self.session_box, self.tag_box,
                                                       self.company_box, self.owner_box))

    # --- rows ------------------------------------------------------------------------------

    def refresh_rows(self) -> None:
        """Query the follow-ups for the search and filters, and show them in their groups."""
        self._stale = False
        self.today = local_today()
        selected = self.selected_row()
        search, flt = self.search, self.current_filter()

        def load(session):  # type: ignore[no-untyped-def]
            counts = count_by_bucket(session, today=self.today, search=search, flt=flt)
            # Each group fetches at most GROUP_LIMIT rows: a big backlog stays quick to show.
            rows = {bucket: list_followups(session, today=self.today, search=search, flt=flt,
                                           bucket=bucket, limit=GROUP_LIMIT,
                                           latest_first=bucket is Bucket.DONE)
                    if counts[bucket] else [] for bucket in Bucket}
            return counts, rows

        self.counts, grouped = self.db.read(load)
        self.total = sum(self.counts.values())

        groups = [(bucket, self.counts[bucket], rows) for bucket, rows in grouped.items()
                  if rows]
        self.model.set_groups(groups, self.today)
        for number, (bucket, _total, _rows) in enumerate(groups):
            self.tree.setFirstColumnSpanned(number, QModelIndex(), True)
            self.tree.setExpanded(self.model.index(number, 0), bucket not in self._collapsed)
        for number, (_bucket, total, rows) in enumerate(groups):
            if total > len(rows):
                self.tree.setFirstColumnSpanned(len(rows), self.model.index(number, 0), True)

        if self.total:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty)
        if selected is not None:
            self.select_followup(selected.id)
        self._update_actions()
        self.window_.count_label.setText(self.tr("%n follow-up(s)", "", self.total))

    def due_text(self, row: FollowUpRow, today: date) -> str:
        """The Due column: the effective due date, and why it is not the planned one."""
        due = short_date(row.effective_due)
        if row.snoozed_until and row.snoozed_until > row.due_on:
            due = self.tr("{date} (snoozed)").format(date=due)
        if row.status == "cancelled":
            due = self.tr("{date} (cancelled)").format(date=due)
        return due

    def _empty_text(self) -> str:
        if self.search.strip() or self._filtered():
            return self.tr("No follow-ups match the search or the filters.")
        return self.tr("No follow-ups yet. Add one from a contact (\"Add follow-up\"), or when "
                       "you log someone with quick capture.")

    def _remember_expanded(self, index: QModelIndex, expanded: bool) -> None:
        bucket = self.model.group_of(index)
        if bucket is not None:
            if expanded:
                self._collapsed.discard(bucket)
            else:
                self._collapsed.add(bucket)

    def _group_number(self, bucket: Bucket) -> int | None:
        for number, (shown, _total, _rows) in enumerate(self.model.groups):
            if shown is bucket:
                return number
        return None

    def is_expanded(self, bucket: Bucket) -> bool:
        """Whether a group is open (False when it is not shown at all)."""
        number = self._group_number(bucket)
        return number is not None and self.tree.isExpanded(self.model.index(number, 0))

    def shown_rows(self) -> list[FollowUpRow]:
        """Every follow-up row shown, group after group."""
        return [row for _bucket, _total, rows in self.model.groups for row in rows]

    def group_rows(self, bucket: Bucket) -> list[FollowUpRow]:
        """The follow-ups shown in a group, in order."""
        number = self._group_number(bucket)
        return list(self.model.groups[number][2]) if number is not None else []

    def selected_row(self) -> FollowUpRow | None:
        return self.model.row_at(self.tree.currentIndex())

    def select_followup(self, followup_id: uuid.UUID) -> bool:
        """Select and show a follow-up (its group is expanded); False if the view lacks it."""
        if self._stale:
            self.refresh()
        for number, (_bucket, _total, rows) in enumerate(self.model.groups):
            for position, row in enumerate(rows):
                if row.id == followup_id:
                    group = self.model.index(number, 0)
                    self.tree.setExpanded(group, True)
                    index = self.model.index(position, 0, group)
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def _update_actions(self) -> None:
        row = self.selected_row()
        is_open = row is not None and row.status == "open"
        # A greyed button says why (its tooltip); an enabled one says what it does.
        why_not = self.tr("Select a follow-up first") if row is None else \
            self.tr("Only an open follow-up can be done, snoozed or rescheduled")
        for action in (self.done_action, self.snooze_action, self.reschedule_action):
            action.setEnabled(is_open)
            action.setToolTip("" if is_open else why_not)
        for action in (self.priority_action, self.draft_action, self.edit_action,
                       self.open_contact_action):
            action.setEnabled(row is not None)
            action.setToolTip("" if row is not None else self.tr("Select a follow-up first"))
        for action in self.priority_menu.actions():
            action.setChecked(row is not None and action.data() == row.priority)
        self.selection_changed.emit()

    def has_selection(self) -> bool:
        return self.selected_row() is not None

    def _context_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        index = self.tree.indexAt(position)
        if self.model.row_at(index) is None:
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.done_action, self.snooze_action, self.reschedule_action,
                       self.priority_action, None, self.draft_action, self.edit_action,
                       self.open_contact_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.row_at(index) is not None:
            self.edit_selected()

    # --- actions ---------------------------------------------------------------------------

    def _write(self, fn, *args, message: str, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        try:
            self.db.write(fn, *args, **kwargs)
        except UserError as exc:
            show_error(self, exc)
            return False
        notify_changed("followups", "interactions", "contacts")
        self.window_.status_message(message)
        return True

    def mark_done(self) -> None:
        """Mark the selected follow-up done (recorded in the contact's history)."""
        row = self.selected_row()
        if row is None or row.status != "open":
            return
        owner = Preferences.load().owner_name or None
        self._write(complete_followup, row.id, owner=owner,
                    message=self.tr("Done: {title}").format(title=row.title))

    def snooze(self, choice: Snooze) -> None:
        row = self.selected_row()
        if row is not None:
            self._snooze(row, snooze_until(choice, local_today()))

    def snooze_to_date(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        today = local_today()
        picked = pick_date(self, self.tr("Snooze until"), snooze_until(Snooze.TOMORROW, today),
                           minimum=snooze_until(Snooze.TOMORROW, today))
        if picked is not None:
            self._snooze(row, picked)

    def _snooze(self, row: FollowUpRow, until: date) -> None:
        self._write(snooze_followup, row.id, until, today=local_today(),
                    message=self.tr("Snoozed until {date}: {title}").format(
                        date=short_date(until), title=row.title))

    def reschedule(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        picked = pick_date(self, self.tr("Reschedule: new due date"), row.effective_due)
        if picked is not None:
            self._write(update_followup, row.id, due_on=picked,
                        message=self.tr("Due {date}: {title}").format(
                            date=short_date(picked), title=row.title))

    def set_priority(self, priority: int) -> None:
        row = self.selected_row()
        if row is not None and row.priority != priority:
            self._write(update_followup, row.id, priority=priority,
                        message=self.tr("Priority changed: {title}").format(title=row.title))

    def draft_email(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from ui.dialogs.draft_email import DraftEmailDialog

        DraftEmailDialog(self.db, self, followup_id=row.id).exec()

    def open_contact(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.window_.show_contact(row.contact_id)
