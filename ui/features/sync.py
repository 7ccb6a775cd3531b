"""Team sync in the app: File ▸ Sync with team server… and File ▸ Sync conflicts….

The sync itself is ``crm.sync.sync`` run off the GUI thread; the server URL is remembered in
the preferences without its password, which goes to the OS keyring when the user asks.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.db import Database, open_database, remember_password, to_url, without_password
from crm.errors import UserError
from crm.sync import (
    REFUSED,
    SyncResult,
    conflict_differences,
    list_conflicts,
    restore_conflict,
    sync,
)
from ui.format import local_datetime
from ui.i18n import translate
from ui.operations import Operation, notify_changed, show_error

if TYPE_CHECKING:
    from crm.models import SyncConflict
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the sync actions to the File menu."""
    menu = window.menu("File")
    action = menu.addAction(translate("Sync", "S&ync with team server…"))
    action.setObjectName("sync")
    action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    action.triggered.connect(lambda _checked=False: open_sync(window))
    conflicts = menu.addAction(translate("Sync", "Sync &conflicts…"))
    conflicts.setObjectName("sync-conflicts")
    conflicts.triggered.connect(lambda _checked=False: open_conflicts(window))


def open_sync(window: MainWindow) -> SyncDialog:
    dialog = SyncDialog(window.db, window)
    dialog.show()
    return dialog


def open_conflicts(window: MainWindow) -> ConflictsDialog:
    dialog = ConflictsDialog(window.db, window)
    dialog.show()
    return dialog


def _run_sync(local: Database, server_url: str) -> SyncResult:
    server = open_database(server_url)
    try:
        return sync(local, server)
    finally:
        server.close()


class SyncDialog(QDialog):
    """The server to sync with, an optional password to keep in the keyring, and a Sync button."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Sync with the team server"))
        self.server = QLineEdit(Preferences.load().team_server)
        self.server.setPlaceholderText("postgresql://alice@db.example.org/delegation")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from the keyring"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.status = QLabel(self.tr("Your changes go to the server and your colleagues' come "
                                     "back. Conflicting edits are kept for review."))
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = buttons.addButton(self.tr("Sync now"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _target(self) -> str:
        text = self.server.text().strip()
        if not text:
            raise UserError(self.tr("Server: give the team server's address"))
        url = to_url(text)
        if self.password.text():
            if self.remember.isChecked() and url.get_backend_name() == "postgresql":
                remember_password(without_password(url), self.password.text())
            url = url.set(password=self.password.text())
        preferences = Preferences.load()
        saved = without_password(url).render_as_string(hide_password=False) \
            if "://" in text else text
        if preferences.team_server != saved:
            preferences.team_server = saved
            preferences.save()
        return url.render_as_string(hide_password=False) if "://" in text else text

    def start(self) -> Operation | None:
        """Sync off the GUI thread; the dialog shows the outcome."""
        try:
            target = self._target()
        except UserError as error:
            show_error(self, error)
            return None
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        return (Operation(self, lambda: _run_sync(self.db, target), changes={"all"},
                          label=self.tr("Syncing with the team server…"))
                .success(self._done).failure(self._failed).run())

    def _done(self, result: SyncResult) -> None:
        self.sync_button.setEnabled(True)
        text = self.tr("Done: %n record(s) received", "", result.pulled) + ", " + \
            self.tr("%n sent", "", result.pushed) + "."
        if result.conflicts:
            text += " " + self.tr("%n conflict(s): see File ▸ Sync conflicts…", "",
                                  result.conflicts)
        if result.refused:
            text += " " + self.tr("%n record(s) the server would refuse set aside: see File ▸ "
                                  "Sync conflicts…", "", result.refused)
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.sync_button.setEnabled(True)
        self.status.setText(self.tr("The sync did not finish; nothing was lost. "
                                    "Try again when the server is reachable."))
        show_error(self, error)


def _record_label(conflict: SyncConflict) -> str:
    """A person's name where the record is a contact, else its kind and short id."""
    if conflict.table_name == "contact" and conflict.kept:
        row = json.loads(conflict.kept)
        name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        if name:
            return name
    return f"{conflict.table_name.replace('_', ' ')} {conflict.row_id[:8]}"


class ConflictsDialog(QDialog):
    """Records two copies changed between syncs: what won, what lost, and a way back."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.conflicts: list[SyncConflict] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Sync conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("Found"), self.tr("Record"),
                                              self.tr("What happened"), self.tr("Differences")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((130, 170, 260)):
            self.table.setColumnWidth(column, width)
        # One line a conflict: a long text ends in "…" (whole in the cell's tooltip).
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button = QPushButton(self.tr("Restore the version that lost"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(self.tr("No conflicts: every copy agreed."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 360)
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.db.read(list_conflicts)
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            what = self._what_happened(conflict.reason)
            differences = "; ".join(f"{name}: {lost!r} → {kept!r}"
                                    for name, lost, kept in conflict_differences(conflict))
            local_time = local_datetime(conflict.detected_at)
            for column, text in enumerate((local_time, _record_label(conflict), what,
                                           differences)):
                item = QTableWidgetItem(text)
                # A long reason is cut with "…" in its cell and reads whole in its tooltip.
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.conflicts)
        self.table.setVisible(bool(self.conflicts))
        self._selection_changed()

    def _what_happened(self, reason: str) -> str:
        if reason == "edited":
            return self.tr("edited on two copies; the newer edit was kept")
        if reason.startswith(REFUSED):
            why = reason.removeprefix(REFUSED).lstrip(": ")
            return self.tr("set aside, the server would refuse it: {why}").format(why=why)
        return self.tr("deleted on one copy while edited on another; the deletion was kept")

    def _selected(self) -> SyncConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        conflict = self._selected()
        self.restore_button.setEnabled(conflict is not None and conflict.lost is not None)

    def restore_selected(self) -> None:
        conflict = self._selected()
        if conflict is None:
            return
        try:
            self.db.write(restore_conflict, conflict.id)
        except UserError as error:
            show_error(self, error)
            return
        notify_changed("all")
        self.reload()
