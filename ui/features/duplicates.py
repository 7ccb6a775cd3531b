"""Duplicates in the app: Tools ▸ Find duplicates… (pairs -> the merge dialog), Tools ▸ Undo
last merge, and the "looks like … — open that one instead" warning in quick capture and the
contact editor."""

from __future__ import annotations

import uuid
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
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


class DuplicatesDialog(QDialog):
    """The pairs that may be duplicates, best first; Merge… opens the side-by-side dialog."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.db: Database = window.db
        self.pairs: list[DuplicatePair] = []
        self.setObjectName("duplicates-dialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking for duplicates…"))
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("pairs")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Record"),
                                              self.tr("Looks like"), self.tr("Why")])
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
        self.table.itemSelectionChanged.connect(self._selection_changed)
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

    def scan(self) -> Operation:
        """Look for duplicates off the GUI thread (seconds on a large database)."""
        self.status.setText(self.tr("Looking for duplicates…"))
        self.rescan_button.setEnabled(False)
        return Operation(self, lambda: self.db.read(find_duplicates),
                         label=self.tr("Looking for duplicates…")).success(self.show_pairs).run()

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.rescan_button.setEnabled(True)
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        kinds = {"contact": self.tr("contact"), "company": self.tr("company")}
        for row, pair in enumerate(pairs):
            score = QTableWidgetItem(str(pair.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [score, QTableWidgetItem(f"{pair.a_name} ({kinds[pair.kind]})"),
                     QTableWidgetItem(pair.b_name), QTableWidgetItem("; ".join(pair.reasons))]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.status.setText(self.tr("%n pair(s) that may be duplicates. Nothing is merged "
                                    "until you choose.", "", len(pairs)) if pairs
                            else self.tr("No duplicates found."))
        if pairs:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.selected_pair() is not None)

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

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
        gone = result.other_id
        remaining = [p for p in self.pairs if gone not in (p.a_id, p.b_id)]
        self.show_pairs(remaining)
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

