"""The retention view: contacts nobody has touched for N months, to review and erase."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm.db import Database
from crm.services.privacy import RetentionRow, untouched_contacts
from crm.services.validation import lawful_basis_label
from ui.format import local_date
from ui.operations import Operation, affects, hub


class RetentionDialog(QDialog):
    """Lists contacts untouched for N months; Erase and Export act on the selected one."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, months: int = 24,
                 erase: Callable[[uuid.UUID, str], None] | None = None,
                 export: Callable[[uuid.UUID, str], None] | None = None):
        super().__init__(parent)
        self.db = db
        self._erase, self._export = erase, export
        self.rows: list[RetentionRow] = []
        self.setWindowTitle(self.tr("Contacts untouched for a while"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "GDPR: keep personal data no longer than needed. These contacts have had no change, "
            "meeting, interaction or follow-up for the number of months below. Review them; "
            "erase those you no longer need."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Untouched for at least"))
        row.addWidget(caption)
        self.months = QSpinBox()
        caption.setBuddy(self.months)
        self.months.setObjectName("months")
        self.months.setRange(1, 240)
        self.months.setValue(months)
        self.months.setSuffix(self.tr(" months"))
        self.months.valueChanged.connect(self.refresh)
        row.addWidget(self.months)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("retention")
        self.table.setAccessibleName(self.tr("Untouched contacts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Last activity"), self.tr("Lawful basis"),
             self.tr("In trash")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 180)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("E&xport personal data…"))
        self.export_button.setObjectName("export")
        self.erase_button = QPushButton(self.tr("&Erase permanently…"))
        self.erase_button.setObjectName("erase")
        for button in (self.export_button, self.erase_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self._act(self._export))
        self.erase_button.clicked.connect(lambda: self._act(self._erase))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        hub().changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if affects(kinds, "contacts", "interactions", "followups"):
            self.refresh()

    def refresh(self) -> None:
        """Load the list for the months chosen (off the GUI thread)."""
        months = self.months.value()
        Operation(self, lambda: self.db.read(untouched_contacts, months)).success(
            self._show).run()

    def _show(self, rows: list[RetentionRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            name = f"{row.first_name} {row.last_name}".strip() or self.tr("(no name)")
            cells = [name, local_date(row.last_activity),
                     lawful_basis_label(row.lawful_basis) or self.tr("not recorded"),
                     self.tr("yes") if row.in_trash else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                self.table.setItem(number, column, item)
        self.count.setText(self.tr("%n contact(s)", "", len(rows)))
        self._selection_changed()

    def selected(self) -> RetentionRow | None:
        number = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[number] if selected and 0 <= number < len(self.rows) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen and self._export is not None)
        self.erase_button.setEnabled(chosen and self._erase is not None)

    def _act(self, action: Callable[[uuid.UUID, str], None] | None) -> None:
        row = self.selected()
        if row is not None and action is not None:
            action(row.id, f"{row.first_name} {row.last_name}".strip())
