"""The dashboard: who was met where, and how the follow-ups stand, as QtCharts.

Every number comes from ``crm.services.dashboard`` (the same counts as the follow-ups view and
``list followups --due``); the charts are those of the PDF report (``ui.charts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm.clock import local_today
from crm.services.dashboard import Dashboard, dashboard
from ui.charts import OVERDUE_COLOUR, dashboard_charts
from ui.format import short_date
from ui.operations import hub
from ui.views.reloading import ReloadsOnChange

if TYPE_CHECKING:
    from ui.main_window import MainWindow

KINDS = ("contacts", "companies", "sessions", "followups", "missions", "tags")


class Figure(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str, name: str, colour: str | None = None):
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("0")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number.setFont(font)
        if colour:
            self.number.setStyleSheet(f"color: {colour};")
        self.caption = QLabel(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))


class DashboardPage(ReloadsOnChange, QWidget):
    """``window.page("dashboard")``."""

    kinds = KINDS

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.data: Dashboard | None = None
        self.figures = {
            "contacts": Figure(self.tr("Contacts"), "figure-contacts"),
            "overdue": Figure(self.tr("Overdue"), "figure-overdue", OVERDUE_COLOUR.name()),
            "today": Figure(self.tr("Due today"), "figure-today"),
            "this_week": Figure(self.tr("Due this week"), "figure-this-week"),
            "later": Figure(self.tr("Later"), "figure-later"),
            "done": Figure(self.tr("Done"), "figure-done"),
        }
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure)
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        for number, name in enumerate(("sessions", "weeks", "kinds", "countries")):
            view = QChartView()
            view.setObjectName(f"chart-{name}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            self.views[name] = view
            grid.addWidget(view, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        hub().changed.connect(self._changed)

    def charts(self) -> dict[str, QChart]:
        """The charts shown, by name: sessions, weeks, kinds, countries."""
        return {name: view.chart() for name, view in self.views.items()}

    def refresh(self) -> None:
        self._stale = False
        self.data = self.db.read(dashboard, today=local_today())
        totals = self.data.followups
        values = {"contacts": self.data.contacts, "overdue": totals.overdue,
                  "today": totals.today, "this_week": totals.this_week, "later": totals.later,
                  "done": totals.done}
        for key, value in values.items():
            self.figures[key].set_value(value)
        for name, chart in dashboard_charts(self.data).items():
            old = self.views[name].chart()
            self.views[name].setChart(chart)
            if old is not None:
                old.deleteLater()
        self.window_.count_label.setText(
            self.tr("as of {date}").format(date=short_date(self.data.today)))

