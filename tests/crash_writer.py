"""The writer the crash harness kills: import-like batches, multi-row edits and merges, forever.

Every batch of contacts shares a last name (its batch id); an edit gives every contact of one
batch the same job title, one row at a time, in one transaction. A pair of duplicates (last
name "pair-...") is created, then merged. Whatever moment the process is killed at, a sound
database holds whole batches with one job title each, and each pair either unmerged (two
contacts, no merge record) or merged (one contact holding both emails, one merge record).
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from sqlalchemy import select

from crm.db import open_database
from crm.models import Contact
from crm.services.contacts import create_contact, update_contact
from crm.services.merge import merge_contacts

BATCH = 20


def run_writer(path: str, ready: Any) -> None:
    """Write until killed; ``ready`` (a multiprocessing Event) is set once the DB is open."""
    db = open_database(path, daily_backup=False)
    ready.set()
    edits = 0
    batches: list[str] = []
    while True:
        batch = uuid.uuid4().hex[:12]

        def import_batch(session: Any, batch: str = batch) -> None:
            for i in range(BATCH):
                create_contact(session, first_name=f"P{i}", last_name=batch,
                               emails=[f"p{i}.{batch}@example.org"], phones=[f"+3247{i:07d}"],
                               notes="imported " * 20, source="crash harness")

        db.write(import_batch)
        batches.append(batch)
        edits += 1
        target = random.choice(batches)

        def edit(session: Any, target: str = target, title: str = f"edit-{edits}") -> None:
            for contact_id in session.scalars(select(Contact.id).where(
                    Contact.last_name == target)):
                update_contact(session, contact_id, job_title=title, notes=f"{title} " * 30)

        db.write(edit)

        def pair(session: Any, batch: str = batch) -> tuple[Any, Any]:
            name = f"pair-{batch}"
            keep = create_contact(session, first_name="Kept", last_name=name,
                                  emails=[f"keep.{batch}@example.org"], notes="duplicate")
            other = create_contact(session, first_name="Other", last_name=name,
                                   emails=[f"other.{batch}@example.org"], notes="duplicate")
            return keep.id, other.id

        keep_id, other_id = db.write(pair)
        db.write(merge_contacts, keep_id, other_id)
