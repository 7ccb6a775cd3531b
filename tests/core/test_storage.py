"""Storage: UUID keys, pragmas, migrations on new and existing files, foreign files refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from crm import db as crm_db
from crm.db import head_revision, integrity_problems, open_database, schema_revision
from crm.errors import NotADatabaseError
from crm.services.contacts import create_contact


def test_new_database_is_at_head_in_wal_mode_with_uuid_keys(db, db_path: Path) -> None:
    contact = db.write(create_contact, first_name="Ada", last_name="Lovelace")
    assert schema_revision(db) == head_revision()
    assert integrity_problems(db) == []
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        stored = raw.execute("SELECT id FROM contact").fetchone()[0]
    assert uuid.UUID(stored) == contact.id


@pytest.mark.sqlite_only
def test_every_connection_enforces_foreign_keys(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == crm_db.BUSY_TIMEOUT_MS


def test_a_failed_write_leaves_nothing(db) -> None:
    from crm.errors import ValidationError
    from crm.services.contacts import count_contacts

    def two_contacts_then_a_bad_one(session):
        create_contact(session, first_name="One")
        create_contact(session, first_name="Two")
        create_contact(session, first_name="Bad", emails=["not-an-email"])

    with pytest.raises(ValidationError):
        db.write(two_contacts_then_a_bad_one)
    assert db.read(count_contacts) == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="not a Mission CRM database"):
        open_database(str(path))
    assert _digest(path) == before


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="not a Mission CRM database"):
        open_database(str(path))
    assert _digest(path) == before
    assert not list(tmp_path.glob("other.sqlite-*"))


NEXT_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("pronouns", sa.String(50)))


def downgrade():
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("nickname")
'''


def test_existing_file_is_backed_up_then_migrated(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "crm.db"
    first = open_database(str(path))
    first.write(create_contact, first_name="Kept", last_name="Safe")
    first.close()

    old_head = head_revision()
    newer = tmp_path / "migrations"
    shutil.copytree(crm_db.MIGRATIONS_DIR, newer)
    (newer / "versions" / "9999_pronouns.py").write_text(NEXT_REVISION.format(head=head_revision()))
    monkeypatch.setattr(crm_db, "MIGRATIONS_DIR", newer)

    migrated = open_database(str(path))
    assert schema_revision(migrated) == "9999"
    migrated.close()
    from crm.services.backup import list_backups

    backups = list_backups(path)
    assert [b.reason for b in backups] == [
        "before-migration-" + old_head.lower().replace("_", "-")]
    with sqlite3.connect(backups[0].path) as old, sqlite3.connect(path) as new:
        assert old.execute("SELECT last_name FROM contact").fetchall() == [("Safe",)]
        columns = {row[1] for row in new.execute("PRAGMA table_info(contact)")}
    assert "pronouns" in columns


def test_migrations_have_one_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(crm_db.alembic_config())
    assert len(script.get_heads()) == 1


def test_models_and_migrations_agree(db) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from crm.models import Base
    from crm.services.search import is_search_table

    def ours(name, type_, _parents):  # the search index is the migrations' own, not a model
        return not (type_ == "table" and is_search_table(name))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(crm_db.alembic_config())
    assert head_revision() == script.get_current_head()
    assert set(crm_db._revisions(crm_db.MIGRATIONS_DIR)) == {
        r.revision for r in script.walk_revisions()}
