"""Change tracking for team sync: triggers that log every insert, update and delete.

Triggers see every write, whoever makes it: the ORM, a Core bulk insert, a foreign key's
cascade, another program. Each tracked table gets them; ``install`` runs after every schema
upgrade (crm.db.migrate), so a table a later migration adds or recreates is tracked as well,
and rows that existed before tracking are logged once so a first sync sends them.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, inspect

from crm.models import Base

# Our own bookkeeping is not synced (each database has its own log, peers and identity;
# the import log serves "revert last import" on the machine that imported).
UNTRACKED = frozenset({"sync_log", "sync_context", "sync_peer", "sync_meta", "import_batch",
                       "import_change"})
# pg_advisory_xact_lock key ("MCRM"): writers of the server's log take it until they commit,
# so log sequence numbers become visible in the order they were given out.
LOG_LOCK = 0x4D43524D

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION mission_crm_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_origin text;
    v_suppress boolean;
    v_key text;
BEGIN
    SELECT origin, suppress INTO v_origin, v_suppress FROM sync_context LIMIT 1;
    IF v_suppress THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> a.col,
                      ':' ORDER BY a.ord)
      INTO v_key FROM unnest(TG_ARGV) WITH ORDINALITY AS a(col, ord);
    PERFORM pg_advisory_xact_lock({LOG_LOCK});
    DELETE FROM sync_log WHERE tbl = TG_TABLE_NAME AND pk = v_key;
    INSERT INTO sync_log (tbl, pk, deleted, origin)
         VALUES (TG_TABLE_NAME, v_key, TG_OP = 'DELETE', v_origin);
    RETURN NULL;
END $$"""


def tracked_tables() -> list[Table]:
    """The tables sync carries, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in UNTRACKED]


def _sqlite_key(table: Table, row: str) -> str:
    return " || ':' || ".join(f"{row}.{c.name}" for c in table.primary_key.columns)


def _sqlite_triggers(table: Table) -> list[str]:
    quiet = "NOT EXISTS (SELECT 1 FROM sync_context WHERE suppress)"
    statements = []
    for event, row, deleted in (("INSERT", "new", 0), ("UPDATE", "new", 0),
                                ("DELETE", "old", 1)):
        key = _sqlite_key(table, row)
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS sync_track_{table.name}_{event.lower()} "
            f"AFTER {event} ON {table.name} WHEN {quiet} BEGIN "
            f"DELETE FROM sync_log WHERE tbl = '{table.name}' AND pk = {key}; "
            f"INSERT INTO sync_log (tbl, pk, deleted, origin) VALUES ('{table.name}', {key}, "
            f"{deleted}, (SELECT origin FROM sync_context LIMIT 1)); END")
    return statements


def log_inserted_since(conn: Connection, table: Table, rowid: int) -> None:
    """Log the rows of ``table`` with a rowid above ``rowid`` as its insert trigger would have,
    one after another in rowid order (SQLite; for rows inserted with the triggers quiet).

    The trigger deletes the row's earlier entry, then adds one: a REPLACE on the unique
    (tbl, pk), which gives the entry a new seq just the same."""
    conn.exec_driver_sql(
        f"INSERT OR REPLACE INTO sync_log (tbl, pk, deleted, origin) "
        f"SELECT '{table.name}', {_sqlite_key(table, 'r')}, 0, "
        f"(SELECT origin FROM sync_context LIMIT 1) FROM {table.name} AS r "
        f"WHERE r.rowid > ? ORDER BY r.rowid", (rowid,))


def _seed(table: Table, key: str) -> str:
    # Rows that predate tracking: logged once, so the first sync sends them.
    return (f"INSERT INTO sync_log (tbl, pk, deleted) SELECT '{table.name}', {key}, false "
            f"FROM {table.name} AS r WHERE NOT EXISTS (SELECT 1 FROM sync_log l "
            f"WHERE l.tbl = '{table.name}' AND l.pk = {key})")


def install(conn: Connection) -> None:
    """Create the tracking triggers missing on ``conn``'s database (idempotent)."""
    existing = set(inspect(conn).get_table_names())
    if "sync_log" not in existing:
        return
    postgres = conn.dialect.name == "postgresql"
    if postgres:
        conn.exec_driver_sql(_PG_FUNCTION)
        have = {row[0] for row in conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE starts_with(tgname, 'sync_track_')")}
    else:
        have = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in tracked_tables():
        if table.name not in existing:
            continue
        if postgres:
            name = f"sync_track_{table.name}"
            if name in have:
                continue
            columns = ", ".join(f"'{c.name}'" for c in table.primary_key.columns)
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table.name} "
                f"FOR EACH ROW EXECUTE FUNCTION mission_crm_track({columns})")
            key = " || ':' || ".join(f"r.{c.name}::text" for c in table.primary_key.columns)
        else:
            statements = _sqlite_triggers(table)
            if all(s.split()[5] in have for s in statements):
                continue
            for statement in statements:
                conn.exec_driver_sql(statement)
            key = _sqlite_key(table, "r")
        conn.exec_driver_sql(_seed(table, key))
