"""Shared fixtures. Every test gets its own database, config folder and keyring backend:
nothing here may touch the user's real data folder or real keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the data folder, config folder and keyring at throw-away places."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MISSION_CRM_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MISSION_CRM_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    # No keyring here, so new test databases are plain: knowingly, without the warning that
    # says so (tests/core/test_encryption.py checks that warning with this unset).
    monkeypatch.setenv("MISSION_CRM_ALLOW_UNENCRYPTED", "1")
    monkeypatch.delenv("MISSION_CRM_DB", raising=False)
    monkeypatch.delenv("MISSION_CRM_PASSPHRASE", raising=False)
    # English whatever the machine's locale (LANG may be fr_BE, or unset): the tests read the
    # English texts. A test about another language sets it itself.
    monkeypatch.setenv("MISSION_CRM_LANGUAGE", "en")
    from crm import i18n

    # A --language of an in-process CLI run of an earlier test must not outlive it.
    i18n.request_language(None)
    i18n.set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: the test is about the SQLite file (pragmas, bytes, the CLI on "
        "a file); its `db` runs on SQLite alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Core tests that use `db` run on SQLite and on PostgreSQL, unless marked sqlite_only
    (or asking for `db_path`, which only a file has)."""
    if "db" not in metafunc.fixturenames:
        return
    in_core = metafunc.definition.path.parent.name == "core"
    sqlite_only = (metafunc.definition.get_closest_marker("sqlite_only") is not None
                   or "db_path" in metafunc.fixturenames)
    backends = BACKENDS if in_core and not sqlite_only else BACKENDS[:1]
    metafunc.parametrize("db", backends, indirect=True)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated once; each test's database is a copy of it (fast)."""
    from crm.db import open_database
    from tests import postgres

    url = postgres.create_database(prefix="mcrm_template")
    migrated = open_database(url.render_as_string(hide_password=False))
    migrated.close()
    yield str(url.database)
    postgres.drop_database(url)


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator:
    from crm.db import open_database

    if getattr(request, "param", "sqlite") == "sqlite":
        database = open_database(str(tmp_path / "crm.db"))
        yield database
        database.close()
        return
    from tests import postgres

    postgres.server_url()  # skips (or fails in CI) before the session fixture is built
    url = postgres.create_database(template=request.getfixturevalue("pg_template"))
    database = open_database(url.render_as_string(hide_password=False))
    yield database
    database.close()
    postgres.drop_database(url)


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    from crm.services.demo import load_demo

    db.write(load_demo)
    return db


def run_cli(*args: str, db: Path | None = None, env: dict[str, str] | None = None,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python main.py [--db DB] ARGS`` as a user would, capturing its output."""
    command = [sys.executable, str(REPO / "main.py")]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run([*command, *args], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, **(env or {})}, input=input, timeout=120)


@pytest.fixture
def memory_keyring() -> Iterator:
    """A secure keyring the test controls (in memory), in place of the OS keyring."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
