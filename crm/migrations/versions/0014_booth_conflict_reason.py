"""conflict reason whole: sync_conflict.reason becomes text

A record the server would refuse is set aside with why ("refused: first_name > 100;
email > 254", or the server's own reason); at 40 characters the reason was cut in the middle.

Revision ID: 0014_booth_conflict_reason
Revises: 0013_i18nb_session_time
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_booth_conflict_reason"
down_revision: str | None = "0013_i18nb_session_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        batch.alter_column("reason", existing_type=sa.String(40), type_=sa.Text(),
                           existing_nullable=False)


def downgrade() -> None:
    bind = op.get_bind()
    conflict = sa.table("sync_conflict", sa.column("reason", sa.Text()))
    bind.execute(sa.update(conflict).where(sa.func.length(conflict.c.reason) > 40)
                 .values(reason=sa.func.substr(conflict.c.reason, 1, 39) + "…"))
    with op.batch_alter_table("sync_conflict") as batch:
        batch.alter_column("reason", existing_type=sa.Text(), type_=sa.String(40),
                           existing_nullable=False)
