"""Twenty laptops syncing at once against one PostgreSQL server on loopback lose no update."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm.db import open_database
from crm.models import Contact
from tests import postgres
from tests.conftest import REPO

CLIENTS = 20
CONTACTS = 3
ROUNDS = 2

# One laptop: adds contacts and edits a shared one in every round, syncing after each round,
# then once more at the end so it has everyone's work.
WORKER = """
import sys
sys.path.insert(0, {repo!r})
from crm.db import open_database
from crm.services.contacts import create_contact, update_contact
from crm.sync import sync
n, local, server_url, shared = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
laptop, server = open_database(local), open_database(server_url)
sync(laptop, server)
for r in range({rounds}):
    for c in range({contacts}):
        laptop.write(create_contact, first_name=f"Client{{n}}", last_name=f"Round{{r}}-{{c}}")
    laptop.write(update_contact, shared, notes=f"client {{n}} round {{r}}")
    sync(laptop, server)
"""


@pytest.mark.slow
def test_twenty_laptops_syncing_at_once_lose_nothing(tmp_path: Path) -> None:
    from crm.services.contacts import create_contact

    postgres.server_url()
    url = postgres.create_database()
    raw = url.render_as_string(hide_password=False)
    try:
        server = open_database(raw)
        shared = server.write(create_contact, first_name="Shared", last_name="Contact").id
        script = tmp_path / "worker.py"
        script.write_text(WORKER.format(repo=str(REPO), rounds=ROUNDS, contacts=CONTACTS))
        workers = [subprocess.Popen([sys.executable, str(script), str(n),
                                     str(tmp_path / f"laptop{n}.db"), raw, str(shared)],
                                    stderr=subprocess.PIPE, text=True)
                   for n in range(CLIENTS)]
        for worker in workers:
            _out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err
        expected = 1 + CLIENTS * ROUNDS * CONTACTS
        assert server.read(lambda s: s.scalar(select(func.count(Contact.id)))) == expected
        # A last round everyone: every laptop ends with every contact and the same shared note.
        from crm.sync import sync

        notes = set()
        for n in range(CLIENTS):
            laptop = open_database(str(tmp_path / f"laptop{n}.db"))
            sync(laptop, server)
            assert laptop.read(lambda s: s.scalar(select(func.count(Contact.id)))) == expected
            notes.add(laptop.read(lambda s: s.get(Contact, shared).notes))
            laptop.close()
        assert len(notes) == 1
        assert notes == {server.read(lambda s: s.get(Contact, shared).notes)}
        server.close()
    finally:
        postgres.drop_database(url)
