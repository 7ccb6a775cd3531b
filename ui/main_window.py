"""The main window: navigation, stacked pages, a search field, menus, and the extension API.

Features (``ui/features``) hook in through the public methods below and never edit this file.

A page is any QWidget; it may implement the ``Page`` protocol: ``set_search(text)`` (the
search field filters the current page as the user types) and ``refresh()`` (reload from the
database; called when the page is shown). Optional: ``edit_selected()``, ``delete_selected()``
and ``new_item()`` (Enter, Delete and Ctrl+Shift+N act on the current page), and
``search_placeholder()``. Pages listen to ``ui.operations.hub().changed`` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

# Qt's namespace, and classes the window needs only once the database is open, are reached
# as QtCore.Qt / QtWidgets.X where used: importing such a name builds all its enums (the Qt
# namespace ~12 ms, QSizePolicy ~4 ms), and the window's first paint must not wait for that.
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QByteArray, QEventLoop, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.app import icon, settings

if TYPE_CHECKING:
    import uuid

    from PySide6.QtGui import QCloseEvent, QPaintEvent

    # Only for the hint: importing crm.db (SQLAlchemy, the models) would delay the first paint.
    from crm.db import Database

MENU_NAMES = ("File", "Edit", "View", "Tools", "Help")
SEARCH_DELAY_MS = 150  # let a fast typist finish a word before querying
SEARCH_MIN_WIDTH, SEARCH_MAX_WIDTH = 260, 560  # the toolbar's buttons keep their room at 1366


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    # uuid is imported when first needed: it pulls in `platform`, before the first paint.
    import uuid

    return uuid.UUID(str(value))


def _centred(widget: QWidget) -> QWidget:
    """``widget`` in the middle of a panel, laid out with stretches: the shell shown before
    the database opens touches no Qt enum (the Qt namespace costs ~12 ms to build)."""
    panel = QWidget()
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(widget)
    row.addStretch()
    column = QVBoxLayout(panel)
    column.addStretch()
    column.addLayout(row)
    column.addStretch()
    return panel


def with_mnemonic(title: str, taken: set[str]) -> str:
    """``title`` with "&" before its first letter not in ``taken`` (a menu's Alt+letter)."""
    for position, char in enumerate(title):
        if char.isalnum() and char.lower() not in taken:
            return f"{title[:position]}&{title[position:]}"
    return title


@runtime_checkable
class Page(Protocol):
    """What the main window asks of a page (both methods are optional in practice)."""

    def set_search(self, text: str) -> None: ...

    def refresh(self) -> None: ...


class MainWindow(QMainWindow):
    """Contacts, companies and sessions, plus whatever features add."""

    first_painted = Signal()

    def __init__(self, db: Database | None, *, install: bool = True):
        """With ``db`` None, a light shell (menus, navigation, "Opening the database…") that
        shows at once; ``attach_database`` then adds the pages and the features."""
        super().__init__()
        self.db: Database = db  # type: ignore[assignment]  # set by attach_database
        self.setWindowTitle(self.tr("Mission CRM"))
        self.setWindowIcon(icon("app"))
        self._pages: dict[str, QWidget] = {}
        self._items: dict[str, QListWidgetItem] = {}
        self._searches: dict[str, str] = {}
        self._undo: Callable[[], None] | None = None
        self._painted = False

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(150)
        # The page icons are drawn in the highlight's own blue: on the style's selection colour
        # the current page lost its icon. A light tint keeps icon and text readable.
        self.nav.setStyleSheet(
            "QListWidget#navigation::item:selected { background: #d6e5f5; color: #1a1a1a; }")
        self.stack = QStackedWidget()
        self._opening = _centred(QLabel(self.tr("Opening the database…")))
        self._opening.setObjectName("opening-database")
        self._opening.setEnabled(False)
        self.stack.addWidget(self._opening)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1206])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self._menus = {name: self.menuBar().addMenu(self._menu_title(name))
                       for name in MENU_NAMES}
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._build_search()
        self._build_status_bar()
        self._build_actions()
        self._install = install
        # Until the database is open, only Quit and About make sense.
        for action in self._database_actions():
            action.setEnabled(False)
        self.search.setEnabled(False)
        self._hide_empty_menus()
        if db is not None:
            self.attach_database(db)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def wait_until_painted(self, timeout_ms: int = 1000) -> None:
        """Return once the window has been painted (or after ``timeout_ms``, for a window
        that is never exposed): start-up does its heavy work after the user sees the window,
        not while the window is still blank."""
        if self._painted or not self.isVisible():
            return
        loop = QEventLoop()
        self.first_painted.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.first_painted.disconnect(loop.quit)

    def attach_database(self, db: Database) -> None:
        """Add the pages and the features over the open ``db``, and show the contacts."""
        self.db = db
        for action in self._database_actions():
            action.setEnabled(True)
        self.stack.removeWidget(self._opening)
        self._opening.deleteLater()

        from ui.views.companies import CompaniesPage
        from ui.views.contacts import ContactsPage
        from ui.views.sessions import SessionsPage

        self.add_page("contacts", self.tr("Contacts"), ContactsPage(self), icon=icon("contacts"))
        self.add_page("companies", self.tr("Companies"), CompaniesPage(self),
                      icon=icon("companies"))
        self.add_page("sessions", self.tr("Sessions"), SessionsPage(self), icon=icon("sessions"))
        if self._install:
            from ui.features import install_features

            install_features(self)
        self._tidy_file_menu()
        self._finish_toolbar()
        self._hide_empty_menus()
        self.show_page("contacts")

    def _database_actions(self) -> tuple[QAction, ...]:
        return (self.capture_action, self.settings_action, self.new_action, self.edit_action,
                self.delete_action)

    # --- extension API -------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget, *, icon: QIcon | None = None,
                 position: int | None = None) -> None:
        """Add a navigation entry ``title`` showing ``widget``; ``key`` names it for show_page."""
        if key in self._pages:
            raise ValueError(f"page {key!r} exists already")
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(QtCore.Qt.ItemDataRole.UserRole, key)
        row = self.nav.count() if position is None else position
        self.nav.insertItem(row, item)
        self.stack.insertWidget(row, widget)
        self._pages[key] = widget
        self._items[key] = item
        self._add_view_action(key, title)
        selection_changed = getattr(widget, "selection_changed", None)
        if selection_changed is not None:
            selection_changed.connect(lambda page=widget: self._update_selection_actions(page))

    def set_page_title(self, key: str, title: str) -> None:
        """Change the navigation text of a page, e.g. "Follow-ups (3 overdue)"."""
        self._items[key].setText(title)

    def page_keys(self) -> list[str]:
        """The keys of the pages, in navigation order."""
        return [self.nav.item(row).data(QtCore.Qt.ItemDataRole.UserRole)
                for row in range(self.nav.count())]

    def page(self, key: str) -> QWidget:
        """The page widget added under ``key``."""
        return self._pages[key]

    def show_page(self, key: str) -> None:
        """Switch to the page ``key``."""
        self.nav.setCurrentItem(self._items[key])

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(QtCore.Qt.ItemDataRole.UserRole) if item else ""

    def menu(self, name: str) -> QMenu:
        """The menu "File", "Edit", "View", "Tools" or "Help", to add actions to."""
        menu = self._menus[name]
        menu.menuAction().setVisible(True)
        return menu

    def show_contact(self, contact_id: uuid.UUID | str) -> None:
        """Show the contacts page with this contact in the detail pane."""
        self.show_page("contacts")
        self._pages["contacts"].show_contact(_uuid(contact_id))  # type: ignore[attr-defined]

    def show_company(self, company_id: uuid.UUID | str) -> None:
        """Show the companies page with this company in the detail pane."""
        self.show_page("companies")
        self._pages["companies"].show_company(_uuid(company_id))  # type: ignore[attr-defined]

    def show_session(self, session_id: uuid.UUID | str) -> None:
        """Show the sessions page with this session in the detail pane."""
        self.show_page("sessions")
        self._pages["sessions"].show_session(_uuid(session_id))  # type: ignore[attr-defined]

    def status_message(self, text: str, timeout_ms: int = 6000) -> None:
        """A passing message in the status bar."""
        self._clear_undo()
        self.statusBar().showMessage(text, timeout_ms)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Say what was done, with an Undo button (and Ctrl+Z) until the next message."""
        self.statusBar().clearMessage()
        self._undo = undo
        self._undo_label.setText(text)
        self._undo_label.show()
        self._undo_button.show()
        self.undo_action.setEnabled(True)
        self.undo_action.setText(self.tr("&Undo: {what}").format(what=text))

    def undo(self) -> None:
        """Run the last offered undo, once."""
        undo, self._undo = self._undo, None
        self._clear_undo()
        if undo is not None:
            undo()

    # --- building ------------------------------------------------------------------------

    def _menu_title(self, name: str) -> str:
        titles = {"File": self.tr("&File"), "Edit": self.tr("&Edit"), "View": self.tr("&View"),
                  "Tools": self.tr("&Tools"), "Help": self.tr("&Help")}
        return titles[name]

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setFixedWidth(SEARCH_MIN_WIDTH)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self._undo_label = QLabel()
        self._undo_button = QPushButton(self.tr("Undo"))
        self._undo_button.setObjectName("undo-button")
        self._undo_button.clicked.connect(self.undo)
        bar.addWidget(self._undo_label)
        bar.addWidget(self._undo_button)
        self._undo_label.hide()
        self._undo_button.hide()
        self.count_label = QLabel()
        bar.addPermanentWidget(self.count_label)

    def _clear_undo(self) -> None:
        self._undo = None
        self._undo_label.hide()
        self._undo_button.hide()
        self.undo_action.setEnabled(False)
        self.undo_action.setText(self.tr("&Undo"))

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str |
                QKeySequence.StandardKey | None = None, icon_name: str | None = None, *,
                fallback: str | None = None) -> QAction:
        """An action; a standard ``shortcut`` takes the platform's keys for it, else
        ``fallback`` where the platform has none (Quit and Preferences on some desktops)."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Recorded so the shortcut test knows the key is this action's own standard one.
            action.setProperty("standard_key", shortcut.name)
            keys = QKeySequence.keyBindings(shortcut) or (
                [QKeySequence(fallback)] if fallback else [])
            action.setShortcuts(keys)
        elif shortcut is not None:
            # setShortcuts, not setShortcut: the latter's overloads make PySide6 load its
            # signature machinery and the Qt namespace (~18 ms before the first paint).
            action.setShortcuts([QKeySequence(shortcut)])
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        file_menu, edit_menu = self._menus["File"], self._menus["Edit"]
        self.capture_action = self._action(self.tr("Quick ca&pture…"), self.quick_capture,
                                           QKeySequence.StandardKey.New, "capture")
        self.capture_action.setToolTip(self.tr("Log a person you just met (Ctrl+N)"))
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings,
                                            QKeySequence.StandardKey.Preferences, "settings",
                                            fallback="Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit, fallback="Ctrl+Q")
        self.quit_action.setObjectName("quit")
        file_menu.addAction(self.capture_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.new_action = self._action(self.tr("&New…"), lambda: self._page_call("new_item"),
                                       "Ctrl+Shift+N", "new")
        self.edit_action = self._action(self.tr("&Edit selected…"),
                                        lambda: self._page_call("edit_selected"), "F2", "edit")
        self.delete_action = self._action(self.tr("&Delete selected…"),
                                          lambda: self._page_call("delete_selected"),
                                          QKeySequence.StandardKey.Delete, "delete")
        find_action = self._action(self.tr("&Find"), self.focus_search,
                                   QKeySequence.StandardKey.Find)
        for action in (self.undo_action, None, self.new_action, self.edit_action,
                       self.delete_action, None, find_action):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)

        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts…"),
                                             self.show_shortcuts,
                                             QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.setObjectName("keyboard-shortcuts")
        self.shortcuts_action.setShortcuts([*self.shortcuts_action.shortcuts(),
                                            QKeySequence("Ctrl+/")])
        about = self._action(self.tr("&About Mission CRM"), self._about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self._menus["Help"].addAction(self.shortcuts_action)
        self._menus["Help"].addAction(about)

    def _finish_toolbar(self) -> None:
        self.toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.capture_action, self.new_action, self.edit_action,
                       self.delete_action):
            self.toolbar.addAction(action)
        spacer = QWidget()
        policy = QtWidgets.QSizePolicy.Policy
        spacer.setSizePolicy(policy.Expanding, policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)

    def _tidy_file_menu(self) -> None:
        """Settings then Quit at the end of the File menu, whatever features appended after
        them (sync, backups ...), each group between single separators."""
        menu = self._menus["File"]
        ordered = [a for a in menu.actions()
                   if a not in (self.settings_action, self.quit_action)]
        separators = [QAction(self), QAction(self)]
        for separator in separators:
            separator.setSeparator(True)
        ordered += [separators[0], self.settings_action, separators[1], self.quit_action]
        tidy: list[QAction] = []
        for action in ordered:
            if action.isSeparator() and (not tidy or tidy[-1].isSeparator()):
                continue
            tidy.append(action)
        for action in menu.actions():
            menu.removeAction(action)
        menu.addActions(tidy)

    def _add_view_action(self, key: str, title: str) -> None:
        index = len(self._pages)
        shortcut = f"Ctrl+{index}" if index <= 9 else None
        taken = {a.text().lower()[a.text().find("&") + 1] for a in self._menus["View"].actions()
                 if "&" in a.text()}
        action = self._action(with_mnemonic(title, taken), lambda: self.show_page(key), shortcut)
        action.setObjectName(f"show-{key}")
        self._menus["View"].addAction(action)

    def _hide_empty_menus(self) -> None:
        for menu in self._menus.values():
            menu.menuAction().setVisible(bool(menu.actions()))

    # --- behaviour -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        key = self.current_page_key()
        text = self.search.text()
        if self._searches.get(key, "") == text:
            return
        self._searches[key] = text
        page = self._pages.get(key)
        if page is not None and hasattr(page, "set_search"):
            page.set_search(text)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        key = self.current_page_key()
        page = self._pages[key]
        self.search.blockSignals(True)
        self.search.setText(self._searches.get(key, ""))
        self.search.blockSignals(False)
        searchable = hasattr(page, "set_search")
        self.search.setEnabled(searchable)
        placeholder = getattr(page, "search_placeholder", None)
        self.search.setPlaceholderText(placeholder() if callable(placeholder)
                                       else self.tr("Search (Ctrl+F)"))
        self._fit_search()
        self.new_action.setEnabled(hasattr(page, "new_item"))
        self._update_selection_actions(page)
        self.count_label.clear()
        if hasattr(page, "refresh"):
            page.refresh()

    def _update_selection_actions(self, page: QWidget) -> None:
        """Edit selected / Delete selected: for the page shown, when it has something
        selected (a page with ``has_selection`` says; an empty Follow-ups page has nothing
        to edit)."""
        if page is not self._pages.get(self.current_page_key()):
            return
        has_selection = getattr(page, "has_selection", None)
        selected = has_selection() if callable(has_selection) else True
        for action, name in ((self.edit_action, "edit_selected"),
                             (self.delete_action, "delete_selected")):
            action.setEnabled(hasattr(page, name) and selected)

    def _fit_search(self) -> None:
        """Widen the search field so its hint reads whole (it names what the page searches),
        within bounds that leave the toolbar its buttons at 1366 px."""
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        # The search icon and the clear button are about as wide as the field is tall.
        chrome = 2 * self.search.sizeHint().height() + 16
        self.search.setFixedWidth(max(SEARCH_MIN_WIDTH, min(SEARCH_MAX_WIDTH, hint + chrome)))

    def _page_call(self, name: str) -> None:
        page = self._pages.get(self.current_page_key())
        method = getattr(page, name, None)
        if callable(method):
            method()

    def quick_capture(self) -> None:
        """Log a person just met (Ctrl+N)."""
        from ui.dialogs.quick_capture import QuickCaptureDialog

        dialog = QuickCaptureDialog(self.db, self)
        dialog.exec()
        if dialog.saved_names:
            self.status_message(self.tr("Saved {names}.").format(
                names=", ".join(dialog.saved_names)))
        if dialog.result() and dialog.saved_id is not None:
            self.show_contact(dialog.saved_id)  # type: ignore[arg-type]

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every action and its keys, searchable."""
        from ui.dialogs.shortcuts import KeyboardShortcutsDialog

        dialog = KeyboardShortcutsDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._shortcuts_dialog = dialog

    def open_settings(self) -> None:
        from ui.dialogs.settings import SettingsDialog

        SettingsDialog(self).exec()

    def _about(self) -> None:
        from ui.dialogs.about import AboutDialog

        AboutDialog(self.db, self).exec()

    def restore_geometry(self) -> None:
        """Put the window back where the user left it."""
        state = settings().value("main_window/geometry")
        if isinstance(state, QByteArray):
            self.restoreGeometry(state)
        else:
            self.resize(1280, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
