"""The writer the crash harness kills: import-like batches and multi-row edits, forever.

Every batch of contacts shares a last name (its batch id); an edit gives every contact of one
batch the same job title, one row at a time, in one transaction. Whatever moment the process
is killed at, a sound database holds whole batches with one job title each.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from sqlalchemy import select

from crm.db import open_database
from crm.models import Contact
from crm.services.contacts import create_contact, update_contact

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
