"""team sync: change log, peers' watermarks, conflict list

The triggers that fill ``sync_log`` are installed by ``crm.sync_tracking.install`` after every
upgrade (crm.db.migrate), so tables that later migrations add or recreate are tracked too.

Revision ID: 0007_sync
Revises: 0006_list_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_sync"
down_revision: str | None = "0006_list_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("pk", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_log")),
        sa.UniqueConstraint("tbl", "pk", name=op.f("uq_sync_log_tbl")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_context",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.Column("suppress", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_context")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("pulled_through", sa.Integer(), nullable=False),
        sa.Column("pushed_through", sa.Integer(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("peer_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_meta")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=80), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("kept", sa.Text(), nullable=True),
        sa.Column("lost", sa.Text(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"],
                                name=op.f("fk_sync_conflict_contact_id_contact"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_contact_id"), ["contact_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_updated_at"), ["updated_at"],
                              unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS mission_crm_track() CASCADE")
    op.drop_table("sync_conflict")
    op.drop_table("sync_meta")
    op.drop_table("sync_peer")
    op.drop_table("sync_context")
    op.drop_table("sync_log")
