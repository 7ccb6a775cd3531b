"""Team sync in the app: File ▸ Sync with team server… syncs off the GUI thread and remembers
the server (never its password); File ▸ Sync conflicts… lists conflicts and restores a loser."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import time_machine
from PySide6.QtGui import QAction
from sqlalchemy import func, select

from crm.clock import utcnow
from crm.config import Preferences
from crm.db import open_database
from crm.models import Contact
from crm.services.contacts import create_contact, get_contact, update_contact
from crm.sync import sync
from ui.features.sync import ConflictsDialog, SyncDialog

SHOTS = os.environ.get("MISSION_CRM_SHOTS")


def test_sync_dialog_sends_local_work_and_remembers_the_server(qtbot, empty_window,
                                                               tmp_path: Path) -> None:
    empty_window.db.write(create_contact, first_name="Léa", last_name="Martin")
    action = empty_window.findChild(QAction, "sync")
    assert action is not None and action.text()
    server_path = tmp_path / "team.db"
    dialog = SyncDialog(empty_window.db, empty_window)
    qtbot.addWidget(dialog)
    dialog.server.setText(str(server_path))
    operation = dialog.start()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=30_000)
    assert "sent" in dialog.status.text()
    with open_database(str(server_path)) as server:
        names = server.read(lambda s: list(s.scalars(select(Contact.last_name))))
        assert names == ["Martin"]
    assert Preferences.load().team_server == str(server_path)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "sync-dialog.png"))


def test_conflicts_dialog_lists_and_restores(qtbot, empty_window, tmp_path: Path) -> None:
    mine = empty_window.db
    contact = mine.write(create_contact, first_name="Ines", last_name="Vermeulen")
    with open_database(str(tmp_path / "team.db")) as server, \
            open_database(str(tmp_path / "other.db")) as other:
        sync(mine, server)
        sync(other, server)
        mine.write(update_contact, contact.id, job_title="Head of Partnering")
        with time_machine.travel(utcnow() + timedelta(minutes=5)):
            other.write(update_contact, contact.id, job_title="CSO")
        sync(other, server)
        assert sync(mine, server).conflicts == 1
        assert server.read(lambda s: s.scalar(select(func.count(Contact.id)))) == 1
    assert mine.read(get_contact, contact.id).job_title == "CSO"
    dialog = ConflictsDialog(mine, empty_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert "Head of Partnering" in dialog.table.item(0, 3).text()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "sync-conflicts.png"))
    dialog.restore_button.click()
    assert mine.read(get_contact, contact.id).job_title == "Head of Partnering"
    assert dialog.table.rowCount() == 0
