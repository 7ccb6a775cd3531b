"""Duplicates in the app: Tools ▸ Find duplicates… (pairs -> the merge dialog), Tools ▸ Undo
last merge, and the "looks like … — open that one instead" warning in quick capture and the
contact editor."""

from __future__ import annotations

import threading
import uuid
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.db import Database
from crm.errors import UserError
from crm.services.duplicates import DuplicatePair, Match, find_duplicates, similar_contacts
from crm.services.merge import MergeResult, undo_last_merge, undo_merge, undoable_merges
from ui.dialogs.contact_hooks import ContactForm, register_contact_form_hook
from ui.dialogs.merge_dialog import MergeDialog
from ui.i18n import translate
from ui.operations import Operation, notify_changed, show_error
from ui.views.table_page import fit_title

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_windows: list[weakref.ReferenceType[MainWindow]] = []


def install(window: MainWindow) -> None:
    """Add the Tools actions and the warning hook."""
    _windows.append(weakref.ref(window))
    tools = window.menu("Tools")
    find = tools.addAction(translate("Duplicates", "Find &duplicates…"))
    find.setObjectName("find-duplicates")
    find.triggered.connect(lambda _checked=False: open_duplicates(window))
    undo = tools.addAction(translate("Duplicates", "Undo last &merge…"))
    undo.setObjectName("undo-merge")
    undo.triggered.connect(lambda _checked=False: undo_last(window))
    register_contact_form_hook(add_duplicate_warning)


def open_duplicates(window: MainWindow) -> DuplicatesDialog:
    """Show the duplicates dialog (not modal: the window stays usable behind it)."""
    dialog = DuplicatesDialog(window)
    dialog.show()
    dialog.scan()
    return dialog


def merged_message(window: QWidget, result: MergeResult) -> str:
    return translate("Duplicates", "Merged {summary}.").format(summary=result.summary)


def offer_merge_undo(window: MainWindow, result: MergeResult) -> None:
    """Say what was merged, with Undo in the status bar."""

    def undo() -> None:
        try:
            info = window.db.write(undo_merge, result.merge_id)
        except UserError as error:
            show_error(window, error)
            return
        notify_changed("all")
        window.status_message(translate("Duplicates", "Merge undone: {summary}.").format(
            summary=info.summary))

    window.offer_undo(merged_message(window, result), undo)


def undo_last(window: MainWindow) -> None:
    """Ask, then undo the newest merge."""
    pending = window.db.read(undoable_merges, 1)
    if not pending:
        QMessageBox.information(window, translate("Duplicates", "Undo last merge"),
                                translate("Duplicates", "There is no merge to undo."))
        return
    question = translate("Duplicates", "Undo the merge of {summary}? Both records come back as "
                         "they were.").format(summary=pending[0].summary)
    answer = QMessageBox.question(window, translate("Duplicates", "Undo last merge"), question)
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        info = window.db.write(undo_last_merge)
    except UserError as error:
        show_error(window, error)
        return
    notify_changed("all")
    window.status_message(translate("Duplicates", "Merge undone: {summary}.")
                          .format(summary=info.summary))


class ScanStopped(Exception):
    """Raised in the scan's progress callback when the user presses Stop."""


class _ScanProgress(QObject):
    """Lives on the GUI thread; the scan's worker emits into it (queued across threads)."""

    step = Signal(int, int)


# Pairs read from the scan's lazy sequence per fetch: a page on screen, a few scrolls ahead.
FETCH_ROWS = 200


