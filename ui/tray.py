"""Reminders without a server or cron: the running app checks on start and every few minutes.

Follow-ups that became due raise a system tray notification (once per follow-up per day, see
``crm.services.reminders``); the tray icon's menu lists everything due, and clicking an entry
(or the notification) opens it in the follow-ups page. Where the platform has no system tray,
the same list shows in the window, as a "Due follow-ups" panel above the pages.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from crm.clock import utcnow
from crm.errors import UserError
from crm.services.followups import Bucket, FollowUpRow
from crm.services.reminders import count_due_on, due_followups, local_date, take_reminders
from ui.app import icon, settings
from ui.format import short_date
from ui.i18n import translate
from ui.operations import Operation, notify_changed

if TYPE_CHECKING:
    from ui.main_window import MainWindow

CHECK_INTERVAL_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 1500
MENU_LIMIT = 15  # entries in the tray menu; the rest are one click away on the page
NOTIFY_LINES = 3
PANEL_LINES = 4
PANEL_LIMIT = 100  # the panel lists this many; the page has them all
NOTIFY_MS = 15_000
EXPANDED_KEY = "reminder_panel/expanded"


def due_summary(count: int) -> str:
    """The panel's and the tray menu's headline: "Due follow-ups: 14" (overdue or due today,
    the count the navigation shows, from ``crm.services.reminders.count_due_on``)."""
    return Reminders.tr("Due follow-ups: %n", "", count)


def describe(row: FollowUpRow, today: date) -> str:
    """One line about a due follow-up: "Send the deck — Ava Whitfield (overdue since 2 Jun)"."""
    if row.bucket(today) is Bucket.OVERDUE:
        when = QCoreApplication.translate("Reminders", "overdue since {date}").format(
            date=short_date(row.effective_due))
    else:
        when = QCoreApplication.translate("Reminders", "due today")
    return f"{row.title} — {row.contact_name} ({when})"


class ReminderPanel(QDockWidget):
    """The due follow-ups inside the window, where there is no system tray: one line (the
    count, the first one due) that unfolds into the list; folded or not is remembered."""

    def __init__(self, reminders: Reminders):
        super().__init__(translate("Reminders", "Due follow-ups"))
        self.setObjectName("reminder-panel")
        self.reminders = reminders
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setTitleBarWidget(QWidget())  # the summary line says what the panel is
        self.list = QListWidget()
        self.list.setObjectName("reminder-list")
        self.list.setAccessibleName(translate("Reminders", "Due follow-ups"))
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.toggle = QToolButton()
        self.toggle.setObjectName("reminder-toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = QLabel()
        self.summary.setObjectName("reminder-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy.Policy
        self.summary.setSizePolicy(policy.Ignored, policy.Preferred)  # elided, never wider
        self.open_button = QPushButton(translate("Reminders", "Open follow-ups"))
        self.open_button.setObjectName("reminder-open")
        self.open_button.clicked.connect(lambda: reminders.open_followup(None))
        dismiss = QPushButton(translate("Reminders", "Hide until tomorrow"))
        dismiss.setObjectName("reminder-dismiss")
        dismiss.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_button)
        top.addWidget(dismiss)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setWidget(body)
        self.dismissed_on: date | None = None
        self._first_line = ""
        self.toggle.setChecked(settings().value(EXPANDED_KEY, False, type=bool))
        self.set_expanded(self.toggle.isChecked())

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Unfold the list (or fold it to the one line); remembered for the next start."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.list.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(translate("Reminders", "Hide the list") if expanded
                               else translate("Reminders", "Show the list"))
        self.toggle.setAccessibleName(self.toggle.toolTip())
        settings().setValue(EXPANDED_KEY, expanded)
        self._show_summary()

    def _show_summary(self) -> None:
        # Folded: the first one due, so the line says something without unfolding it.
        text = translate("Reminders", "Click one to open it.") if self.is_expanded() \
            else self._first_line
        metrics = self.summary.fontMetrics()
        width = max(self.summary.width(), 1)
        self.summary.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        self.summary.setToolTip(text)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._show_summary()

    def show_rows(self, rows: list[FollowUpRow], total: int, today: date) -> None:
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(describe(row, today))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        # Up to PANEL_LINES rows tall: the panel must not crowd out the page below it.
        lines = max(1, min(len(rows), PANEL_LINES))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * lines
                                 + 2 * self.list.frameWidth() if rows else 0)
        # The count is the navigation's (``due_summary``): one number, one meaning.
        self.toggle.setText(due_summary(total))
        self._first_line = describe(rows[0], today) if rows else ""
        self._show_summary()
        self.setVisible(bool(rows) and self.dismissed_on != today)

    def dismiss(self) -> None:
        self.dismissed_on = self.reminders.today
        self.hide()

    def _open(self, item: QListWidgetItem) -> None:
        self.reminders.open_followup(item.data(Qt.ItemDataRole.UserRole))


class Reminders(QObject):
    """Checks for due follow-ups on start and every few minutes; notifies and lists them."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.due: list[FollowUpRow] = []
        self.due_count = 0
        self.notified: list[FollowUpRow] = []
        self.today: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_in_background)
        self.checking: Operation | None = None
        self.menu = QMenu()
        self.menu.setObjectName("reminder-menu")
        self.tray: QSystemTrayIcon | None = None
        self.panel: ReminderPanel | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setContextMenu(self.menu)
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()
        else:
            self.panel = ReminderPanel(self)
            window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.panel)
            self.panel.hide()

    def start(self) -> None:
        """Check once the app is up and running, then every few minutes.

        The first check waits for the event loop: the window shows at once, and a run that
        never enters the loop (``--screenshot``) does not use up today's notifications.
        """
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check_in_background)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> list[FollowUpRow]:
        """Notify of follow-ups that became due, refresh the lists; returns the notified ones."""
        try:
            found = self._look()
        except (SQLAlchemyError, UserError) as exc:
            self._skipped(exc)
            return []
        return self._show(found)

    def check_in_background(self) -> None:
        """``check`` with its queries on a worker thread: the timer's rounds never freeze the
        window (the first of a day marks every due follow-up, 250k at a million contacts)."""
        if self.checking is not None and not self.checking.done:
            return  # the last round is still at it
        self.checking = (Operation(self, self._look).success(self._show)
                         .failure(self._skipped).run())

    def _look(self) -> tuple[date, list[FollowUpRow], list[FollowUpRow], int]:
        # On a worker thread when run by check_in_background: database only, no widgets.
        now = utcnow()
        today = local_date(now)
        fresh = self.db.write(take_reminders, now=now)
        due = self.db.read(due_followups, on=today, limit=PANEL_LIMIT)
        return today, fresh, due, self.db.read(count_due_on, on=today)

    def _skipped(self, exc: Exception) -> None:
        # Busy or briefly unreachable (a team server offline): try again next round.
        print(f"mission-crm: reminders skipped this round ({exc})", file=sys.stderr)

    def _show(self, found: tuple[date, list[FollowUpRow], list[FollowUpRow], int]
              ) -> list[FollowUpRow]:
        today, fresh, self.due, self.due_count = found
        if self.today is not None and today != self.today:
            # A new day: what is "today" and "overdue" moved, in every view.
            notify_changed("followups")
        self.today = today
        self._fill_menu()
        if self.panel is not None:
            self.panel.show_rows(self.due, self.due_count, today)
        if fresh:
            self.notify(fresh)
        return fresh

    def notify(self, rows: list[FollowUpRow]) -> None:
        """A system notification about follow-ups that became due."""
        self.notified = rows
        if self.tray is None:
            return
        if len(rows) == 1:
            title = self.tr("Follow-up due")
        else:
            title = self.tr("%n follow-ups due", "", len(rows))
        lines = [describe(row, self.today or local_date()) for row in rows[:NOTIFY_LINES]]
        if len(rows) > NOTIFY_LINES:
            lines.append(self.tr("… and %n more", "", len(rows) - NOTIFY_LINES))
        self.tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information,
                              NOTIFY_MS)

    def _fill_menu(self) -> None:
        self.menu.clear()
        today = self.today or local_date()
        header = self.menu.addAction(due_summary(self.due_count)
                                     if self.due_count else self.tr("Nothing due today"))
        header.setEnabled(False)
        for row in self.due[:MENU_LIMIT]:
            action = self.menu.addAction(describe(row, today))
            action.setData(str(row.id))
            action.triggered.connect(lambda _c=False, fid=row.id: self.open_followup(fid))
        if self.due_count > MENU_LIMIT:
            more = self.menu.addAction(self.tr("All %n due follow-ups…", "", self.due_count))
            more.triggered.connect(lambda _c=False: self.open_followup(None))
        self.menu.addSeparator()
        show = QAction(self.tr("Open Mission CRM"), self.menu)
        show.triggered.connect(lambda _c=False: self.open_followup(None))
        self.menu.addAction(show)

    def open_followup(self, followup_id: uuid.UUID | None) -> None:
        """Bring the window up on the follow-ups page, with this follow-up selected."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        window.show_page("followups")
        if followup_id is not None:
            window.page("followups").select_followup(followup_id)  # type: ignore[attr-defined]

    def _message_clicked(self) -> None:
        self.open_followup(self.notified[0].id if len(self.notified) == 1 else None)

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_followup(None)
