"""postgresql search: an accent- and case-folding function for contact search (PostgreSQL only)

``mission_crm_fold(text)`` lower-cases and removes accents with the ``unaccent`` extension
(trusted: the database owner may create it); where the extension cannot be created, it only
lower-cases, and search stays case-insensitive. SQLite has its FTS5 index (``0002_search``).

Revision ID: 0003_postgresql_search
Revises: 0002_search
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_postgresql_search"
down_revision: str | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FOLD = """
CREATE OR REPLACE FUNCTION mission_crm_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $$ SELECT {body} $$"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        # Schema-qualified, so the function works whatever a session's search_path is.
        body = f"lower({schema}.unaccent('{schema}.unaccent'::regdictionary, value))"
    except Exception:
        body = "lower(value)"
    op.execute(_FOLD.format(body=body))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS mission_crm_fold(text)")
