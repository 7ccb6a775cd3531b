"""The first run: one welcome dialog when no database exists yet.

It asks what a delegate sets once (name, language, home phone region), shows where the data
will live and whether it will be encrypted, and offers three ways to begin: the sample
mission, an empty database, or a team server. Nothing of it is asked again (the database then
exists); all of it stays changeable: Settings (name, language, region, location), File ▸
Encrypt Database…, File ▸ Sync with team server….
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm.config import Preferences
from crm.errors import UserError, ValidationError
from ui.dialogs.form import error_colour
from ui.dialogs.passphrase import MIN_LENGTH as MIN_PASSPHRASE

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SAMPLE, EMPTY, TEAM = "sample", "empty", "team"
# Each language in its own name, never translated: whoever cannot read the current one still
# finds theirs.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands"}


@dataclass(frozen=True)
class FirstRun:
    """What the welcome dialog needs to know: the new database file, and why the OS keyring
    cannot keep its key (None: it can)."""

    path: Path
    keyring_problem: str | None


@dataclass(frozen=True)
class WelcomeChoice:
    """What the user chose: how to begin, the passphrase of the new database (None: the
    keyring keeps a key, or unencrypted), and the team server's address."""

    start: str
    passphrase: str | None
    server: str


def first_run_facts(target: str | None) -> FirstRun | None:
    """``FirstRun`` when ``target`` (None: the default location) is a database file that does
    not exist yet, else None. Run off the GUI thread: it asks the keyring (which may wait for
    the OS)."""
    from crm import encryption, secrets
    from crm.db import resolve_target, to_url

    url = to_url(resolve_target(target))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = Path(url.database)
    if path.exists():
        return None
    from crm.config import default_database_target
    from crm.db import missing_database_problem

    # A database that was there and is gone, or a chosen folder that does not exist, is not
    # a first run: opening it says what happened. The default folder is made at the first run.
    if missing_database_problem(path) is not None and (
            path.parent.is_dir() or str(path) != str(to_url(default_database_target()).database)):
        return None
    problem = secrets.keyring_problem()
    if problem is not None and encryption.environment_key() is not None:
        problem = None  # MISSION_CRM_PASSPHRASE gives the key: nothing to ask
    return FirstRun(path, problem)


def keyring_advice() -> str:
    """What to do on this system to get a keyring that can keep the database key."""
    if sys.platform.startswith("linux"):
        return QCoreApplication.translate(
            "Welcome",
            "To have the key kept for you instead, this computer needs a password store "
            "(the Secret Service: GNOME Keyring or KDE Wallet), running and unlocked. On "
            "Debian or Ubuntu: install gnome-keyring (sudo apt install gnome-keyring), log out "
            "and in again, then use File ▸ Encrypt Database….")
    return QCoreApplication.translate(
        "Welcome", "Make sure you are logged in to this computer with your own account, "
        "then use File ▸ Encrypt Database….")


