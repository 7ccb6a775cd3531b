"""The QApplication: open the database, show the main window (or render it to a PNG)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

# Qt's namespace is reached as QtCore.Qt where used: importing the name `Qt` builds all its
# enums (~12 ms), and the window's first paint must not wait for that.
from PySide6 import QtCore
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm import config
from crm.errors import NotADatabaseError, UserError
from crm.resources import resource_path
from ui.i18n import chosen_language, install_translators, system_language, translate

if TYPE_CHECKING:
    # crm.db is imported when the database is opened, after the window shows (it pulls in
    # SQLAlchemy and the models: most of the start-up time).
    from crm.db import Database
    from ui.dialogs.welcome import WelcomeChoice

RESOURCES = resource_path()
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"
SCREEN_SIZE = (1366, 768)  # the laptop screen every window and dialog must fit
QUIT_AFTER_PAINT_ENV = "MISSION_CRM_QUIT_AFTER_FIRST_PAINT"


def icon(name: str) -> QIcon:
    """An icon from resources/icons/NAME.svg."""
    return QIcon(str(ICONS / f"{name}.svg"))


def settings() -> QSettings:
    """The app's per-user UI state (window geometry, last used session ...), an INI file next
    to the preferences (so tests, which move the config folder, never touch the real one)."""
    return QSettings(str(config.config_dir() / "ui-state.ini"), QSettings.Format.IniFormat)


def database_target(cli_target: str | None) -> str | None:
    """``--db``, else the location chosen in Settings, else the default (crm.db decides)."""
    return cli_target or config.Preferences.load().database or None


def _passphrase_question(target: str | None, create: bool = False
                         ) -> tuple[str | None, Path | None, str | None]:
    """What must be asked before opening ``target``: ("open" | "new" | None, the file, why the
    keyring cannot help). Run off the GUI thread: it imports SQLAlchemy and sqlcipher, asks
    the keyring (which may wait for the OS) and tries keys (a slow key derivation)."""
    from crm import encryption, secrets
    from crm.db import missing_database_problem, resolve_target, to_url

    url = to_url(resolve_target(target))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None, None, None
    path = Path(url.database)
    if missing_database_problem(path, create=create) is not None:
        return None, None, None  # the opening refuses it, with that message: nothing to ask
    needed = encryption.prompt_needed(path)
    return needed, path, secrets.keyring_problem() if needed == "new" else None


def _passphrase_opens(path: Path, passphrase: str) -> bool:
    from crm import encryption

    return encryption.key_opens(path, encryption.key_from_text(passphrase, "prompt"))


def ask_passphrase(target: str | None, parent: QWidget | None = None, *,
                   create: bool = False) -> str | None:
    """Before opening: the passphrase the database needs, if the keyring and the environment
    cannot give its key (an encrypted file), or None. For a new file without a secure
    keyring, the passphrase to encrypt it with (None: the user goes on unencrypted).

    Only the dialogs run on the GUI thread, so the window paints and stays responsive
    while the checks run."""
    from ui.operations import Operation  # after the first paint (thread pool, dialogs)

    opening = translate("App", "Opening the database…")
    needed, path, problem = Operation(parent, lambda: _passphrase_question(target, create),
                                      label=opening).wait()
    if needed is None or path is None:
        return None
    from ui.dialogs.passphrase import PassphraseDialog

    if needed == "new":
        dialog = PassphraseDialog(path, "new", parent, problem=problem)
        return dialog.value() if dialog.exec() else None
    mode = "open"
    while True:
        dialog = PassphraseDialog(path, mode, parent)
        if not dialog.exec():
            from crm.encryption import WRONG_KEY
            from crm.i18n import _

            raise NotADatabaseError(
                translate("App", "{file}: {problem} (no passphrase given)")
                .format(file=path, problem=_(WRONG_KEY)))
        passphrase = dialog.value()
        opens = Operation(parent, lambda typed=passphrase: _passphrase_opens(path, typed),
                          label=opening).wait()
        if opens:
            return passphrase
        mode = "retry"


def open_database_for_ui(target: str | None, parent: QWidget | None = None, *,
                         interactive: bool = True, create: bool = False,
                         welcomed: WelcomeChoice | None = None) -> Database:
    """Open the database for the app, off the GUI thread (migrations can take a while).

    The one place the app opens a database. ``interactive``: ask for a passphrase where one is
    needed (encrypted file without a usable keyring; a new file to encrypt) and show what the
    user should know (e.g. "this database is NOT encrypted"). ``welcomed``: the first run's
    answers, which already gave the new file's passphrase (or none) and explained encryption,
    so nothing is asked or shown again. Raises ``UserError`` with a message for the user when
    it cannot be opened.
    """
    if welcomed is not None:
        # The user chose to begin: the new database (and its folder) is created.
        answer, interactive, create = welcomed.passphrase, False, True
    else:
        answer = ask_passphrase(target, parent, create=create) if interactive else None

    def prompt(_path: Path, reason: str) -> str | None:
        # Checked on the GUI thread already: given once, never asked again from the worker.
        return answer if reason in ("open", "new") else None

    def open_it() -> Database:
        # Imported on the worker: SQLAlchemy and the models take a while to load.
        from crm.db import open_database

        return open_database(target, prompt=prompt, create=create)

    from ui.operations import Operation

    db = Operation(parent, open_it, label=translate("App", "Opening the database…")).wait()
    if interactive and db.notices:
        QMessageBox.warning(parent, translate("App", "Mission CRM"), "\n\n".join(db.notices))
    return db


THEMES = ("system", "light", "dark")


def current_theme() -> str:
    """"system" (follow the system's light/dark setting), "light" or "dark"."""
    value = settings().value("appearance/theme", "system")
    return value if value in THEMES else "system"


def apply_theme(theme: str) -> None:
    """Use and remember a colour scheme; "system" follows the desktop (Qt 6.8+ hints)."""
    if theme not in THEMES:
        theme = "system"
    settings().setValue("appearance/theme", theme)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _set_scheme(app, theme)


def _set_scheme(app: QApplication, theme: str) -> None:
    scheme = QtCore.Qt.ColorScheme
    schemes = {"system": scheme.Unknown, "light": scheme.Light, "dark": scheme.Dark}
    app.styleHints().setColorScheme(schemes[theme])
    palette = app.style().standardPalette()
    if theme != "system":
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        # Some platforms ignore the requested scheme: then a palette of our own does it.
        if dark != (theme == "dark"):
            palette = dark_palette() if theme == "dark" else QPalette(QColor("#efefef"))
    app.setPalette(palette)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, for platforms whose theme offers none."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#262626"),
                         (roles.ToolTipBase, "#2b2b2b"), (roles.ToolTipText, "#e6e6e6"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#e6e6e6"), (roles.BrightText, "#ff6b6b"),
                         (roles.Highlight, "#3d7cc9"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, "#8ab4f8"), (roles.LinkVisited, "#c58af9"),
                         (roles.PlaceholderText, "#8c8c8c"), (roles.Mid, "#3a3a3a"),
                         (roles.Dark, "#1a1a1a"), (roles.Light, "#4a4a4a")):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def install_translations(app: QApplication, locale: QLocale | None = None) -> None:
    """Qt's own strings, ours and crm's messages in the language of ``locale``, else of this
    run (``--language``, the choice of the welcome dialog and Settings: ``language`` in the
    preferences, the system's): see ui/i18n.py."""
    saved = config.Preferences.load().language
    language = system_language(locale) if locale is not None else chosen_language(saved)
    install_translators(app, language, str(TRANSLATIONS))


