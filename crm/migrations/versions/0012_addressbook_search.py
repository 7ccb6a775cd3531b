"""address book search: nicknames, middle names, addresses and web addresses are searched

The search index (0002) gains what address books hold: a contact's middle name and nickname
with its names, the street, city, region, postal code and country of its addresses with its
notes, its web addresses and LinkedIn profile with its emails. The index document is built by
``crm.services.search`` (no column changes); here only the triggers that mark a contact stale
learn about the new tables and columns, and the contacts that have any of them are marked
stale so that the next write indexes them.

Revision ID: 0012_addressbook_search
Revises: 0011_address_book
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_addressbook_search"
down_revision: str | None = "0011_address_book"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _mark(select_ids: str) -> str:
    return f"\nINSERT OR IGNORE INTO contact_fts_stale (contact_id) {select_ids};"


def _trigger(name: str, when: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN{body}\nEND"


def _contact_trigger(columns: str) -> str:
    return _trigger("contact_fts_au", f"AFTER UPDATE OF {columns} ON contact",
                    _mark("VALUES (old.id)") + _mark("VALUES (new.id)"))


_OLD_CONTACT_COLUMNS = "id, first_name, last_name, job_title, company_id, notes, deleted_at"  # 0006
_NEW_CONTACT_COLUMNS = _OLD_CONTACT_COLUMNS + ", middle_name, nickname, linkedin"
TRIGGERS: list[str] = []
for _table, _columns in (
        ("contact_address", "contact_id, street, city, region, postal_code, country"),
        ("contact_url", "contact_id, url")):
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
    op.execute("DROP TRIGGER IF EXISTS contact_fts_au")
    op.execute(_contact_trigger(_NEW_CONTACT_COLUMNS))
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT OR IGNORE INTO contact_fts_stale (contact_id)"
               " SELECT contact_id FROM contact_address UNION SELECT contact_id FROM contact_url"
               " UNION SELECT id FROM contact WHERE nickname IS NOT NULL"
               " OR middle_name IS NOT NULL OR linkedin IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    op.execute("DROP TRIGGER IF EXISTS contact_fts_au")
    op.execute(_contact_trigger(_OLD_CONTACT_COLUMNS))
