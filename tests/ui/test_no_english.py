"""In French and in Dutch, no English UI text: on every page of the main window as its
screenshot shows it (over the sample mission), in the menus, the status bar and the reminders
(tray menu and notification), and in the PDF mission report.

What "English" means comes from the catalogues and the database (tests/english_left.py): an
English source text whose translation differs, or a word that no translation of the language
has, once the database's values (names, companies, notes typed in English) are set aside.
The screenshots are also read back by OCR (Tesseract, fra/nld), which sees what is painted
rather than set as a widget's text (the charts); so is every chart image of the PDF.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStatusBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, Text, select

from crm import i18n as crm_i18n
from crm.models import Base
from tests.conftest import run_cli
from tests.english_left import (
    DataValues,
    Finding,
    check_dates,
    check_texts,
    joined_lines,
    normalise,
)

LANGUAGES = ("fr", "nl")
# Columns whose values are codes from a list the app offers and translates where it shows
# them (a session's kind, a follow-up's status ...): not data the user typed.
VOCABULARY_COLUMNS = {("mission_session", "kind"), ("followup", "status"),
                      ("session_organiser", "role"), ("interaction", "channel"),
                      ("contact", "lawful_basis"), ("contact", "language"),
                      ("contact_email", "label"), ("contact_phone", "label")}
# Tables that are the app's bookkeeping, never shown.
INTERNAL_TABLES = {"alembic_version", "sync_log", "sync_state", "import_log", "contact_fts_key"}
ROWS_PER_VIEW = 200  # an item view's rows read (the demo has 40 contacts)


def data_values(db) -> DataValues:  # type: ignore[no-untyped-def]
    """Every text the database holds as typed by a user (or the sample mission)."""
    def read(session) -> list[str]:  # type: ignore[no-untyped-def]
        values: list[str] = []
        for table in Base.metadata.sorted_tables:
            if table.name in INTERNAL_TABLES:
                continue
            for column in table.columns:
                if (table.name, column.name) in VOCABULARY_COLUMNS:
                    continue
                if not isinstance(column.type, String | Text) or column.foreign_keys:
                    continue
                values += [v for v in session.scalars(select(column)) if isinstance(v, str)]
        return values

    values = db.read(read)
    return DataValues(values)


def add_the_unusual(db) -> None:  # type: ignore[no-untyped-def]
    """What the sample lacks: a contact and a company in the trash (the Trash page lists
    them), and a person kept without a name, whose phone is kept as written, not checked (the
    contacts list shows them first, and selects them)."""
    from crm.models import Company, Contact
    from crm.services.common import trash
    from crm.services.contacts import create_contact

    def change(session) -> None:  # type: ignore[no-untyped-def]
        for model in (Contact, Company):
            row_id = session.scalars(select(model.id).order_by(model.id).limit(1)).one()
            trash(session, model, row_id)
        create_contact(session, emails=["ann@example.com"], phones=["555-01"],
                       keep_unchecked=True)

    db.write(change)


@pytest.fixture
def in_language(request, qapp, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app in the language of the test's parameter, before any window is built."""
    from ui.i18n import install_translators

    language = request.param
    monkeypatch.setenv("MISSION_CRM_LANGUAGE", language)
    installed = install_translators(qapp, language)
    yield language
    for translator in installed:
        qapp.removeTranslator(translator)
    crm_i18n.set_language("en")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    from PySide6.QtCore import QModelIndex, Qt

    model = view.model()
    if model is None:
        return
    listing = isinstance(model, QAbstractListModel)
    tabular = listing or isinstance(model, QAbstractTableModel)

    def columns(parent: QModelIndex) -> int:
        return 1 if listing else model.columnCount(parent)

    if not listing:
        for section in range(columns(QModelIndex())):
            yield str(model.headerData(section, Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.DisplayRole) or "")
    seen = 0

    def walk(parent: QModelIndex) -> Iterator[str]:
        nonlocal seen
        for row in range(model.rowCount(parent)):
            if seen >= ROWS_PER_VIEW:
                return
            seen += 1
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            first = model.index(row, 0, parent)
            if not tabular and model.rowCount(first):
                yield from walk(first)

    yield from walk(QModelIndex())


def _chart_texts(view: QChartView) -> Iterator[str]:
    chart = view.chart()
    if chart is None:
        return
    yield chart.title()
    for axis in chart.axes():
        yield axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            yield from axis.categories()
    for marker in chart.legend().markers():
        if marker.isVisible():
            yield marker.label()


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    for text in (action.text(), action.toolTip(), action.statusTip(), action.whatsThis()):
        yield f"{where} ▸ {action.text()}", text
    if action.menu() is not None:
        yield from _menu_texts(action.menu(), f"{where} ▸ {action.text()}")


