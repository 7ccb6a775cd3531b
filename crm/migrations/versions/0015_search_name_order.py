"""search in name order: the index's rowids follow the contacts' name order

The first page of a search is then the first rows FTS5 itself walks, however many contacts
match (see ``crm.services.search.NAME_KEY_BYTES``), and ``contact_fts_key`` holds what the
contacts list shows of each (name, job title, company, first email and phone, country, owner,
last change), so a page of results is read from the index alone, without a lookup per row in
four tables. So that it stays true, the triggers also mark a contact stale when any of its own
columns changes, or the order of its emails or phones.

Every index row gets a new rowid: the index is emptied (dropped and made again, which is much
faster than deleting a million rows one by one) and every contact is marked stale, so the
search hook rebuilds it, numbered, when this migration's transaction commits.
``contact_fts_unordered`` records that a name group once overflowed (then searches sort their
matches instead of trusting the order).

Revision ID: 0015_search_name_order
Revises: 0014_booth_conflict_reason
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015_search_name_order"
down_revision: str | None = "0014_booth_conflict_reason"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIST_COLUMNS = ["first_name TEXT", "last_name TEXT", "job_title TEXT", "company_id CHAR(32)",
                 "company TEXT", "email TEXT", "phone TEXT", "country TEXT", "owner TEXT",
                 "updated_at DATETIME"]


def _mark(row: str) -> str:
    return f"\nINSERT OR IGNORE INTO contact_fts_stale (contact_id) VALUES ({row});"


def _triggers(contact: str, email: str, phone: str) -> list[str]:
    return [
        f"CREATE TRIGGER contact_fts_au AFTER UPDATE {contact} ON contact BEGIN"
        f"{_mark('old.id')}{_mark('new.id')}\nEND",
        f"CREATE TRIGGER contact_fts_contact_email_au AFTER UPDATE OF {email} ON contact_email"
        f" BEGIN{_mark('old.contact_id')}{_mark('new.contact_id')}\nEND",
        f"CREATE TRIGGER contact_fts_contact_phone_au AFTER UPDATE OF {phone} ON contact_phone"
        f" BEGIN{_mark('old.contact_id')}{_mark('new.contact_id')}\nEND",
    ]


_OLD_TRIGGERS = _triggers("OF id, first_name, last_name, job_title, company_id, notes,"
                          " deleted_at, middle_name, nickname, linkedin",  # 0012
                          "contact_id, address", "contact_id, number")
_NEW_TRIGGERS = _triggers("", "contact_id, address, position", "contact_id, number, position")
_TRIGGER_NAMES = ["contact_fts_au", "contact_fts_contact_email_au", "contact_fts_contact_phone_au"]

# The index's definition, as 0002 made it.
_FTS = ("CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, email, phone, note, tag,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE contact_fts_unordered (since TEXT NOT NULL)")
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in _NEW_TRIGGERS:
        op.execute(trigger)
    for column in _LIST_COLUMNS:
        op.execute(f"ALTER TABLE contact_fts_key ADD COLUMN {column}")
    op.execute("DROP TABLE contact_fts")
    op.execute(_FTS)
    op.execute("DELETE FROM contact_fts_key")
    op.execute("INSERT OR IGNORE INTO contact_fts_stale (contact_id) SELECT id FROM contact")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # The numbered rowids work for the older code too (it numbers new rows after the last).
    op.execute("DROP TABLE contact_fts_unordered")
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for trigger in _OLD_TRIGGERS:
        op.execute(trigger)
    for column in _LIST_COLUMNS:
        op.execute(f"ALTER TABLE contact_fts_key DROP COLUMN {column.split()[0]}")
