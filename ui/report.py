"""The mission report as a PDF (Qt's PDF writer): a cover with the mission, the dashboard's
charts, the sessions with who was met, and the table of leads with their follow-up status.

The content comes from ``crm.services.report.report_data``; this module only lays it out, as
an HTML ``QTextDocument`` (which paginates, repeats the table header on every page and numbers
the pages) with the charts drawn in as images.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from crm.errors import UserError
from crm.services.followups import Bucket
from crm.services.report import MissionReport
from crm.services.sessions import session_kind_label
from ui.charts import chart_image, dashboard_charts
from ui.format import esc, session_when
from ui.i18n import translate

# QTextDocument.print_ lays the text out inside 2 cm margins of its own (and the page number
# below); the charts fill that text width (A4: 17 cm, about 640 layout pixels).
CHART_SIZE = QSize(630, 420)
CHART_PAIRS = (("sessions", "kinds"), ("weeks", "countries"))
# The same page in layout pixels (A4 at 96 dpi less those margins and the page number), and
# what a table cell adds around its text: what _Flow measures rows against.
TEXT_WIDTH = 640.0
PAGE_HEIGHT = 900.0
CELL_PADDING = 8.0
H2_HEIGHT = 40.0
H3_HEIGHT = 26.0

STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 22pt; color: #1f3b63; margin-bottom: 4px; }
h2 { font-size: 15pt; color: #1f3b63; margin-top: 6px; margin-bottom: 4px; }
h3 { font-size: 12pt; color: #1f3b63; margin-top: 14px; margin-bottom: 2px; }
p.meta { color: #555; margin-top: 0px; }
p.kicker { font-size: 12pt; color: #4a83c4; margin-top: 160px; }
td, th { padding: 3px 4px; vertical-align: top; }
table.rows { font-size: 9pt; }
th { background-color: #e8eef6; text-align: left; font-weight: bold; }
td.num { text-align: right; }
.overdue { color: #b3261e; font-weight: bold; }
.done { color: #2e7d4f; }
.none { color: #777; }
"""



def short_date(value: date | None) -> str:
    """A date readers anywhere understand: "8 Jun 2022" (month name in the user's language)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def status_text(status: Bucket | None) -> str:
    """A lead's follow-up status as the reader sees it."""
    texts = {Bucket.OVERDUE: translate("Report", "Overdue"),
             Bucket.TODAY: translate("Report", "Due today"),
             Bucket.THIS_WEEK: translate("Report", "Due this week"),
             Bucket.LATER: translate("Report", "Planned"),
             Bucket.DONE: translate("Report", "Done")}
    none = translate("Report", "No follow-up")
    return texts.get(status, none) if status is not None else none


def _status_class(status: Bucket | None) -> str:
    if status is Bucket.OVERDUE:
        return "overdue"
    if status is Bucket.DONE:
        return "done"
    return "none" if status is None else ""


def _dates(report: MissionReport) -> str:
    if report.starts_on and report.ends_on and report.starts_on != report.ends_on:
        return f"{short_date(report.starts_on)} – {short_date(report.ends_on)}"
    return short_date(report.starts_on or report.ends_on)


def _cover(report: MissionReport) -> str:
    totals = report.numbers.followups
    sessions = len(report.sessions)
    met = sum(len(s.people) for s in report.sessions)
    figures = [
        (translate("Report", "Sessions"), sessions),
        (translate("Report", "Encounters recorded"), met),
        (translate("Report", "Leads (people met)"), len(report.leads)),
        (translate("Report", "Follow-ups open"), totals.open),
        (translate("Report", "… of which overdue"), totals.overdue),
        (translate("Report", "Follow-ups done"), totals.done),
    ]
    rows = "".join(f"<tr><td>{esc(label)}</td><td class='num'><b>{value}</b></td></tr>"
                   for label, value in figures)
    notes = "<br>".join(esc(line) for line in (report.notes or "").splitlines())
    facts = " · ".join(esc(part) for part in (report.location, _dates(report)) if part)
    return (
        "<p class='kicker'>" + esc(translate("Report", "Mission report")) + "</p>"
        f"<h1>{esc(report.name)}</h1>"
        f"<p class='meta'>{facts}</p>"
        f"<p>{notes}</p>"
        f"<table cellspacing='0' style='margin-top: 18px'>{rows}</table>"
        "<p class='meta' style='margin-top: 40px'>"
        + esc(translate("Report", "Prepared on {date}").format(date=short_date(report.today)))
        + "</p>"
    )