class WelcomeDialog(QDialog):
    """Name, language, home phone region, where the data lives, encryption, how to begin."""

    def __init__(self, facts: FirstRun, parent: QWidget | None = None):
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("Welcome to Mission CRM"))
        self.setObjectName("welcome")
        preferences = Preferences.load()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<b>Welcome.</b> A few things to set up once; you can change "
                               "each of them later in Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.owner = QLineEdit(preferences.owner_name)
        self.owner.setObjectName("owner_name")
        self.owner.setPlaceholderText(self.tr("e.g. Léa Martin"))
        form.addRow(self.tr("Your &name:"), self.owner)
        self.language = language_box(preferences.language)
        form.addRow(self.tr("&Language:"), self.language)
        self.region = QLineEdit(preferences.default_region)
        self.region.setObjectName("default_region")
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(60)
        form.addRow(self.tr("Home phone &region:"), self.region)
        form.addRow("", self._hint(self.tr("Two-letter country code used for numbers typed "
                                           "without +, e.g. BE or US.")))
        location = QLabel(str(facts.path))
        location.setObjectName("location")
        location.setWordWrap(True)
        form.addRow(self.tr("Your data:"), location)
        layout.addLayout(form)
        layout.addWidget(self._encryption_box())
        layout.addWidget(self._start_box(preferences.team_server))

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour()}")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Begin"))
        self.ok_button.setObjectName("begin")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # Wide enough for the wrapped explanations, as high as they need (fits 1366x768).
        self.setMinimumWidth(640)
        self.resize(640, max(self.sizeHint().height(), layout.heightForWidth(640)))
        self._choice = WelcomeChoice(EMPTY, None, "")

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)
        return label

    def _encryption_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Encryption"))
        column = QVBoxLayout(box)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if self.facts.keyring_problem is None:
            text = self.tr("Your contacts will be encrypted on this computer. The key is kept "
                           "by the system's password store, so you will never type it. To "
                           "open them on another computer one day, save a recovery key "
                           "(File ▸ Save Recovery Key…).")
            self.passphrase.hide()
            self.confirm.hide()
        else:
            text = self.tr("This computer has no password store that can keep a key for "
                           "you ({reason}). Choose a passphrase to encrypt your contacts: you "
                           "will type it each time the app opens. Leave it empty and they "
                           "are stored unencrypted, readable by anyone who gets this "
                           "computer's disk.").format(reason=self.facts.keyring_problem)
        explanation = QLabel(text)
        explanation.setObjectName("encryption")
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        if self.facts.keyring_problem is not None:
            fields = QFormLayout()
            fields.addRow(self.tr("&Passphrase:"), self.passphrase)
            fields.addRow(self.tr("&Again:"), self.confirm)
            column.addLayout(fields)
            advice = self._hint(keyring_advice())
            advice.setObjectName("keyring-advice")
            column.addWidget(advice)
        return box

    def _start_box(self, server: str) -> QGroupBox:
        box = QGroupBox(self.tr("How do you want to begin?"))
        column = QVBoxLayout(box)
        self.starts = QButtonGroup(self)
        choices = ((SAMPLE, self.tr("Load the &sample mission (USA, June 2022) to try things "
                                    "out")),
                   (EMPTY, self.tr("Start &empty")),
                   (TEAM, self.tr("Connect to my delegation's &team server")))
        self._buttons: dict[str, QRadioButton] = {}
        for key, label in choices:
            button = QRadioButton(label)
            button.setObjectName(f"start-{key}")
            self.starts.addButton(button)
            self._buttons[key] = button
            column.addWidget(button)
        self.server = QLineEdit(server)
        self.server.setObjectName("server")
        self.server.setPlaceholderText("postgresql://alice@db.example.org/delegation")
        column.addWidget(self.server)
        column.addWidget(self._hint(self.tr("The address your delegation's administrator gave "
                                            "you; the password is asked when you sync.")))
        self._buttons[EMPTY].setChecked(True)
        self.server.setEnabled(False)
        self._buttons[TEAM].toggled.connect(self.server.setEnabled)
        return box

    def select_start(self, key: str) -> None:
        """Choose how to begin (SAMPLE, EMPTY or TEAM), as a click would."""
        self._buttons[key].setChecked(True)

    def start(self) -> str:
        return next(key for key, button in self._buttons.items() if button.isChecked())

    def _show_error(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()

    def accept(self) -> None:
        from crm.services.validation import normalize_country

        try:
            region = normalize_country(self.region.text(), field="default_region") or "BE"
        except ValidationError:
            self._show_error(self.tr("Home phone region: a two-letter country code (BE, US …)."),
                             self.region)
            return
        passphrase = self.passphrase.text() if self.facts.keyring_problem else ""
        if passphrase and len(passphrase) < MIN_PASSPHRASE:
            self._show_error(self.tr("Passphrase: use at least {n} characters.").format(
                n=MIN_PASSPHRASE), self.passphrase)
            return
        if passphrase and passphrase != self.confirm.text():
            self._show_error(self.tr("The two passphrases differ."), self.confirm)
            return
        start = self.start()
        server = self.server.text().strip() if start == TEAM else ""
        if start == TEAM:
            from crm.db import to_url

            try:
                if not server or to_url(server).get_backend_name() != "postgresql":
                    raise UserError("not a team server")
            except UserError:
                self._show_error(self.tr("Team server: its address, such as "
                                         "postgresql://alice@db.example.org/delegation."),
                                 self.server)
                return
        preferences = Preferences.load()
        preferences.owner_name = self.owner.text().strip()
        preferences.default_region = region
        preferences.language = self.language.currentData()
        if server:
            preferences.team_server = server
        preferences.save()
        self._choice = WelcomeChoice(start, passphrase or None, server)
        super().accept()

    def reject(self) -> None:
        # Closing the window is "start empty" with the defaults: the app opens all the same,
        # and the database it creates means the question is not asked again.
        self._choice = WelcomeChoice(EMPTY, None, "")
        super().reject()

    def choice(self) -> WelcomeChoice:
        return self._choice


def language_box(current: str) -> QComboBox:
    """The language choice of the welcome dialog and of Settings (Preferences.language)."""
    box = QComboBox()
    box.setObjectName("language")
    box.addItem(QCoreApplication.translate("Welcome", "Follow the system"), "system")
    for code, name in LANGUAGE_NAMES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def begin(window: MainWindow, choice: WelcomeChoice) -> None:
    """After the database is open: load the sample mission, or open the sync dialog on the
    team server chosen (an empty start needs nothing)."""
    if choice.start == SAMPLE:
        from crm.services.demo import load_demo
        from ui.operations import Operation

        owner = Preferences.load().owner_name or None
        Operation(window, lambda: window.db.write(load_demo, owner=owner), changes={"all"},
                  label=window.tr("Loading the sample mission…")).success(
            lambda _result: window.status_message(window.tr("The sample mission is loaded."))
        ).run()
    elif choice.start == TEAM:
        from ui.features.sync import open_sync

        open_sync(window)
