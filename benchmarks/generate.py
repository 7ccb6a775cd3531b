"""A big fictional Mission CRM database for the benchmarks, reproducible by seed.

    python benchmarks/generate.py DB [--contacts 100000] [--seed 7] [--csv CONTACTS.csv]

For N contacts: N/5 companies, 2N encounters over 120 mission sessions, N/2 follow-ups and
N/2 interactions, a few hundred tags. Names come from Faker's name lists (several locales, so
accents and apostrophes occur), common ones often and rare ones seldom (a Zipf law, as in the
CSV); every phone number is a different valid number (E.164, as the app stores them: Belgian,
American, French, Dutch, German, British), a fifth of the people have a postal address and a
tenth a web address; companies and emails (``*.example``) are made up.
Rows are written with Core bulk inserts in one transaction; the search triggers index them as
they go, as they would an import.

``--csv`` also writes N contacts as a contacts CSV (the import benchmark's input).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from crm.db import open_database
from crm.models import (
    Company,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactUrl,
    Encounter,
    FollowUp,
    Interaction,
    Mission,
    MissionSession,
    Tag,
    contact_tag,
)

LOCALES = ["en_US", "fr_FR", "nl_BE", "de_DE", "it_IT", "es_ES", "en_GB", "pt_PT"]
SECTORS = ["biotech", "pharma", "CDMO", "diagnostics", "medtech", "investor", "university",
           "agency", "hospital", "CRO"]
COUNTRIES = ["US", "BE", "FR", "NL", "DE", "GB", "CH", "IT", "ES", "CA"]
WORDS = ["Bio", "Gen", "Cell", "Thera", "Vax", "Medi", "Pharma", "Nova", "Helix", "Axon",
         "Lumen", "Cedar", "Harbor", "North", "Blue", "Atlas", "Quill", "Meridian", "Vita",
         "Onco", "Immuno", "Neuro", "Cardio", "Synth", "Bright", "Clear", "Prime", "Apex"]
SUFFIXES = ["Biologics", "Therapeutics", "Labs", "Sciences", "CDMO", "Diagnostics", "Health",
            "Ventures", "Pharma", "Bioprocess", "Genomics", "Medical"]
JOB_TITLES = ["VP Business Development", "Head of External Innovation",
              "Chief Scientific Officer", "Director, Manufacturing Strategy", "Partnering Lead",
              "Principal Scientist", "Investment Director", "Head of Cell Therapy Operations",
              "CEO", "Regulatory Affairs Manager", "Project Manager", "Sales Director"]
NOTES = ["wants CAR-T capacity in EU", "interested in Belgian fill & finish",
         "looking for a European clinical partner", "asked for the essenscia deck",
         "exploring a site in Wallonia", "met at the coffee break",
         "follow up about the mRNA platform", "knows the AWEX office in New York",
         "needs a GMP partner for viral vectors", "présentation à envoyer en français"]
TAG_WORDS = ["CAR-T", "mRNA", "vaccines", "fill-finish", "GMP", "AI", "diagnostics",
             "oncology", "investor", "Wallonia", "Flanders", "Brussels", "cell therapy",
             "gene therapy", "biosimilars", "CDMO", "hot lead", "VIP", "press", "academia"]
CHANNELS = ["email", "call", "meeting", "note"]
BATCH = 20_000
EPOCH = datetime(2022, 6, 1, tzinfo=UTC)


def name_pools(seed: int) -> tuple[list[str], list[str]]:
    """First and last names from Faker's lists for several locales (accents included)."""
    from faker import Faker

    fake = Faker(LOCALES, use_weighting=False)
    fake.seed_instance(seed)
    firsts: set[str] = set()
    lasts: set[str] = set()
    for locale in LOCALES:
        provider = fake[locale]
        firsts.update(provider.first_name() for _ in range(400))
        lasts.update(provider.last_name() for _ in range(800))
    return sorted(firsts), sorted(lasts)


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _batches(rows: list[dict], size: int = BATCH) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _stamp(rng: random.Random) -> datetime:
    return EPOCH + timedelta(minutes=rng.randrange(0, 60 * 24 * 365))


