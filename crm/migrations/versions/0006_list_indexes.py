"""list indexes: contacts and companies read in name order a page at a time

``ix_contact_sort_name`` and ``ix_company_sort_name`` match the lists' default ORDER BY
(``lower(name)`` then the id), so the first page of 100,000 contacts is read from the index
without sorting them all. On SQLite, ``contact_fts_key`` also gets the contact's name order and
whether it is live, covered by one index: a search's page of matches in name order is read
from that index alone (``crm.services.search``). Trashing or restoring a contact now marks it
for the index refresh too.

Revision ID: 0006_list_indexes
Revises: 0005_import_log
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_list_indexes"
down_revision: str | None = "0005_import_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MARK = "\nINSERT OR IGNORE INTO contact_fts_stale (contact_id) VALUES ({row}.id);"
_CONTACT_TRIGGER = ("CREATE TRIGGER contact_fts_au AFTER UPDATE OF id, first_name, last_name,"
                    " job_title, company_id, notes{extra} ON contact BEGIN"
                    + _MARK.format(row="old") + _MARK.format(row="new") + "\nEND")


def upgrade() -> None:
    op.create_index("ix_contact_sort_name", "contact",
                    [sa.text("lower(last_name)"), sa.text("lower(first_name)"), "id"])
    op.create_index("ix_company_sort_name", "company", [sa.text("lower(name)"), "id"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("ALTER TABLE contact_fts_key ADD COLUMN live BOOLEAN NOT NULL DEFAULT 1")
    op.execute("ALTER TABLE contact_fts_key ADD COLUMN sort_last TEXT NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE contact_fts_key ADD COLUMN sort_first TEXT NOT NULL DEFAULT ''")
    op.execute("CREATE INDEX ix_contact_fts_key_sort ON contact_fts_key"
               " (live, sort_last, sort_first, contact_id, docid)")
    op.execute("DROP TRIGGER contact_fts_au")
    op.execute(_CONTACT_TRIGGER.format(extra=", deleted_at"))
    # Filled when this migration's transaction commits.
    op.execute("INSERT OR IGNORE INTO contact_fts_stale (contact_id) SELECT id FROM contact")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER contact_fts_au")
        op.execute(_CONTACT_TRIGGER.format(extra=""))
        op.execute("DROP INDEX ix_contact_fts_key_sort")
        for name in ("live", "sort_last", "sort_first"):
            op.execute(f"ALTER TABLE contact_fts_key DROP COLUMN {name}")
    op.drop_index("ix_company_sort_name", table_name="company")
    op.drop_index("ix_contact_sort_name", table_name="contact")