def ensure_application() -> QApplication:
    """The QApplication, created once."""
    app = QApplication.instance()
    if app is None:
        # Fusion draws from the palette, which Qt 6.5+ sets from the system's light/dark scheme.
        # Chosen on the command line Qt reads, not with setStyle: touching a QStyle from Python
        # builds its enums, ~5 ms before the first paint.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        app.setApplicationName(config.APP_NAME)
        app.setOrganizationName(config.APP_AUTHOR)
        install_translations(app)
        app.setApplicationDisplayName(translate("App", "Mission CRM"))
        app.setWindowIcon(icon("app"))
        theme = current_theme()
        if theme != "system":
            _set_scheme(app, theme)
    return app  # type: ignore[return-value]


def parse_size(text: str | None) -> tuple[int, int]:
    """``--size`` "1366x768" as (width, height); the laptop size when not given."""
    if not text:
        return SCREEN_SIZE
    width, _x, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
            200 <= int(width) <= 10_000 and 200 <= int(height) <= 10_000):
        raise UserError(f"--size: '{text}' is not a window size such as 1366x768",
                        field="size")
    return int(width), int(height)


def render_screenshot(window: QWidget, path: str,
                      size: tuple[int, int] = SCREEN_SIZE) -> bool:
    """Lay the window out at ``size`` (a laptop's by default) offscreen, save it as a PNG."""
    from ui.operations import wait_for_operations

    window.resize(*size)
    window.show()
    # What the page reads off the GUI thread is in, and laid out, before the picture (taken
    # before, the status bar showed "2 sessions" at the width of the text before it: "2").
    wait_for_operations()
    QApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    window.repaint()
    return window.grab().save(path)


