"""Start-up: the window shows as a light shell before the database is open, then fills in."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


def test_shell_shows_before_the_database_then_fills_in(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.count() == 0
    from PySide6.QtWidgets import QLabel

    assert window.stack.currentWidget().findChild(QLabel).text() == "Opening the database…"
    assert not window.capture_action.isEnabled()

    window.attach_database(demo_db)
    assert window.current_page_key() == "contacts"
    assert window.capture_action.isEnabled()
    assert window.page("contacts").isVisible()


def test_the_shell_does_not_import_the_database_layer() -> None:
    # What makes the window show at once: SQLAlchemy and the models load after it.
    code = ("import sys; from ui.main_window import MainWindow; "
            "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'crm.db'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_app_paints_its_window_before_loading_the_database_layer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The heavy imports, the keyring and the key checks run after the first paint (or off
    # the GUI thread): a user sees the window at once, not a blank frame.
    code = f"""
import os, sys
import ui.main_window as main_window
paint = main_window.MainWindow.paintEvent
def first_paint(self, event):
    paint(self, event)
    print(sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "crm.db"))), flush=True)
    os._exit(0)
main_window.MainWindow.paintEvent = first_paint
import main
main.main(["--db", {str(tmp_path / "crm.db")!r}])
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux window systems")
def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "crm.db")],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 2
    assert done.stderr.startswith("mission-crm: there is no display")
    assert "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert not (tmp_path / "crm.db").exists()  # nothing was created


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux window systems")
def test_x11_without_the_xcb_libraries_names_the_packages(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ctypes

    from ui.app import window_system_problem

    def load(name: str) -> None:
        if name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", load)
    problem = window_system_problem({"DISPLAY": ":0"}) or ""
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1)" in problem
    monkeypatch.setattr(ctypes, "CDLL", lambda name: None)
    assert window_system_problem({"DISPLAY": ":0"}) is None
    # Where Qt is told what to use, or Wayland is there, nothing is in the way.
    assert window_system_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
    assert window_system_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