def build_rows(contacts: int, seed: int) -> dict[str, list[dict]]:
    """Every row to insert, per table, in insertion order."""
    rng = random.Random(seed)
    firsts, lasts = name_pools(seed)
    rng.shuffle(firsts)
    rng.shuffle(lasts)
    first_weights = list(accumulate(1 / (rank + 1) for rank in range(len(firsts))))
    last_weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(lasts))))
    base = {"version": 1}

    def entity() -> dict:
        at = _stamp(rng)
        return {"id": _uuid(rng), "created_at": at, "updated_at": at, **base}

    mission = {**entity(), "name": "Economic mission USA 2022", "starts_on": date(2022, 6, 6),
               "ends_on": date(2022, 6, 12), "location": "Boston, New York"}
    sessions = []
    for index in range(120):
        start = datetime(2022, 6, 6, 8, tzinfo=UTC) + timedelta(hours=index * 2)
        sessions.append({**entity(), "mission_id": mission["id"], "title": f"Session {index + 1}",
                         "kind": rng.choice(["round table", "seminar", "B2B", "visit"]),
                         "starts_at": start, "ends_at": start + timedelta(hours=2)})
    tags = []
    for index in range(300):
        name = TAG_WORDS[index % len(TAG_WORDS)] + ("" if index < len(TAG_WORDS) else f" {index}")
        tags.append({**entity(), "name": name, "key": name.casefold()})

    companies = []
    used: set[str] = set()
    for index in range(max(1, contacts // 5)):
        name = f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {rng.choice(SUFFIXES)}"
        if name in used:
            name = f"{name} {index}"
        used.add(name)
        companies.append({**entity(), "name": name, "kind": rng.choice(SECTORS),
                          "country": rng.choice(COUNTRIES), "city": None,
                          "website": f"https://{_ascii(name)}.example"})

    people, emails, phones, links, addresses, urls = [], [], [], [], [], []
    numbers = 0
    for index in range(contacts):
        first = _zipf_choice(rng, firsts, first_weights)
        last = _zipf_choice(rng, lasts, last_weights)
        company = rng.choice(companies) if rng.random() < 0.9 else None
        person = {**entity(), "first_name": first, "last_name": last,
                  "job_title": rng.choice(JOB_TITLES), "company_id": company and company["id"],
                  "country": rng.choice(COUNTRIES), "language": rng.choice(["en", "fr", "nl"]),
                  "notes": rng.choice(NOTES) if rng.random() < 0.3 else None,
                  "priority": rng.choice([0, 0, 0, 1, 2]), "owner": "bench",
                  "source": "benchmark", "deleted_at": None}
        people.append(person)
        domain = _ascii(company["name"]) if company else "mail"
        for position in range(rng.choice([1, 1, 1, 2])):
            address = f"{_ascii(first)}.{_ascii(last)}{index}{'.' * position}@{domain}.example"
            emails.append({**entity(), "contact_id": person["id"], "address": address,
                           "address_key": address.lower(), "label": None,
                           "position": position})
        for position in range(rng.choice([0, 1, 1, 2])):
            phones.append({**entity(), "contact_id": person["id"],
                           "number": _e164_number(numbers), "label": None,
                           "position": position})
            numbers += 1
        if rng.random() < 0.2:
            street, postal_code, city, region, country = rng.choice(_ADDRESSES)
            addresses.append({**entity(), "contact_id": person["id"], "label": "work",
                              "street": f"{rng.randrange(1, 400)} {street}",
                              "postal_code": postal_code, "city": city, "region": region,
                              "country": country, "position": 0})
        if rng.random() < 0.1:
            urls.append({**entity(), "contact_id": person["id"], "kind": "social",
                         "url": f"https://www.linkedin.com/in/{_ascii(first)}-{_ascii(last)}"
                                f"-{index}", "label": "linkedin", "position": 0})
        for tag in rng.sample(tags, rng.choice([0, 0, 1, 1, 2, 3])):
            links.append({"contact_id": person["id"], "tag_id": tag["id"]})

    encounters = [{**entity(), "contact_id": rng.choice(people)["id"],
                   "session_id": rng.choice(sessions)["id"],
                   "met_at": _stamp(rng), "note": rng.choice(NOTES) if rng.random() < 0.5 else None,
                   "owner": "bench", "deleted_at": None}
                  for _ in range(contacts * 2)]
    followups = []
    for _ in range(contacts // 2):
        due = date(2022, 6, 15) + timedelta(days=rng.randrange(0, 900))
        status = rng.choice(["open", "open", "done", "cancelled"])
        followups.append({**entity(), "contact_id": rng.choice(people)["id"],
                          "title": rng.choice(["Send the deck", "Schedule a call",
                                               "Introduce to AWEX", "Share the FIT contact"]),
                          "due_on": due, "status": status, "priority": rng.choice([0, 0, 1]),
                          "owner": "bench", "deleted_at": None,
                          "done_at": _stamp(rng) if status == "done" else None})
    interactions = [{**entity(), "contact_id": rng.choice(people)["id"],
                     "occurred_at": _stamp(rng), "channel": rng.choice(CHANNELS),
                     "summary": rng.choice(NOTES), "owner": "bench", "deleted_at": None}
                    for _ in range(contacts // 2)]
    return {"mission": [mission], "mission_session": sessions, "tag": tags,
            "company": companies, "contact": people, "contact_email": emails,
            "contact_phone": phones, "contact_tag": links, "contact_address": addresses,
            "contact_url": urls, "encounter": encounters, "followup": followups,
            "interaction": interactions}


TABLES = {"mission": Mission, "mission_session": MissionSession, "tag": Tag,
          "company": Company, "contact": Contact, "contact_email": ContactEmail,
          "contact_phone": ContactPhone, "contact_tag": contact_tag,
          "contact_address": ContactAddress, "contact_url": ContactUrl, "encounter": Encounter,
          "followup": FollowUp, "interaction": Interaction}


def generate(path: Path, contacts: int, seed: int = 7) -> dict[str, int]:
    """Create ``path`` (which must not exist) with ``contacts`` contacts and the rest."""
    if path.exists():
        raise SystemExit(f"{path}: exists already; pick a new file")
    rows = build_rows(contacts, seed)
    db = open_database(str(path))
    try:
        with db.session(write=True) as session:
            # One big transaction: keep its pages in memory (up to 1 GB) instead of spilling
            # them to the WAL again and again before the commit writes them.
            session.connection().exec_driver_sql("PRAGMA cache_size=-1000000")
            for name, model in TABLES.items():
                table = getattr(model, "__table__", model)
                for batch in _batches(rows[name]):
                    session.execute(insert(table), batch)
    finally:
        db.close()
    return {name: len(table_rows) for name, table_rows in rows.items()}


# Phone numbers as people type them, each made of 7 digits c without losing any (so that
# different digits make different numbers), each valid for phonenumbers.
_US_AREAS = ["617", "212", "646", "415", "312", "202", "305", "713", "858", "508"]
_PHONE_PLANS = [
    lambda c: f"+32 47{c[0]} {c[1:3]} {c[3:5]} {c[5:7]}",  # Belgian mobile
    lambda c: f"+1 {_US_AREAS[int(c[0])]}-2{c[1:3]}-{c[3:7]}",  # American
    lambda c: f"+33 6 1{c[0]} {c[1:3]} {c[3:5]} {c[5:7]}",  # French mobile
    lambda c: f"+31 6 1{c}",  # Dutch mobile
    lambda c: f"+49 151 2{c}",  # German mobile
    lambda c: f"+44 75{c[0:2]} 9{c[2:7]}",  # British mobile
]
_COUNTRY_SPELLINGS = {"BE": ["BE", "Belgium", "Belgique", "België"],
                      "US": ["US", "United States", "USA"], "FR": ["FR", "France"],
                      "NL": ["NL", "Netherlands", "Nederland"], "DE": ["DE", "Germany"],
                      "GB": ["GB", "United Kingdom"], "CH": ["CH", "Switzerland"],
                      "IT": ["IT", "Italy"], "ES": ["ES", "Spain"], "CA": ["CA", "Canada"]}
_MAIL_PROVIDERS = ["gmail.example", "outlook.example", "skynet.example", "telenet.example",
                   "proximus.example", "yahoo.example"]
_LONG_NOTES = ['Met at the "Belgian night" reception, wants a call about CAR-T, cc her CFO',
               "Ask about:\n- fill & finish capacity\n- GMP audit dates",
               "Préfère être contacté en français; rappeler après le 15",
               "Kent Jan Peeters van VIB, stuurt de deck door"]


def _phone_number(index: int, rng: random.Random) -> str:
    """A valid phone number that no other ``index`` (below 10**7) gets, written as people
    write it: a third of them in national format (Belgian mobiles: the import's region)."""
    # index * a number coprime with 10**7, modulo 10**7: different digits for every index
    # below 10**7, spread over the whole range.
    c = f"{(index * 4_827_191 + 1_234_567) % 10**7:07d}"
    if rng.random() < 1 / 3:
        return f"047{c[0]} {c[1:3]} {c[3:5]} {c[5:7]}"
    return _PHONE_PLANS[index % len(_PHONE_PLANS)](c)


# Valid E.164 numbers, each made of the 7 digits c of its index: different indexes below
# 10**7 give different numbers.
_E164_PLANS = [
    lambda c: f"+3247{c}",  # Belgian mobile
    lambda c: f"+1{_US_AREAS[int(c[0])]}2{c[1:]}",  # American
    lambda c: f"+3361{c}",  # French mobile
    lambda c: f"+3161{c}",  # Dutch mobile
    lambda c: f"+491512{c}",  # German mobile
    lambda c: f"+4475{c[:2]}9{c[2:]}",  # British mobile
]
_ADDRESSES = [("Kendall Square", "02142", "Cambridge", "MA", "US"),
              ("Boylston Street", "02116", "Boston", "MA", "US"),
              ("Madison Avenue", "10022", "New York", "NY", "US"),
              ("Rue de la Loi", "1000", "Bruxelles", None, "BE"),
              ("Technologiepark", "9052", "Zwijnaarde", None, "BE"),
              ("Rue Granbonpré", "1435", "Mont-Saint-Guibert", None, "BE"),
              ("Route de Lennik", "1070", "Anderlecht", None, "BE"),
              ("Jozef Plateaustraat", "9000", "Gent", None, "BE")]


def _e164_number(index: int) -> str:
    """A valid E.164 number that no other ``index`` (below 10**7) gets."""
    c = f"{(index * 4_827_191 + 1_234_567) % 10**7:07d}"
    return _E164_PLANS[index % len(_E164_PLANS)](c)


def _zipf_choice(rng: random.Random, pool: list[str], weights: list[float]) -> str:
    return rng.choices(pool, cum_weights=weights)[0]


def write_contacts_csv(path: Path, contacts: int, seed: int = 11) -> None:
    """A contacts CSV as delegates' address books export them (the import benchmark's
    input): common names often and rare ones seldom (a Zipf law over Faker's lists of
    several locales, so accents and apostrophes occur), 20 % as many companies as people
    (a few big, most small), a unique phone number for most people (a third in national
    format, a fifth with a second number), one or two emails, notes (some over several
    lines, with quotes), tags, and countries spelled as people spell them. Written as it is
    made: a million rows need no more memory than a hundred."""
    rng = random.Random(seed)
    firsts, lasts = name_pools(seed)
    rng.shuffle(firsts)
    rng.shuffle(lasts)
    first_weights = list(accumulate(1 / (rank + 1) for rank in range(len(firsts))))
    last_weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(lasts))))
    companies: list[str] = []
    used: set[str] = set()
    for index in range(max(1, contacts // 5)):
        name = f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {rng.choice(SUFFIXES)}"
        name = name if name not in used else f"{name} {index}"
        used.add(name)
        companies.append(name)
    company_weights = list(accumulate(1 / (rank + 1) ** 0.6 for rank in range(len(companies))))
    tags = TAG_WORDS + [f"{word} {year}" for word in ("Boston", "BIO", "Leads") for year in
                        range(2018, 2027)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "phone", "company", "job_title",
                         "country", "notes", "tags"])
        for index in range(contacts):
            first = _zipf_choice(rng, firsts, first_weights)
            last = _zipf_choice(rng, lasts, last_weights)
            company = _zipf_choice(rng, companies, company_weights) \
                if rng.random() < 0.85 else ""
            domain = _ascii(company) + ".example" if company else rng.choice(_MAIL_PROVIDERS)
            local = f"{_ascii(first)}.{_ascii(last)}"
            emails = [] if rng.random() < 0.05 else [
                f"{local}{index}@{domain}" if rng.random() < 0.8 else
                f"{first[:1]}{_ascii(last)}{index}@{domain}".title()]
            if emails and rng.random() < 0.25:
                emails.append(f"{local}.{index}@{rng.choice(_MAIL_PROVIDERS)}")
            phones = [] if rng.random() < 0.1 else [_phone_number(index, rng)]
            if phones and rng.random() < 0.2:
                phones.append(_phone_number(contacts + index, rng) + " (work)")
            country = rng.choice(COUNTRIES)
            roll = rng.random()
            notes = rng.choice(NOTES) if roll < 0.25 else \
                rng.choice(_LONG_NOTES) if roll < 0.3 else ""
            writer.writerow([first, last, "; ".join(emails), "; ".join(phones), company,
                             rng.choice(JOB_TITLES) if rng.random() < 0.9 else "",
                             rng.choice(_COUNTRY_SPELLINGS[country]), notes,
                             "; ".join(rng.sample(tags, rng.choice([0, 0, 0, 1, 1, 2, 3])))])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="the database file to create")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--csv", type=Path, help="also write a contacts CSV of this size")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.db, args.contacts, args.seed)
    if args.csv:
        write_contacts_csv(args.csv, args.contacts, args.seed + 1)
    print(", ".join(f"{n} {name}" for name, n in counts.items()),
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
