"""UI test helpers: a main window over a fresh database, message boxes answered for the test."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """The .qm/.mo built from the committed .ts/.po (scripts/setup.sh does it too; a test run
    straight from pytest must not read stale ones). Quick when they are up to date."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "translations.py"), "build"],
                   check=True, cwd=REPO, capture_output=True, timeout=120)


@pytest.fixture(autouse=True)
def english(qapp, compiled_translations) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app in English, as a user with an English system sees it (the English catalogue
    gives "1 contact" / "2 contacts" for "%n contact(s)"); undone after the test."""
    from ui.i18n import install_translators

    default_locale = QLocale()
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question box answers Yes; the questions asked are recorded."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warning and critical boxes are recorded instead of shown."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


@pytest.fixture
def window(qtbot, demo_db) -> Iterator:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()


@pytest.fixture
def empty_window(qtbot, db) -> Iterator:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()
