"""Follow-ups feature: the Follow-ups page with its overdue count, the dashboard, reminders
(system tray or an in-window panel), email templates in Settings, and the PDF mission report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog

from crm.clock import local_today
from crm.services.reminders import count_due_on
from crm.services.report import report_data
from ui.app import icon
from ui.dialogs.email_templates import EmailTemplatesTab
from ui.dialogs.settings import register_settings_tab
from ui.i18n import translate
from ui.operations import Operation, affects, hub, show_error
from ui.tray import Reminders
from ui.views.dashboard import DashboardPage
from ui.views.followups import FollowUpsPage

if TYPE_CHECKING:
    from ui.main_window import MainWindow


NAV_PADDING = 40  # icon spacing, item margins and the frame around the navigation list



def followups_title(due: int) -> str:
    """The navigation entry: "Follow-ups (14 due)" (overdue or due today: the count of the
    reminders panel and the tray menu, ``count_due_on``), else plain."""
    if due:
        return NavigationCount.tr("Follow-ups (%n due)", "", due)
    return translate("FollowUps", "Follow-ups")


class NavigationCount(QObject):
    """Keeps the navigation entry's count in step with the data and the date."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        hub().changed.connect(self._changed)
        # Counted once the window is up: no queries while the window is being built.
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        title = followups_title(self.window.db.read(count_due_on, on=local_today()))
        self.window.set_page_title("followups", title)
        # Let the navigation grow (within its maximum) so the count is never cut off.
        nav = self.window.nav
        needed = (nav.fontMetrics().horizontalAdvance(title) + nav.iconSize().width()
                  + NAV_PADDING)
        if nav.width() < needed:
            nav.setMinimumWidth(min(needed, nav.maximumWidth()))

    def _changed(self, kinds: frozenset[str]) -> None:
        if affects(kinds, "followups", "contacts"):
            self.refresh()


def save_report(window: MainWindow) -> None:
    """Ask where, then write the PDF mission report there and open it."""
    suggested = str(Path.home() / f"mission-report-{local_today().isoformat()}.pdf")
    path, _ = QFileDialog.getSaveFileName(
        window, translate("FollowUps", "Save the mission report"), suggested,
        translate("FollowUps", "PDF document (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"

    def write(report) -> None:  # type: ignore[no-untyped-def]
        # Charts are drawn on the GUI thread (QtCharts are widgets); the data came off it.
        from ui.report import write_report

        try:
            written = write_report(report, path)
        except Exception as exc:
            show_error(window, exc)
            return
        window.status_message(translate("FollowUps", "Saved the mission report to {path}")
                              .format(path=written))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    Operation(window, lambda: window.db.read(report_data),
              label=translate("FollowUps", "Preparing the report…")).success(write).run()


def draft_email(window: MainWindow) -> None:
    """A draft to the follow-up or contact selected on the current page."""
    from ui.dialogs.draft_email import DraftEmailDialog

    key = window.current_page_key()
    if key == "followups":
        window.page("followups").draft_email()  # type: ignore[attr-defined]
        return
    contact_id = window.page("contacts").selected_id() if key == "contacts" else None  # type: ignore[attr-defined]
    if contact_id is None:
        window.status_message(translate("FollowUps", "Select a contact or a follow-up first."))
        return
    DraftEmailDialog(window.db, window, contact_id=contact_id).exec()


def install(window: MainWindow) -> None:
    followups = FollowUpsPage(window)
    window.add_page("followups", translate("FollowUps", "Follow-ups"), followups,
                    icon=icon("followups"))
    window.add_page("dashboard", translate("FollowUps", "Dashboard"), DashboardPage(window),
                    icon=icon("dashboard"))
    window.followups_count = NavigationCount(window)  # type: ignore[attr-defined]

    report = QAction(translate("FollowUps", "Mission &report (PDF)…"), window)
    report.setObjectName("mission-report")
    report.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
    report.setProperty("standard_key", QKeySequence.StandardKey.Print.name)
    report.triggered.connect(lambda _checked=False: save_report(window))
    file_menu = window.menu("File")
    file_menu.insertAction(window.settings_action, report)
    file_menu.insertSeparator(window.settings_action)
    window.report_action = report  # type: ignore[attr-defined]

    draft = QAction(translate("FollowUps", "Draft &email…"), window)
    draft.setObjectName("draft-email")
    draft.setShortcut("Ctrl+Shift+E")
    draft.triggered.connect(lambda _checked=False: draft_email(window))
    window.menu("Tools").addAction(draft)
    window.draft_action = draft  # type: ignore[attr-defined]

    register_settings_tab(EmailTemplatesTab)

    reminders = Reminders(window)
    window.reminders = reminders  # type: ignore[attr-defined]
    reminders.start()
