"""Team mode on PostgreSQL: `server init`, delegate and agency logins, the password in the
keyring (never in a URL, a file or the output)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from crm.db import open_database, without_password
from crm.errors import ReadOnlyAccessError, ValidationError
from crm.services.contacts import count_contacts, create_contact
from crm.services.server import add_login, init_roles
from tests import postgres
from tests.conftest import run_cli


@pytest.fixture
def team_db() -> Iterator[tuple[URL, list[str]]]:
    url = postgres.create_database()
    logins: list[str] = []
    yield url, logins
    postgres.drop_database(url)
    for name in [*logins, f"{url.database}_delegate", f"{url.database}_agency"]:
        postgres.drop_role(name)


def _raw(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_server_init_then_a_delegate_writes_and_an_agency_only_reads(team_db) -> None:
    admin, logins = team_db
    init = run_cli("--db", _raw(admin), "server", "init")
    assert init.returncode == 0, init.stderr
    assert admin.password not in init.stdout + init.stderr
    alice, agency = f"alice_{uuid.uuid4().hex[:6]}", f"awex_{uuid.uuid4().hex[:6]}"
    logins += [alice, agency]
    added = run_cli("--db", _raw(admin), "server", "add-login", agency, "--role", "agency",
                    "--password-stdin", input="agency-pw\n")
    assert added.returncode == 0, added.stderr
    assert "agency-pw" not in added.stdout + added.stderr
    with open_database(_raw(admin)) as db:
        db.write(add_login, alice, kind="delegate", password="alice-pw")

    with open_database(_raw(admin.set(username=alice, password="alice-pw"))) as as_alice:
        as_alice.write(create_contact, first_name="Léa", last_name="Martin")
    with open_database(_raw(admin.set(username=agency, password="agency-pw"))) as as_agency:
        assert as_agency.read(count_contacts) == 1
        with pytest.raises(ReadOnlyAccessError, match="may read this database but not change"):
            as_agency.write(create_contact, first_name="Not", last_name="Allowed")
        assert as_agency.read(count_contacts) == 1
    refused = run_cli("--db", _raw(admin.set(username=agency, password="agency-pw")),
                      "add", "contact", "--first", "Not", "--last", "Allowed")
    assert refused.returncode == 2
    assert "not change it" in refused.stderr
    assert "agency-pw" not in refused.stderr


def test_add_login_needs_init_and_a_valid_name(team_db) -> None:
    admin, _logins = team_db
    with open_database(_raw(admin)) as db:
        with pytest.raises(ValidationError, match="server init"):
            db.write(add_login, "bob", kind="delegate", password="x")
        db.write(init_roles)
        db.write(init_roles)  # again, after an upgrade: nothing breaks
        with pytest.raises(ValidationError, match="login"):
            db.write(add_login, "Robert'); DROP", kind="delegate", password="x")
        with pytest.raises(ValidationError, match="role"):
            db.write(add_login, "bob", kind="admin", password="x")


def test_password_lives_in_the_keyring_only(team_db, tmp_path: Path) -> None:
    admin, logins = team_db
    carol = f"carol_{uuid.uuid4().hex[:6]}"
    logins.append(carol)
    with open_database(_raw(admin)) as db:
        db.write(init_roles)
        db.write(add_login, carol, kind="delegate", password="carol-secret")
    env = {"PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
           "MISSION_CRM_TEST_KEYRING": str(tmp_path / "keyring.json")}
    bare = _raw(without_password(admin.set(username=carol)))
    assert "carol-secret" not in bare and admin.password not in bare

    stored = run_cli("--db", bare, "server", "password", "--password-stdin",
                     input="carol-secret\n", env=env)
    assert stored.returncode == 0, stored.stderr
    added = run_cli("--db", bare, "add", "contact", "--first", "Ana", env=env)
    assert added.returncode == 0, added.stderr
    assert "carol-secret" in (tmp_path / "keyring.json").read_text()
    for output in (stored.stdout, stored.stderr, added.stdout, added.stderr):
        assert "carol-secret" not in output
    assert not any("carol-secret" in p.read_text(errors="replace")
                   for p in tmp_path.rglob("*") if p.is_file() and p.name != "keyring.json")
