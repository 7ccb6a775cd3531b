"""Import and export in the app: File ▸ Import contacts…, Export…, Revert last import…;
the export takes what the contacts list shows when it is the current view."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from crm.errors import UserError
from crm.services.contacts import ContactFilter
from crm.services.exports import ExportReport
from crm.services.imports import ImportReport, last_import, revert_last_import
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.format import local_datetime
from ui.i18n import translate
from ui.operations import notify_changed, show_error

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ImportExport(QObject):
    """The translation context of this module's texts. A plural (%n) goes through
    ``ImportExport.tr``: pyside6-lupdate reads the count of a tr call, not of translate()."""


def install(window: MainWindow) -> None:
    """Add the File menu items, before Settings."""
    file_menu = window.menu("File")
    before = window.settings_action
    actions = []
    for name, text, slot in (
            ("import", translate("ImportExport", "&Import contacts…"), lambda: open_import(window)),
            ("export", translate("ImportExport", "E&xport…"), lambda: open_export(window)),
            ("revert-import", translate("ImportExport", "Re&vert last import…"),
             lambda: revert_last(window))):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        actions.append(action)
    actions[0].setShortcut("Ctrl+I")
    actions[1].setShortcut("Ctrl+E")  # Ctrl+Shift+E is Tools ▸ Draft email
    file_menu.insertActions(before, actions)
    file_menu.insertSeparator(before)


def current_view_filter(window: MainWindow) -> ContactFilter | None:
    """The filter of the contacts list when it is the page on screen, else None."""
    if window.current_page_key() != "contacts":
        return None
    page = window.page("contacts")
    return page.current_filter() if hasattr(page, "current_filter") else None


def open_import(window: MainWindow) -> ImportWizard:
    wizard = ImportWizard(window.db, window)
    wizard.imported.connect(lambda report: _imported(window, report))
    wizard.open()
    return wizard


def _imported(window: MainWindow, report: ImportReport) -> None:
    from ui.dialogs.import_wizard import import_counts

    text = translate("ImportExport", "Imported {file}: {counts}.").format(
        file=report.path.name, counts=import_counts(report))
    window.offer_undo(text, lambda: _revert(window))


def open_export(window: MainWindow) -> ExportDialog:
    dialog = ExportDialog(window.db, window, view_filter=current_view_filter(window))
    # Finished, not accepted: an export that could not hold everything stays open to say
    # so, and is then closed.
    dialog.finished.connect(lambda _result: _exported(window, dialog.report))
    dialog.open()
    return dialog


def _exported(window: MainWindow, report: ExportReport | None) -> None:
    if report is not None:
        window.status_message(translate("ImportExport", "Exported {rows} to {path}.").format(
            rows=report.rows, path=report.path))


def revert_last(window: MainWindow) -> None:
    """Ask, then undo the newest import that is not undone yet."""
    batch = window.db.read(last_import)
    if batch is None:
        QMessageBox.information(window, translate("ImportExport", "Revert last import"),
                                translate("ImportExport", "There is no import to revert."))
        return
    when = local_datetime(batch.created_at)
    question = ImportExport.tr(
        "Revert the import of {file} ({when})? The %n contact(s) it created are removed and the "
        "{updated} it updated are restored.", "", batch.created_count).format(
            file=Path(batch.file_name).name, when=when, updated=batch.updated_count)
    answer = QMessageBox.question(window, translate("ImportExport", "Revert last import"),
                                  question)
    if answer == QMessageBox.StandardButton.Yes:
        _revert(window)


def _revert(window: MainWindow) -> None:
    try:
        result = window.db.write(revert_last_import)
    except UserError as error:
        show_error(window, error)
        return
    notify_changed("all")
    window.status_message(result.summary())
