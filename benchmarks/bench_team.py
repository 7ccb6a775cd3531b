"""A delegation on one server: many laptops (processes) with offline changes sync against one
PostgreSQL at once, and the server is killed mid-sync and restarted.

    python benchmarks/bench_team.py [--laptops 30] [--changes 2000] [--shared 200]

Starts its own throw-away PostgreSQL cluster (so that it may kill it), in a temporary folder.
Each laptop pulls the team's data, makes ``--changes`` offline changes (new contacts with an
email and a phone, edits and deletions of its own contacts, and edits of the ``--shared``
contacts that several laptops edit at once), then all of them sync together; once a quarter
of them have synced, the server is stopped at once (``pg_ctl -m immediate``: no shutdown
checkpoint, a crash for the database) and restarted two seconds later. A laptop whose sync
fails syncs again, as its user would. Then every laptop syncs until nothing moves.

Checked, else the run fails: every laptop holds the same data as the server; every change a
laptop made is there (its new contacts, the last value of each of its own edits, its
deletions), none twice; each shared contact edited on k laptops ends with one of those
edits and k - 1 conflicts listed, each losing edit once. Prints one JSON line: the team's time
to converge and the counts.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EDITORS = 3  # laptops editing each shared contact


# --- a PostgreSQL cluster of our own -------------------------------------------------------

class Cluster:
    """A throw-away PostgreSQL cluster on a free loopback port, that can be killed."""

    def __init__(self, folder: Path) -> None:
        bindirs = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        found = shutil.which("initdb")
        initdb = bindirs[-1] if bindirs else Path(found) if found else None
        if initdb is None:
            raise FileNotFoundError("PostgreSQL is not installed (no initdb)")
        self.bindir = initdb.parent
        self.folder = folder
        self.data = folder / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        # The server refuses to run as root: the cluster then belongs to the postgres user.
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.run_as:
            shutil.chown(folder, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "team", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self.run_as, str(self.bindir / tool), *args],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://team@127.0.0.1:{self.port}/team"

    def start(self) -> None:
        # fsync stays on: the kill must be a real crash for the database's durability.
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-o", f"-k {self.folder} -h 127.0.0.1 -p {self.port} -c max_connections=200",
                  "start")

    def kill(self) -> None:
        """Stop at once: no checkpoint, open transactions lost, recovery at the next start."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")

    def create_database(self) -> None:
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "team", "team")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.kill()


# --- one laptop ------------------------------------------------------------------------------

