"""Team sync at scale: 10,000 changed records pushed by one laptop and pulled by another.

    python benchmarks/bench_sync.py [--rows 10000] [--server-admin postgresql://...]

With ``--server-admin`` (or ``MISSION_CRM_TEST_PG_URL``, which scripts/test.sh exports), the
server is a new PostgreSQL database made for the run and dropped after; otherwise a SQLite file.
Each sync is printed next to a baseline measured in the same run: a plain bulk copy of the
same rows (one SELECT, one executemany INSERT, no change tracking), so the ratio says what the
change log, conflict checks and idempotent upserts cost. The target (issue #9): seconds, not
minutes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, insert, select
from sqlalchemy.engine import make_url

from crm.clock import utcnow
from crm.db import Database, open_database
from crm.models import Contact
from crm.sync import sync


@contextmanager
def server_database(admin: str | None, folder: Path, name: str) -> Iterator[Database]:
    """A new, empty Mission CRM server database (PostgreSQL when ``admin`` is given)."""
    if not admin:
        db = open_database(str(folder / f"{name}.db"))
        try:
            yield db
        finally:
            db.close()
        return
    url = make_url(admin)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    database = f"mcrm_bench_{name}_{uuid.uuid4().hex[:8]}"
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
    db = open_database(url.set(database=database).render_as_string(hide_password=False))
    try:
        yield db
    finally:
        db.close()
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        engine.dispose()


def fill(db: Database, rows: int) -> None:
    now = utcnow()
    db.write(lambda s: s.execute(insert(Contact), [
        {"id": uuid.uuid4(), "first_name": f"First{n}", "last_name": f"Last{n}",
         "job_title": "Head of Partnering", "notes": "met at the round table",
         "created_at": now, "updated_at": now, "version": 1, "priority": 0}
        for n in range(rows)]))


def untracked(db: Database) -> Database:
    """The baseline's target: the same schema without sync's change-log triggers."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for event in ("insert", "update", "delete"):
                conn.exec_driver_sql(f"DROP TRIGGER sync_track_contact_{event}")
        else:
            conn.exec_driver_sql("DROP TRIGGER sync_track_contact ON contact")
    return db


def bulk_copy(source: Database, target: Database) -> float:
    """The baseline: every contact read in one SELECT and written in one executemany INSERT."""
    untracked(target)
    start = time.perf_counter()
    rows = source.read(lambda s: [dict(r) for r in s.execute(select(Contact.__table__))
                                  .mappings()])
    target.write(lambda s: s.execute(insert(Contact), rows))
    return time.perf_counter() - start


def count(db: Database) -> int:
    return db.read(lambda s: s.scalar(select(func.count(Contact.id))))


def measure(admin: str | None, rows: int) -> tuple[float, float, float, float]:
    """Seconds of a push of ``rows`` changed contacts, of its bulk copy, of the pull by a
    second laptop and of its bulk copy, on new databases (PostgreSQL when ``admin``)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        alice = open_database(str(folder / "alice.db"))
        bob = open_database(str(folder / "bob.db"))
        fill(alice, rows)
        with server_database(admin, folder, "sync") as server, \
                server_database(admin, folder, "copy") as copy_target:
            start = time.perf_counter()
            pushed = sync(alice, server)
            push = time.perf_counter() - start
            push_base = bulk_copy(alice, copy_target)

            start = time.perf_counter()
            pulled = sync(bob, server)
            pull = time.perf_counter() - start
            pull_target = open_database(str(folder / "pull-copy.db"))
            pull_base = bulk_copy(server, pull_target)
            if not (pushed.pushed == pulled.pulled == rows
                    and count(server) == count(bob) == count(pull_target) == rows):
                raise RuntimeError(f"sync moved {pushed.pushed} and {pulled.pulled} of {rows}")
            pull_target.close()
        alice.close()
        bob.close()
    return push, push_base, pull, pull_base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--server-admin", default=os.environ.get("MISSION_CRM_TEST_PG_URL"),
                        help="PostgreSQL URL of a login that may create databases")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if args.server_admin else "SQLite"
    push, push_base, pull, pull_base = measure(args.server_admin, args.rows)
    print(f"sync of {args.rows} changed contacts, server on {kind}:")
    print(f"  push: {push:6.2f} s   bulk copy {push_base:6.2f} s   ratio {push / push_base:5.1f}")
    print(f"  pull: {pull:6.2f} s   bulk copy {pull_base:6.2f} s   ratio {pull / pull_base:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
