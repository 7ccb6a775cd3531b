"""The import wizard: pick a file, see its first rows, change what each column imports as,
check the problems (a dry run), then import in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.db import Database
from crm.i18n import _
from crm.io.records import FIELD_LABELS, IGNORE
from crm.services.imports import ImportReport, Preview, import_file, preview_file
from crm.services.sessions import list_session_choices
from crm.sources import file_filter_patterns, sources
from ui.operations import Operation, error_text
from ui.views.table_page import fit_title


class ImportWizard(QDialog):
    """Import contacts from a file of any registered source (CSV, XLSX, vCard, LinkedIn ...)."""

    imported = Signal(object)  # the ImportReport of a finished import

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 preferences: Preferences | None = None):
        super().__init__(parent)
        self.db = db
        self.preferences = preferences or Preferences.load()
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.setObjectName("import-wizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(980, 680)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Google, Outlook, Excel or phone export"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("&File:"), file_row)
        form.labelForField(file_row).setBuddy(self.file_edit)  # type: ignore[union-attr]
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        self.format_combo.addItem(self.tr("Detect"), "auto")
        for source in sources():
            self.format_combo.addItem(_(source.label), source.name)
        self.format_combo.currentIndexChanged.connect(lambda _i: self.reload())
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("session")
        self.session_combo.addItem(self.tr("(none)"), None)
        for choice in db.read(list_session_choices):
            self.session_combo.addItem(f"{choice.title} — {choice.mission}", choice.id)
        self.session_combo.setToolTip(self.tr("Record everyone imported as met at this session"))
        form.addRow(self.tr("&Met at:"), self.session_combo)
        layout.addLayout(form)

        self.info = QLabel(self.tr("Choose a file to see its first rows."))
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.hide()  # the empty state below says it, until a file is chosen
        layout.addWidget(self.info)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping")
        self.mapping_table.setAccessibleName(self.tr("What each column imports as"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Imports as")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_title(self.mapping_table, 0, 160)
        fit_title(self.mapping_table, 1, 140)
        top.addWidget(self.mapping_table)
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setObjectName("preview")
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top.addWidget(self.preview_table)
        top.setSizes([600, 360])
        splitter.addWidget(top)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        problems_layout.addWidget(self.summary)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"),
                                                 self.tr("Problem")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        fit_title(self.problems, 0, 60)
        fit_title(self.problems, 1, 110)
        problems_layout.addWidget(self.problems)
        splitter.addWidget(problems_box)
        splitter.setSizes([420, 200])
        # Until a file is chosen, the panes would be empty boxes: say what to do instead.
        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_state())
        self.pages.addWidget(splitter)
        self.splitter = splitter
        layout.addWidget(self.pages, 1)
        self.setAcceptDrops(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.setObjectName("check")
        self.check_button.setToolTip(self.tr("See what the import would do, without writing"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._set_ready(False)

    def _empty_state(self) -> QWidget:
        """Before a file is chosen: the formats read, "drop a file here", a Choose button."""
        box = QFrame()
        box.setObjectName("import-empty-state")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("Drop a file here, or choose one"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        formats = ", ".join(_(source.label) for source in sources())
        what = QLabel(self.tr("Mission CRM reads {formats}: exports from Google Contacts, "
                              "Outlook, Excel, a phone's address book or LinkedIn.\n"
                              "You see the first rows and how each column maps before "
                              "anything is imported.").format(formats=formats))
        what.setWordWrap(True)
        patterns = QLabel(" ".join(file_filter_patterns()))
        patterns.setObjectName("import-patterns")
        self.choose_button = QPushButton(self.tr("Choose &a file…"))
        self.choose_button.setObjectName("choose-file")
        self.choose_button.clicked.connect(self.choose_file)
        column = QVBoxLayout(box)
        column.addStretch(1)
        for widget in (title, what, patterns):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(widget)
        column.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        return box

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load(Path(urls[0].toLocalFile()))

    # --- choosing and previewing ---------------------------------------------------------

    def choose_file(self) -> None:
        patterns = " ".join(file_filter_patterns())
        file_filter = self.tr("Contacts ({patterns});;All files (*)").format(patterns=patterns)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), str(Path.home()),
                                              file_filter)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Show the first rows of ``path`` and how its columns map."""
        self.path = path
        self.file_edit.setText(str(path))
        self.pages.setCurrentWidget(self.splitter)
        self.info.show()
        self.reload()

    def reload(self) -> None:
        if self.path is None:
            return
        self._clear_problems()
        try:
            self.preview = preview_file(self.path, self.format_combo.currentData())
        except Exception as exc:  # a bad file: say why, import nothing
            self.preview = None
            self._show_mapping(None)
            self.info.setText(self.tr("This file cannot be imported: {why}").format(
                why=error_text(exc)))
            self._set_ready(False)
            return
        self._show_mapping(self.preview)
        self._show_preview(self.preview)
        self.info.setText(self._describe(self.preview))
        self.summary.setText(self.tr("Press Check to see what the import would do, row by row; "
                                     "nothing is written until you press Import."))
        self._set_ready(True)

    def _describe(self, preview: Preview) -> str:
        text = self.tr("%n contact row(s) in {kind}.", "", preview.total_rows).format(
            kind=preview.description)
        if preview.editable_mapping:
            text += " " + self.tr("Change \"Imports as\" where a column is not recognised; "
                                  "columns left as \"(keep in notes)\" are added to the notes.")
        return text

    def _field_combo(self, current: str | None, enabled: bool,
                     detail: str | None = None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(keep in notes)"), None)
        combo.addItem(self.tr("(ignore)"), IGNORE)
        for name, label in FIELD_LABELS.items():
            combo.addItem(_(label), name)
        if current not in (None, IGNORE) and current not in FIELD_LABELS:
            # A Google label column ("E-mail 1 - Label"): used with its value column.
            combo.addItem(self.tr("(label of another column)"), current)
        index = combo.findData(current)
        if detail and index >= 0:
            # The column's own part of its field ("Address: postal code"), as it will import.
            combo.setItemText(index, detail)
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(enabled)
        combo.setMinimumWidth(170)
        combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
        return combo

    def _show_mapping(self, preview: Preview | None) -> None:
        self.mapping_table.setRowCount(0)
        if preview is None:
            self.preview_table.setRowCount(0)
            self.preview_table.setColumnCount(0)
            return
        editable = preview.editable_mapping
        # A vCard maps itself: only its preview is worth the room.
        self.mapping_table.setVisible(editable)
        self.mapping_table.setRowCount(len(preview.headers))
        for row, header in enumerate(preview.headers):
            first = next((r[row] for r in preview.rows if row < len(r) and str(r[row]).strip()),
                         "")
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(" ".join(str(first).split())))
            detail = preview.details[row] if row < len(preview.details) else None
            self.mapping_table.setCellWidget(row, 2, self._field_combo(preview.mapping[row],
                                                                      editable, detail))

    def _show_preview(self, preview: Preview) -> None:
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(preview.headers))
        self.preview_table.setHorizontalHeaderLabels(preview.headers)
        self.preview_table.setRowCount(len(preview.rows))
        for r, cells in enumerate(preview.rows):
            for c in range(len(preview.headers)):
                value = cells[c] if c < len(cells) else ""
                self.preview_table.setItem(r, c, QTableWidgetItem(" ".join(str(value).split())))
        self.preview_table.resizeColumnsToContents()
        for c in range(len(preview.headers)):
            self.preview_table.setColumnWidth(c, min(self.preview_table.columnWidth(c), 220))

    def mapping(self) -> list[str | None] | None:
        """The field chosen for each column (None for vCards, whose mapping is fixed)."""
        if self.preview is None or not self.preview.editable_mapping:
            return None
        return [self.mapping_table.cellWidget(row, 2).currentData()  # type: ignore[union-attr]
                for row in range(self.mapping_table.rowCount())]

    def set_mapping(self, column: int, field: str | None) -> None:
        """Choose what column ``column`` imports as (what the user does with its combo)."""
        combo: QComboBox = self.mapping_table.cellWidget(column, 2)  # type: ignore[assignment]
        combo.setCurrentIndex(combo.findData(field))

    def _mapping_changed(self) -> None:
        self._clear_problems()
        self.summary.setText(self.tr("Mapping changed: press Check to see the result."))

    # --- checking and importing ----------------------------------------------------------

    def _kwargs(self, dry_run: bool) -> dict[str, Any]:
        return {"fmt": self.format_combo.currentData(), "dry_run": dry_run,
                "session_id": self.session_combo.currentData(),
                "owner": self.preferences.owner_name or None,
                "region": self.preferences.default_region, "mapping": self.mapping()}

    def check(self) -> Operation | None:
        """A dry run: what would be created, updated and skipped, and every problem."""
        if self.path is None:
            return None
        path, kwargs = self.path, self._kwargs(True)
        self._set_ready(False)
        return (Operation(self, lambda: self.db.read(import_file, path, **kwargs),
                          label=self.tr("Checking the file…"))
                .success(self._checked).failure(self._failed).run())

    def run_import(self) -> Operation | None:
        """Import for real, in one transaction."""
        if self.path is None:
            return None
        path, kwargs = self.path, self._kwargs(False)
        self._set_ready(False)
        return (Operation(self, lambda: self.db.write(import_file, path, **kwargs),
                          changes={"all"}, label=self.tr("Importing…"))
                .success(self._imported).failure(self._failed).run())

    def _checked(self, report: ImportReport) -> None:
        self._set_ready(True)
        self.show_report(report, self.tr("Check: {counts}. Nothing has been written yet.")
                         .format(counts=import_counts(report, checking=True)))

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.show_report(report, self.tr("Imported: {counts}.")
                         .format(counts=import_counts(report)))
        self.imported.emit(report)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_ready(self.preview is not None)
        self._clear_problems()
        self.summary.setText(self.tr("Nothing was imported: {why}").format(why=error_text(error)))

    def show_report(self, report: ImportReport, text: str) -> None:
        if report.unmapped:
            text += " " + self.tr("Kept in notes: {columns}.").format(
                columns=", ".join(report.unmapped))
        if report.nameless:
            text += " " + self.tr("%n without a name, listed as “(no name)” to complete.", "",
                                  report.nameless)
        if report.unchecked_phones:
            text += " " + self.tr("%n phone(s) valid in no region kept as written, marked “not "
                                  "checked”.", "", report.unchecked_phones)
        self.summary.setText(text)
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            number = QTableWidgetItem(str(problem.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.problems.setItem(row, 0, number)
            # The field as the "Imports as" list names it ("Téléphone"), not its key.
            field = (_(FIELD_LABELS[problem.field]) if problem.field in FIELD_LABELS
                     else {"name": self.tr("Name"), "contact": self.tr("Contact")}.get(
                         problem.field, problem.field))
            self.problems.setItem(row, 1, QTableWidgetItem(field))
            self.problems.setItem(row, 2, QTableWidgetItem(problem.reason))

    def _clear_problems(self) -> None:
        self.problems.setRowCount(0)
        self.summary.setText("")

    def _set_ready(self, ready: bool) -> None:
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)



def import_counts(report: ImportReport, *, checking: bool = False) -> str:
    """"3 created, 1 updated, 0 skipped" (a check: "3 to create, ..."), each count with its
    own plural in the user's language."""
    if checking:
        parts = [ImportWizard.tr("%n to create", "", report.created),
                 ImportWizard.tr("%n to update", "", report.updated),
                 ImportWizard.tr("%n to skip", "", report.skipped)]
    else:
        parts = [ImportWizard.tr("%n created", "", report.created),
                 ImportWizard.tr("%n updated", "", report.updated),
                 ImportWizard.tr("%n skipped", "", report.skipped)]
    return ", ".join(parts)
