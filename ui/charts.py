"""QtCharts built from ``crm.services.dashboard`` data: the dashboard page and the PDF report
draw the same charts from the same numbers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from crm.services.dashboard import Count, Dashboard
from ui.format import country_name
from ui.i18n import translate

# Colours a reader tells apart, in print and for the common colour-vision deficiencies.
OVERDUE_COLOUR = QColor("#d1495b")
OPEN_COLOUR = QColor("#4a83c4")
DONE_COLOUR = QColor("#66a182")
BAR_COLOUR = QColor("#4a83c4")
LABEL_CHARS = 38  # longer category names are elided (session titles are long)




def _no_data(title: str) -> str:
    return translate("Charts", "{title} (no data yet)").format(title=title)


def elide(text: str, length: int = LABEL_CHARS) -> str:
    """``text`` cut to ``length`` characters with an ellipsis."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 11))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setBackgroundRoundness(4)
    return chart


def _count_axis(maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top = max(1, maximum)
    # Whole-number ticks: at most ~6 of them, so labels never crowd.
    step = max(1, -(-top // 5))
    axis.setRange(0, step * (-(-top // step)))
    axis.setTickCount(-(-top // step) + 1)
    return axis


def counts_chart(title: str, counts: list[Count], *, unknown: str,
                 horizontal: bool = False) -> QChart:
    """A bar per label; a ``None`` label is shown as ``unknown``. Each bar shows its number."""
    chart = _chart(title if counts else _no_data(title))
    bars = QBarSet(translate("Charts", "Contacts"))
    bars.setColor(BAR_COLOUR)
    labels = []
    # Horizontal bars read top-down in the given order: Qt draws the first category lowest.
    ordered = list(reversed(counts)) if horizontal else counts
    for count in ordered:
        bars.append(count.count)
        labels.append(elide(count.label or unknown))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    bars.setLabelColor(QColor("white"))
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels or [""])
    values = _count_axis(max((c.count for c in counts), default=0))
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().hide()
    return chart


def weeks_chart(data: Dashboard) -> QChart:
    """Follow-ups per week due: overdue, open and done, stacked."""
    title = translate("Charts", "Follow-ups by week due")
    chart = _chart(title if data.weeks else _no_data(title))
    overdue, upcoming, done = (QBarSet(translate("Charts", "Overdue")),
                               QBarSet(translate("Charts", "Open")),
                               QBarSet(translate("Charts", "Done")))
    for bar_set, colour in ((overdue, OVERDUE_COLOUR), (upcoming, OPEN_COLOUR),
                            (done, DONE_COLOUR)):
        bar_set.setColor(colour)
        bar_set.setLabelColor(QColor("white"))
    labels = []
    for week in data.weeks:
        overdue.append(week.overdue)
        upcoming.append(week.open)
        done.append(week.done)
        labels.append(QLocale().toString(
            QDate(week.week_start.year, week.week_start.month, week.week_start.day), "d MMM"))
    series = QStackedBarSeries()
    for bar_set in (overdue, upcoming, done):
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels or [""])
    categories.setTitleText(translate("Charts", "Week of"))
    values = _count_axis(max((w.overdue + w.open + w.done for w in data.weeks), default=0))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def dashboard_charts(data: Dashboard) -> dict[str, QChart]:
    """The dashboard's four charts by name: sessions, kinds, countries, weeks."""
    return {
        "sessions": counts_chart(translate("Charts", "Contacts met per session"), data.per_session,
                                 unknown=translate("Charts", "(untitled)"), horizontal=True),
        "kinds": counts_chart(translate("Charts", "Contacts per company kind"), data.per_kind,
                              unknown=translate("Charts", "Not known"), horizontal=True),
        "countries": counts_chart(translate("Charts", "Contacts per country"),
                                  [replace(count, label=country_name(count.label) or None)
                                   for count in data.per_country],
                                  unknown=translate("Charts", "Not known")),
        "weeks": weeks_chart(data),
    }


def chart_image(chart: QChart, size: QSize, *, scale: float = 2.0) -> QImage:
    """The chart drawn into an image ``size`` (logical pixels) at ``scale`` for print."""
    image = QImage(int(size.width() * scale), int(size.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(size.width(), size.height())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    target = QRectF(0, 0, size.width(), size.height())
    scene.render(painter, target, target)
    painter.end()
    scene.removeItem(chart)
    return image