def _charts_page(pair: tuple[str, str], first: bool) -> str:
    heading = ("<h2>" + esc(translate("Report", "The mission in figures")) + "</h2>"
               if first else "")
    images = "".join(
        f"<p><img src='chart:{name}' width='{CHART_SIZE.width()}' "
        f"height='{CHART_SIZE.height()}'></p>" for name in pair)
    return f"<div style='page-break-before: always'>{heading}{images}</div>"


class _Flow:
    """Pages of headings and tables, broken by measured height: QTextDocument would cut a
    table row across two pages; here a row that does not fit starts a new page, and the table
    goes on there under a repeated header."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.used = 0.0
        self._table: tuple[str, list[float]] | None = None  # header html, column widths
        self._open = False
        self._rows = 0
        font = QFont("sans-serif")
        font.setPointSizeF(9)
        self.metrics = QFontMetricsF(font)
        bold = QFont(font)
        bold.setBold(True)
        self.bold_metrics = QFontMetricsF(bold)

    def text_height(self, text: str, width: float, *, bold: bool = False) -> float:
        metrics = self.bold_metrics if bold else self.metrics
        rect = metrics.boundingRect(QRectF(0, 0, max(width, 10), 10_000),
                                    int(Qt.TextFlag.TextWordWrap), text or " ")
        return rect.height()

    def section(self) -> None:
        """Start a new part of the report on a new page."""
        self._close_table()
        self._table = None
        self.new_page()

    def new_page(self) -> None:
        self._close_table()
        self.parts.append("<div style='page-break-before: always'></div>")
        self.used = 0.0
        if self._table is not None:
            self._open_table()

    def block(self, html: str, height: float, *, keep_with: float = 0) -> None:
        """Add ``html`` (``height`` pixels); ``keep_with`` more pixels must fit after it."""
        self._close_table()
        self._table = None
        if self.used and self.used + height + keep_with > PAGE_HEIGHT:
            self.new_page()
        self.parts.append(html)
        self.used += height

    def table(self, columns: list[tuple[str, float]]) -> None:
        """Start a table with these (header text, width in %) columns."""
        self._close_table()
        header = "".join(f"<th width='{share}%'>{esc(text)}</th>" for text, share in columns)
        widths = [TEXT_WIDTH * share / 100 - CELL_PADDING for _text, share in columns]
        self._table = (header, widths)
        self._open_table()

    def row(self, cells: list[str], *, classes: list[str] | None = None) -> None:
        """A table row of plain-text cells, moved whole to the next page when it does not fit."""
        assert self._table is not None
        widths = self._table[1]
        height = max(self.text_height(cell, width) for cell, width in zip(cells, widths,
                                                                           strict=True))
        height += CELL_PADDING
        if self.used + height > PAGE_HEIGHT:
            self.new_page()
        classes = classes or [""] * len(cells)
        shade = " style='background-color: #f6f8fb'" if self._rows % 2 else ""
        self.parts.append(f"<tr{shade}>" + "".join(
            f"<td class='{cls}'>{esc(cell)}</td>" for cell, cls in zip(cells, classes,
                                                                       strict=True)) + "</tr>")
        self._rows += 1
        self.used += height

    def _open_table(self) -> None:
        assert self._table is not None
        self.parts.append("<table class='rows' width='100%' cellspacing='0' border='0'>"
                          f"<tr>{self._table[0]}</tr>")
        self._open = True
        self._rows = 0
        self.used += self.text_height("Ag", 100, bold=True) + CELL_PADDING

    def _close_table(self) -> None:
        if self._open:
            self.parts.append("</table>")
            self._open = False

    def html(self) -> str:
        self._close_table()
        return "".join(self.parts)


def _sessions(flow: _Flow, report: MissionReport) -> None:
    flow.section()
    flow.block("<h2>" + esc(translate("Report", "Sessions and who was met")) + "</h2>",
               H2_HEIGHT)
    if not report.sessions:
        none = translate("Report", "No sessions recorded for this mission.")
        flow.block(f"<p class='none'>{esc(none)}</p>", 24)
    for item in report.sessions:
        facts = [session_when(item.starts_at, item.ends_at, item.all_day, item.time_zone),
                 session_kind_label(item.kind), item.venue or ""]
        if item.organisers:
            facts.append(translate("Report", "organised by {names}")
                         .format(names=", ".join(item.organisers)))
        meta = " · ".join(f for f in facts if f)
        height = (H3_HEIGHT + flow.text_height(item.title, TEXT_WIDTH) * 1.3
                  + flow.text_height(meta, TEXT_WIDTH) * 1.1)
        flow.block(f"<h3>{esc(item.title)}</h3><p class='meta'>{esc(meta)}</p>", height,
                   keep_with=60)
        if not item.people:
            none = translate("Report", "No one recorded as met here.")
            flow.block(f"<p class='none'>{esc(none)}</p>", 24)
            continue
        flow.table([(translate("Report", "Name"), 24), (translate("Report", "Job title"), 26),
                    (translate("Report", "Company"), 22), (translate("Report", "Note"), 28)])
        for person in item.people:
            flow.row([person.name, person.job_title or "", person.company or "",
                      person.note or ""])


def _leads(flow: _Flow, report: MissionReport) -> None:
    flow.section()
    flow.block("<h2>" + esc(translate("Report", "Leads and follow-up status")) + "</h2>",
               H2_HEIGHT)
    if not report.leads:
        none = translate("Report", "No one was met yet.")
        flow.block(f"<p class='none'>{esc(none)}</p>", 24)
        return
    flow.table([("#", 5), (translate("Report", "Name"), 16), (translate("Report", "Company"), 15),
                (translate("Report", "Met at"), 23), (translate("Report", "Follow-up"), 12),
                (translate("Report", "Next step"), 17), (translate("Report", "Due"), 12)])
    for number, lead in enumerate(report.leads, start=1):
        flow.row([str(number), lead.name, lead.company or "", "; ".join(lead.sessions),
                  status_text(lead.status), lead.next_followup or "",
                  short_date(lead.next_due) if lead.next_due else ""],
                 classes=["num", "", "", "", _status_class(lead.status), "", ""])


def report_html(report: MissionReport) -> str:
    """The whole report as the HTML a QTextDocument lays out (charts as ``chart:NAME``)."""
    pages = [_cover(report)]
    pages += [_charts_page(pair, first=n == 0) for n, pair in enumerate(CHART_PAIRS)]
    flow = _Flow()
    _sessions(flow, report)
    _leads(flow, report)
    pages.append(flow.html())
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(pages)}</body></html>"


def report_document(report: MissionReport) -> QTextDocument:
    """The report as a document with its chart images attached."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    for name, chart in dashboard_charts(report.numbers).items():
        image = chart_image(chart, CHART_SIZE)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"),
                             image)
    document.setHtml(report_html(report))
    return document


def write_report(report: MissionReport, path: Path | str) -> Path:
    """Write the report to a PDF file (A4, numbered pages)."""
    target = Path(path)
    if target.exists() and target.is_dir():
        raise UserError(translate("Report", "{file}: is a folder; give a file name ending in .pdf")
                        .format(file=target))
    if not target.parent.is_dir():
        raise UserError(translate("Report", "{file}: the folder {folder} does not exist")
                        .format(file=target, folder=target.parent))
    tmp = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(translate("Report", "Mission report: {name}").format(name=report.name))
    writer.setCreator("Mission CRM")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document = report_document(report)
    document.print_(writer)
    del writer  # the file is complete only once the writer is gone
    try:
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Report", "{file}: cannot write the report ({reason})")
                        .format(file=target, reason=exc.strerror)) from None
    if not target.exists() or target.stat().st_size == 0:
        raise UserError(translate("Report", "{file}: cannot write the report").format(file=target))
    return target
