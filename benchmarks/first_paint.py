"""Run a Qt program and end it the moment its main window is first painted.

    python benchmarks/first_paint.py main.py --db DB
    python benchmarks/first_paint.py --bare

The wall time of such a run is "the time until the user sees the window": interpreter start,
imports, building the window and its first paint, and nothing after (the app goes on opening
the database off the GUI thread; the probe does not wait for it). ``--bare`` is the baseline:
a bare PySide6 QMainWindow of the same size, shown the same way. Both are ended by the same
event filter on the window, so both are measured alike. The app's window is hooked through
``ui.main_window.MainWindow.show``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCREEN_SIZE = (1366, 768)  # ui.app.SCREEN_SIZE, repeated so --bare never imports the app


def install_probe(window: object) -> None:
    """End the process right after the first paint of ``window``. The filter watches that
    window only: on the whole application it would wrap every event of every object in
    Python, which costs the richer window more than the bare one."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                # The update request paints every widget of the window and flushes it to the
                # screen: handle it here, then leave at once (no clean-up, no waiting for the
                # database thread: that is not part of "the window is shown").
                watched.event(event)
                os._exit(0)
            if event.type() == QEvent.Type.Paint:
                # A platform that paints on expose without an update request.
                QTimer.singleShot(0, lambda: os._exit(0))
            return False

    probe = FirstPaint(window)  # type: ignore[arg-type]
    window.installEventFilter(probe)  # type: ignore[attr-defined]


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(*SCREEN_SIZE)
    install_probe(window)
    window.show()
    app.exec()


def app_window(script: str, args: list[str]) -> None:
    sys.path.insert(0, str(REPO))
    import ui.main_window

    window_class = ui.main_window.MainWindow
    show = window_class.show

    def show_with_probe(window) -> None:  # type: ignore[no-untyped-def]
        window.resize(*SCREEN_SIZE)  # as large as the bare window: as many pixels to paint
        install_probe(window)
        show(window)

    window_class.show = show_with_probe  # type: ignore[method-assign]
    sys.argv = [script, *args]
    # Run as ``python SCRIPT`` would (runpy would import pkgutil first: ~5 ms the app does
    # not spend on its own).
    code = compile(Path(script).read_text(encoding="utf-8"), script, "exec")
    exec(code, {"__name__": "__main__", "__file__": script})


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1:] == ["--bare"]:
        bare_window()
    else:
        app_window(sys.argv[1], sys.argv[2:])
    # Reaching here means no main window was ever painted.
    sys.exit("first_paint: the program ended without painting a main window")


if __name__ == "__main__":
    main()
