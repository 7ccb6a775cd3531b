"""Alembic environment: runs on the connection the app passes in ``config.attributes``."""

import warnings

from alembic import context
from sqlalchemy.exc import SAWarning

from crm.models import Base
from crm.services.search import is_search_table

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Mission CRM migrations run through crm.db.migrate(), with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
    # The search index (FTS5 on SQLite) is the migrations' own, not an ORM model.
    include_name=lambda name, type_, _parents: not (type_ == "table" and is_search_table(name)),
)
# Batch mode reflects a table and the tables its foreign keys point to; SQLite's reflection
# cannot read expression indexes (lower(last_name)) and says so on stderr. Those indexes belong
# to the referenced tables, which batch mode leaves alone, so the notice would only reach a
# delegate's terminal (and the CLI's stderr contract) as noise.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=SAWarning,
                            message="Skipped unsupported reflection of expression-based index")
    with context.begin_transaction():
        context.run_migrations()
