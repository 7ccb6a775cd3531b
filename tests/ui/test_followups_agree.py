"""`list followups --due`, the iCalendar export and the follow-ups view give the same
follow-ups, due on the same dates, for each window (with a snoozed follow-up among them)."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from icalendar import Calendar

from crm import cli
from crm.clock import local_today
from crm.services.followups import Bucket, Due, list_followups, snooze_followup
from ui.operations import notify_changed

VIEW_GROUPS = {Due.OVERDUE: (Bucket.OVERDUE,), Due.TODAY: (Bucket.TODAY,),
               Due.WEEK: (Bucket.TODAY, Bucket.THIS_WEEK)}


@pytest.mark.parametrize("due", list(Due))
def test_list_export_and_view_agree(window, due, tmp_path, capsys) -> None:
    db = window.db
    # Snooze one overdue follow-up into this week: all three must count it there.
    late = db.read(list_followups, due=Due.OVERDUE)[0]
    db.write(snooze_followup, late.id, local_today() + timedelta(days=2))
    notify_changed("followups")
    target = str(db.path)

    assert cli.main(["--db", target, "list", "followups", "--due", due.value, "--json"]) == 0
    listed = {uuid.UUID(r["id"]): r["due"] for r in json.loads(capsys.readouterr().out)}

    ics = tmp_path / "followups.ics"
    assert cli.main(["--db", target, "export", str(ics), "--due", due.value]) == 0
    calendar = Calendar.from_ical(ics.read_bytes())
    exported = {uuid.UUID(str(e["uid"]).split("@")[0]): e.decoded("dtstart").isoformat()
                for e in calendar.walk("VEVENT")}

    window.show_page("followups")
    page = window.page("followups")
    shown = {r.id: r.effective_due.isoformat()
             for bucket in VIEW_GROUPS[due] for r in page.group_rows(bucket)}

    assert listed == exported == shown
    assert listed, f"the demo has follow-ups {due.value}"
    assert (late.id in shown) == (due is Due.WEEK)
