"""A pseudo-translation run: every message of the app (Qt's .ts and crm's gettext catalogue)
replaced by an accented version about 40 % longer, between ⟦ ⟧. The window is opened on the
demo database at 1366×768 and every page visited, every dialog of the menus (and the editors
of each page) opened. A visible text with a plain ASCII word that is neither translated nor a
value of the database (or a name the app shows as such) did not go through translation; a
label, button, tab or column title whose text is wider than its room is clipped. French and
Dutch are about that much longer than English, so what fits here fits there."""

from __future__ import annotations

import gettext
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, select

from crm import i18n
from crm.models import Base

REPO = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
SCREEN = (1366, 768)  # the laptop the issue names
ACCENTED = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçďéƒĝĥíĵķļɱñóþʠŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ", strict=True))
VOWELS = set("aeiouyAEIOUY")
# What a translation must keep as it is: placeholders ({name}, {count:,}, %n, %1), literal
# braces, HTML tags and entities, a literal "&&".
KEPT = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d|%n|<[^>]*>|&#?\w+;|&&")
# Qt's own texts the app shows (standard buttons, the wizard's): in the pseudo catalogue too,
# as qtbase_fr.qm / qtbase_nl.qm translate them.
QT_TEXTS = {
    "QPlatformTheme": ["OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults", "Don't Save"],
    "QWizard": ["Go Back", "< &Back", "Continue", "&Next", "&Next >", "Commit", "Done",
                "&Finish", "Cancel", "Help", "&Help"],
    "QMessageBox": ["Show Details...", "Hide Details..."],
}


