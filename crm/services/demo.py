"""The sample mission: the real sessions and organisations of the June 2022 Belgian economic
mission to the USA, plus generated fictional people at fictional companies.

Rows get deterministic ids (UUID5 of what they are), so loading twice adds nothing twice.
The people are invented (``example.*`` domains, US 555-01xx numbers): no real person is named.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from crm.clock import local_today
from crm.models import Company, Contact, Mission, MissionSession
from crm.resources import resource_path
from crm.services.companies import create_company
from crm.services.contacts import create_contact
from crm.services.encounters import record_encounter
from crm.services.followups import complete_followup, create_followup
from crm.services.mission_time import day_span
from crm.services.missions import create_mission
from crm.services.sessions import create_session

SAMPLE_FILE = resource_path("sample", "mission-usa-2022.json")
DEMO_NAMESPACE = uuid.UUID("6f1c2a52-5d0e-4f2b-9a51-0c7d8f0e2b11")
# The source gives dates, not hours: a session is shown as the whole day, US Eastern time
# (the mission's meetings were in Boston and on the East Coast).
MISSION_TZ = ZoneInfo("America/New_York")
DEMO_CONTACTS = 40

FIRST_NAMES = ["Ava", "Liam", "Noor", "Mateo", "Sofia", "Ethan", "Amara", "Lucas", "Chloé",
               "Daniel", "Mei", "Oliver", "Zara", "Jonas", "Inès", "Samuel", "Hana", "Elias",
               "Léa", "Marcus"]
LAST_NAMES = ["Whitfield", "Okafor", "Lindqvist", "Moreau", "Castellano", "Brennan", "Haddad",
              "Vermeulen", "Tanaka", "Novak", "Delacroix", "Osei", "Kowalski", "Fernandes",
              "Van Damme", "Ricci", "Nakamura", "Dubois", "Sørensen", "Abernathy"]
# Fictional organisations: none of these names belongs to a real company of the mission.
FICTIONAL_COMPANIES = [
    ("Northwind Biologics", "biotech", "US", "Cambridge", "northwind"),
    ("Harbor Cell Therapies", "biotech", "US", "Boston", "harborcell"),
    ("Bluepeak CDMO", "CDMO", "US", "Raleigh", "bluepeak"),
    ("Meridian Vaccines", "pharma", "US", "Philadelphia", "meridianvax"),
    ("Lumen Genomics", "biotech", "US", "Cambridge", "lumengen"),
    ("Atlas Bioprocess", "CDMO", "US", "Durham", "atlasbio"),
    ("Cedar Health Ventures", "investor", "US", "New York", "cedarhv"),
    ("Quillon Diagnostics", "diagnostics", "US", "Baltimore", "quillon"),
]
JOB_TITLES = ["VP Business Development", "Head of External Innovation", "Chief Scientific Officer",
              "Director, Manufacturing Strategy", "Partnering Lead", "Principal Scientist",
              "Investment Director", "Head of Cell Therapy Operations"]
NOTES = ["wants CAR-T capacity in EU", "interested in Belgian fill & finish",
         "looking for a European clinical partner", "asked for the essenscia deck",
         "exploring a site in Wallonia", "met at the coffee break", None, None]
FOLLOWUP_TITLES = ["Send the deck", "Introduce to AWEX", "Schedule a call",
                   "Share the FIT contact", "Send the site brochure"]


@dataclass(frozen=True)
class DemoResult:
    sessions: int
    companies: int
    contacts: int
    followups: int


def demo_id(*parts: str) -> uuid.UUID:
    """The fixed id of a demo row."""
    return uuid.uuid5(DEMO_NAMESPACE, "/".join(parts))


def _day_span(day: date) -> tuple[datetime, datetime]:
    return day_span(day, day, MISSION_TZ.key)


def load_demo(session: Session, *, owner: str | None = None, today: date | None = None,
              sample_file: Path = SAMPLE_FILE) -> DemoResult:
    """Load the sample mission and generated contacts; rows already there are left alone."""
    data = json.loads(sample_file.read_text(encoding="utf-8"))
    today = today or local_today()
    counts = {"sessions": 0, "companies": 0, "contacts": 0, "followups": 0}

    mission_info = data["mission"]
    mission_id = demo_id("mission", mission_info["name"])
    mission = session.get(Mission, mission_id)
    if mission is not None and mission.country is None:
        # Loaded before missions had a country: numbers typed there are read in it.
        mission.country = mission_info.get("country")
    if mission is not None and mission.time_zone is None:
        mission.time_zone = MISSION_TZ.key  # loaded before missions had a time zone
    if mission is None:
        dates = sorted(date.fromisoformat(s["date"]) for s in data["sessions"] if s.get("date"))
        notes = "\n".join(filter(None, [
            f"Presided by {mission_info['presided_by']}" if mission_info.get("presided_by")
            else None,
            "Organised by " + ", ".join(mission_info.get("organised_by", [])),
            "Themes: " + ", ".join(mission_info.get("themes", [])),
        ]))
        create_mission(session, id=mission_id, name=mission_info["name"],
                       starts_on=mission_info.get("starts_on") or (dates[0] if dates else None),
                       ends_on=mission_info.get("ends_on") or (dates[-1] if dates else None),
                       location=mission_info.get("location"),
                       country=mission_info.get("country"), time_zone=MISSION_TZ.key,
                       notes=notes)

    company_ids: dict[str, uuid.UUID] = {}
    for org in data["organisations"]:
        company_id = demo_id("company", org["name"])
        company_ids[org["name"]] = company_id
        if session.get(Company, company_id) is None:
            create_company(session, id=company_id, name=org["name"], kind=org.get("kind"),
                           country=org.get("country"), notes=org.get("notes"))
            counts["companies"] += 1

    session_ids: list[uuid.UUID] = []
    for item in data["sessions"]:
        session_id = demo_id("session", item["title"])
        session_ids.append(session_id)
        if session.get(MissionSession, session_id) is not None:
            continue
        organisers = [(company_ids[name], "organiser") for name in item.get("organisers", [])
                      if name in company_ids]
        organisers += [(company_ids[name], "partner") for name in item.get("partners", [])
                       if name in company_ids and (company_ids[name], "organiser")
                       not in organisers]
        starts_at, ends_at = _day_span(date.fromisoformat(item["date"]))
        create_session(session, id=session_id, mission_id=mission_id, title=item["title"],
                       kind=item.get("kind"), starts_at=starts_at, ends_at=ends_at,
                       all_day=True, notes=item.get("notes"), organisers=organisers)
        counts["sessions"] += 1

    for name, kind, country, city, _slug in FICTIONAL_COMPANIES:
        company_id = demo_id("company", name)
        company_ids[name] = company_id
        if session.get(Company, company_id) is None:
            create_company(session, id=company_id, name=name, kind=kind, country=country,
                           city=city, notes="Fictional company (demo data)")
            counts["companies"] += 1

    rng = random.Random(2022)
    for index in range(DEMO_CONTACTS):
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = LAST_NAMES[(index * 7 + index // len(FIRST_NAMES)) % len(LAST_NAMES)]
        company_name, _kind, _country, _city, slug = FICTIONAL_COMPANIES[
            index % len(FICTIONAL_COMPANIES)]
        contact_id = demo_id("contact", str(index))
        met_session = session_ids[index % len(session_ids)]
        title = rng.choice(JOB_TITLES)
        note = rng.choice(NOTES)
        if session.get(Contact, contact_id) is not None:
            continue
        local_part = f"{first[0]}.{last}".lower().replace(" ", "").replace("é", "e")
        local_part = local_part.replace("è", "e").replace("ø", "o")
        create_contact(
            session, id=contact_id, first_name=first, last_name=last, job_title=title,
            company_id=company_ids[company_name],
            emails=[f"{local_part}@{slug}.example.com"],
            phones=[f"+1 617 555 01{index:02d}"], country="US", language="en",
            owner=owner, source="demo", lawful_basis="legitimate interest",
            lawful_basis_on=date(2022, 6, 8),
            lawful_basis_note="Met in person during the economic mission",
            tags=["demo", "CAR-T"] if index % 5 == 0 else ["demo"],
        )
        record_encounter(session, contact_id=contact_id, session_id=met_session, note=note,
                         owner=owner)
        counts["contacts"] += 1
        counts["followups"] += _demo_followups(session, index, contact_id, today, owner)
    session.flush()
    return DemoResult(**counts)


def _demo_followups(session: Session, index: int, contact_id: uuid.UUID, today: date,
                    owner: str | None) -> int:
    """Follow-ups spread around today: overdue, due today, next week, and done."""
    offsets = {0: -5, 1: 0, 2: 6, 3: -12, 4: 20}
    offset = offsets.get(index % 6)
    if offset is None:
        return 0
    followup = create_followup(session, contact_id=contact_id,
                               title=FOLLOWUP_TITLES[index % len(FOLLOWUP_TITLES)],
                               due_on=today + timedelta(days=offset),
                               priority=1 if index % 3 == 0 else 0,
                               owner=owner)
    if index % 6 == 3:
        complete_followup(session, followup.id, summary="Sent after the mission", owner=owner)
    return 1
