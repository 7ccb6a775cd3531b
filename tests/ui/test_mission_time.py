"""Times in the mission's place: a Boston session shows Boston's time whatever the laptop's
zone; a date-only session shows its date (not "04:00 – 04:00 next day"); missions have a time
zone (the country's only one, else the user says which); exports and the report agree."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from crm.errors import ValidationError
from crm.models import Mission, MissionSession
from crm.services.common import get_row
from crm.services.exports import _met_on
from crm.services.mission_time import country_time_zones, day_span, default_time_zone
from crm.services.missions import create_mission, list_missions
from crm.services.report import report_data
from crm.services.sessions import create_session, list_sessions
from ui.dialogs.editors import MissionEditor, SessionEditor
from ui.format import session_when


@pytest.fixture(params=["Europe/Brussels", "Asia/Tokyo", "UTC"])
def laptop_zone(request, monkeypatch):  # type: ignore[no-untyped-def]
    """The laptop's clock zone (TZ): what is shown must not depend on it."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    QLocale.setDefault(QLocale("en_GB"))
    yield request.param
    monkeypatch.delenv("TZ")
    time.tzset()


def test_the_demo_sessions_show_their_day_in_boston(laptop_zone, demo_db) -> None:  # type: ignore[no-untyped-def]
    rows = demo_db.read(list_sessions)
    shown = [session_when(r.starts_at, r.ends_at, r.all_day, r.time_zone) for r in rows]
    assert shown == ["Wed 8 Jun 2022", "Fri 10 Jun 2022"]
    assert all("04:00" not in text and "00:00" not in text for text in shown)


def test_a_timed_session_shows_the_mission_clock(laptop_zone, db) -> None:  # type: ignore[no-untyped-def]
    mission = db.write(create_mission, name="Boston", country="US",
                       time_zone="America/New_York")
    start = datetime(2022, 6, 9, 18, 0, tzinfo=UTC)  # 14:00 in Boston (EDT)
    db.write(create_session, mission_id=mission.id, title="Reception", starts_at=start,
             ends_at=datetime(2022, 6, 9, 20, 30, tzinfo=UTC))
    (row,) = db.read(list_sessions)
    assert session_when(row.starts_at, row.ends_at, row.all_day, row.time_zone) == (
        "Thu 9 Jun 2022 14:00 – 16:30 EDT")


def test_a_date_only_session_of_several_days(laptop_zone) -> None:  # type: ignore[no-untyped-def]
    start, end = day_span(date(2022, 6, 8), date(2022, 6, 9), "America/New_York")
    assert session_when(start, end, True, "America/New_York") == (
        "Wed 8 Jun 2022 – Thu 9 Jun 2022")


def test_the_time_zone_follows_the_country_when_it_has_one() -> None:
    assert default_time_zone("BE") == "Europe/Brussels"
    assert default_time_zone("US") is None  # several: the user says which
    assert "America/New_York" in country_time_zones("us")


def test_a_mission_gets_its_country_zone_and_refuses_an_unknown_one(db) -> None:  # type: ignore[no-untyped-def]
    db.write(create_mission, name="Brussels days", country="BE")
    assert [m.time_zone for m in db.read(list_missions)] == ["Europe/Brussels"]
    with pytest.raises(ValidationError, match="not a time zone"):
        db.write(create_mission, name="Nowhere", time_zone="Mars/Olympus")


def test_the_mission_editor_asks_which_zone_of_a_country_with_several(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    editor = MissionEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    editor.name.setText("USA 2022")
    editor.country.setText("US")
    assert editor.time_zone.currentText() == ""
    editor.accept()
    assert editor.isVisible() and not db.read(list_missions)
    editor.time_zone.setCurrentText("America/New_York")
    editor.accept()
    assert db.read(get_row, Mission, editor.saved_id).time_zone == "America/New_York"

    belgian = MissionEditor(db)
    qtbot.addWidget(belgian)
    belgian.country.setText("BE")
    assert belgian.time_zone.currentText() == "Europe/Brussels"


def test_the_session_editor_types_times_in_the_mission_zone(laptop_zone, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    mission = db.write(create_mission, name="Boston", country="US",
                       time_zone="America/New_York")
    editor = SessionEditor(db, None, mission_id=mission.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText("Reception")
    editor.starts_at.setText("2022-06-09 14:00")
    editor.accept()
    (row,) = db.read(list_sessions)
    assert row.starts_at.astimezone(UTC) == datetime(2022, 6, 9, 18, 0, tzinfo=UTC)

    again = SessionEditor(db, None, session_id=row.id)
    qtbot.addWidget(again)
    assert again.starts_at.text() == "2022-06-09 14:00"


def test_the_session_editor_keeps_a_date_only_session_a_date(laptop_zone, qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    row = demo_db.read(list_sessions)[1]
    editor = SessionEditor(demo_db, None, session_id=row.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.all_day.isChecked()
    assert (editor.starts_at.text(), editor.ends_at.text()) == ("2022-06-10", "")
    editor.ends_at.setText("2022-06-11")
    editor.accept()
    saved = demo_db.read(get_row, MissionSession, row.id)
    assert saved.all_day
    start, end = day_span(date(2022, 6, 10), date(2022, 6, 11), "America/New_York")
    assert (saved.starts_at.astimezone(UTC), saved.ends_at.astimezone(UTC)) == (
        start.astimezone(UTC), end.astimezone(UTC))


def test_the_export_and_the_report_read_the_day_in_the_mission_place(laptop_zone, demo_db) -> None:  # type: ignore[no-untyped-def]
    # 23:30 in Boston on 10 June is 11 June in Brussels and Tokyo: the lead was met on the 10th.
    late = datetime(2022, 6, 11, 3, 30, tzinfo=UTC)
    start, end = day_span(date(2022, 6, 10), None, "America/New_York")
    assert _met_on(late, start, end, "America/New_York") == date(2022, 6, 10)
    report = demo_db.read(report_data)
    assert [s.time_zone for s in report.sessions] == ["America/New_York"] * 2
    assert all(s.all_day for s in report.sessions)
    assert os.environ["TZ"] == laptop_zone
