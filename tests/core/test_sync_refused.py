"""Sync faults: a record the server would refuse (a value longer than its column, from before
lengths were checked) is set aside and the rest goes on; a sync that stops says in one line
whether the laptop, the network or the server failed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crm.db import Database, open_database
from crm.models import Contact, ContactEmail, SyncConflict
from crm.services.contacts import create_contact, update_contact
from crm.sync import SyncError, describe_sync_failure, list_conflicts, sync
from tests import postgres


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
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "laptop.db"))
    yield database
    database.close()


def _server_names(server: Database) -> list[str]:
    return server.read(lambda s: sorted(s.scalars(select(Contact.last_name))))


def test_an_over_long_value_is_set_aside_and_everything_else_is_pushed(laptop, server) -> None:
    long_one = laptop.write(create_contact, first_name="Ann", last_name="Long",
                            emails=["ann@example.com"]).id
    laptop.write(create_contact, first_name="Bob", last_name="Fine")
    # A 300-character first name written before lengths were checked (the ORM refuses it now).
    laptop.write(lambda s: s.execute(update(Contact.__table__)
                                     .where(Contact.__table__.c.id == long_one)
                                     .values(first_name="x" * 300)))

    result = sync(laptop, server)

    assert _server_names(server) == ["Fine"]
    assert result.refused == 2  # the contact and its email, which hangs on it
    notes = {c.table_name: c for c in laptop.read(list_conflicts)
             if c.reason.startswith("refused:")}
    assert set(notes) == {"contact", "contact_email"}
    note = notes["contact"]
    assert "first_name > 120" in note.reason and "contact" in notes["contact_email"].reason
    # The laptop goes on syncing: new work is pushed, the refused record is tried each time.
    laptop.write(create_contact, first_name="Cy", last_name="Later")
    assert sync(laptop, server).refused == 2
    assert _server_names(server) == ["Fine", "Later"]

    laptop.write(update_contact, long_one, first_name="Ann")
    again = sync(laptop, server)
    assert again.refused == 0
    assert _server_names(server) == ["Fine", "Later", "Long"]
    assert server.read(lambda s: s.scalar(select(ContactEmail.address))) == "ann@example.com"
    resolved = laptop.read(lambda s: s.get(SyncConflict, note.id))
    assert resolved.resolved_at is not None
    assert not [c for c in laptop.read(list_conflicts) if c.reason.startswith("refused:")]


def test_a_row_the_server_refuses_for_its_own_reasons_is_set_aside(laptop, pg_template
                                                                   ) -> None:
    postgres.server_url()
    url = postgres.create_database(template=pg_template)
    server = open_database(url.render_as_string(hide_password=False))
    try:
        odd = laptop.write(create_contact, first_name="Nul", last_name="Byte").id
        laptop.write(create_contact, first_name="Plain", last_name="Text")
        # SQLite keeps a NUL character in a text; PostgreSQL refuses it.
        laptop.write(lambda s: s.execute(update(Contact.__table__)
                                         .where(Contact.__table__.c.id == odd)
                                         .values(job_title="CEO\x00")))
        result = sync(laptop, server)
        assert result.refused == 1
        assert _server_names(server) == ["Text"]
        [note] = [c for c in laptop.read(list_conflicts) if c.reason.startswith("refused:")]
        assert note.row_id == odd.hex and note.reason.startswith("refused: PostgreSQL text")
        assert result.refusals == [
            f"contact {odd.hex}: PostgreSQL text fields cannot contain NUL (0x00) bytes"]
        laptop.write(update_contact, odd, job_title="CEO")
        assert sync(laptop, server).refused == 0
        assert _server_names(server) == ["Byte", "Text"]
    finally:
        server.close()
        postgres.drop_database(url)


def test_a_server_that_goes_away_mid_sync_is_named_in_one_line(laptop, pg_template) -> None:
    postgres.server_url()
    url = postgres.create_database(template=pg_template)
    server = open_database(url.render_as_string(hide_password=False))
    try:
        for n in range(3):
            laptop.write(create_contact, first_name="P", last_name=f"Person {n}")

        def cut(stage: str, _count: int) -> None:
            if stage == "pushed":
                with postgres.admin_engine().connect() as conn:
                    conn.exec_driver_sql(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND pid <> pg_backend_pid()", (url.database,))

        with pytest.raises(SyncError) as raised:
            sync(laptop, server, batch=1, progress=cut)
        message = str(raised.value)
        assert "server" in message and "\n" not in message
        assert "could not be written" not in message
        assert not any(word in message for word in ("SELECT", "INSERT", "[SQL"))
        # Nothing of the push was kept: the server has none of the three.
        server.close()
        server = open_database(url.render_as_string(hide_password=False))
        assert _server_names(server) == []
        sync(laptop, server)
        assert len(_server_names(server)) == 3
    finally:
        server.close()
        postgres.drop_database(url)


def test_each_side_of_a_failure_has_its_own_line() -> None:
    import psycopg
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy.exc import DataError, OperationalError

    laptop = describe_sync_failure(OperationalError(
        "INSERT INTO contact ...", {}, sqlcipher.OperationalError("disk I/O error")))
    network = describe_sync_failure(OperationalError(
        "SELECT 1", {}, psycopg.OperationalError("server closed the connection unexpectedly")))
    refused = DataError("INSERT INTO contact ...", {},
                        psycopg.errors.StringDataRightTruncation(
                            "value too long for type character varying(120)"))
    assert "this laptop's database" in laptop and "input/output" in laptop
    assert "connection to the server was lost" in network
    assert "server refused" in describe_sync_failure(refused)
    for message in (laptop, network, describe_sync_failure(refused)):
        assert "\n" not in message and "INSERT" not in message and "SELECT" not in message