# Libraries Qt's X11 platform (xcb) loads that desktops do not always install, with their
# Debian/Ubuntu packages. Without one of them Qt aborts, naming libxcb-cursor0 whatever is missing.
XCB_LIBRARIES = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
                 "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
                 "libxcb-render-util.so.0": "libxcb-render-util0",
                 "libxkbcommon-x11.so.0": "libxkbcommon-x11-0"}


def window_system_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can open here, or None. Where Qt cannot reach a window system it aborts
    the process with a fatal message; the user gets a clear line instead.

    On Linux: no display at all (a server, an SSH session), or X11 without the xcb libraries
    Qt needs (``XCB_LIBRARIES``)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("there is no display to show the window on (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set). Start it from the desktop, or set "
                "QT_QPA_PLATFORM=offscreen to run without a window.")
    if getattr(sys, "frozen", False):
        return None  # the bundle carries the xcb libraries Qt needs, next to Qt itself
    import ctypes

    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(library)  # Qt loads them next anyway: quick when present
        except OSError:
            missing.append(package)
    if missing:
        return (f"Qt needs libraries to open a window on X11 that are not installed: "
                f"{', '.join(missing)}. Install them (Debian/Ubuntu: sudo apt-get install "
                f"{' '.join(missing)}), then start again.")
    return None


def welcome(window: QWidget) -> WelcomeChoice | None:
    """The first run's welcome dialog when the database to open does not exist yet (its
    answers), else None. The dialog's language choice applies at once to what follows."""
    from ui.dialogs.welcome import WelcomeDialog, first_run_facts
    from ui.operations import Operation

    target = database_target(None)
    try:
        facts = Operation(window, lambda: first_run_facts(target),
                          label=translate("App", "Opening the database…")).wait()
    except UserError:
        return None  # a bad location: opening it says so
    if facts is None:
        return None
    dialog = WelcomeDialog(facts, window)
    dialog.exec()
    app = QApplication.instance()
    if isinstance(app, QApplication) and config.Preferences.load().language != "system":
        install_translations(app)
    return dialog.choice()


def run_app(db_target: str | None, screenshot: str | None, *, size: str | None = None,
            page: str | None = None, create: bool = False) -> int:
    """Open the app on ``db_target``; with ``screenshot``, render to that PNG (of ``page``,
    at ``size``) and exit.

    The window shows first, as a light shell; the database opens off the GUI thread, then
    the pages and features are installed into the window.
    """
    if screenshot:
        try:
            window_size = parse_size(size)
        except UserError as exc:
            print(f"mission-crm: {exc.message}", file=sys.stderr)
            return 2
        # No window system is needed to render a picture.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        problem = window_system_problem()
        if problem:
            print(f"mission-crm: {problem}", file=sys.stderr)
            return 2
    app = ensure_application()
    from ui.main_window import MainWindow

    window = MainWindow(None)
    if not screenshot:
        window.restore_geometry()
        window.show()
        # The window is painted before anything heavy starts (imports, keyring, opening).
        window.wait_until_painted()
        if os.environ.get(QUIT_AFTER_PAINT_ENV):
            # benchmarks/run.py: the time to the first paint of the bundled app, against the
            # same in the virtual environment, ended here in both (no probe can be injected
            # into a bundle).
            os._exit(0)
    db: Database | None = None
    from crm.io.safety import remove_interrupted_writes

    # What an export killed half-way left (a hidden temporary file of plain contacts).
    remove_interrupted_writes()
    try:
        # The first run (no --db, no database yet): one welcome dialog, then never again.
        welcomed = None if screenshot or db_target else welcome(window)
        try:
            db = open_database_for_ui(database_target(db_target), window,
                                      interactive=not screenshot, create=create,
                                      welcomed=welcomed)
        except UserError as exc:
            if screenshot:
                print(f"mission-crm: {exc.message}", file=sys.stderr)
            else:
                QMessageBox.critical(window, translate("App", "Mission CRM"),
                                     translate("App", "Cannot open the database:\n{error}")
                                     .format(error=exc))
            return 2
        if not screenshot and not window.isVisible():
            return 0  # closed while the database was opening
        # The picture is taken of the populated window: the pages are installed first.
        window.attach_database(db)
        if welcomed is not None:
            from ui.dialogs.welcome import begin

            begin(window, welcomed)
        if screenshot:
            if page:
                if page not in window.page_keys():
                    print(f"mission-crm: --page: no page '{page}' (one of "
                          f"{', '.join(window.page_keys())})", file=sys.stderr)
                    return 2
                window.show_page(page)
            if not render_screenshot(window, screenshot, window_size):
                print(f"mission-crm: {screenshot}: cannot write the picture", file=sys.stderr)
                return 2
            return 0
        return app.exec()
    finally:
        window.close()
        if db is not None:
            db.close()