class PairsModel(QAbstractTableModel):
    """The pairs of a scan, read from its lazy sequence a page at a time as the view scrolls
    (a million contacts can make 11 million pairs: each is built only when fetched)."""

    def __init__(self, parent: QObject, headers: list[str], kinds: dict[str, str]):
        super().__init__(parent)
        self.headers = headers
        self.kinds = kinds
        self.source: Sequence[DuplicatePair] = ()
        self.rows: list[DuplicatePair] = []
        self.read = 0  # pairs of ``source`` read so far
        self.gone: set[uuid.UUID] = set()  # records merged away: their pairs are skipped
        self.removed = 0  # pairs of ``source`` dropped because of ``gone``

    def reset(self, pairs: Sequence[DuplicatePair]) -> None:
        self.beginResetModel()
        self.source, self.rows, self.read, self.gone, self.removed = pairs, [], 0, set(), 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def remaining(self) -> int:
        """How many pairs are left, those not read yet included."""
        return len(self.source) - self.removed

    def drop_record(self, record_id: uuid.UUID) -> None:
        """Leave out every pair of a record that no longer exists (merged into the other)."""
        self.gone.add(record_id)
        keep = [p for p in self.rows if record_id not in (p.a_id, p.b_id)]
        self.removed += len(self.rows) - len(keep)
        self.beginResetModel()
        self.rows = keep
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and self.read < len(self.source)

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid():
            return
        stop = min(self.read + FETCH_ROWS, len(self.source))
        batch = []
        for index in range(self.read, stop):
            pair = self.source[index]
            if pair.a_id in self.gone or pair.b_id in self.gone:
                self.removed += 1
            else:
                batch.append(pair)
        self.read = stop
        if batch:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(pair.score)
        if column == 1:
            return f"{pair.a_name} ({self.kinds[pair.kind]})"
        if column == 2:
            return pair.b_name
        return "; ".join(pair.reasons)


