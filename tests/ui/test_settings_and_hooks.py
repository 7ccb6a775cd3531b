"""Settings (with tabs added by features), contact-form hooks, operations, the feature API."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from crm.config import Preferences
from crm.errors import UserError
from ui.dialogs import contact_hooks, settings
from ui.dialogs.quick_capture import QuickCaptureDialog
from ui.dialogs.settings import SettingsDialog, register_settings_tab
from ui.operations import Operation, hub


def test_settings_saves_name_region_and_database(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.general.owner.setText("Léa Martin")
    dialog.general.region.setText("us")
    dialog.general.database.setText("/tmp/elsewhere.db")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    prefs = Preferences.load()
    assert (prefs.owner_name, prefs.default_region, prefs.database) == (
        "Léa Martin", "US", "/tmp/elsewhere.db")


def test_settings_refuses_a_bad_region(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.general.region.setText("1")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.general.error.isVisible()
    assert Preferences.load().default_region == "BE"


def test_settings_theme_choice_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import current_theme

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.general.theme.setCurrentIndex(dialog.general.theme.findData("dark"))
    dialog.accept()
    assert current_theme() == "dark"
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.general.theme.setCurrentIndex(dialog.general.theme.findData("system"))
    dialog.accept()
    assert current_theme() == "system"


class RefusingTab(QWidget):
    def __init__(self, _window):  # type: ignore[no-untyped-def]
        super().__init__()
        self.applied = 0

    def tab_title(self) -> str:
        return "Backups"

    def apply(self) -> None:
        self.applied += 1
        raise UserError("keep at least one backup")


def test_features_add_settings_tabs(qtbot, monkeypatch, warnings) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings, "_TAB_FACTORIES", [])
    register_settings_tab(RefusingTab)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(1) == "Backups"
    dialog.accept()
    assert dialog.tabs.currentIndex() == 1
    assert warnings == ["keep at least one backup"]


def test_contact_form_hook_gets_a_row_and_the_identity(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(contact_hooks, "CONTACT_FORM_HOOKS", [])
    seen: list[dict[str, str]] = []

    def hook(form) -> None:  # type: ignore[no-untyped-def]
        label = QLabel("looks like someone")
        label.setObjectName("hooked")
        form.add_row(label)
        form.identity_changed.connect(lambda: seen.append(form.identity()))

    contact_hooks.register_contact_form_hook(hook)
    dialog = QuickCaptureDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "hooked") is not None
    dialog.first_name.setText("Léa")
    dialog.email.setText("lea@acme.example")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[-1]["first_name"] == "Léa" and seen[-1]["email"] == "lea@acme.example"


def test_operation_runs_off_thread_then_reports_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    threads: list[object] = []
    results: list[int] = []
    with qtbot.waitSignal(hub().changed, timeout=5000) as changed:
        Operation(None, lambda: threads.append(threading.current_thread()) or 42,
                  changes={"contacts"}).success(results.append).run()
    assert changed.args == [frozenset({"contacts"})]
    assert results == [42] and threads[0] is not threading.main_thread()


def test_operation_failure_shows_message_not_traceback(qtbot, warnings) -> None:  # type: ignore[no-untyped-def]
    def boom() -> None:
        raise UserError("contacts.csv, row 3: email is not valid")

    op = Operation(None, boom).run()
    qtbot.waitUntil(lambda: op.done)
    assert warnings == ["contacts.csv, row 3: email is not valid"]
    with pytest.raises(UserError):
        Operation(None, boom).wait()


def test_features_install_into_the_window(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.features as features
    from ui.main_window import MainWindow

    def install(window) -> None:  # type: ignore[no-untyped-def]
        page = QLabel("follow-ups here")
        window.add_page("followups", "Follow-ups", page)
        window.set_page_title("followups", "Follow-ups (3 overdue)")
        window.menu("Tools").addAction("Check the database")

    monkeypatch.setattr(features, "FEATURES", [install])
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.nav.item(3).text() == "Follow-ups (3 overdue)"
    assert window.menu("Tools").actions()[0].text() == "Check the database"
    window.show_page("followups")
    assert window.stack.currentWidget() is window.page("followups")
    assert not window.search.isEnabled()


def test_translations_are_loaded_for_the_users_language(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    import ui.app

    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease")
    (tmp_path / "mission_crm_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>MainWindow</name><message><source>Contacts</source>"
        "<translation>Personnes</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "mission_crm_fr.ts")], check=True,
                   capture_output=True)
    monkeypatch.setattr(ui.app, "TRANSLATIONS", tmp_path)
    ui.app.install_translations(qapp, QLocale(QLocale.Language.French))
    try:
        assert QCoreApplication.translate("MainWindow", "Contacts") == "Personnes"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Contacts") == "Contacts"
