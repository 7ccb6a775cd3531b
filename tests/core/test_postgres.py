"""The core on PostgreSQL (the team server): opening, refusing foreign databases, the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from crm.db import open_database, to_url
from crm.errors import NotADatabaseError, UserError
from tests import postgres
from tests.conftest import run_cli


@pytest.fixture
def empty_pg() -> Iterator[URL]:
    url = postgres.create_database()
    yield url
    postgres.drop_database(url)


def test_plain_postgresql_url_goes_through_psycopg_with_tls_preferred() -> None:
    url = to_url("postgresql://alice@db.example.org/delegation")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "prefer"
    assert to_url("postgresql://a@h/d?sslmode=require").query["sslmode"] == "require"


def test_foreign_postgresql_database_is_refused_untouched(empty_pg: URL) -> None:
    raw = empty_pg.render_as_string(hide_password=False)
    engine = create_engine(raw)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE photos (id integer PRIMARY KEY, name text)"))
    with pytest.raises(NotADatabaseError, match="not a Mission CRM database") as caught:
        open_database(raw)
    assert empty_pg.password not in str(caught.value)
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'"))
        assert [row[0] for row in tables] == ["photos"]
    engine.dispose()


def test_unreachable_server_is_one_clear_line_without_the_password() -> None:
    with pytest.raises(UserError, match="cannot open") as caught:
        open_database("postgresql://someone:s3cret@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "s3cret" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_cli_runs_unchanged_on_postgresql(empty_pg: URL) -> None:
    raw = empty_pg.render_as_string(hide_password=False).replace("+psycopg", "")
    added = run_cli("--db", raw, "add", "contact", "--first", "Léa", "--last", "Martin",
                    "--email", "lea@example.com")
    assert added.returncode == 0, added.stderr
    found = json.loads(run_cli("--db", raw, "list", "contacts", "--search", "mart",
                               "--json").stdout)
    assert [c["id"] for c in found] == [added.stdout.strip()]
