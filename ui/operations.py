"""Run work off the GUI thread, then tell every view what changed.

Modelled on Anki's ``CollectionOp``: an ``Operation`` runs a plain function (usually a
``crm.services`` call through ``db.read``/``db.write``) on a worker thread, shows a busy
indicator when it takes longer than a moment, then calls ``success`` or ``failure`` back on
the GUI thread. A successful operation that declares ``changes`` emits the one app-wide
``changed`` signal, which every view listens to::

    Operation(self, lambda: db.write(trash, Contact, cid), changes={"contacts"},
              label=self.tr("Deleting…")).success(on_done).run()

Kinds of change used so far: "contacts", "companies", "sessions", "missions", "followups",
"interactions", "tags", "all" (after an import, a merge, a restore: everything may differ).
The function never touches widgets: it runs on another thread.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6

# Qt's namespace is reached as QtCore.Qt where used: importing the name `Qt` builds all its
# enums (~12 ms), and the window's first paint must not wait for that.
from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from crm.errors import UserError

# A progress window appears only for work that outlasts this (ms): quick saves never flash one.
PROGRESS_DELAY_MS = 400


class ChangeHub(QObject):
    """The app-wide ``changed(kinds: frozenset[str])`` signal."""

    changed = Signal(object)

    def notify(self, kinds: Iterable[str]) -> None:
        """Tell every listening view that data of these kinds changed."""
        self.changed.emit(frozenset(kinds))


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The one ChangeHub of the app (created on first use, on the GUI thread)."""
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def notify_changed(*kinds: str) -> None:
    """Emit ``changed`` for ``kinds`` (for synchronous edits made on the GUI thread)."""
    hub().notify(kinds)


def affects(kinds: frozenset[str], *wanted: str) -> bool:
    """Whether a ``changed`` payload concerns any of ``wanted`` ("all" concerns everything)."""
    return "all" in kinds or any(kind in kinds for kind in wanted)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits into it, Qt queues the call across threads."""

    finished = Signal(bool, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            if not isinstance(exc, UserError):
                traceback.print_exc(file=sys.stderr)
            self.relay.finished.emit(False, exc)
            return
        self.relay.finished.emit(True, result)


_running: set[Operation] = set()


def any_running() -> bool:
    """Whether an Operation is still at work (its callbacks not yet run)."""
    return bool(_running)


class Operation:
    """A function run on a worker thread, with callbacks on the GUI thread."""

    def __init__(self, parent: QObject | None, fn: Callable[[], Any], *,
                 changes: Iterable[str] = (), label: str | None = None):
        self.parent = parent
        self.fn = fn
        self.changes = frozenset(changes)
        self.label = label
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[Exception], None] | None = None
        self._progress: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self.done = False

    def success(self, callback: Callable[[Any], None]) -> Operation:
        """Call ``callback(result)`` on the GUI thread when the function returns."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation:
        """Call ``callback(error)`` instead of the default error message box."""
        self._failure = callback
        return self

    def run(self) -> Operation:
        """Start the work; returns at once."""
        self._relay = _Relay()
        self._relay.finished.connect(self._finished,
                                     QtCore.Qt.ConnectionType.QueuedConnection)
        _running.add(self)
        if self.label:
            self._timer = QTimer(singleShot=True, interval=PROGRESS_DELAY_MS)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start()
        QThreadPool.globalInstance().start(_Job(self.fn, self._relay))
        return self

    def wait(self) -> Any:
        """Run, keeping the GUI responsive, until done; returns the result or raises."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def ok(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def bad(error: Exception) -> None:
            outcome["error"] = error
            loop.quit()

        self._success, self._failure = ok, bad
        self.run()
        if not self.done:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def _show_progress(self) -> None:
        if self.done:
            return
        owner = self.parent if isinstance(self.parent, QWidget) else None
        dialog = QProgressDialog(self.label or "", "", 0, 0, owner)
        dialog.setWindowTitle(QCoreApplication.translate("Operation", "Please wait"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.show()
        self._progress = dialog

    def _finished(self, ok: bool, payload: Any) -> None:
        self.done = True
        _running.discard(self)
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return  # the window or view that asked has been closed meanwhile
        if self._timer is not None:
            self._timer.stop()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if ok:
            if self.changes:
                hub().notify(self.changes)
            if self._success is not None:
                self._success(payload)
        elif self._failure is not None:
            self._failure(payload)
        else:
            show_error(self.parent if isinstance(self.parent, QWidget) else None, payload)


def error_text(error: BaseException) -> str:
    """What to tell the user about an error: the message of a UserError, else a short line."""
    if isinstance(error, UserError):
        return error.message
    # Imported here: this module loads before the window shows, the database layer after it.
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy.exc import OperationalError

    from crm.db import describe_storage_error

    if isinstance(error, OperationalError | sqlcipher.OperationalError | OSError):
        # A busy database (another window or the CLI writing), a full disk, a read-only file.
        return describe_storage_error(error)
    return QCoreApplication.translate(
        "Operation", "Something went wrong: {error}").format(error=error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A message box for an error (never a traceback)."""
    QMessageBox.warning(parent, QCoreApplication.translate("Operation", "Mission CRM"),
                        error_text(error))
