"""Throw-away PostgreSQL databases for the tests, on the server scripts/services/postgres.sh
starts (its URL in ``MISSION_CRM_TEST_PG_URL``). Without it the PostgreSQL variants skip,
except in CI (``CI=true``), where they fail: CI must test PostgreSQL."""

from __future__ import annotations

import os
import uuid
from functools import cache

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

URL_ENV = "MISSION_CRM_TEST_PG_URL"


def server_url() -> URL:
    """The test server's URL (its maintenance database), or skip/fail the test without one."""
    raw = os.environ.get(URL_ENV)
    if not raw:
        message = f"no PostgreSQL test server ({URL_ENV} unset; scripts/test.sh starts one)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return make_url(raw)


@cache
def _admin_engine(raw: str) -> Engine:
    # CREATE/DROP DATABASE cannot run inside a transaction.
    return create_engine(raw, isolation_level="AUTOCOMMIT", pool_size=1)


def admin_engine() -> Engine:
    """An autocommit engine on the server's maintenance database (as the test superuser)."""
    return _admin_engine(server_url().render_as_string(hide_password=False))


def create_database(*, template: str | None = None, prefix: str = "mcrm_t") -> URL:
    """A new empty database (or a copy of ``template``); returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    clause = f" TEMPLATE {template}" if template else ""
    with admin_engine().connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"{clause}')
    return server_url().set(database=name)


def drop_database(url: URL) -> None:
    """Drop the database of ``url``, closing whatever still connects to it."""
    with admin_engine().connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


def drop_role(name: str) -> None:
    """Drop a role the test created (cluster-wide, so tests clean up after themselves)."""
    with admin_engine().connect() as conn:
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
