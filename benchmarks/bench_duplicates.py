"""Duplicate scan at scale: N generated contacts (Faker, with known duplicates planted).

    python benchmarks/bench_duplicates.py [--contacts 100000] [--db PATH]

Prints the scan time next to a baseline measured in the same run (reading every contact
with its emails and phones, the least any scan must do), the recall on the planted pairs, and
the time of one warn-before-create lookup (what quick capture runs as the user types).
The target (issue #8): a scan of 100,000 contacts in under 10 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faker import Faker
from sqlalchemy import insert, select

from crm.clock import utcnow
from crm.db import open_database
from crm.models import Company, Contact, ContactEmail, ContactPhone
from crm.services.duplicates import find_contact_duplicates, similar_contacts


def populate(db, n: int, seed: int = 7) -> set[frozenset[uuid.UUID]]:  # type: ignore[no-untyped-def]
    """Insert ``n`` contacts (2% of them planted duplicates); returns the planted pairs."""
    fake = Faker(["en_US", "fr_FR", "nl_BE"])
    Faker.seed(seed)
    rng = random.Random(seed)
    now = utcnow()
    companies = [{"id": uuid.uuid4(), "name": fake.company(), "created_at": now,
                  "updated_at": now, "version": 1} for _ in range(max(10, n // 25))]
    contacts, emails, phones, planted = [], [], [], set()
    for i in range(n):
        if i and rng.random() < 0.02:
            twin = rng.choice(contacts[-500:])
            first, last = twin["first_name"], twin["last_name"]
            variant = rng.randrange(4)
            if variant == 0:
                first, last = last, first
            elif variant == 1:
                first = first[:1] + "."
            elif variant == 2:
                last = last.upper()
            row = {**twin, "id": uuid.uuid4(), "first_name": first, "last_name": last}
            planted.add(frozenset((twin["id"], row["id"])))
        else:
            row = {"id": uuid.uuid4(), "first_name": fake.first_name(),
                   "last_name": fake.last_name(), "company_id": rng.choice(companies)["id"]}
        row.update(created_at=now, updated_at=now, version=1, priority=0)
        contacts.append(row)
        address = f"{uuid.uuid4().hex[:10]}@{fake.free_email_domain()}"
        emails.append({"id": uuid.uuid4(), "contact_id": row["id"], "address": address,
                       "address_key": address, "position": 0, "created_at": now,
                       "updated_at": now, "version": 1})
        phones.append({"id": uuid.uuid4(), "contact_id": row["id"],
                       "number": f"+3247{rng.randrange(10**7):07d}", "position": 0,
                       "created_at": now, "updated_at": now, "version": 1})
    with db.session(write=True) as session:
        session.execute(insert(Company), companies)
        session.execute(insert(Contact), contacts)
        session.execute(insert(ContactEmail), emails)
        session.execute(insert(ContactPhone), phones)
    return planted


def baseline(session) -> int:  # type: ignore[no-untyped-def]
    rows = session.execute(select(Contact.id, Contact.first_name, Contact.last_name,
                                  Contact.company_id)).all()
    rows += session.execute(select(ContactEmail.contact_id, ContactEmail.address_key)).all()
    rows += session.execute(select(ContactPhone.contact_id, ContactPhone.number)).all()
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--db", help="database file (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(args.db or str(Path(tmp) / "bench.db"))
        started = time.perf_counter()
        planted = populate(db, args.contacts)
        print(f"generated {args.contacts} contacts in {time.perf_counter() - started:.1f} s "
              f"({len(planted)} planted duplicates)")
        started = time.perf_counter()
        db.read(baseline)
        base = time.perf_counter() - started
        started = time.perf_counter()
        pairs = db.read(find_contact_duplicates)
        scan = time.perf_counter() - started
        found = {frozenset((p.a_id, p.b_id)) for p in pairs}
        recall = len(planted & found) / len(planted) if planted else 1.0
        print(f"baseline (read contacts, emails, phones): {base:.2f} s")
        print(f"duplicate scan: {scan:.2f} s, {len(pairs)} pairs listed, "
              f"recall on planted pairs {recall:.1%}")
        names = db.read(lambda s: s.execute(select(Contact.first_name, Contact.last_name)
                                            .limit(100)).all())
        started = time.perf_counter()
        with db.session() as session:
            for first, last in names:
                similar_contacts(session, first, last, [f"{first}@example.com"])
        typing = (time.perf_counter() - started) / max(1, len(names)) * 1000
        print(f"warn-before-create lookup (similar_contacts): {typing:.1f} ms per call")
        db.close()
        return 0 if scan < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
