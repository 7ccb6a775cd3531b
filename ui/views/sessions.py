"""The sessions page: the agenda grouped by mission, and who was met at each session."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from crm.errors import NotFoundError
from crm.models import Mission, MissionSession
from crm.services.common import get_row
from crm.services.missions import list_missions
from crm.services.sessions import SessionRow, get_session, list_sessions, session_kind_label
from ui.format import contact_name, esc, session_when, short_date
from ui.operations import Operation, affects, hub
from ui.views.table_page import fit_title, follow_link, list_beside_detail, trash_with_undo

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
MISSION_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionTree(QTreeWidget):
    def __init__(self, page: SessionsPage):
        super().__init__()
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.page.edit_selected()
            return
        super().keyPressEvent(event)


class SessionsPage(QWidget):
    """Missions with their sessions in agenda order (a mission has tens of sessions, so the
    whole agenda is one query); the detail pane lists everyone met at the session."""

    kinds = ("sessions", "missions", "contacts")
    reloaded = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.search = ""
        self.current_id: uuid.UUID | None = None
        self._stale = True
        self._keep: uuid.UUID | None = None
        self._generation = 0
        self.loaded = False

        self.tree = SessionTree(self)
        self.tree.setAccessibleName(self.tr("Sessions"))
        self.tree.setHeaderLabels([self.tr("Session"), self.tr("Kind"), self.tr("Starts"),
                                   self.tr("Venue"), self.tr("People met")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 140), (2, 130), (3, 170), (4, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            fit_title(self.tree, column, width)
        self.tree.currentItemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())

        self.empty, self.tree_stack, self.detail = list_beside_detail(self, self.tree,
                                                                      self._link)
        hub().changed.connect(self._changed)

    def search_placeholder(self) -> str:
        return self.tr("Search sessions: title, venue (Ctrl+F)")

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def refresh(self) -> None:
        """Reload the agenda off the GUI thread (counting who was met at each session reads
        every encounter), then fill the tree."""
        self._stale = False
        self._generation += 1
        generation, search = self._generation, self.search
        if self._keep is None:
            self._keep = self.current_id
        Operation(self, lambda: self.db.read(list_sessions, search=search)).success(
            lambda rows: self._fill(generation, rows)).run()

    def _fill(self, generation: int, rows: list[SessionRow]) -> None:
        if generation != self._generation:
            return
        keep, self._keep = self._keep, None
        self.loaded = True
        self.tree.clear()
        missions: dict[uuid.UUID, QTreeWidgetItem] = {}
        for row in rows:
            parent = missions.get(row.mission_id)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [row.mission])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                parent.setData(0, MISSION_ROLE, row.mission_id)
                missions[row.mission_id] = parent
            item = QTreeWidgetItem(parent, [row.title, session_kind_label(row.kind),
                                            session_when(row.starts_at, row.ends_at,
                                                         row.all_day, row.time_zone,
                                                         with_end=False),
                                            row.venue or "",
                                            str(row.met_count)])
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(0, row.title)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.expandAll()
        self.tree.setColumnHidden(3, not any(row.venue for row in rows))
        self._fit_columns()
        if rows:
            self.tree_stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(
                self.tr("No sessions match “{query}”.").format(query=self.search.strip())
                if self.search.strip() else
                self.tr("No sessions yet — load the sample mission with "
                        "“python main.py demo”, or add one with Edit ▸ New…"))
            self.tree_stack.setCurrentWidget(self.empty)
        self.window_.count_label.setText(self.tr("%n session(s)", "", len(rows))
                                         if self.window_.stack.currentWidget() is self else "")
        if keep is None and rows:
            keep = rows[0].id  # the detail pane is never blank when there is a session
        if keep is not None:
            self.show_session(keep)
        else:
            self.show_detail(None)
        self.reloaded.emit()

    def _fit_columns(self) -> None:
        """The kind and start columns as wide as their longest text (a kind or a weekday reads
        longer in French: "programme d'une journée", "ven. 10 juin 2022 14:00 EDT"), never
        narrower than they start; the title column takes the rest."""
        for column, width in ((1, 140), (2, 130)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(max(width, self.tree.columnWidth(column) + 12),
                                                 320))

    def _changed(self, kinds: frozenset[str]) -> None:
        if not affects(kinds, *self.kinds):
            return
        if self.window_.stack.currentWidget() is self:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _find(self, session_id: uuid.UUID) -> QTreeWidgetItem | None:
        for m in range(self.tree.topLevelItemCount()):
            mission = self.tree.topLevelItem(m)
            for s in range(mission.childCount()):
                if mission.child(s).data(0, ID_ROLE) == session_id:
                    return mission.child(s)
        return None

    def show_session(self, session_id: uuid.UUID) -> None:
        if self._stale or not self.loaded:
            self._keep = session_id  # selected once the agenda is in
            self.refresh()
            return
        item = self._find(session_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.show_detail(session_id)

    def selected_id(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        if current.data(0, ID_ROLE) is not None:
            self.show_detail(current.data(0, ID_ROLE))
        elif current.data(0, MISSION_ROLE) is not None:
            self.show_mission(current.data(0, MISSION_ROLE), current.childCount())

    def show_mission(self, mission_id: uuid.UUID, sessions: int) -> None:
        """The mission's dates, place and notes (a mission header is selected)."""
        self.current_id = None
        try:
            mission: Mission = self.db.read(get_row, Mission, mission_id)
        except NotFoundError:
            self.detail.setHtml("")
            return
        dates = " – ".join(short_date(d) for d in (mission.starts_on, mission.ends_on) if d)
        parts = [f"<h2>{esc(mission.name)}</h2>",
                 "<p><a href='action:edit'>" + self.tr("Edit") + "</a></p><p>"]
        parts.extend(f"{esc(v)}<br>" for v in (dates, mission.location) if v)
        parts.append(self.tr("%n session(s)", "", sessions) + "</p>")
        if mission.notes:
            parts.append("<p><i>" + esc(mission.notes).replace("\n", "<br>") + "</i></p>")
        self.detail.setHtml("".join(parts))

    def show_detail(self, session_id: uuid.UUID | None) -> None:
        self.current_id = session_id
        if session_id is None:
            # Beside the empty-state message, an empty pane says the least.
            hint = self.tr("Select a session to see who you met there.")
            self.detail.setHtml("" if self.tree.topLevelItemCount() == 0 else f"<p>{hint}</p>")
            return
        try:
            row: MissionSession = self.db.read(get_session, session_id)
        except NotFoundError:
            self.current_id = None
            self.detail.setHtml("")
            return
        parts = [f"<h2>{esc(row.title)}</h2>",
                 "<p><a href='action:edit'>" + self.tr("Edit") + "</a></p>",
                 f"<p>{esc(row.mission.name)}"]
        when = session_when(row.starts_at, row.ends_at, row.all_day, row.mission.time_zone)
        for value in (session_kind_label(row.kind), when, row.venue):
            if value:
                parts.append(f"<br>{esc(value)}")
        parts.append("</p>")
        organisers = [o for o in row.organisers if o.company.deleted_at is None]
        if organisers:
            links = ", ".join(f"<a href='company:{o.company.id}'>{esc(o.company.name)}</a>"
                              for o in organisers)
            organised = self.tr("Organised by {companies}").format(companies=links)
            parts.append(f"<p>{organised}</p>")
        if row.notes:
            parts.append(f"<p><i>{esc(row.notes)}</i></p>")
        parts.append("<h3>" + self.tr("People met") + "</h3>")
        met = sorted((e for e in row.encounters
                      if e.deleted_at is None and e.contact.deleted_at is None),
                     key=lambda e: (e.contact.last_name.lower(), e.contact.first_name.lower()))
        if met:
            items = []
            for encounter in met:
                line = (f"<a href='contact:{encounter.contact.id}'>"
                        f"{esc(contact_name(encounter.contact))}</a>")
                if encounter.note:
                    line += f" — <i>{esc(encounter.note)}</i>"
                items.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + self.tr("Nobody logged at this session yet.") + "</p>")
        self.detail.setHtml("".join(parts))

    def _link(self, url: QUrl) -> None:
        follow_link(self.window_, url, lambda _scheme, target: target == "edit"
                    and self.edit_selected())

    def _selected_mission(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        return top.data(0, MISSION_ROLE)

    def edit_selected(self) -> None:
        """Open the editor of the selected session, or of the selected mission."""
        from ui.dialogs.editors import MissionEditor, SessionEditor

        item = self.tree.currentItem()
        if item is None:
            return
        if item.data(0, ID_ROLE) is not None:
            SessionEditor(self.db, self, item.data(0, ID_ROLE)).exec()
        elif item.data(0, MISSION_ROLE) is not None:
            MissionEditor(self.db, self, item.data(0, MISSION_ROLE)).exec()

    def new_item(self) -> None:
        """A new session (in the selected mission); a new mission from its editor."""
        from ui.dialogs.editors import MissionEditor, SessionEditor

        if not self.db.read(list_missions):
            editor = MissionEditor(self.db, self)
            if not editor.exec():
                return
        editor = SessionEditor(self.db, self, mission_id=self._selected_mission())
        if editor.exec():
            self.show_session(editor.saved_id)  # type: ignore[arg-type]

    def delete_selected(self) -> None:
        """Move the selected session to the trash, after asking; offer Undo."""
        session_id = self.selected_id()
        if session_id is None:
            return
        name = self.tree.currentItem().text(0)

        def forget() -> None:
            if self.current_id == session_id:
                self.show_detail(None)

        trash_with_undo(self, self.window_, MissionSession, session_id, name,
                        self.tr("session"), {"sessions"}, forget)
