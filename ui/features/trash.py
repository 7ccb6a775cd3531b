"""The trash as a page of the main window: what was deleted, and Restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.app import icon
from ui.i18n import translate
from ui.views.trash import TrashPage, update_title

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    page = TrashPage(window)
    window.add_page("trash", translate("TrashPage", "Trash"), page, icon=icon("delete"))
    update_title(window)  # "Trash (3)" from the start, counted off the GUI thread