class DuplicatesDialog(QDialog):
    """The pairs that may be duplicates, best first; Merge… opens the side-by-side dialog."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.db: Database = window.db
        self.stopping = threading.Event()
        self.scanning: Operation | None = None
        self.setObjectName("duplicates-dialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking for duplicates…"))
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("scan-progress")
        self.progress.setAccessibleName(self.tr("Looking for duplicates…"))
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setObjectName("stop-scan")
        self.stop_button.clicked.connect(self.stop_scan)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        layout.addLayout(progress_row)
        self._progress_relay = _ScanProgress(self)
        self._progress_relay.step.connect(self._step)
        self.model = PairsModel(self, [self.tr("Score"), self.tr("Record"),
                                       self.tr("Looks like"), self.tr("Why")],
                                {"contact": self.tr("contact"), "company": self.tr("company")})
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("pairs")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        fit_title(self.table, 0, 60)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            fit_title(self.table, column, 210)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self._selection_changed())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.rescan_button = QPushButton(self.tr("&Scan again"))
        self.rescan_button.clicked.connect(self.scan)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rescan_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.merge_dialog: MergeDialog | None = None

    @property
    def pairs(self) -> list[DuplicatePair]:
        """The pairs read into the table so far (more are read as it scrolls)."""
        return self.model.rows

    def scan(self) -> Operation:
        """Look for duplicates off the GUI thread (a minute at a million contacts), with a
        progress bar and Stop."""
        self.status.setText(self.tr("Looking for duplicates…"))
        self.rescan_button.setEnabled(False)
        self.stopping.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        stopping, relay = self.stopping, self._progress_relay

        def report(done: int, total: int) -> None:  # on the worker thread
            if stopping.is_set():
                raise ScanStopped
            relay.step.emit(done, total)

        self.scanning = Operation(self, lambda: self.db.read(find_duplicates, progress=report))
        return self.scanning.success(self.show_pairs).failure(self._scan_failed).run()

    def stop_scan(self) -> None:
        """Stop the running scan at its next step; the pairs shown before stay."""
        self.stopping.set()
        self.stop_button.setEnabled(False)

    def done(self, result: int) -> None:  # closing the dialog stops a running scan
        self.stopping.set()
        super().done(result)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _scan_ended(self) -> None:
        self.rescan_button.setEnabled(True)
        self.progress.hide()
        self.stop_button.hide()

    def _scan_failed(self, error: Exception) -> None:
        self._scan_ended()
        if isinstance(error, ScanStopped):
            self.status.setText(self.tr("Scan stopped. Nothing is merged until you choose."))
            return
        self.status.setText("")
        show_error(self, error)

    def show_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        self._scan_ended()
        self.model.reset(pairs)
        self._show_count()
        if self.model.rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _show_count(self) -> None:
        count = self.model.remaining()
        self.status.setText(self.tr("%n pair(s) that may be duplicates. Nothing is merged "
                                    "until you choose.", "", count) if count
                            else self.tr("No duplicates found."))

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.selected_pair() is not None)

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        pairs = self.model.rows
        return pairs[rows[0].row()] if rows and rows[0].row() < len(pairs) else None

    def merge_selected(self) -> MergeDialog | None:
        """Open the merge dialog on the selected pair (window-modal, not blocking)."""
        pair = self.selected_pair()
        if pair is None:
            return None
        try:
            dialog = MergeDialog(self.db, self, pair.a_id, pair.b_id)
        except UserError as error:  # merged or deleted meanwhile
            show_error(self, error)
            self.scan()
            return None
        self.merge_dialog = dialog
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.open()
        return dialog

    def _merged(self, dialog: MergeDialog) -> None:
        result = dialog.result_merge
        if result is None:
            return
        offer_merge_undo(self.window_, result)
        self.model.drop_record(result.other_id)
        self._show_count()
        if self.model.rows:
            self.table.selectRow(0)
        self._selection_changed()
        self.status.setText(merged_message(self, result) + " " + self.status.text())


# --- warn before creating --------------------------------------------------------------------

def _window_of(widget: QWidget) -> MainWindow | None:
    parent = widget.parentWidget()
    while parent is not None:
        if hasattr(parent, "show_contact") and hasattr(parent, "offer_undo"):
            return parent  # type: ignore[return-value]
        parent = parent.parentWidget()
    for ref in reversed(_windows):
        window = ref()
        if window is not None:
            return window
    return None


class DuplicateWarning(QFrame):
    """"Looks like Robert Smith (same email)" with "Open that one instead", under the names."""

    def __init__(self, form: ContactForm):
        super().__init__()
        self.form = form
        self.match: Match | None = None
        self.setObjectName("duplicate-warning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#duplicate-warning { background: palette(alternate-base); "
                           "border: 1px solid #d4a017; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("duplicate-text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # One line (a wrapping label in a form row gets a stale height); the tooltip has it all.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(self.tr("&Open that one instead"))
        self.open_button.setObjectName("open-existing")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_existing)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        self.hide()
        form.identity_changed.connect(self.check)

    def check(self) -> None:
        """Look the typed identity up (indexed lookups: cheap enough while typing)."""
        typed = self.form.identity()
        try:
            matches = self.form.db.read(
                similar_contacts, typed["first_name"], typed["last_name"],
                [typed["email"]] if typed["email"] else [],
                [typed["phone"]] if typed["phone"] else [], typed["company"] or None,
                region=Preferences.load().default_region, exclude_id=self.form.contact_id)
        except UserError:
            matches = []
        self.show_matches(matches)

    def show_matches(self, matches: list[Match]) -> None:
        self.match = matches[0] if matches else None
        if self.match is None:
            self.hide()
            return
        who = self.match.name
        if self.match.reasons:
            who += f" ({self.match.reasons[0]})"
        text = self.tr("Looks like {who}").format(who=who)
        if len(matches) > 1:
            text += self.tr(" — and %n other(s)", "", len(matches) - 1)
        self.label.setText(text)
        details = [f"{m.summary}" + (f" — {m.company}" if m.company else "") for m in matches]
        self.label.setToolTip("\n".join(details))
        self.show()

    def open_existing(self) -> None:
        """Close the form without saving and show the existing contact."""
        if self.match is None:
            return
        contact_id: uuid.UUID = self.match.contact_id
        window = _window_of(self)
        if isinstance(self.form, QDialog):
            self.form.reject()
        if window is not None:
            window.show_contact(contact_id)


def add_duplicate_warning(form: ContactForm) -> None:
    """Contact-form hook: the warning row, hidden until the typed person looks known."""
    form.add_row(DuplicateWarning(form))

