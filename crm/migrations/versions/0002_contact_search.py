"""contact search: an FTS5 index of contacts, kept in step by triggers (SQLite only)

``contact_fts`` holds one row per contact with what a user searches by (names and job title,
company, emails, phone digits, notes, tags); the tokenizer folds case and removes diacritics
and prefix indexes make as-you-type prefix queries cheap. ``contact_fts_key`` gives each
contact a stable integer FTS rowid (a contact's own SQLite rowid may change on VACUUM).

Triggers on every table that feeds the index mark the contacts a write touches as stale in
``contact_fts_stale``, whoever writes (the ORM, a Core bulk insert, a foreign key cascade, the
sqlite3 shell). Their index rows are rebuilt, set-based, when the write transaction commits
(``crm.services.search.refresh_index``, hooked to commit by ``crm.db``): a contact inserted
with two emails, a phone and three tags is indexed once, not seven times, which is what makes
a 100,000-row import fast. Marking every existing contact stale indexes a filled database.

A later migration that recreates one of these tables (batch mode copies and drops it) drops its
triggers too: it must create them again (``TRIGGERS`` below).

Revision ID: 0002_search
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _mark(select_ids: str) -> str:
    return f"\nINSERT OR IGNORE INTO contact_fts_stale (contact_id) {select_ids};"


def _trigger(name: str, when: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN{body}\nEND"


TRIGGERS = [
    _trigger("contact_fts_ai", "AFTER INSERT ON contact", _mark("VALUES (new.id)")),
    _trigger("contact_fts_ad", "AFTER DELETE ON contact", _mark("VALUES (old.id)")),
    _trigger("contact_fts_au",
             "AFTER UPDATE OF id, first_name, last_name, job_title, company_id, notes ON contact",
             _mark("VALUES (old.id)") + _mark("VALUES (new.id)")),
    _trigger("contact_fts_company_au", "AFTER UPDATE OF name ON company",
             _mark("SELECT id FROM contact WHERE company_id = new.id")),
    _trigger("contact_fts_tag_au", "AFTER UPDATE OF name ON tag",
             _mark("SELECT contact_id FROM contact_tag WHERE tag_id = new.id")),
]
for _table, _columns in (("contact_email", "contact_id, address"),
                         ("contact_phone", "contact_id, number"),
                         ("contact_tag", "contact_id, tag_id"),
                         ("encounter", "contact_id, note")):
    TRIGGERS += [
        _trigger(f"contact_fts_{_table}_ai", f"AFTER INSERT ON {_table}",
                 _mark("VALUES (new.contact_id)")),
        _trigger(f"contact_fts_{_table}_ad", f"AFTER DELETE ON {_table}",
                 _mark("VALUES (old.contact_id)")),
        _trigger(f"contact_fts_{_table}_au", f"AFTER UPDATE OF {_columns} ON {_table}",
                 _mark("VALUES (old.contact_id)") + _mark("VALUES (new.contact_id)")),
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE contact_fts_key (docid INTEGER PRIMARY KEY,"
               " contact_id CHAR(32) NOT NULL UNIQUE)")
    op.execute("CREATE TABLE contact_fts_stale (contact_id CHAR(32) PRIMARY KEY) WITHOUT ROWID")
    op.execute("CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, email, phone, note,"
               " tag, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")
    for trigger in TRIGGERS:
        op.execute(trigger)
    # Indexed when this migration's transaction commits.
    op.execute("INSERT INTO contact_fts_stale (contact_id) SELECT id FROM contact")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    for name in ("contact_fts", "contact_fts_stale", "contact_fts_key"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
