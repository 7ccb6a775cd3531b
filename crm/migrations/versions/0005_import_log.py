"""import log: what each import created or changed, for "revert last import"

Revision ID: 0005_import_log
Revises: 0004_merge
Create Date: 2026-11-26 23:58:17.506687
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_import_log"
down_revision: str | None = "0004_merge"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("session_title", sa.String(length=255), nullable=True),
        sa.Column("owner", sa.String(length=255), nullable=True),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("reverted_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_updated_at"), ["updated_at"],
                              unique=False)

    op.create_table(
        "import_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"],
                                name=op.f("fk_import_change_batch_id_import_batch"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    with op.batch_alter_table("import_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_change_batch_id"), ["batch_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_import_change_entity_id"), ["entity_id"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("import_change")
    op.drop_table("import_batch")
