"""Pages that reload when something they show changes, without reloading while hidden."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from ui.operations import affects


class ReloadsOnChange:
    """Mixed into a page (before QWidget): on ``ui.operations.hub().changed`` with one of
    ``kinds``, reload at once if it is the page on screen, else the next time it is shown.

    The page provides ``refresh()`` (which clears ``_stale``), ``window_`` (the main window)
    and connects ``hub().changed`` to ``_changed``."""

    kinds: tuple[str, ...] = ()
    _stale = True

    def _changed(self, kinds: frozenset[str]) -> None:
        if not affects(kinds, *self.kinds):
            return
        if self.isVisible() or self.window_.stack.currentWidget() is self:  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]
        else:
            self._stale = True
            self.changed_while_hidden()

    def changed_while_hidden(self) -> None:
        """What a hidden page still updates at once (e.g. a count in the navigation)."""

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]
