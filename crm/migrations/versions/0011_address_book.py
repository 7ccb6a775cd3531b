"""address book: everything a phone or Outlook card holds, and where a mission takes place

Imports from phones, Outlook, Google and LinkedIn dropped what the model had no place for.
Contacts get the rest of their name (middle name, prefix, suffix, nickname) and a birthday;
postal addresses, web addresses and pictures (a scanned business card) get tables of their own.
A phone number phonenumbers cannot place is kept as written (``checked`` false) instead of
being refused, so ``number`` is widened; its extension and kind have columns. Missions get the
country where they take place, the region phone numbers typed there are read in.

On SQLite, widening ``contact_phone.number`` recreates the table (batch mode), which drops its
search-index triggers: they are created again here, as 0002 defines them. The sync triggers
come back through ``crm.sync_tracking.install``, which runs after every upgrade.

Revision ID: 0011_address_book
Revises: 0010_drop_redundant_index
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_address_book"
down_revision: str | None = "0010_drop_redundant_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MARK = "\nINSERT OR IGNORE INTO contact_fts_stale (contact_id) VALUES ({row}.contact_id);"
_PHONE_SEARCH_TRIGGERS = (
    "CREATE TRIGGER contact_fts_contact_phone_ai AFTER INSERT ON contact_phone BEGIN"
    + _MARK.format(row="new") + "\nEND",
    "CREATE TRIGGER contact_fts_contact_phone_ad AFTER DELETE ON contact_phone BEGIN"
    + _MARK.format(row="old") + "\nEND",
    "CREATE TRIGGER contact_fts_contact_phone_au AFTER UPDATE OF contact_id, number"
    " ON contact_phone BEGIN" + _MARK.format(row="old") + _MARK.format(row="new") + "\nEND",
)


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _child_table(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        *columns,
        sa.Column("position", sa.Integer(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"],
                                name=op.f(f"fk_{name}_contact_id_contact"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(f"ix_{name}_contact_position", name, ["contact_id", "position"])
    op.create_index(op.f(f"ix_{name}_updated_at"), name, ["updated_at"])


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("middle_name", sa.String(120), nullable=True))
        batch.add_column(sa.Column("name_prefix", sa.String(40), nullable=True))
        batch.add_column(sa.Column("name_suffix", sa.String(40), nullable=True))
        batch.add_column(sa.Column("nickname", sa.String(120), nullable=True))
        batch.add_column(sa.Column("birthday", sa.String(10), nullable=True))
    with op.batch_alter_table("mission") as batch:
        batch.add_column(sa.Column("country", sa.String(2), nullable=True))
    with op.batch_alter_table("contact_phone") as batch:
        batch.add_column(sa.Column("checked", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
        batch.add_column(sa.Column("extension", sa.String(20), nullable=True))
        batch.alter_column("number", type_=sa.String(64), existing_type=sa.String(32),
                           existing_nullable=False)
    with op.batch_alter_table("contact_phone") as batch:
        batch.alter_column("checked", server_default=None, existing_type=sa.Boolean(),
                           existing_nullable=False)
    if sqlite:
        for statement in _PHONE_SEARCH_TRIGGERS:
            op.execute(statement)

    _child_table(
        "contact_address",
        sa.Column("label", sa.String(40), nullable=True),
        sa.Column("po_box", sa.String(120), nullable=True),
        sa.Column("extended", sa.String(255), nullable=True),
        sa.Column("street", sa.Text(), nullable=True),
        sa.Column("city", sa.String(120), nullable=True),
        sa.Column("region", sa.String(120), nullable=True),
        sa.Column("postal_code", sa.String(40), nullable=True),
        sa.Column("country", sa.String(120), nullable=True),
    )
    _child_table(
        "contact_url",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("label", sa.String(40), nullable=True),
    )
    _child_table(
        "contact_picture",
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    for name in ("contact_picture", "contact_url", "contact_address"):
        op.drop_table(name)
    with op.batch_alter_table("contact_phone") as batch:
        batch.alter_column("number", type_=sa.String(32), existing_type=sa.String(64),
                           existing_nullable=False)
        batch.drop_column("extension")
        batch.drop_column("checked")
    if op.get_bind().dialect.name == "sqlite":
        for statement in _PHONE_SEARCH_TRIGGERS:
            op.execute(statement)
    with op.batch_alter_table("mission") as batch:
        batch.drop_column("country")
    with op.batch_alter_table("contact") as batch:
        for column in ("birthday", "nickname", "name_suffix", "name_prefix", "middle_name"):
            batch.drop_column(column)