def widget_texts(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person reads in ``widget`` and its visible children:
    texts, titles, placeholders, tooltips, spoken names, item views' headers and rows, charts."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        name = f"{where}/{child.objectName() or type(child).__name__}"
        for text in (child.toolTip(), child.accessibleName(), child.accessibleDescription(),
                     child.statusTip()):
            yield name, _plain(text)
        # Its actions (a context menu's, a tool button's) and their menus: Snooze ▸ Until
        # tomorrow …
        for action in child.actions():
            yield from _action_texts(action, name)
        if isinstance(child, QLabel):
            yield name, _plain(child.text())
        elif isinstance(child, QAbstractButton):
            yield name, child.text()
        elif isinstance(child, QLineEdit):
            yield name, child.placeholderText()
            yield name, child.text()
        elif isinstance(child, QComboBox):
            yield name, child.placeholderText()
            for row in range(child.count()):
                yield name, child.itemText(row)
        elif isinstance(child, QGroupBox):
            yield name, child.title()
        elif isinstance(child, QDockWidget):
            yield name, child.windowTitle()
        elif isinstance(child, QTabWidget):
            for tab in range(child.count()):
                yield name, child.tabText(tab)
                yield name, child.tabToolTip(tab)
        elif isinstance(child, QTextEdit):
            yield name, child.toPlainText()
            yield name, child.placeholderText()
        elif isinstance(child, QAbstractItemView) and not isinstance(child, QHeaderView):
            # (A header shows its view's titles: read with the view.)
            for text in _view_texts(child):
                yield name, text
        elif isinstance(child, QChartView):
            for text in _chart_texts(child):
                yield name, text
        elif isinstance(child, QStatusBar):
            yield name, child.currentMessage()


def window_texts(window, page: str) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What the window shows on ``page``, its menus and its toolbar (its actions, with those
    of every widget, are read by widget_texts)."""
    yield page, window.windowTitle()
    for action in window.menuBar().actions():
        if action.menu() is not None and action.isVisible():
            yield from _menu_texts(action.menu(), f"{page} menu")
    yield from widget_texts(window, page)


def reminder_texts(window) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The tray's menu and its notification (as a tray would show it), the panel's lines."""
    reminders = window.reminders
    shown: list[tuple[str, str]] = []

    class Tray:
        def showMessage(self, title: str, text: str, *_args) -> None:
            shown.append((title, text))

    reminders.check()
    assert reminders.due, "the sample mission has follow-ups due"
    reminders.tray = Tray()
    # Announced one at a time (its own title) or several (a count and "… and N more").
    reminders.notify(reminders.due[:1])
    reminders.notify(reminders.due)
    yield from _menu_texts(reminders.menu, "tray menu")
    for title, text in shown:
        yield "tray notification", title
        yield "tray notification", text
    reminders.tray = None
    if reminders.panel is not None:
        reminders.panel.show()
        yield from widget_texts(reminders.panel, "reminders panel")


def selected_followup_texts(window, qtbot) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The follow-ups page with an overdue follow-up selected: its buttons enabled, with
    their menus (Snooze, Priority) and tooltips."""
    window.show_page("followups")
    page = window.page("followups")
    _load(window, page, qtbot)
    overdue = page.model.groups[0][2][0]
    assert page.select_followup(overdue.id)
    QApplication.processEvents()
    yield from widget_texts(page, "followups with one selected")


def status_bar_texts(window, qtbot, asked: list[str]) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A contact deleted and brought back: the question, the status bar's message and its
    Undo button, then what the undo says."""
    window.show_page("contacts")
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.current_id is not None, timeout=10_000)
    bar = window.statusBar()
    page.delete_selected()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=10_000)
    for question in asked:
        yield "delete question", question
    yield from widget_texts(bar, "status bar after a delete")
    yield "Edit menu", window.undo_action.text()
    window.undo()
    qtbot.waitUntil(lambda: bool(bar.currentMessage()), timeout=10_000)
    yield from widget_texts(bar, "status bar after undo")


def _report(findings: list[Finding]) -> str:
    return f"{len(findings)} English text(s):\n" + "\n".join(str(f) for f in findings)


