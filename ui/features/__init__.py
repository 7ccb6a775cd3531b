"""Features other engineers plug into the main window, without editing main_window.py.

A feature is a module ``ui/features/<name>.py`` with ``install(window: MainWindow) -> None``,
listed once in ``FEATURES`` below. ``MainWindow`` calls ``install_features`` when it is built.
What a feature may use on ``window`` (see ``ui.main_window.MainWindow``):

- ``window.db``                         the open ``crm.db.Database`` (``db.read``/``db.write``)
- ``window.add_page(key, title, widget, icon=None)``  a navigation entry + page; the widget may
  implement ``set_search(text)`` and ``refresh()`` (see ``ui.main_window.Page``)
- ``window.set_page_title(key, title)`` e.g. "Follow-ups (3 overdue)"
- ``window.show_page(key)``, ``window.show_contact(contact_id)``, ``window.show_company(id)``,
  ``window.show_session(id)``
- ``window.menu(name)``                 the QMenu "File", "Edit", "View", "Tools" or "Help"
- ``window.toolbar``                    the main toolbar (add a QAction)
- ``window.status_message(text)``       a message in the status bar
- ``window.offer_undo(text, undo)``     a message with an Undo button (and Ctrl+Z)
- ``window.page(key)``                  a page widget, e.g. ``window.page("contacts")``
  (``ContactsPage.current_filter()`` gives the ``ContactFilter`` the table shows)
- ``ui.operations``                     ``Operation`` (work off the GUI thread with progress)
  and ``hub().changed`` (frozenset of kinds) to refresh on any change
- ``ui.dialogs.settings.register_settings_tab(factory)`` a tab in the Settings dialog
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Installer = Callable[["MainWindow"], None]

FEATURES: list[Installer] = []


def _register() -> None:
    # Imported here, not at the top: a feature imports the views, which import this package.
    from ui.features import duplicates, followups, import_export, privacy, sync, trash

    FEATURES.append(followups.install)
    FEATURES.append(duplicates.install)
    FEATURES.append(import_export.install)
    FEATURES.append(sync.install)
    FEATURES.append(privacy.install)
    FEATURES.append(trash.install)


_register()


def install_features(window: MainWindow) -> None:
    """Install every feature into ``window``, in the order of ``FEATURES``."""
    for install in FEATURES:
        install(window)
