"""Team sync: two laptops' databases and one server (a PostgreSQL database, and a SQLite file
so the logic is tested where PostgreSQL is missing): edits converge, conflicts are listed and
restorable, trash/restore/erasure reach every copy, an interrupted sync resumes cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import func, insert, select

from crm.clock import utcnow
from crm.db import Database, open_database
from crm.models import Contact, SyncConflict
from crm.services import common
from crm.services.contacts import create_contact, get_contact, update_contact
from crm.services.followups import create_followup
from crm.sync import list_conflicts, restore_conflict, sync
from tests import postgres
from tests.conftest import REPO


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = open_database(str(tmp_path / "server.db"))
        yield database
        database.close()
        return
    postgres.server_url()
    url = postgres.create_database(template=request.getfixturevalue("pg_template"))
    database = open_database(url.render_as_string(hide_password=False))
    yield database
    database.close()
    postgres.drop_database(url)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    a = open_database(str(tmp_path / "alice.db"))
    b = open_database(str(tmp_path / "bob.db"))
    yield a, b
    a.close()
    b.close()


def names(db: Database, *, trashed: bool = False) -> list[str]:
    def query(session):
        stmt = select(Contact.first_name, Contact.last_name)
        stmt = stmt.where(Contact.deleted_at.is_not(None) if trashed
                          else Contact.deleted_at.is_(None))
        return sorted(f"{f} {last}".strip() for f, last in session.execute(stmt))
    return db.read(query)


def test_two_laptops_edited_offline_converge_on_the_server(laptops, server) -> None:
    alice, bob = laptops
    lea = alice.write(create_contact, first_name="Léa", last_name="Martin", company="Acme Bio",
                      emails=["lea@acme.example"], tags=["cdmo"])
    alice.write(create_followup, contact_id=lea.id, title="Send deck",
                due_on=utcnow().date())
    bob.write(create_contact, first_name="Tom", last_name="Hale", company="Acme Bio",
              tags=["cdmo"], phones=["+1 617 555 0100"])
    assert sync(alice, server).pushed > 0
    assert sync(bob, server).pulled > 0
    sync(alice, server)
    everyone = ["Léa Martin", "Tom Hale"]
    assert names(alice) == names(bob) == names(server) == everyone
    copy = bob.read(get_contact, lea.id)
    assert (copy.email, [t.name for t in copy.tags], [f.title for f in copy.followups]) == (
        "lea@acme.example", ["cdmo"], ["Send deck"])
    # Nothing left to send: a second round moves nothing and duplicates nothing.
    again = sync(alice, server)
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)
    assert server.read(lambda s: s.scalar(select(func.count(Contact.id)))) == 2


def test_a_contact_edited_after_its_email_reaches_the_server_in_small_batches(laptops,
                                                                           server) -> None:
    """An edit logs the contact again, after its email: pushed batch by batch in log order,
    the email came before its contact and the server refused it (the 30-laptop run pushed
    row by row, setting emails aside)."""
    alice, bob = laptops
    made = [alice.write(create_contact, first_name=f"Ann{n}", last_name="Lee",
                        emails=[f"ann{n}@acme.example"], phones=[f"+32 475 12 34 {n:02d}"]).id
            for n in range(6)]
    for contact_id in made:
        alice.write(update_contact, contact_id, job_title="CEO")
    result = sync(alice, server, batch=2)
    assert alice.read(lambda s: s.scalar(select(func.count(SyncConflict.id)))) == 0
    assert result.pushed > 0
    # Edited again after that sync: on the server too the contacts are now logged after
    # their emails; a laptop pulling in small batches still gets everyone whole.
    for contact_id in made:
        alice.write(update_contact, contact_id, job_title="CSO")
    sync(alice, server, batch=2)
    sync(bob, server, batch=2)
    for db in (server, bob):
        for n, contact_id in enumerate(made):
            copy = db.read(get_contact, contact_id)
            assert (copy.email, copy.job_title) == (f"ann{n}@acme.example", "CSO")


def test_a_laptop_pulling_does_not_hold_up_another_laptops_sync(laptops, server,
                                                                 tmp_path: Path) -> None:
    """A pull is most of a sync's time: while one laptop pulls, another syncs to the end (with
    the server's log lock held for the whole sync, 30 laptops pulled one after another), and
    what that one pushed meanwhile still reaches the first before it pushes."""
    alice, bob = laptops
    carol = open_database(str(tmp_path / "carol.db"))
    for n in range(6):
        alice.write(create_contact, first_name=f"Ann{n}", last_name="Lee")
    sync(alice, server)
    carol.write(create_contact, first_name="Carol", last_name="Late")
    bob.write(create_contact, first_name="Bob", last_name="Own")
    finished: list[int] = []

    def while_bob_pulls(stage: str, _count: int) -> None:
        if stage == "pulled" and not finished:
            # In a thread: were bob's sync holding the lock, carol's would wait for it forever.
            worker = threading.Thread(target=lambda: finished.append(sync(carol, server).pushed))
            worker.start()
            worker.join(timeout=60)
            assert finished, "another laptop's sync waited for this laptop's pull"

    result = sync(bob, server, batch=2, progress=while_bob_pulls)
    assert finished[0] > 0
    assert result.conflicts == 0
    sync(carol, server)
    everyone = sorted([f"Ann{n} Lee" for n in range(6)] + ["Bob Own", "Carol Late"])
    assert names(bob) == names(server) == names(carol) == everyone
    carol.close()


def test_concurrent_edits_last_writer_wins_and_the_loser_can_be_restored(laptops,
                                                                        server) -> None:
    alice, bob = laptops
    contact = alice.write(create_contact, first_name="Ines", last_name="Vermeulen")
    sync(alice, server)
    sync(bob, server)
    alice.write(update_contact, contact.id, job_title="Head of Partnering")
    with time_machine.travel(utcnow() + timedelta(minutes=5)):
        bob.write(update_contact, contact.id, job_title="Chief Scientific Officer")
    sync(alice, server)
    result = sync(bob, server)  # bob's edit is newer: it wins, alice's is listed
    assert result.conflicts == 1
    sync(alice, server)
    for db in (alice, bob, server):
        assert db.read(get_contact, contact.id).job_title == "Chief Scientific Officer"
    [conflict] = alice.read(list_conflicts)
    assert bob.read(list_conflicts)[0].id == conflict.id  # one list, on every copy
    assert json.loads(conflict.lost)["job_title"] == "Head of Partnering"
    assert json.loads(conflict.kept)["job_title"] == "Chief Scientific Officer"

    alice.write(restore_conflict, conflict.id)
    sync(alice, server)
    sync(bob, server)
    assert bob.read(get_contact, contact.id).job_title == "Head of Partnering"
    assert bob.read(list_conflicts) == []


def test_trash_restore_and_erasure_reach_every_copy(laptops, server) -> None:
    alice, bob = laptops
    kept = alice.write(create_contact, first_name="Kept", last_name="Here")
    gone = alice.write(create_contact, first_name="Zyxwinsky", last_name="Erased",
                       emails=["zyx@erase.example"])
    sync(alice, server)
    sync(bob, server)
    alice.write(common.trash, Contact, kept.id)
    sync(alice, server)
    sync(bob, server)
    assert names(bob, trashed=True) == ["Kept Here"]
    bob.write(common.restore, Contact, kept.id)
    sync(bob, server)
    sync(alice, server)
    assert names(alice) == names(bob) == ["Kept Here", "Zyxwinsky Erased"]

    # Bob edits the person offline while Alice erases them: erasure wins, nothing survives.
    bob.write(update_contact, gone.id, notes="met again at the gala")
    alice.write(lambda s: s.delete(s.get(Contact, gone.id)))
    sync(alice, server)
    assert sync(bob, server).conflicts == 1
    sync(alice, server)
    for db in (alice, bob, server):
        assert names(db) == ["Kept Here"]
        stored = db.read(lambda s: [(c.kept, c.lost) for c in s.scalars(select(SyncConflict))])
        assert all(kept is None and lost is None for kept, lost in stored)
    assert bob.read(list_conflicts)[0].reason == "deleted"


def _sync_cli(local: Path, server_url: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(REPO / "main.py"), "--db", str(local), "sync",
                             "--server", server_url, *extra], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ)


def test_a_sync_killed_half_way_resumes_without_loss_or_duplicates(laptops, server,
                                                                   tmp_path: Path) -> None:
    alice, bob = laptops
    now = utcnow()
    alice.write(lambda s: s.execute(insert(Contact), [
        {"first_name": f"Person{n}", "last_name": "Bulk", "created_at": now, "updated_at": now,
         "version": 1, "priority": 0} for n in range(600)]))
    sync(alice, server)
    bob.write(create_contact, first_name="Bob's", last_name="Own")
    url = server.url.render_as_string(hide_password=False) if not server.is_sqlite \
        else str(server.path)
    process = _sync_cli(tmp_path / "bob.db", url, "--batch", "50")
    assert process.stdout is not None
    first = process.stdout.readline()  # one batch pulled and committed ...
    assert first.startswith("pulled"), first + process.stderr.read()
    process.send_signal(signal.SIGKILL)  # ... then the laptop dies
    process.wait()
    partly = bob.read(lambda s: s.scalar(select(func.count(Contact.id))))
    assert 1 < partly < 601
    done = _sync_cli(tmp_path / "bob.db", url)
    _out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    sync(alice, server)
    for db in (alice, bob, server):
        assert db.read(lambda s: s.scalar(select(func.count(Contact.id)))) == 601
    assert "Bob's Own" in names(alice)


def test_cli_lists_conflicts_and_restores_one(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    alice_path, bob_path = tmp_path / "alice.db", tmp_path / "bob.db"
    with open_database(str(alice_path)) as alice, open_database(str(bob_path)) as bob, \
            open_database(str(tmp_path / "team.db")) as server:
        contact = alice.write(create_contact, first_name="Ines", last_name="Vermeulen")
        sync(alice, server)
        sync(bob, server)
        alice.write(update_contact, contact.id, job_title="Head of Partnering")
        with time_machine.travel(utcnow() + timedelta(minutes=5)):
            bob.write(update_contact, contact.id, job_title="CSO")
        sync(bob, server)
        sync(alice, server)
    listed = run_cli("sync", "--conflicts", "--json", db=alice_path)
    assert listed.returncode == 0, listed.stderr
    [conflict] = json.loads(listed.stdout)
    assert (conflict["reason"], conflict["lost"]["job_title"]) == ("edited", "Head of Partnering")
    restored = run_cli("sync", "--restore", conflict["id"], db=alice_path)
    assert restored.returncode == 0, restored.stderr
    with open_database(str(alice_path)) as alice:
        assert alice.read(get_contact, contact.id).job_title == "Head of Partnering"
    assert run_cli("sync", db=alice_path).returncode == 2  # no server: one clear line


def test_one_tag_made_on_two_copies_becomes_one(laptops, server) -> None:
    from crm.models import Tag

    alice, bob = laptops
    # An older copy's tag has a random id; today's get the same id for the same name.
    legacy = alice.write(lambda s: s.merge(Tag(name="CDMO", key="cdmo")))
    lea = alice.write(create_contact, first_name="Léa", tags=["cdmo"])
    assert alice.read(get_contact, lea.id).tags[0].id == legacy.id
    tom = bob.write(create_contact, first_name="Tom", tags=["CDMO"])
    sync(bob, server)
    sync(alice, server)
    sync(bob, server)
    for db in (alice, bob, server):
        assert db.read(lambda s: s.scalar(select(func.count(Tag.id)))) == 1
        assert [t.key for t in db.read(get_contact, lea.id).tags] == ["cdmo"]
        assert [t.key for t in db.read(get_contact, tom.id).tags] == ["cdmo"]
