"""The mission report's content: sessions with who was met, leads with follow-up status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm.errors import UserError
from crm.models import Contact
from crm.services.common import trash
from crm.services.contacts import count_contacts, create_contact
from crm.services.demo import load_demo
from crm.services.encounters import record_encounter
from crm.services.followups import Bucket, create_followup
from crm.services.missions import create_mission
from crm.services.report import report_data
from crm.services.sessions import create_session

TODAY = date(2026, 6, 12)


def test_demo_report_lists_every_person_met_and_their_followups(db) -> None:
    db.write(load_demo, today=TODAY)
    report = db.read(report_data, today=TODAY)
    assert report.name.startswith("Belgian Economic Mission")
    assert len(report.sessions) == 2
    met = {p.contact_id for s in report.sessions for p in s.people}
    assert {lead.contact_id for lead in report.leads} == met
    assert len(report.leads) == db.read(count_contacts)
    statuses = {lead.status for lead in report.leads}
    assert {Bucket.OVERDUE, Bucket.TODAY, Bucket.THIS_WEEK, Bucket.LATER, Bucket.DONE,
            None} <= statuses
    for lead in report.leads:
        assert lead.sessions
        if lead.status in (Bucket.OVERDUE, Bucket.TODAY, Bucket.THIS_WEEK, Bucket.LATER):
            assert lead.next_followup and lead.next_due
    assert report.numbers.followups.overdue == sum(
        lead.status is Bucket.OVERDUE for lead in report.leads)


def test_lead_status_is_its_most_urgent_open_followup(db) -> None:
    mission = db.write(create_mission, name="Boston 2026")
    seminar = db.write(create_session, mission_id=mission.id, title="Seminar")
    lea = db.write(create_contact, first_name="Léa", last_name="Martin", company="Acme")
    db.write(record_encounter, contact_id=lea.id, session_id=seminar.id, note="CAR-T")
    db.write(create_followup, contact_id=lea.id, title="Later", due_on=TODAY + timedelta(30))
    db.write(create_followup, contact_id=lea.id, title="Soon", due_on=TODAY - timedelta(1))
    outsider = db.write(create_contact, first_name="Not", last_name="Met")
    trashed = db.write(create_contact, first_name="In", last_name="Trash")
    db.write(record_encounter, contact_id=trashed.id, session_id=seminar.id)
    db.write(trash, Contact, trashed.id)
    report = db.read(report_data, mission_id=mission.id, today=TODAY)
    assert [(p.name, p.company, p.note) for p in report.sessions[0].people] == [
        ("Léa Martin", "Acme", "CAR-T")]
    [lead] = report.leads
    assert lead.contact_id != outsider.id
    assert (lead.status, lead.next_followup, lead.next_due) == (
        Bucket.OVERDUE, "Soon", TODAY - timedelta(1))
    assert lead.sessions == ["Seminar"]


def test_no_mission_is_a_clear_error(db) -> None:
    with pytest.raises(UserError, match="no mission to report on"):
        db.read(report_data)