def _load(window, page_widget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the page's lists to hold their rows (they are read off the GUI thread)."""
    def views() -> list[QAbstractItemView]:
        # Not a combo box's list: that one is a window of its own.
        return [view for view in page_widget.findChildren(QAbstractItemView)
                if view.window() is window and view.model() is not None
                and not isinstance(view, QHeaderView)]

    def loaded() -> bool:
        return all(view.model().rowCount() > 0 for view in views())

    try:
        qtbot.waitUntil(loaded, timeout=20_000)
    except Exception as exc:
        empty = [view.objectName() or type(view).__name__ for view in views()
                 if not view.model().rowCount()]
        raise AssertionError(f"{type(page_widget).__name__}: no rows in {empty}") from exc
    QApplication.processEvents()


def _screenshots(window, qtbot, folder: Path,  # type: ignore[no-untyped-def]
                 pages: tuple[str, ...] | None = None, *,
                 rows: bool = True) -> Iterator[tuple[str, Path]]:
    """Each page (or ``pages``) as ``main.py --screenshot --page NAME`` renders it
    (1366×768)."""
    from ui.app import render_screenshot

    for page in pages or window.page_keys():
        window.show_page(page)
        if rows:
            _load(window, window.page(page), qtbot)
        path = folder / f"{page}.png"
        assert render_screenshot(window, str(path))
        yield page, path


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_no_page_of_the_window_shows_english(in_language, demo_db, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                            answer_yes) -> None:
    from ui.main_window import MainWindow

    add_the_unusual(demo_db)
    data = data_values(demo_db)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    texts: list[tuple[str, str]] = []
    pages = []
    for page, _path in _screenshots(window, qtbot, tmp_path):
        pages.append(page)
        texts += window_texts(window, page)
    assert {"contacts", "companies", "sessions", "followups", "dashboard", "trash"} <= set(pages)
    texts += selected_followup_texts(window, qtbot)
    texts += reminder_texts(window)
    shown_in_bar = list(status_bar_texts(window, qtbot, answer_yes))
    assert [text for where, text in shown_in_bar if where.startswith("status bar after undo")
            and text.strip()], "the undo said nothing"
    texts += shown_in_bar
    window.close()
    findings = check_texts(texts, in_language, data)
    assert not findings, _report(findings)


@pytest.mark.parametrize(("language", "text", "english"), [
    ("fr", "Contacts par pays", False),
    ("fr", "Contacts per country", True),  # an English source whose translation differs
    ("fr", "Planned afterwards", True),  # words no translation has: a label built in code
    ("nl", "Suivis par semaine d'échéance", True),  # French is not Dutch either
    ("fr", "Introduce to AWEX — Amara Lindqvist (en retard depuis le 1/12/2026)", False),
    ("nl", "Introduce to AWEX — Amara Lindqvist (achterst…", False),  # cut by the label
    ("fr", "Introduce to AWEX — Amara Lindqvist (overdue since 1/12/2026)", True),
    ("fr", "Investment Director at Harbor Cell Therapies", True),  # data in an English frame
    ("nl", "wo 8 jun 2022", False), ("nl", "Wed 8 Jun 2022", True),
    ("fr", "Établi le 2026-12-06", True), ("fr", "Établi le Friday 6 December", True),
])
def test_the_check_tells_english_from_french_and_dutch(language, text, english) -> None:  # type: ignore[no-untyped-def]
    """The check itself: English is found, the language and the data values are not."""
    data = DataValues(["Introduce to AWEX", "Amara Lindqvist", "Investment Director",
                       "Harbor Cell Therapies"])
    findings = check_texts([("test", text)], language, data)
    assert bool(findings) == english, findings


@pytest.mark.parametrize("in_language", ["fr"], indirect=True)
def test_an_english_label_on_a_page_fails(in_language, demo_db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A label a developer forgot to translate, added to the dashboard, is found."""
    from ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.page("dashboard").layout().addWidget(QLabel("Nothing planned yet"))
    window.show_page("dashboard")
    from ui.app import render_screenshot

    assert render_screenshot(window, str(tmp_path / "dashboard.png"))
    findings = check_texts(list(window_texts(window, "dashboard")), in_language,
                           data_values(demo_db))
    window.close()
    assert [f.text for f in findings] == ["Nothing planned yet"]


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_no_page_of_an_empty_database_shows_english(in_language, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The first start: every page says what to do next, in the language."""
    from ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    texts: list[tuple[str, str]] = []
    for page, _path in _screenshots(window, qtbot, tmp_path, rows=False):
        texts += window_texts(window, page)
    window.close()
    findings = check_texts(texts, in_language, DataValues([]))
    assert not findings, _report(findings)


def _pdf_pages(path: Path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [joined_lines(normalise(page.extract_text())) for page in reader.pages]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_report_has_no_english(language, demo_db, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = data_values(demo_db)
    demo_db.close()
    target = tmp_path / f"report-{language}.pdf"
    result = run_cli("--language", language, "report", str(target), db=db_path)
    assert result.returncode == 0, result.stderr
    pages = _pdf_pages(target)
    assert len(pages) >= 5
    texts = [(f"PDF page {number}", text) for number, text in enumerate(pages, start=1)]
    title = pypdf.PdfReader(str(target)).metadata.title
    texts.append(("PDF title", title))
    findings = check_texts(texts, language, data)
    assert not findings, _report(findings)
    # The dates of the report are the locale's: the cover says when it was prepared.
    assert not [f for text in pages for f in check_dates("PDF", text, language)]


# --- What is painted: the screenshots and the report's charts, read back by OCR ----------

TESSERACT_LANGUAGES = {"fr": "fra", "nl": "nld"}


def _ocr_words(image, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    import pytesseract

    text = pytesseract.image_to_string(image, lang=TESSERACT_LANGUAGES[language])
    return [normalise(line) for line in text.splitlines() if line.strip()]


def _tesseract_speaks(language: str) -> bool:
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    return TESSERACT_LANGUAGES[language] in pytesseract.get_languages()


def ocr_findings(lines: list[str], where: str, language: str,
                 data: DataValues) -> list[Finding]:
    """English read by OCR: a whole English source text of two words or more, or a word of
    the English sources (four letters or more) that neither the language's translations nor
    the data have. A misread word is no evidence, so shorter or unknown words do not count."""
    from tests.english_left import catalogue, words

    cat = catalogue(language)
    phrases = [t for t in cat.english_texts if len(t.split()) >= 2 and len(t) >= 8]
    findings = []
    for line in lines:
        line = data.remove(line)
        for phrase in phrases:
            # As written: OCR keeps the case, and a data value may hold an English source in
            # another case ("Round table: …", a session's title, and "round table", a kind).
            if phrase in line:
                findings.append(Finding(where, line, f"OCR: {phrase!r} is English "
                                                     f"({cat.english_texts[phrase]})"))
        english = [w for w in words(line) if len(w) >= 4 and w.lower() in cat.english_words
                   and w.lower() not in cat.vocabulary and w.lower() not in data.words]
        if english:
            findings.append(Finding(where, line, f"OCR: English words {', '.join(english)}"))
    return findings


# The pages of the README's screenshots (scripts/screenshots.sh).
SHOWN_PAGES = ("dashboard", "contacts", "followups", "sessions")
# Read back by OCR: the dashboard, whose charts are painted (their bars' numbers, the axes)
# rather than widgets' texts; the other pages' texts are all read from the widgets above.
OCR_PAGES = ("dashboard",)


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_the_screenshots_read_back_have_no_english(in_language, demo_db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from ui.main_window import MainWindow

    if not _tesseract_speaks(in_language):
        pytest.skip("tesseract with fra/nld is not installed (scripts/apt-packages.txt)")
    data = data_values(demo_db)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    findings = []
    read = {}
    for page, path in _screenshots(window, qtbot, tmp_path, OCR_PAGES):
        with Image.open(path) as image:
            lines = _ocr_words(image.convert("L"), in_language)
        read[page] = lines
        findings += ocr_findings(lines, f"screenshot {page}", in_language, data)
    window.close()
    assert not findings, _report(findings)
    # The OCR read the page at all: a chart's title is there.
    titles = {"fr": "Contacts par pays", "nl": "Contacten per land"}
    assert any(titles[in_language] in line for line in read["dashboard"]), read


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_charts_read_back_have_no_english(language, demo_db, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    if not _tesseract_speaks(language):
        pytest.skip("tesseract with fra/nld is not installed (scripts/apt-packages.txt)")
    data = data_values(demo_db)
    demo_db.close()
    target = tmp_path / "report.pdf"
    assert run_cli("--language", language, "report", str(target), db=db_path).returncode == 0
    findings = []
    charts = 0
    for number, page in enumerate(pypdf.PdfReader(str(target)).pages, start=1):
        for picture in page.images:
            charts += 1
            with Image.open(io.BytesIO(picture.data)) as image:
                lines = _ocr_words(image.convert("L"), language)
            assert lines, f"nothing read on the chart {picture.name} of page {number}"
            findings += ocr_findings(lines, f"PDF page {number} chart", language, data)
    assert charts == 4
    assert not findings, _report(findings)


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_the_screenshots_cut_no_text_short(in_language, demo_db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The longer French and Dutch texts read whole in the picture, taken as `main.py
    --screenshot --page NAME` takes it (at once, no waiting of the test's own): the status
    bar's count (set when the page's rows arrive) and the sessions' kind and start columns."""
    from ui.app import render_screenshot
    from ui.main_window import MainWindow

    cut = []
    for page in SHOWN_PAGES:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.show_page(page)
        assert render_screenshot(window, str(tmp_path / f"{page}.png"))
        label = window.count_label
        if not label.text():
            cut.append((page, "no count in the status bar", 0))
        if label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width():
            cut.append((page, label.text(), label.contentsRect().width()))
        if page == "sessions":
            tree = window.page("sessions").tree
            metrics = tree.fontMetrics()
            for mission in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(mission)
                for row in range(item.childCount()):
                    for column in (1, 2):
                        text = item.child(row).text(column)
                        if metrics.horizontalAdvance(text) + 8 > tree.columnWidth(column):
                            cut.append((page, text, tree.columnWidth(column)))
        window.close()
    assert not cut
