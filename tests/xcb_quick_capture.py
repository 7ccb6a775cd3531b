"""Run by tests/ui/test_real_window.py in its own process, on a real X server (Xvfb) with Qt's
xcb platform: start the app as ``main.py`` does, log a person with the keyboard alone (Ctrl+N,
type, Tab, type, Enter), check the database holds them, quit with Ctrl+Q.

``python tests/xcb_quick_capture.py DB`` exits 0 when all of that happened, else prints what
went wrong and exits non-zero. A missing system library makes Qt abort here: the test fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

FIRST, LAST = "Ada", "Lovelace-Xcb"
WATCHDOG_MS = 60_000
CTRL = Qt.KeyboardModifier.ControlModifier


class Driver:
    """Drives the window once it is up; records what went wrong in ``problems``."""

    def __init__(self, app: QApplication):
        self.app = app
        self.problems: list[str] = []
        self.saved = False

    def fail(self, problem: str) -> None:
        self.problems.append(problem)
        self.app.exit(3)

    def main_window(self) -> QWidget | None:
        from ui.main_window import MainWindow

        for widget in self.app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.db is not None \
                    and widget.current_page_key() == "contacts":
                return widget
        return None

    def poll(self) -> None:
        window = self.main_window()
        if window is None:
            QTimer.singleShot(100, self.poll)  # the database is still opening
            return
        window.activateWindow()
        if not QTest.qWaitForWindowActive(window, 10_000):
            self.fail("the main window never became active on the X server")
            return
        # Keys go where a user's would: to the widget with the keyboard focus (the table).
        window.page("contacts").table.setFocus()
        QTest.qWait(100)
        target = self.app.focusWidget() or window
        # Ctrl+N opens quick capture, modal: its event loop runs until Enter saves it.
        QTimer.singleShot(300, self.fill_quick_capture)
        QTest.keyClick(target, Qt.Key.Key_N, CTRL)
        if not self.saved:
            self.fail("Ctrl+N did not open quick capture, or Enter did not save it")
            return
        self.check_saved(window)
        # Ctrl+Q quits: the app's event loop ends, run_app returns. Xvfb has no window manager
        # to give the focus back to the window once the dialog closed: do what it would.
        window.activateWindow()
        if not QTest.qWaitForWindowActive(window, 10_000):
            self.fail("the main window did not get the focus back after quick capture")
            return
        QTest.keyClick(self.app.focusWidget() or window, Qt.Key.Key_Q, CTRL)
        QTimer.singleShot(5000, lambda: window.isVisible() and self.fail("Ctrl+Q did not quit"))

    def fill_quick_capture(self) -> None:
        from ui.dialogs.quick_capture import QuickCaptureDialog

        dialog = self.app.activeModalWidget()
        if not isinstance(dialog, QuickCaptureDialog):
            self.fail(f"Ctrl+N opened {type(dialog).__name__}, not quick capture")
            return
        if not QTest.qWaitForWindowActive(dialog, 10_000):
            self.fail("quick capture never became active")
            return
        focus = self.app.focusWidget()
        if focus is not dialog.first_name:
            self.fail(f"quick capture opened with the focus on {focus!r}, not the first name")
            dialog.reject()
            return
        QTest.keyClicks(focus, FIRST)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        QTest.keyClicks(self.app.focusWidget(), LAST)
        QTest.keyClick(self.app.focusWidget(), Qt.Key.Key_Return)
        self.saved = dialog.saved_names == [f"{FIRST} {LAST}"]

    def check_saved(self, window) -> None:  # type: ignore[no-untyped-def]
        from crm.services.contacts import ContactFilter, list_contacts

        rows = window.db.read(list_contacts, ContactFilter(search=LAST))
        if [(r.first_name, r.last_name) for r in rows] != [(FIRST, LAST)]:
            self.fail(f"the database holds {rows!r} after quick capture")


def main(db_path: str) -> int:
    from ui.app import ensure_application, run_app

    app = ensure_application()
    if app.platformName() != "xcb":
        print(f"Qt runs on {app.platformName()!r}, not xcb", file=sys.stderr)
        return 4
    driver = Driver(app)
    QTimer.singleShot(0, driver.poll)
    QTimer.singleShot(WATCHDOG_MS, lambda: driver.fail("timed out"))
    code = run_app(db_target=db_path, screenshot=None)
    for problem in driver.problems:
        print(problem, file=sys.stderr)
    if driver.problems:
        return 3
    if code != 0:
        print(f"the app exited with {code}", file=sys.stderr)
        return code
    print(f"saved {FIRST} {LAST} by keyboard on {app.platformName()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
