"""due indexes: follow-up counts at 100,000 contacts read indexes only

``ix_followup_open_due`` covers the "overdue / due today" counts of the navigation and the
reminders, and ``ix_contact_live`` answers "is the contact live" for each follow-up from the
index: at 100,000 contacts and 50,000 follow-ups the counts take half the time
(benchmarks/run.py, opening the app).

Revision ID: 0008_due_indexes
Revises: 0007_sync
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_due_indexes"
down_revision: str | None = "0007_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_followup_open_due", "followup",
                    ["status", "due_on", "snoozed_until", "deleted_at", "contact_id"])
    op.create_index("ix_contact_live", "contact", ["id", "deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_contact_live", table_name="contact")
    op.drop_index("ix_followup_open_due", table_name="followup")
