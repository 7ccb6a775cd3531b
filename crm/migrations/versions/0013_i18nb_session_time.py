"""session time: missions get a time zone, sessions a date-only (all-day) flag

A session is shown in the clock of the mission's place (Boston's time for a Boston session,
whatever the laptop's zone), so a mission records its IANA time zone. A session known only by
its date was stored as midnight to midnight of that zone and shown as "04:00 – 04:00 next day"
in Brussels; ``all_day`` says it is a date. Other sessions spanning whole days are left as
they are (a meeting may last 24 hours); the sample mission's (its fixed id) are date-only, and
it gets America/New_York, where its sessions were.

Revision ID: 0013_i18nb_session_time
Revises: 0012_addressbook_search
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_i18nb_session_time"
down_revision: str | None = "0012_addressbook_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# crm.services.demo.demo_id("mission", <the sample mission's name>), fixed here: a migration
# does not import the app's code, which changes after it.
SAMPLE_MISSION = uuid.uuid5(uuid.UUID("6f1c2a52-5d0e-4f2b-9a51-0c7d8f0e2b11"),
                            "mission/Belgian Economic Mission to the United States of America")


def upgrade() -> None:
    op.add_column("mission", sa.Column("time_zone", sa.String(64), nullable=True))
    op.add_column("mission_session", sa.Column("all_day", sa.Boolean(), nullable=False,
                                               server_default=sa.false()))
    bind = op.get_bind()
    mission = sa.table("mission", sa.column("id", sa.Uuid()), sa.column("time_zone"))
    bind.execute(sa.update(mission).where(mission.c.id == SAMPLE_MISSION)
                 .values(time_zone="America/New_York"))
    # The sample mission's sessions: a whole day each (midnight to midnight, New York).
    session = sa.table("mission_session", sa.column("mission_id", sa.Uuid()),
                       sa.column("all_day", sa.Boolean()))
    bind.execute(sa.update(session).where(session.c.mission_id == SAMPLE_MISSION)
                 .values(all_day=True))


def downgrade() -> None:
    with op.batch_alter_table("mission_session") as batch:
        batch.drop_column("all_day")
    with op.batch_alter_table("mission") as batch:
        batch.drop_column("time_zone")
