"""drop ix_contact_last_name_lower: ix_contact_sort_name answers the same lookups

``ix_contact_sort_name`` (lower(last_name), lower(first_name), id) begins with the same
expression, so lookups by lower(last_name) use it (SQLite and PostgreSQL). One index less to
keep up on every insert: an import of 100,000 contacts writes 100,000 index entries fewer.

Revision ID: 0010_drop_redundant_index
Revises: 0009_session_counts
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_drop_redundant_index"
down_revision: str | None = "0009_session_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_contact_last_name_lower", table_name="contact")


def downgrade() -> None:
    op.create_index("ix_contact_last_name_lower", "contact", [sa.text("lower(last_name)")])