def _environment(folder: Path) -> dict[str, str]:
    return {**os.environ, "MISSION_CRM_ALLOW_UNENCRYPTED": "1",
            "MISSION_CRM_DATA_DIR": str(folder / "home" / "data"),
            "MISSION_CRM_CONFIG_DIR": str(folder / "home" / "config"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def _open(target: str) -> Any:
    from crm.db import open_database

    return open_database(target, encrypt=False, daily_backup=False)


def sync_until_done(laptop: Any, server: Any, deadline: float) -> tuple[int, int, int]:
    """Sync, again and again while the server is unreachable (as a user would press Sync
    again): (failed attempts, records pulled, records pushed) of the sync that succeeded."""
    from sqlalchemy.exc import DBAPIError

    from crm.sync import SyncError, sync

    failures = 0
    while True:
        try:
            result = sync(laptop, server)
            return failures, result.pulled, result.pushed
        # The server went away (or is not back yet): sync says so in a SyncError; a driver
        # error can still come from opening the connection before the sync starts.
        except (SyncError, DBAPIError):
            failures += 1
            if time.monotonic() > deadline or failures > 100:
                raise
            server.engine.dispose()  # its pooled connections died with the server
            time.sleep(min(0.5 * failures, 3))


def laptop_main(args: argparse.Namespace) -> int:
    """One laptop's life: first sync, offline changes, wait for the start, sync."""
    import uuid

    from sqlalchemy import select

    from crm.clock import utcnow
    from crm.models import Contact
    from crm.services.contacts import create_contact, update_contact

    folder = Path(args.folder)
    me = args.laptop
    laptop = _open(str(folder / f"laptop{me}.db"))
    server = _open(args.server)
    deadline = time.monotonic() + args.timeout
    sync_until_done(laptop, server, deadline)
    shared = json.loads((folder / "shared.json").read_text())
    rng = random.Random(me)
    mine_to_edit = [c for n, c in enumerate(shared) if me in _editors(n, args.laptops)]
    created: list[str] = []
    notes: dict[str, str] = {}
    deleted: set[str] = set()
    shared_edits: dict[str, str] = {}
    changes = 0

    def batch(session: Any, count: int) -> None:
        nonlocal changes
        for _ in range(count):
            if changes < len(mine_to_edit):
                key = mine_to_edit[changes]
                text = f"laptop {me} edit of the shared contact"
                update_contact(session, key, notes=text)
                shared_edits[key] = text
            elif created and rng.random() < 0.05 and len(deleted) < len(created) // 4:
                victim = rng.choice(created)
                if victim in deleted:
                    create(session)
                else:
                    session.get(Contact, uuid.UUID(victim)).deleted_at = utcnow()
                    deleted.add(victim)
            elif created and rng.random() < 0.3:
                victim = rng.choice(created)
                if victim in deleted:
                    create(session)
                else:
                    text = f"note {changes} of laptop {me}"
                    update_contact(session, victim, notes=text)
                    notes[victim] = text
            else:
                create(session)
            changes += 1

    def create(session: Any) -> None:
        n = len(created)
        contact = create_contact(session, first_name=f"L{me}", last_name=f"Contact {n}",
                                 emails=[f"l{me}.c{n}@team.example"],
                                 phones=[f"+3247{me:02d}{n:05d}"[:12]],
                                 owner=f"laptop{me}")
        session.flush()
        created.append(str(contact.id))

    while changes < args.changes:
        laptop.write(batch, min(50, args.changes - changes))
    # What this laptop must find everywhere at the end.
    (folder / f"laptop{me}.json").write_text(json.dumps({
        "created": created, "notes": notes, "deleted": sorted(deleted), "shared": shared_edits}))
    (folder / f"ready{me}").touch()
    while not (folder / "go").exists():
        time.sleep(0.05)
    started = time.monotonic()
    failures, pulled, pushed = sync_until_done(laptop, server, deadline)
    (folder / f"synced{me}").write_text(json.dumps({
        "failures": failures, "pulled": pulled, "pushed": pushed,
        "seconds": time.monotonic() - started}))
    assert laptop.read(lambda s: s.scalar(select(Contact.id).limit(1))) is not None
    laptop.close()
    server.close()
    return 0


def final_main(args: argparse.Namespace) -> int:
    """Sync until this laptop pulls and pushes nothing more."""
    laptop = _open(str(Path(args.folder) / f"laptop{args.laptop}.db"))
    server = _open(args.server)
    deadline = time.monotonic() + args.timeout
    rounds = 0
    while True:
        rounds += 1
        _failures, pulled, pushed = sync_until_done(laptop, server, deadline)
        if pulled == pushed == 0 or rounds > 5:
            break
    laptop.close()
    server.close()
    return 0


def _editors(n: int, laptops: int) -> set[int]:
    """The laptops editing shared contact ``n``: EDITORS of them, different per contact."""
    return {(n * 7 + k * max(1, laptops // EDITORS)) % laptops for k in range(EDITORS)}


# --- checks ------------------------------------------------------------------------------------

def digest(db: Any) -> str:
    """What the team must agree on: every contact, email and phone, live or in the trash."""
    from sqlalchemy import select

    from crm.models import Contact, ContactEmail, ContactPhone

    def read(session: Any) -> str:
        hashed = hashlib.sha256()
        for stmt in (select(Contact.id, Contact.first_name, Contact.last_name, Contact.notes,
                            Contact.deleted_at.is_(None)).order_by(Contact.id),
                     select(ContactEmail.contact_id, ContactEmail.address)
                     .order_by(ContactEmail.contact_id, ContactEmail.address),
                     select(ContactPhone.contact_id, ContactPhone.number)
                     .order_by(ContactPhone.contact_id, ContactPhone.number)):
            for row in session.execute(stmt):
                hashed.update(repr(tuple(str(v) for v in row)).encode())
        return hashed.hexdigest()

    return db.read(read)


def check(folder: Path, server: Any, laptops: int, shared: list[str]) -> dict[str, Any]:
    """Every check of the docstring; raises AssertionError naming what failed."""
    import uuid

    from sqlalchemy import func, select

    from crm.models import Contact, SyncConflict

    expected = digest(server)
    for n in range(laptops):
        laptop = _open(str(folder / f"laptop{n}.db"))
        try:
            assert digest(laptop) == expected, f"laptop {n} differs from the server"
        finally:
            laptop.close()
    made = [json.loads((folder / f"laptop{n}.json").read_text()) for n in range(laptops)]

    def rows(session: Any) -> dict[str, tuple[str | None, bool]]:
        return {str(cid): (notes, gone is not None) for cid, notes, gone in session.execute(
            select(Contact.id, Contact.notes, Contact.deleted_at))}

    on_server = server.read(rows)
    created = [cid for m in made for cid in m["created"]]
    assert len(created) == len(set(created)), "a contact id made twice"
    missing = [cid for cid in created if cid not in on_server]
    assert not missing, f"{len(missing)} new contacts lost, e.g. {missing[:3]}"
    assert len(on_server) == len(created) + len(shared), \
        f"{len(on_server)} contacts on the server, {len(created) + len(shared)} made"
    names = server.read(lambda s: s.scalar(select(func.count()).select_from(
        select(Contact.first_name, Contact.last_name).group_by(
            Contact.first_name, Contact.last_name).having(func.count() > 1).subquery())))
    assert names == 0, f"{names} contacts applied twice"
    for m in made:
        for cid, note in m["notes"].items():
            assert on_server[cid][0] == note, f"contact {cid}: edit lost"
        for cid in m["deleted"]:
            assert on_server[cid][1], f"contact {cid}: deletion lost"
    listed_conflicts = server.read(lambda s: [
        (c.row_id, c.lost, c.kept, str(c.id), str(c.detected_at)) for c in s.scalars(
            select(SyncConflict).where(SyncConflict.table_name == "contact"))])
    conflicts = [(row_id, lost) for row_id, lost, *_rest in listed_conflicts]
    twice = [c for c in listed_conflicts if conflicts.count((c[0], c[1])) > 1]
    assert not twice, f"a conflict listed twice: {json.dumps(twice, indent=1)}"
    by_row: dict[str, int] = {}
    for row_id, _lost in conflicts:
        by_row[row_id] = by_row.get(row_id, 0) + 1
    for cid in shared:
        edits = {m["shared"][cid] for m in made if cid in m["shared"]}
        assert on_server[cid][0] in edits, f"shared contact {cid}: no laptop's edit won"
        listed = by_row.get(uuid.UUID(cid).hex, 0) + by_row.get(cid, 0)
        assert listed == len(edits) - 1, \
            f"shared contact {cid}: {len(edits)} edits, {listed} conflicts listed"
    return {"contacts": len(on_server), "conflicts": len(conflicts),
            "deleted": sum(len(m["deleted"]) for m in made),
            "edited": sum(len(m["notes"]) for m in made)}


# --- the run -----------------------------------------------------------------------------------

def run(args: argparse.Namespace) -> dict[str, Any]:
    from crm.services.contacts import create_contact

    folder = Path(tempfile.mkdtemp(prefix="mission-crm-team-"))
    os.chmod(folder, 0o755)
    env = _environment(folder)
    os.environ.update(env)
    (folder / "pg").mkdir()
    cluster = Cluster(folder / "pg")
    processes: list[subprocess.Popen[str]] = []
    try:
        cluster.create_database()
        server = _open(cluster.url)
        shared = [str(server.write(lambda s, n=n: create_contact(
            s, first_name="Shared", last_name=f"Contact {n}").id)) for n in range(args.shared)]
        (folder / "shared.json").write_text(json.dumps(shared))
        command = [sys.executable, str(Path(__file__).resolve()), "--folder", str(folder),
                   "--server", cluster.url, "--laptops", str(args.laptops),
                   "--changes", str(args.changes), "--timeout", str(args.timeout)]

        def start(role: str) -> list[subprocess.Popen[str]]:
            return [subprocess.Popen([*command, role, str(n)], env=env, text=True,
                                     stderr=subprocess.PIPE) for n in range(args.laptops)]

        def wait(started: list[subprocess.Popen[str]]) -> None:
            for process in started:
                _out, err = process.communicate(timeout=args.timeout)
                if process.returncode != 0:
                    raise RuntimeError(f"a laptop failed: {err}")

        processes = start("--laptop")
        while not all((folder / f"ready{n}").exists() for n in range(args.laptops)):
            if any(p.poll() not in (None, 0) for p in processes):
                wait(processes)
            time.sleep(0.1)
        started = time.monotonic()
        (folder / "go").touch()
        # Killed mid-sync: once a quarter of the laptops have synced, the others are syncing
        # or waiting for the server's sync lock.
        while sum((folder / f"synced{n}").exists() for n in range(args.laptops)) \
                < max(1, args.laptops // 4):
            time.sleep(0.05)
        killed_after = time.monotonic() - started
        server.engine.dispose()
        cluster.kill()
        time.sleep(2)
        cluster.start()
        wait(processes)
        first_round = time.monotonic() - started
        processes = start("--final")
        wait(processes)
        converged = time.monotonic() - started
        synced = [json.loads((folder / f"synced{n}").read_text()) for n in range(args.laptops)]
        counts = check(folder, server, args.laptops, shared)
        server.close()
        return {"name": "team_converge_seconds", "value": round(converged, 2), "unit": "s",
                "laptops": args.laptops, "changes_per_laptop": args.changes,
                "shared_contacts": args.shared, "first_round_seconds": round(first_round, 2),
                "server_killed_after_seconds": round(killed_after, 2),
                "failed_syncs_retried": sum(s["failures"] for s in synced), **counts}
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--laptops", type=int, default=30)
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--shared", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=3600)
    # The laptops' own processes (started by the run, not by hand).
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--server", help=argparse.SUPPRESS)
    parser.add_argument("--laptop", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--final", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.laptop is not None:
        return laptop_main(args)
    if args.final is not None:
        args.laptop = args.final
        return final_main(args)
    print(json.dumps(run(args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
