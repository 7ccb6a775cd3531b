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
    monkeypatch.delenv("MISSION_CRM_DB", raising=False)
    monkeypatch.delenv("MISSION_CRM_PASSPHRASE", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture
def db(db_path: Path) -> Iterator:
    from crm.db import open_database

    database = open_database(str(db_path))
    yield database
    database.close()


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
