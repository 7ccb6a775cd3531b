"""merge records (undo of merges) and case-insensitive name indexes for duplicate checks

Revision ID: 0004_merge
Revises: 0003_postgresql_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_merge"
down_revision: str | None = "0003_postgresql_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "merge_record",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("keep_id", sa.Uuid(), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("keep_version", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
    )
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_record_keep_id"), ["keep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_record_other_id"), ["other_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_merge_record_updated_at"), ["updated_at"],
                              unique=False)
    op.create_index("ix_contact_last_name_lower", "contact", [sa.text("lower(last_name)")])
    op.create_index("ix_contact_first_name_lower", "contact", [sa.text("lower(first_name)")])


def downgrade() -> None:
    op.drop_index("ix_contact_first_name_lower", table_name="contact")
    op.drop_index("ix_contact_last_name_lower", table_name="contact")
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_record_updated_at"))
        batch_op.drop_index(batch_op.f("ix_merge_record_other_id"))
        batch_op.drop_index(batch_op.f("ix_merge_record_keep_id"))
    op.drop_table("merge_record")