def pseudo(text: str) -> str:
    """``text`` accented letter by letter, each vowel doubled and padded to 40 % longer, in
    ⟦ ⟧; its placeholders, tags and mnemonic marks kept."""
    out, last = [], 0
    for match in KEPT.finditer(text):
        out.append(_accent(text[last:match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(_accent(text[last:]))
    # Vowels doubled make English about a third longer; a few dots make it 40 %.
    readable = len(KEPT.sub("", text))
    grown = len(KEPT.sub("", "".join(out))) - readable
    padding = "·" * max(0, math.ceil(0.4 * readable) - grown)
    return OPEN + "".join(out) + padding + CLOSE


def _accent(text: str) -> str:
    return "".join(ACCENTED.get(c, c) * (2 if c in VOWELS else 1) for c in text)


def write_pseudo_qm(folder: Path) -> Path:
    """The English .ts with every message pseudo-translated, compiled by pyside6-lrelease."""
    tree = ET.parse(REPO / "resources" / "translations" / "mission_crm_en.ts")
    root = tree.getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        text = pseudo(message.find("source").text or "")
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    for context_name, sources in QT_TEXTS.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sources:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = pseudo(source)
    root.set("language", "fr")  # two numerus forms, as the real ones
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


def write_pseudo_mo(folder: Path) -> Path:
    """crm's catalogue template (every gettext message of crm/) pseudo-translated, compiled
    by Babel."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(REPO / "crm" / "locale" / "mission_crm.pot", "rb") as template:
        catalogue = read_po(template, locale="fr")
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(pseudo(form) for form in message.id)
        else:
            message.string = pseudo(message.id)
    mo = folder / "pseudo.mo"
    with open(mo, "wb") as out:
        write_mo(out, catalogue)
    return mo


@pytest.fixture(scope="module")
def pseudo_catalogues(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pseudo")
    return write_pseudo_qm(folder), write_pseudo_mo(folder)


@pytest.fixture
def pseudo_language(qapp, pseudo_catalogues, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app in the pseudo language: its translator over the English one, crm's messages
    from the pseudo catalogue. English dates and numbers (en_GB)."""
    qm, mo = pseudo_catalogues
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    with open(mo, "rb") as catalogue:
        monkeypatch.setattr(i18n, "_current", gettext.GNUTranslations(catalogue))
    yield
    qapp.removeTranslator(translator)


# --- what a person reads -------------------------------------------------------------------

def plain(text: str) -> str:
    """A widget's text as read: rich text as its words, mnemonic marks gone."""
    if "<" in text and re.search(r"<\w[^>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(.)", r"\1", text)


WORD = re.compile(r"[^\W\d_]+")
# Written the same in every language: web addresses and server URLs, email addresses, file
# paths and file name patterns (*.csv), time zone names (Europe/Brussels).
NOT_LANGUAGE = re.compile(r"\S+://\S*|[\w.+-]+@[\w-]+\.[\w.-]+|\*\.\w+|(?:[\w.~-]*/)+[\w.-]+")
ASCII_LETTER = re.compile(r"[A-Za-z]")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def untranslated_words(text: str, allowed: set[str]) -> list[str]:
    """The plain-ASCII words of ``text`` outside every ⟦ ⟧ that are no allowed value."""
    outside = text
    while True:  # a translation holding another (a count inside a sentence)
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", outside)
        if inner == outside:
            break
        outside = inner
    outside = re.sub(f"{OPEN}[^{CLOSE}]*$", " ", outside)  # an elided end
    outside = NOT_LANGUAGE.sub(" ", outside)
    found = []
    for match in WORD.finditer(outside):
        word = match.group().casefold()
        if not ASCII_LETTER.search(word) or word in allowed:
            continue
        if outside.startswith("…", match.end()) and any(a.startswith(word) for a in allowed):
            continue  # a value cut short to fit ("Lindqvis…")
        found.append(match.group())
    return found


def database_words(db) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word of every text value of the database: names, companies, sessions, venues,
    notes, tags ... what the window shows as data, not as its own text."""
    found: set[str] = set()

    def read(session) -> None:  # type: ignore[no-untyped-def]
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.c if isinstance(c.type, String)]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        found.update(w.casefold() for w in words(value))

    db.read(read)
    return found


def locale_words() -> set[str]:
    """Day and month names, AM/PM of the locale (Qt writes them, in the user's language),
    and the key names Qt writes in shortcuts (Ctrl, Shift, Del, Backspace ...)."""
    locale = QLocale()
    found: set[str] = set()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat,
               QLocale.FormatType.NarrowFormat)
    for kind in formats:
        for day in range(1, 8):
            found.update(words(locale.dayName(day, kind)))
            found.update(words(locale.standaloneDayName(day, kind)))
        for month in range(1, 13):
            found.update(words(locale.monthName(month, kind)))
            found.update(words(locale.standaloneMonthName(month, kind)))
    found.update(words(locale.amText()) + words(locale.pmText()))
    for action in QApplication.instance().findChildren(QAction) + _window_actions():
        for key in action.shortcuts():
            found.update(words(key.toString(QKeySequence.SequenceFormat.NativeText)))
    return {w.casefold() for w in found}


_windows: list[QWidget] = []


def _window_actions() -> list[QAction]:
    return [a for w in _windows for a in w.findChildren(QAction)]


def allowed_words(window) -> set[str]:  # type: ignore[no-untyped-def]
    """Words that are not the app's text: data of the database and of the machine (the
    database's path, time zone abbreviations), the app's own name, the languages named in
    their own language."""
    from crm.services.exports import list_profiles
    from ui.dialogs.welcome import LANGUAGE_NAMES

    found = database_words(window.db) | locale_words()
    found.update(w.casefold() for w in words(str(window.db.path)))
    found.update(w.casefold() for w in words(QApplication.applicationName()))
    found.update(w.casefold() for w in words(QApplication.applicationDisplayName()))
    for name in LANGUAGE_NAMES.values():
        found.update(w.casefold() for w in words(name))
    for profile in list_profiles():  # file names
        found.update(w.casefold() for w in words(profile))
    return found


# --- collecting a window's texts and clipped widgets ---------------------------------------

def shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.objectName().startswith("qt_")


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what ``root`` shows: labels, buttons, group titles, tabs, column
    titles, placeholders, combo box items, read-only text panes, the cells of its lists,
    tooltips, its menus and title."""
    found = [("title", root.windowTitle())]
    for widget in root.findChildren(QWidget):
        if not shown(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.toolTip():
            found.append((f"{name} tooltip", plain(widget.toolTip())))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, plain(widget.text())))
        elif isinstance(widget, QGroupBox):
            found.append((name, plain(widget.title())))
        elif isinstance(widget, QTabBar):
            found.extend((name, plain(widget.tabText(i))) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found.extend((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            found.append((name, widget.toPlainText()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, horizontal = widget.model(), widget.orientation() == Qt.Orientation.Horizontal
            count = model.columnCount() if horizontal else 0
            found.extend((name, str(model.headerData(i, widget.orientation()) or ""))
                         for i in range(count) if not widget.isSectionHidden(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend((name, text) for text in _cells(widget))
    for menu in root.findChildren(QMenu):
        found.append(("menu", plain(menu.title())))
        for action in menu.actions():
            if action.isVisible():
                found.append(("menu", plain(action.text())))
                if action.toolTip() != plain(action.text()).rstrip("…"):  # Qt's default
                    found.append(("menu tooltip", plain(action.toolTip())))
    return [(where, text) for where, text in found if text]


def _cells(view: QAbstractItemView, rows: int = 40) -> Iterator[str]:
    model = view.model()

    from PySide6.QtWidgets import QTreeView

    tree = isinstance(view, QTreeView)

    def walk(parent, depth: int = 0) -> Iterator[str]:  # type: ignore[no-untyped-def]
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model: one column (its columnCount is private)
            columns = 1
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(columns):
                index = model.index(row, column, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield value
            if tree and depth < 2:
                yield from walk(model.index(row, 0, parent), depth + 1)

    from PySide6.QtCore import QModelIndex

    yield from walk(QModelIndex())


def clipped_in(root: QWidget) -> list[str]:
    """Labels, buttons, group titles, tabs and column titles of ``root`` whose text needs
    more room than they have."""
    found = []
    for widget in root.findChildren(QWidget):
        if not shown(widget) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    found.append(f"{name} {plain(widget.text())!r}: {need} px high in "
                                 f"{widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name} {plain(widget.text())!r}: {widget.sizeHint().width()} px "
                             f"wide in {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name} {plain(widget.text())!r}: {widget.sizeHint().width()} px "
                             f"wide in {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(plain(widget.title())) + 16
            if need > widget.width():
                found.append(f"{name} {widget.title()!r}: {need} px wide in {widget.width()}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                need, room = widget.tabSizeHint(i).width(), widget.tabRect(i).width()
                if need > room + 1:
                    found.append(f"{name} tab {widget.tabText(i)!r}: {need} px in {room}")
        elif (isinstance(widget, QHeaderView) and widget.model() is not None
              and widget.orientation() == Qt.Orientation.Horizontal):
            metrics = widget.fontMetrics()
            for i in range(widget.model().columnCount()):
                if widget.isSectionHidden(i):
                    continue
                title = str(widget.model().headerData(i, Qt.Orientation.Horizontal) or "")
                need = metrics.horizontalAdvance(title) + 2 * 4
                if title and need > widget.sectionSize(i):
                    found.append(f"{name} column {title!r}: {need} px in "
                                 f"{widget.sectionSize(i)}")
    return found


class Walk:
    """What the walk found: untranslated words and clipped widgets, by place."""

    def __init__(self, allowed: set[str]):
        self.allowed = allowed
        self.untranslated: dict[str, set[str]] = {}
        self.clipped: dict[str, list[str]] = {}
        self.visited: list[str] = []
        self.read: list[str] = []  # every text looked at
        self.seen_menus = 0  # context menus opened

    def texts(self, where: str, pairs: list[tuple[str, str]]) -> None:
        for widget, text in pairs:
            self.read.append(text)
            bad = untranslated_words(text, self.allowed)
            if bad:
                self.untranslated.setdefault(where, set()).add(
                    f"{widget}: {text[:120]!r} ({', '.join(sorted(set(bad)))})")

    def look(self, where: str, root: QWidget) -> None:
        QApplication.processEvents()
        self.visited.append(where)
        self.texts(where, texts_of(root))
        if isinstance(root, QDialog) or where.startswith("page"):
            for tabs in root.findChildren(QTabWidget):  # every tab, not only the first
                if not shown(tabs):
                    continue
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    self.texts(f"{where} tab {index}", texts_of(tabs.currentWidget()))
                    self._clip(f"{where} tab {index}", tabs.currentWidget())
                tabs.setCurrentIndex(0)
        self._clip(where, root)

    def _clip(self, where: str, root: QWidget) -> None:
        found = clipped_in(root)
        if root.isWindow() and (root.width() > SCREEN[0] or root.height() > SCREEN[1]):
            # Its layout needs more than the laptop's screen: the rest is out of sight.
            found.append(f"{type(root).__name__} is {root.width()}×{root.height()}, more "
                         f"than the {SCREEN[0]}×{SCREEN[1]} screen")
        if found:
            self.clipped.setdefault(where, []).extend(found)

    def report(self) -> str:
        lines = ["Untranslated:"]
        lines += [f"  {where}: {item}" for where, items in self.untranslated.items()
                  for item in sorted(items)]
        lines += ["Clipped:"]
        lines += [f"  {where}: {item}" for where, items in self.clipped.items()
                  for item in items]
        return "\n".join(lines)


def look_at_modal_dialogs(walk: Walk, where: Callable[[], str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Each modal dialog is shown, looked at and refused instead of waiting for a user;
    message boxes, file and input dialogs have their texts read and answer No / Cancel."""

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        walk.look(f"{where()} › {type(dialog).__name__}", dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    def box(*args, **_kwargs):  # type: ignore[no-untyped-def]
        texts = [a for a in args[1:3] if isinstance(a, str)]
        walk.texts(f"{where()} › message box", [("QMessageBox", plain(t)) for t in texts])
        return QMessageBox.StandardButton.No

    def file_texts(args: tuple, kwargs: dict) -> None:  # type: ignore[type-arg]
        texts = [a for a in args[1:2] if isinstance(a, str)]
        file_filter = kwargs.get("filter") or (args[3] if len(args) > 3 else "")
        if isinstance(file_filter, str):  # "Spreadsheets (*.xlsx)": the words, not patterns
            texts.append(re.sub(r"\([^)]*\)", "", file_filter))
        walk.texts(f"{where()} › file dialog", [("QFileDialog", t) for t in texts])

    def file_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        file_texts(args, kwargs)
        return "", ""

    def folder(*args, **kwargs):  # type: ignore[no-untyped-def]
        file_texts(args, kwargs)
        return ""

    def input_dialog(*args, **_kwargs):  # type: ignore[no-untyped-def]
        walk.texts(f"{where()} › input dialog",
                   [("QInputDialog", a) for a in args[1:3] if isinstance(a, str)])
        return "", False

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(file_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(input_dialog))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(input_dialog))


def new_windows(before: set[int]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in before and not isinstance(w, QMenu)]


def menu_actions(window) -> Iterator[tuple[str, QAction]]:  # type: ignore[no-untyped-def]
    """Every entry of the menus but Quit (it would end the run)."""
    from ui.dialogs.shortcuts import shortcut_entries

    for entry in shortcut_entries(window):
        if entry.menu and entry.action_ref is not window.quit_action:
            yield f"{entry.menu} ▸ {entry.action}", entry.action_ref


def walk_window(window, qtbot, tmp_path: Path, monkeypatch) -> Walk:  # type: ignore[no-untyped-def]
    """Every page (its first row selected, its New and Edit editors opened), every menu
    entry, and the dialogs reached only from a page's row (tests/ui/test_accessibility)."""
    walk = Walk(allowed_words(window))
    place = ["window"]
    look_at_modal_dialogs(walk, lambda: place[0], monkeypatch)
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        # A page reads its rows on a worker thread: look once they are there.
        view = _until(qtbot, lambda page=page: next(
            (v for v in page.findChildren(QAbstractItemView) if shown(v)
             and not isinstance(v, QHeaderView) and v.model() is not None
             and v.model().rowCount()), None))
        if view is not None:
            view.setCurrentIndex(_first_leaf(view))
            _until(qtbot, lambda page=page: any(
                e.toPlainText() for e in page.findChildren(QTextEdit) if shown(e)))
        qtbot.wait(30)
        place[0] = f"page {key}"
        walk.look(place[0], window)
        if view is not None and view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            QTimer.singleShot(200, lambda where=f"page {key} › context menu":
                              _close_popup(walk, where))
            view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
        for name in ("new_action", "edit_action"):
            action = getattr(window, name, None)
            if action is not None and action.isEnabled():
                _trigger(walk, place, f"page {key} › {plain(action.text())}", action, qtbot)
    window.show_page("contacts")
    qtbot.wait(30)
    for where, action in menu_actions(window):
        if action.isEnabled() and not where.startswith(plain(window.menu("View").title())):
            _trigger(walk, place, where, action, qtbot)
    _import_wizard_with_a_file(walk, window, qtbot)
    from tests.ui.test_accessibility import _dialogs

    for dialog in _dialogs(window, tmp_path):
        qtbot.addWidget(dialog)
        walk.allowed |= database_words(window.db)  # what the dialogs' set-up wrote
        place[0] = f"dialog {type(dialog).__name__}"
        dialog.show()
        qtbot.wait(10)
        walk.look(place[0], dialog)
        dialog.close()
    return walk


def _import_wizard_with_a_file(walk: Walk, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The import wizard once a file is chosen and checked: its explanations, the mapping,
    the preview and the problems found (crm's messages). The file's own words are data."""
    from ui.dialogs.import_wizard import ImportWizard

    csv = REPO / "tests" / "fixtures" / "google_contacts.csv"
    walk.allowed |= {w.casefold() for w in words(csv.read_text(encoding="utf-8"))}
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.load(csv)
    walk.look("import wizard › file chosen", wizard)
    wizard.check()
    qtbot.waitUntil(lambda: wizard.problems.rowCount() > 0, timeout=10_000)
    walk.look("import wizard › checked", wizard)
    wizard.close()


def _close_popup(walk: Walk, where: str) -> None:
    """Read the context menu that is open (its own event loop runs) and close it."""
    menu = QApplication.activePopupWidget()
    if isinstance(menu, QMenu):
        walk.texts(where, [("menu", plain(a.text())) for a in menu.actions()
                           if a.isVisible() and not a.isSeparator()])
        walk.seen_menus += 1
        menu.close()


def _until(qtbot, found: Callable[[], object], timeout_ms: int = 3000) -> object:  # type: ignore[no-untyped-def]
    """What ``found`` returns once it is something, else None after ``timeout_ms`` (an
    empty page, a page without a detail pane)."""
    result: list[object] = []

    def ready() -> bool:
        value = found()
        if value:
            result.append(value)
        return bool(value)

    from pytestqt.exceptions import TimeoutError as WaitedTooLong

    try:
        qtbot.waitUntil(ready, timeout=timeout_ms)
    except WaitedTooLong:
        return None
    return result[-1]


def _first_leaf(view: QAbstractItemView):  # type: ignore[no-untyped-def]
    model = view.model()
    index = model.index(0, 0)
    while model.rowCount(index):  # a tree: its first session, not the mission
        index = model.index(0, 0, index)
    return index


def _trigger(walk: Walk, place: list[str], where: str, action: QAction, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    place[0] = where
    action.trigger()
    qtbot.wait(50)
    for opened in new_windows(before):
        walk.look(f"{where} › {type(opened).__name__}", opened)
        opened.close()
        qtbot.wait(10)


def test_pseudo_translated_window_has_no_english_and_nothing_clipped(  # type: ignore[no-untyped-def]
        pseudo_language, demo_db, qtbot, tmp_path, monkeypatch) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    _windows.append(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1366, 768)
    try:
        walk = walk_window(window, qtbot, tmp_path, monkeypatch)
    finally:
        _windows.remove(window)
        window.close()
    # It did walk: six pages with their rows and detail panes, over twenty dialogs.
    assert len([v for v in walk.visited if v.startswith("page")]) >= 6, walk.visited
    assert len(walk.visited) >= 30, walk.visited
    from crm.services.sessions import list_sessions

    session = demo_db.read(list_sessions)[0]
    assert any(session.title in text for text in walk.read)  # the rows were there
    heading = QApplication.translate("ContactsPage", "Follow-ups")  # of the detail pane
    assert heading.startswith(OPEN) and any(heading in text for text in walk.read)
    assert walk.seen_menus >= 1  # the Follow-ups page's context menu
    assert walk.untranslated == {} and walk.clipped == {}, walk.report()


def test_the_walk_finds_an_untranslated_label_and_a_clipped_button(  # type: ignore[no-untyped-def]
        pseudo_language, demo_db, qtbot) -> None:
    """The check can fail: a label made outside translation and a button too narrow for its
    text are both reported, a translated label and the data of the database are not."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from crm.services.contacts import list_contacts
    from ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(f"Saved {demo_db.read(list_contacts)[0].last_name}"))
    layout.addWidget(QLabel(QApplication.translate("ContactsPage", "Follow-ups")))
    layout.addWidget(QLabel(demo_db.read(list_contacts)[0].last_name))
    narrow = QPushButton(QApplication.translate("ContactsPage", "Follow-ups"))
    narrow.setFixedWidth(30)
    layout.addWidget(narrow)
    dialog.show()
    qtbot.waitExposed(dialog)
    walk = Walk(allowed_words(window))
    walk.look("injected", dialog)
    assert [item.split(":")[0] for item in walk.untranslated["injected"]] == ["QLabel ''"]
    assert "(Saved)" in next(iter(walk.untranslated["injected"]))
    assert len(walk.clipped["injected"]) == 1 and "QPushButton" in walk.clipped["injected"][0]
    dialog.close()
    window.close()


def test_pseudo_translation_keeps_placeholders_and_is_longer() -> None:
    text = "Imported {file}: {count:,} <b>contacts</b> &amp; %n more, &Save"
    made = pseudo(text)
    assert made.startswith(OPEN) and made.endswith(CLOSE)
    assert re.findall(KEPT, made) == re.findall(KEPT, text)
    assert not ASCII_LETTER.search(KEPT.sub("", made).replace("&", ""))
    assert len(KEPT.sub("", made)) - 2 >= 1.4 * len(KEPT.sub("", text))
    assert untranslated_words(made, set()) == []


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_french_and_dutch_windows_have_nothing_clipped(  # type: ignore[no-untyped-def]
        language, qapp, demo_db, qtbot, tmp_path, monkeypatch) -> None:
    """The same walk in the real languages: a short text can grow more than 40 % ("Save" is
    "Enregistrer")."""
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    default_locale = QLocale()
    installed = install_translators(qapp, language)
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        _windows.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        try:
            walk = walk_window(window, qtbot, tmp_path, monkeypatch)
        finally:
            _windows.remove(window)
            window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default_locale)
        i18n.set_language("en")
    assert len(walk.visited) >= 30, walk.visited
    assert walk.clipped == {}, walk.report()
