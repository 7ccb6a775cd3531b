"""The Settings dialog; other features add tabs with ``register_settings_tab``.

A tab factory is ``factory(window) -> SettingsTab`` (``window`` is the MainWindow or None); the
tab is a QWidget with ``tab_title() -> str`` and ``apply() -> None``. ``apply`` runs when the
user presses OK, for every tab in order; raising ``crm.errors.UserError`` keeps the dialog
open, shows the message and selects that tab. For example, in ``ui/features/backup.py``::

    def install(window):
        register_settings_tab(BackupSettingsTab)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.errors import UserError, ValidationError
from crm.services.validation import normalize_country
from ui.operations import show_error

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SettingsTab(Protocol):
    def tab_title(self) -> str: ...

    def apply(self) -> None: ...


TabFactory = Callable[["MainWindow | None"], QWidget]
_TAB_FACTORIES: list[TabFactory] = []


def register_settings_tab(factory: TabFactory) -> None:
    """Add a tab (made by ``factory(window)``) to every Settings dialog opened from now on."""
    if factory not in _TAB_FACTORIES:
        _TAB_FACTORIES.append(factory)


class GeneralTab(QWidget):
    """Your name, language, default phone region, database location, appearance."""

    def __init__(self, window: MainWindow | None):
        super().__init__()
        self.preferences = Preferences.load()
        self.owner = QLineEdit(self.preferences.owner_name)
        self.owner.setObjectName("owner_name")
        self.owner.setPlaceholderText(self.tr("e.g. Léa Martin"))
        from ui.dialogs.welcome import language_box

        self.language = language_box(self.preferences.language)
        self.region = QLineEdit(self.preferences.default_region)
        self.region.setObjectName("default_region")
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(60)
        self.database = QLineEdit(self.preferences.database)
        self.database.setObjectName("database")
        current = window.db.url.render_as_string(hide_password=True) if window else ""
        self.database.setPlaceholderText(self.tr("Default location"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(browse)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        from ui.app import current_theme

        self.theme.setCurrentIndex(max(0, self.theme.findData(current_theme())))

        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.owner)
        form.addRow("", self._hint(self.tr("Recorded as the owner of the people and follow-ups "
                                           "you create.")))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self._hint(self.tr("A new language is used from the next start; the "
                                           "app offers to restart.")))
        form.addRow(self.tr("Default phone &region:"), self.region)
        form.addRow("", self._hint(self.tr("Two-letter country code used for numbers typed "
                                           "without +, e.g. BE or US.")))
        db_label = QLabel(self.tr("&Database:"))
        db_label.setBuddy(self.database)
        form.addRow(db_label, db_row)
        form.addRow("", self._hint(self.tr("In use now: {current}. A new location takes effect "
                                           "when you restart the app.").format(current=current)))
        form.addRow(self.tr("&Appearance:"), self.theme)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)
        return label

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database location"), self.database.text(),
            self.tr("Mission CRM database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def tab_title(self) -> str:
        return self.tr("General")

    def apply(self) -> None:
        try:
            region = normalize_country(self.region.text(), field="default_region") or "BE"
        except ValidationError as exc:
            self.error.setText(self.tr("Default phone region: a two-letter country code "
                                       "(BE, US …)."))
            self.error.show()
            self.region.setFocus()
            raise UserError(exc.message, field="default_region") from None
        self.preferences.owner_name = self.owner.text().strip()
        self.preferences.default_region = region
        self.preferences.language = self.language.currentData()
        self.preferences.database = self.database.text().strip()
        self.preferences.save()
        from ui.app import apply_theme

        apply_theme(self.theme.currentData())


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow | None = None):
        super().__init__(window)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.general = GeneralTab(window)
        self.tabs.addTab(self.general, self.general.tab_title())
        for factory in _TAB_FACTORIES:
            tab = factory(window)
            self.tabs.addTab(tab, tab.tab_title())  # type: ignore[attr-defined]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Tall enough for the wrapped hints of the longest tab in the user's language (a
        # Dutch or French hint takes a line more than the English one).
        width = 560
        tallest = max(self.tabs.widget(i).layout().totalHeightForWidth(width - 24)
                      for i in range(self.tabs.count()) if self.tabs.widget(i).layout())
        self.resize(width, max(380, tallest + self.tabs.tabBar().sizeHint().height()
                               + buttons.sizeHint().height() + 48))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def accept(self) -> None:
        for number in range(self.tabs.count()):
            tab = self.tabs.widget(number)
            try:
                tab.apply()  # type: ignore[attr-defined]
            except UserError as exc:
                self.tabs.setCurrentIndex(number)
                if getattr(tab, "error", None) is None or not tab.error.isVisible():
                    show_error(self, exc)
                return
        super().accept()
        self.offer_restart()

    def offer_restart(self) -> None:
        """When the language chosen is not the one on screen: offer to restart now (Qt's
        widgets keep the texts they were built with, so only a new start shows it all)."""
        from crm import i18n as crm_i18n
        from ui.i18n import LANGUAGE_NAMES, resolve_language

        wanted = resolve_language(self.general.language.currentData())
        if wanted == crm_i18n.current_language():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("{language} is used from the next start of the app.")
                          .format(language=LANGUAGE_NAMES[wanted]), parent=self)
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            restart_app()


def restart_app() -> None:
    """Quit, then start the app again with the same arguments (ui.i18n.restart_command)."""
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    from ui.i18n import restart_command

    program, arguments = restart_command()
    app = QApplication.instance()
    # Started once this process has closed its windows (and their database).
    app.aboutToQuit.connect(lambda: QProcess.startDetached(program, arguments))
    for widget in app.topLevelWidgets():
        widget.close()
    app.quit()
