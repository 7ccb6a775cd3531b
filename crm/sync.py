"""Offline-first team sync: a laptop's database and the team server exchange their changes.

Every database logs its changed records (crm.sync_tracking: one ``sync_log`` row per record,
moved to a new ``seq`` at each change). A sync, holding the server's sync lock from start to
end (so no other writer can slip in between):

1. pulls the server's records logged after this laptop's pull watermark (skipping the ones
   this laptop sent itself) and applies them locally, batch by batch, each batch in one local
   transaction that also advances the watermark: an interruption loses nothing and repeats
   nothing;
2. pushes the laptop's records logged after its push watermark, in the one server transaction
   that also records the new watermark on the server: all of them or none.

A record changed on both sides since the last sync is a conflict: the newer edit wins
(``updated_at``, then the database id to break a tie), a deletion always wins, and the loser
is kept in ``sync_conflict`` (itself synced) for the user to review and restore. Rows merge by
their UUID keys; every write is an idempotent upsert or delete.
"""

from __future__ import annotations

import base64
import functools
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Table,
    Uuid,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.db import Database, describe_storage_error
from crm.errors import NotFoundError, UserError
from crm.i18n import _
from crm.models import (
    Base,
    SyncConflict,
    sync_context,
    sync_log,
    sync_meta,
    sync_peer,
)
from crm.services.common import parse_id
from crm.services.limits import over_long
from crm.sync_tracking import LOG_LOCK, tracked_tables

BATCH = 2000
# Rows per multi-row INSERT on the server: a 30-column table stays well below PostgreSQL's
# 65,535 parameters per statement.
_VALUES_ROWS = 500
# Columns that change on every save: two versions that differ only there are the same edit.
_BOOKKEEPING = {"version", "updated_at"}
_TABLES: dict[str, Table] = {t.name: t for t in tracked_tables()}
_ORDER = {t.name: n for n, t in enumerate(tracked_tables())}

Progress = Callable[[str, int], None]


@dataclass
class SyncResult:
    """What one sync did."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    # Records the server would refuse (a value longer than its column, a character it does
    # not store), set aside in the conflicts list: the rest was pushed.
    refused: int = 0
    # One line each: "contact 1f0c...: first_name > 120" (the conflicts list has it short).
    refusals: list[str] = field(default_factory=list)


class SyncError(UserError):
    """A sync that stopped: one line saying whether the laptop, the network or the server
    failed (never the SQL), and that nothing was half-sent."""


# Why a record is in the conflicts list when the server would refuse it ("refused: ...").
REFUSED = "refused"


@dataclass(frozen=True)
class _Change:
    seq: int
    table: str
    key: str
    deleted: bool


# --- identity and watermarks -------------------------------------------------------------

def database_id(session: Session) -> str:
    """This database's own id (made on first use): how peers tell each other apart."""
    value = session.scalar(select(sync_meta.c.value).where(sync_meta.c.key == "database_id"))
    if value is None:
        value = str(uuid.uuid4())
        session.execute(insert(sync_meta).values(key="database_id", value=value))
    return value


def _peer(session: Session, peer_id: str) -> tuple[int, int]:
    row = session.execute(select(sync_peer.c.pulled_through, sync_peer.c.pushed_through)
                          .where(sync_peer.c.peer_id == peer_id)).first()
    return (row[0], row[1]) if row else (0, 0)


def _set_peer(session: Session, peer_id: str, *, pulled: int, pushed: int) -> None:
    values = {"pulled_through": pulled, "pushed_through": pushed, "synced_at": utcnow()}
    done = session.execute(update(sync_peer).where(sync_peer.c.peer_id == peer_id)
                            .values(**values))
    if done.rowcount == 0:
        session.execute(insert(sync_peer).values(peer_id=peer_id, **values))


# --- rows as values ------------------------------------------------------------------------

# Per table, what reads its key: the key's column names, and how each part of a logged key
# becomes its value. Looked up, not derived from the columns, for every row of a sync.
_KEY_NAMES = {name: tuple(c.name for c in t.primary_key.columns) for name, t in _TABLES.items()}
_KEY_PARTS = {name: tuple(uuid.UUID if isinstance(c.type, Uuid) else int
                          for c in t.primary_key.columns) for name, t in _TABLES.items()}


def _key_values(table: Table, key: str) -> tuple[Any, ...]:
    """The primary key values of a log key (PostgreSQL and SQLite spell UUIDs differently)."""
    parts = _KEY_PARTS[table.name]
    if len(parts) == 1:
        return (parts[0](key),)
    return tuple(convert(p) for convert, p in zip(parts, key.split(":"), strict=True))


def _row_key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    names = _KEY_NAMES[table.name]
    return (row[names[0]],) if len(names) == 1 else tuple(row[n] for n in names)


def _fetch(session: Session, table: Table, keys: Sequence[tuple[Any, ...]]
           ) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The current rows of ``table`` with these keys (absent ones are simply missing)."""
    pk = list(table.primary_key.columns)
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        where = (pk[0].in_([k[0] for k in chunk]) if len(pk) == 1
                 else tuple_(*pk).in_(chunk))
        for mapping in session.execute(select(table).where(where)).mappings():
            row = dict(mapping)
            found[_row_key(table, row)] = row
    return found


def _existing(session: Session, table: Table, keys: Sequence[tuple[Any, ...]]
              ) -> set[tuple[Any, ...]]:
    """Which of these keys ``table`` holds (its key columns only: nothing else converted)."""
    pk = list(table.primary_key.columns)
    found: set[tuple[Any, ...]] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        where = (pk[0].in_([k[0] for k in chunk]) if len(pk) == 1
                 else tuple_(*pk).in_(chunk))
        found.update(tuple(row) for row in session.execute(select(*pk).where(where)))
    return found


def _json_default(value: object) -> str:
    if isinstance(value, uuid.UUID | datetime | date):
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    if isinstance(value, bytes):  # a picture kept with a contact
        return base64.b64encode(value).decode("ascii")
    raise TypeError(type(value).__name__)


def _to_json(row: dict[str, Any]) -> str:
    return json.dumps(row, default=_json_default, ensure_ascii=False, sort_keys=True)


def _from_json(table: Table, text: str) -> dict[str, Any]:
    """A row stored by ``_to_json``, with its column types back."""
    raw = json.loads(text)
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in raw:
            continue
        value = raw[column.name]
        kind = column.type
        if value is not None:
            if isinstance(kind, Uuid):
                value = uuid.UUID(value)
            elif isinstance(kind, Date) and not isinstance(kind, DateTime):
                value = date.fromisoformat(value)
            elif isinstance(getattr(kind, "impl", kind), DateTime):
                value = datetime.fromisoformat(value)
            elif isinstance(kind, LargeBinary):
                value = base64.b64decode(value)
            elif isinstance(kind, Boolean):
                value = bool(value)
            elif isinstance(kind, Integer):
                value = int(value)
        row[column.name] = value
    return row


def _same_edit(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return {k: v for k, v in a.items() if k not in _BOOKKEEPING} == \
        {k: v for k, v in b.items() if k not in _BOOKKEEPING}


def _contact_of(table: Table, row: dict[str, Any]) -> uuid.UUID | None:
    if table.name == "contact":
        return row["id"]
    return row.get("contact_id") if "contact_id" in table.c else None


# --- writing rows --------------------------------------------------------------------------

def _upsert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    pk = [c.name for c in table.primary_key.columns]
    others = [c.name for c in table.columns if c.name not in pk]
    if session.get_bind().dialect.name == "postgresql":
        _pg_upsert(session, table, pk, others, rows)
        return
    # SQLite: an UPDATE of the rows there, an INSERT of the others. (An UPSERT's conflict
    # clause would override the OR IGNORE of the search index's triggers.)
    keys = [_row_key(table, r) for r in rows]
    existing = _existing(session, table, keys)
    old = [r for r, key in zip(rows, keys, strict=True) if key in existing]
    new = [r for r, key in zip(rows, keys, strict=True) if key not in existing]
    if old and others:
        change = update(table).where(*(table.c[n] == bindparam(f"k_{n}") for n in pk)).values(
            {n: bindparam(f"v_{n}") for n in others})
        session.connection().execute(change, [
            {**{f"k_{n}": r[n] for n in pk}, **{f"v_{n}": r[n] for n in others}} for r in old])
    if new:
        session.execute(insert(table), new)


def _pg_upsert(session: Session, table: Table, pk: list[str], others: list[str],
               rows: list[dict[str, Any]]) -> None:
    """Upsert on PostgreSQL in one statement: each column's values as one array parameter,
    unnested into rows (INSERT ... SELECT FROM unnest(...) ON CONFLICT DO UPDATE).

    An executemany is one statement per row even in psycopg's pipeline mode: a 10,000-row
    push took three times a bulk copy of the same rows. A multi-row VALUES clause is no
    better: SQLAlchemy compiling it, or psycopg rewriting its thousands of placeholders,
    costs more than the round trips it saves. Arrays keep the statement short and cached."""
    connection = session.connection()
    dialect = connection.dialect
    arrays = []
    for column in table.columns:
        process = column.type._cached_bind_processor(dialect)
        values = [row.get(column.name) for row in rows]
        arrays.append([process(v) for v in values] if process is not None else values)
    connection.exec_driver_sql(_pg_upsert_sql(table, dialect, tuple(pk), tuple(others)),
                               tuple(arrays))


@functools.lru_cache(maxsize=64)
def _pg_upsert_sql(table: Table, dialect: Any, pk: tuple[str, ...],
                   others: tuple[str, ...]) -> str:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in table.columns)
    arrays = ", ".join(f"%s::{c.type.compile(dialect=dialect)}[]" for c in table.columns)
    conflict = (" DO UPDATE SET " + ", ".join(f"{quote(n)} = EXCLUDED.{quote(n)}"
                                             for n in others)
                if others else " DO NOTHING")
    return (f"INSERT INTO {quote(table.name)} ({names}) SELECT * FROM unnest({arrays})"
            f" ON CONFLICT ({', '.join(quote(n) for n in pk)}){conflict}")


def _delete(session: Session, table: Table, keys: list[tuple[Any, ...]]) -> None:
    pk = list(table.primary_key.columns)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        where = (pk[0].in_([k[0] for k in chunk]) if len(pk) == 1
                 else tuple_(*pk).in_(chunk))
        session.execute(delete(table).where(where))


def _apply(session: Session, upserts: dict[str, list[dict[str, Any]]],
           deletes: dict[str, list[tuple[Any, ...]]]) -> None:
    """Deletes (children first), then upserts (parents first): foreign keys hold throughout."""
    for name in sorted(deletes, key=_ORDER.__getitem__, reverse=True):
        _delete(session, _TABLES[name], deletes[name])
    for name in sorted(upserts, key=_ORDER.__getitem__):
        if name == "tag":
            _merge_tags(session, upserts[name])
        else:
            _upsert(session, _TABLES[name], upserts[name])


def _push_batch(session: Session, upserts: dict[str, list[dict[str, Any]]],
                deletes: dict[str, list[tuple[Any, ...]]], origin: str) -> None:
    """Apply pushed changes on the server and log them as coming from ``origin``.

    Deletions run with the triggers on, so cascades on the server are logged too; upserts run
    with them quiet and are logged here in bulk (a trigger per row costs far more)."""
    _apply(session, {}, deletes)
    for name in sorted(upserts, key=_ORDER.__getitem__):
        if name == "tag":
            _merge_tags(session, upserts[name])  # may move links: let the triggers log it
            continue
        session.execute(update(sync_context).values(suppress=True))
        _upsert(session, _TABLES[name], upserts[name])
        session.execute(update(sync_context).values(suppress=False))
        _log(session, _TABLES[name], [_row_key(_TABLES[name], r) for r in upserts[name]],
             origin)


def _log(session: Session, table: Table, keys: list[tuple[Any, ...]], origin: str) -> None:
    """What the tracking trigger would have logged for these upserted rows."""
    postgres = session.get_bind().dialect.name == "postgresql"
    spelled = [":".join(str(v) if postgres or not isinstance(v, uuid.UUID) else v.hex
                        for v in key) for key in keys]
    if postgres:  # two statements whatever the count (see _pg_upsert)
        connection = session.connection()
        connection.exec_driver_sql("DELETE FROM sync_log WHERE tbl = %s AND pk = ANY(%s)",
                                   (table.name, spelled))
        connection.exec_driver_sql(
            "INSERT INTO sync_log (tbl, pk, deleted, origin)"
            " SELECT %s, key, false, %s FROM unnest(%s::text[]) WITH ORDINALITY AS k(key, n)"
            " ORDER BY n", (table.name, origin, spelled))
        return
    for start in range(0, len(spelled), 500):
        chunk = spelled[start:start + 500]
        session.execute(delete(sync_log).where(sync_log.c.tbl == table.name,
                                               sync_log.c.pk.in_(chunk)))
        session.execute(insert(sync_log), [{"tbl": table.name, "pk": pk, "deleted": False,
                                            "origin": origin} for pk in chunk])


def _merge_tags(session: Session, rows: list[dict[str, Any]]) -> None:
    """Upsert tags; a tag made separately on two copies (same name, two ids) becomes the
    incoming one, its links moved over, so the name stays unique."""
    tag = _TABLES["tag"]
    incoming = {row["key"]: row["id"] for row in rows}
    clashes = [(old, incoming[key]) for old, key in session.execute(
        select(tag.c.id, tag.c.key).where(tag.c.key.in_(list(incoming))))
        if old != incoming[key]]
    for old, _new in clashes:
        # Out of the way of the unique name until its links have moved.
        session.execute(update(tag).where(tag.c.id == old).values(key=str(old)))
    _upsert(session, tag, rows)
    if not clashes:
        return
    # The moved links are this copy's own change, even while pulled rows are applied: logged,
    # so the next push carries them to the server.
    quiet = session.scalar(select(sync_context.c.suppress))
    session.execute(update(sync_context).values(suppress=False))
    for old, new in clashes:
        for link_name, owner in (("contact_tag", "contact_id"), ("company_tag", "company_id")):
            link = _TABLES[link_name]
            already = select(link.c[owner]).where(link.c.tag_id == new).scalar_subquery()
            session.execute(insert(link).from_select(
                [owner, "tag_id"],
                select(link.c[owner], literal(new, Uuid)).where(
                    link.c.tag_id == old, link.c[owner].not_in(already))))
            session.execute(delete(link).where(link.c.tag_id == old))
        session.execute(delete(tag).where(tag.c.id == old))
    session.execute(update(sync_context).values(suppress=bool(quiet)))


def _set_context(session: Session, *, origin: str | None = None, suppress: bool = False
                 ) -> None:
    session.execute(insert(sync_context).values(id=1, origin=origin, suppress=suppress))


def _clear_context(session: Session) -> None:
    session.execute(delete(sync_context))


def _drop_orphans(session: Session, tables: Iterable[str]) -> None:
    """Pulled rows whose parent this laptop deleted (its deletion is on the way to the server,
    where the same cascade happens): follow the foreign key's ON DELETE here too."""
    found = [row for name in tables for row in session.connection().exec_driver_sql(
        f"PRAGMA foreign_key_check({name})").fetchall()]
    for table_name, rowid, parent, _fk in found:
        table = Base.metadata.tables[table_name]
        fk = next(f for f in table.foreign_keys if f.column.table.name == parent)
        raw = session.connection()
        if fk.ondelete == "SET NULL":
            raw.exec_driver_sql(f"UPDATE {table_name} SET {fk.parent.name} = NULL "
                                f"WHERE rowid = ?", (rowid,))
        else:
            raw.exec_driver_sql(f"DELETE FROM {table_name} WHERE rowid = ?", (rowid,))


# --- the log -------------------------------------------------------------------------------

def _changes(session: Session, after: int, *, upto: int | None = None,
             limit: int | None = BATCH) -> tuple[list[tuple[_Change, str | None]], int]:
    """Log entries after ``after`` (at most ``limit``, None: all) and the last seq read
    (``after`` if none).

    Entries of tables this version does not know are skipped, but the seq moves past them."""
    stmt = (select(sync_log.c.seq, sync_log.c.tbl, sync_log.c.pk, sync_log.c.deleted,
                   sync_log.c.origin).where(sync_log.c.seq > after)
            .order_by(sync_log.c.seq).limit(limit))
    if upto is not None:
        stmt = stmt.where(sync_log.c.seq <= upto)
    rows = session.execute(stmt).all()
    last = rows[-1][0] if rows else after
    return [(_Change(seq, tbl, pk, bool(deleted)), origin)
            for seq, tbl, pk, deleted, origin in rows if tbl in _TABLES], last


def _rows_of(session: Session, changes: Iterable[_Change]
             ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[tuple[Any, ...]]]]:
    """What the changes amount to now: rows to upsert and keys to delete, by table."""
    by_table: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for change in changes:
        by_table[change.table].append(_key_values(_TABLES[change.table], change.key))
    upserts: dict[str, list[dict[str, Any]]] = {}
    deletes: dict[str, list[tuple[Any, ...]]] = {}
    for name, keys in by_table.items():
        found = _fetch(session, _TABLES[name], keys)
        upserts[name] = list(found.values())
        # Logged as changed but gone now: a deletion (whatever the log entry said).
        deletes[name] = [k for k in keys if k not in found]
    return upserts, deletes


def _add_missing_parents(server: Session, local: Database,
                         upserts: dict[str, list[dict[str, Any]]]) -> None:
    """Add to a pulled batch the server's rows its rows point to that this laptop lacks.

    The log is in change order, not parents first: a contact edited after its emails were
    logged comes after them, maybe in a later batch, and an email applied without its contact
    was dropped as an orphan (lost for this laptop: its log entry already read). The parent's
    own entry, when it comes, applies it again (an upsert)."""
    fresh = upserts  # the rows whose parents are still to check: the batch, then those added
    while fresh:
        wanted: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
        for name, rows in fresh.items():
            for fk in _TABLES[name].foreign_keys:
                parent = fk.column.table.name
                if parent not in _TABLES or len(_KEY_NAMES[parent]) != 1:
                    continue
                wanted[parent].update((row[fk.parent.name],) for row in rows
                                      if row.get(fk.parent.name) is not None)
        for parent, keys in wanted.items():
            keys -= {_row_key(_TABLES[parent], row) for row in upserts.get(parent, [])}
        wanted = {parent: keys for parent, keys in wanted.items() if keys}
        if not wanted:
            return
        # What this laptop has of them, in one read.
        here = local.read(_keys_held, wanted)
        fresh = {}
        for parent, keys in wanted.items():
            keys -= here[parent]
            found = _fetch(server, _TABLES[parent], sorted(keys, key=str)) if keys else {}
            if found:
                fresh[parent] = list(found.values())
                upserts.setdefault(parent, []).extend(fresh[parent])


def _keys_held(session: Session, wanted: dict[str, set[tuple[Any, ...]]]
               ) -> dict[str, set[tuple[Any, ...]]]:
    """Of the ``wanted`` keys of each table, those this database has."""
    return {name: set(_fetch(session, _TABLES[name], sorted(keys, key=str)))
            for name, keys in wanted.items()}


def _pending(session: Session, after: int, keys: dict[str, list[str]]
             ) -> dict[tuple[str, tuple[Any, ...]], str]:
    """This laptop's unsent changes among ``keys``: (table, key values) -> log pk text."""
    pending: dict[tuple[str, tuple[Any, ...]], str] = {}
    for name, texts in keys.items():
        table = _TABLES[name]
        # This laptop's spelling of each key (a UUID key may come in the server's).
        wanted = {}
        for text in texts:
            values = _key_values(table, text)
            wanted[_local_spelling(table, values)] = values
        spelled = list(wanted)
        for start in range(0, len(spelled), 500):
            for (pk,) in session.execute(
                    select(sync_log.c.pk).where(sync_log.c.tbl == name,
                                                sync_log.c.seq > after,
                                                sync_log.c.pk.in_(spelled[start:start + 500]))):
                pending[(name, wanted[pk])] = pk
    return pending


def _local_spelling(table: Table, values: tuple[Any, ...]) -> str:
    # SQLite stores a Uuid as 32 hex digits; its triggers log it so.
    return ":".join(v.hex if isinstance(v, uuid.UUID) else str(v) for v in values)


# --- one sync ------------------------------------------------------------------------------

def sync(local: Database, server: Database, *, batch: int = BATCH,
         progress: Progress | None = None) -> SyncResult:
    """Pull the server's changes into ``local``, then push ``local``'s changes to the server.

    A failure is a SyncError saying which side failed; what was pulled stays (each batch
    commits on its own) and the push is all or nothing, so the next sync goes on from there."""
    try:
        return _sync(local, server, batch=batch, progress=progress)
    except DBAPIError as exc:
        raise SyncError(describe_sync_failure(exc)) from None


def describe_sync_failure(exc: DBAPIError) -> str:
    """One line: the laptop, the network or the server, and what the user can do."""
    import sqlcipher3.dbapi2 as sqlcipher

    orig = exc.orig
    if isinstance(orig, sqlcipher.Error):
        return _("sync stopped: this laptop's database could not be written ({reason}); "
                 "nothing was sent half-way, sync again once that is fixed").format(
            reason=describe_storage_error(exc))
    state = getattr(orig, "sqlstate", None) or ""
    first_line = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    if state.startswith("57P"):  # admin shutdown, crash shutdown, cannot connect now
        return _("sync stopped: the server shut down during the sync ({reason}); nothing of "
                 "this push was kept there, sync again when it is back").format(
            reason=first_line)
    if exc.connection_invalidated or not state or state.startswith("08"):
        return _("sync stopped: the connection to the server was lost (network); nothing of "
                 "this push was kept there, sync again when the network is back")
    return _("sync stopped: the server refused the changes ({reason}); nothing of this push "
             "was kept there").format(reason=first_line)


def _sync(local: Database, server: Database, *, batch: int,
          progress: Progress | None) -> SyncResult:
    if not local.is_sqlite:
        raise UserError(_("sync: the local database must be a laptop's SQLite file"))
    report = progress or (lambda _stage, _count: None)
    result = SyncResult()
    me = local.write(database_id)
    # The pull is most of a sync's time. With the server's log lock held throughout, a team's
    # syncs waited for each other's pulls one after another (30 laptops: each pull of the
    # others' 58,000 changes in turn). So what the server held when this sync began is pulled
    # without the lock, and only what came since is pulled under it, before the push.
    server_id, horizon, server_pushed = server.write(_start, me)
    pulled, local_pushed = local.read(_peer, server_id)
    # The server's word wins: a sync interrupted after the server committed our push and
    # before we noted it must not send those changes again.
    pushed = max(local_pushed, server_pushed)
    with server.session() as srv:
        pulled = _pull(srv, local, server_id, me, pulled, pushed, batch=batch,
                       upto=horizon, result=result, report=report)
    with server.session(write=True) as srv:
        _lock_log(srv)
        pulled = _pull(srv, local, server_id, me, pulled, pushed, batch=batch, upto=None,
                       result=result, report=report)

        top = local.read(lambda s: s.scalar(select(func.max(sync_log.c.seq))) or 0)
        _set_context(srv, origin=me)
        refused: dict[tuple[str, tuple[Any, ...]], str] = {}
        # The whole push is one server transaction, sent in batches parents first: in log
        # order, a contact edited after its email is logged after it, and a batch holding the
        # email without its contact was refused (row by row, the email set aside).
        everything, _last = local.read(_changes, pushed, upto=top, limit=None)
        everything.sort(key=lambda entry: _ORDER[entry[0].table])
        for start in range(0, len(everything), batch):
            entries = everything[start:start + batch]
            upserts, deletes = local.read(_rows_of, [c for c, _origin in entries])
            _set_aside(upserts, refused)
            try:
                with srv.begin_nested():
                    _push_batch(srv, upserts, deletes, me)
            except DBAPIError as exc:
                if not _is_refusal(exc):
                    raise
                # Some row the server will not take (a NUL character, a rule of its own):
                # row by row, to set that one aside and send the others.
                _push_one_by_one(srv, upserts, deletes, me, refused)
            result.pushed += len(entries)
            report("pushed", result.pushed)
        _clear_context(srv)
        _set_peer(srv, me, pulled=0, pushed=top)
    local.write(_set_peer, server_id, pulled=pulled, pushed=top)
    local.write(_forget_sent_deletions, top)
    local.write(_note_refused, refused)
    result.refused = len(refused)
    result.refusals = [f"{name} {_local_spelling(_TABLES[name], key)}: {why}"
                       for (name, key), why in refused.items()]
    result.pushed -= len(refused)
    return result


def _lock_log(server: Session) -> None:
    """Wait for the server's log writers to commit and keep others out until this transaction
    ends (PostgreSQL; a SQLite server has one writer at a time anyway)."""
    if server.get_bind().dialect.name == "postgresql":
        server.execute(select(func.pg_advisory_xact_lock(LOG_LOCK)))


def _start(server: Session, me: str) -> tuple[str, int, int]:
    """The server's id, the last entry of its log now and what it says this laptop pushed.

    Taken under the log lock: no writer is then between giving out a sequence number and
    committing, so every entry up to that last one is there to read after this transaction
    (an entry read past one still to commit would be skipped for good)."""
    _lock_log(server)
    server_id = database_id(server)
    if server_id == me:
        raise UserError(_("sync: the server is this same database"))
    horizon = server.scalar(select(func.max(sync_log.c.seq))) or 0
    return server_id, horizon, _peer(server, me)[1]


def _pull(server: Session, local: Database, server_id: str, me: str, pulled: int,
          pushed: int, *, batch: int, upto: int | None, result: SyncResult,
          report: Progress) -> int:
    """Apply the server's log after ``pulled`` (through ``upto``; None: all of it) locally,
    batch by batch, each committed here with how far it got; returns that."""
    while True:
        entries, through = _changes(server, pulled, upto=upto, limit=batch)
        if through == pulled:
            return pulled
        theirs = [change for change, origin in entries if origin != me]
        upserts, deletes = _rows_of(server, theirs)
        _add_missing_parents(server, local, upserts)
        result.conflicts += local.write(_apply_pulled, server_id, upserts, deletes,
                                        pushed_through=pushed, pulled_through=through)
        result.pulled += len(theirs)
        pulled = through
        report("pulled", result.pulled)


def _forget_sent_deletions(session: Session, through: int) -> None:
    """Drop the log entries of contacts deleted here (erased, or merged away) that the server
    now has: nothing here reads them again, and an erased person's id must not stay."""
    session.execute(delete(sync_log).where(sync_log.c.tbl == "contact", sync_log.c.deleted,
                                           sync_log.c.seq <= through))


def _is_refusal(exc: DBAPIError) -> bool:
    """The server refused the data (SQLSTATE class 22 data exception, 23 integrity), as
    opposed to a failing connection or server."""
    if exc.connection_invalidated:
        return False
    state = getattr(exc.orig, "sqlstate", None) or ""
    return state[:2] in ("22", "23") or (
        not state and type(exc.orig).__name__ in ("DataError", "IntegrityError"))


def _refusal_reason(exc: DBAPIError) -> str:
    text = str(exc.orig).strip()
    return text.splitlines()[0] if text else type(exc.orig).__name__


def _push_one_by_one(session: Session, upserts: dict[str, list[dict[str, Any]]],
                     deletes: dict[str, list[tuple[Any, ...]]], origin: str,
                     refused: dict[tuple[str, tuple[Any, ...]], str]) -> None:
    """``_push_batch``, each row in a savepoint of its own: the rows the server refuses go to
    ``refused`` with its reason (and the rows that hang on them), the others are sent."""
    with session.begin_nested():
        _push_batch(session, {}, deletes, origin)
    for name in sorted(upserts, key=_ORDER.__getitem__):
        table = _TABLES[name]
        for row in upserts[name]:
            key = _row_key(table, row)
            parent = _refused_parent(table, row, refused)
            if parent:
                refused[(name, key)] = parent
                continue
            try:
                with session.begin_nested():
                    _push_batch(session, {name: [row]}, {}, origin)
            except DBAPIError as exc:
                if not _is_refusal(exc):
                    raise
                refused[(name, key)] = _refusal_reason(exc)


def _refused_parent(table: Table, row: dict[str, Any],
                    refused: dict[tuple[str, tuple[Any, ...]], str]) -> str:
    """Why ``row`` cannot go: "its contact was not sent", or "" when its parents went."""
    for fk in table.foreign_keys:
        parent = fk.column.table.name
        if (parent, (row.get(fk.parent.name),)) in refused:
            return f"its {parent} was not sent"
    return ""


def _set_aside(upserts: dict[str, list[dict[str, Any]]],
               refused: dict[tuple[str, tuple[Any, ...]], str]) -> None:
    """Take out of ``upserts`` the rows the server would refuse: a value longer than its
    column (the server's columns are the model's), and the rows that hang on such a row (an
    email of a contact not sent). ``refused`` gets (table, key) -> why."""
    for name in sorted(upserts, key=_ORDER.__getitem__):  # parents first
        table = _TABLES[name]
        kept = []
        for row in upserts[name]:
            why = "; ".join(f"{column} > {limit}" for column, limit in over_long(table, row))
            if not why and refused:
                why = _refused_parent(table, row, refused)
            if why:
                refused[(name, _row_key(table, row))] = why
            else:
                kept.append(row)
        upserts[name] = kept


def _note_refused(session: Session, refused: dict[tuple[str, tuple[Any, ...]], str]) -> None:
    """List the refused records in the conflicts (once each, whatever the number of syncs) and
    log them again, so that every sync tries them anew: once fixed here, they go. A refused
    record that went this time is resolved."""
    ids = set()
    for (name, key), why in refused.items():
        table = _TABLES[name]
        row_id = _local_spelling(table, key)
        conflict_id = uuid.uuid5(_CONFLICTS, f"{REFUSED}\n{name}\n{row_id}")
        ids.add(conflict_id)
        # No copy of the record (it stays as it is, here) and no link to the contact: the
        # server may not have it. Erasing the person deletes this note by its row id.
        existing = session.get(SyncConflict, conflict_id)
        reason = f"{REFUSED}: {why}"
        if existing is None:
            session.add(SyncConflict(id=conflict_id, table_name=name, row_id=row_id,
                                     reason=reason, kept=None, lost=None))
        elif existing.reason != reason or existing.resolved_at is not None:
            existing.reason, existing.resolved_at = reason, None
        session.execute(delete(sync_log).where(sync_log.c.tbl == name,
                                               sync_log.c.pk == row_id))
        session.execute(insert(sync_log).values(tbl=name, pk=row_id, deleted=False))
    for conflict in session.scalars(select(SyncConflict).where(
            SyncConflict.reason.startswith(REFUSED), SyncConflict.resolved_at.is_(None))):
        if conflict.id not in ids:
            conflict.resolved_at = utcnow()


def _apply_pulled(session: Session, server_id: str, upserts: dict[str, list[dict[str, Any]]],
                  deletes: dict[str, list[tuple[Any, ...]]], *, pushed_through: int,
                  pulled_through: int) -> int:
    """Apply one pulled batch locally, resolving conflicts with unsent local changes."""
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    keys: dict[str, list[str]] = defaultdict(list)
    for name, rows in upserts.items():
        keys[name] += [_local_spelling(_TABLES[name], _row_key(_TABLES[name], r)) for r in rows]
    for name, gone in deletes.items():
        keys[name] += [_local_spelling(_TABLES[name], k) for k in gone]
    pending = _pending(session, pushed_through, keys)
    conflicts: list[dict[str, Any]] = []
    settled: list[tuple[str, str]] = []  # local log entries the pulled version replaces

    if pending:
        upserts = {name: list(rows) for name, rows in upserts.items()}
        deletes = {name: list(gone) for name, gone in deletes.items()}
        for name in list(upserts):
            table = _TABLES[name]
            local_rows = _fetch(session, table, [k for (n, k) in pending if n == name])
            kept_rows = []
            for theirs in upserts[name]:
                key = _row_key(table, theirs)
                log_pk = pending.get((name, key))
                if log_pk is None:
                    kept_rows.append(theirs)
                    continue
                mine = local_rows.get(key)
                if mine is None:
                    # Deleted here, edited there: the deletion wins (and travels with the push).
                    conflicts.append(_deleted(table, key))
                    continue
                if _same_edit(mine, theirs):
                    settled.append((name, log_pk))
                    kept_rows.append(theirs)
                    continue
                theirs_win = _newer(theirs, server_id, mine, database_id(session))
                if name == SyncConflict.__tablename__:
                    # The same conflict found on two laptops (its id says which records
                    # lost): one of the two notes stays, it is no new conflict.
                    pass
                elif theirs_win:
                    conflicts.append(_conflict(table, mine, "edited", kept=theirs, lost=mine))
                else:
                    conflicts.append(_conflict(table, mine, "edited", kept=mine, lost=theirs))
                if theirs_win:
                    settled.append((name, log_pk))
                    kept_rows.append(theirs)
            upserts[name] = kept_rows
        for name, gone in deletes.items():
            table = _TABLES[name]
            mine_pending = [k for k in gone if (name, k) in pending]
            still_here = _fetch(session, table, mine_pending)
            for key in mine_pending:
                settled.append((name, pending[(name, key)]))
                if key in still_here:
                    # Deleted there, edited here: the deletion wins, and nothing of the record
                    # is kept (it may be a person's erasure).
                    conflicts.append(_deleted(table, key))

    _set_context(session, suppress=True)
    _apply(session, upserts, deletes)
    _drop_orphans(session, [name for name, rows in upserts.items() if rows])
    for name, log_pk in settled:
        session.execute(delete(sync_log).where(sync_log.c.tbl == name, sync_log.c.pk == log_pk))
    _clear_context(session)
    for conflict in conflicts:
        # merge: this laptop may hold the same conflict already, found by another laptop.
        session.merge(SyncConflict(id=_conflict_id(conflict), **conflict))
    session.flush()
    _set_peer(session, server_id, pulled=pulled_through, pushed=pushed_through)
    return len(conflicts)


def _newer(theirs: dict[str, Any], their_db: str, mine: dict[str, Any], my_db: str) -> bool:
    """Last writer wins: the later ``updated_at``; a tie goes to the larger database id."""
    a, b = theirs.get("updated_at"), mine.get("updated_at")
    if a is not None and b is not None and a != b:
        return a > b
    return their_db > my_db


_CONFLICTS = uuid.UUID("5b0f4a57-2d6c-4c8e-9a51-4f3b9d1c7e21")


def _conflict_id(conflict: dict[str, Any]) -> uuid.UUID:
    """A conflict's id, made of the record and the version that lost: two laptops that find
    the same losing version (one pulled it, then its push failed, and another pulled it
    before the first synced again) list it once, not twice."""
    return uuid.uuid5(_CONFLICTS, "\n".join((conflict["table_name"], conflict["row_id"],
                                              conflict["lost"] or "deleted")))


def _deleted(table: Table, key: tuple[Any, ...]) -> dict[str, Any]:
    return {"table_name": table.name, "row_id": _local_spelling(table, key), "contact_id": None,
            "reason": "deleted", "kept": None, "lost": None}


def _conflict(table: Table, row: dict[str, Any], reason: str, *,
              kept: dict[str, Any] | None, lost: dict[str, Any] | None) -> dict[str, Any]:
    return {"table_name": table.name, "row_id": _local_spelling(table, _row_key(table, row)),
            "contact_id": _contact_of(table, row), "reason": reason,
            "kept": None if kept is None else _to_json(kept),
            "lost": None if lost is None else _to_json(lost)}


# --- the conflict list ---------------------------------------------------------------------

def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[SyncConflict]:
    """The conflicts syncs found, newest first."""
    stmt = select(SyncConflict).order_by(SyncConflict.detected_at.desc())
    if not include_resolved:
        stmt = stmt.where(SyncConflict.resolved_at.is_(None))
    return list(session.scalars(stmt))


def restore_conflict(session: Session, conflict_id: str | uuid.UUID) -> SyncConflict:
    """Put the losing version of a conflict back (as a new edit, which the next sync sends)."""
    conflict = session.get(SyncConflict, parse_id(conflict_id, "conflict id"))
    if conflict is None:
        raise NotFoundError(_("no conflict with id {conflict_id}").format(conflict_id=conflict_id))
    if conflict.lost is None:
        raise UserError(_("conflict {id}: the record was deleted; nothing to restore")
                        .format(id=conflict.id))
    table = _TABLES[conflict.table_name]
    row = _from_json(table, conflict.lost)
    key = _row_key(table, row)
    current = _fetch(session, table, [key]).get(key)
    row["updated_at"] = utcnow()
    if "version" in row:
        row["version"] = (current or row).get("version", 0) + 1
    _upsert(session, table, [row])
    conflict.resolved_at = utcnow()
    return conflict


def conflict_differences(conflict: SyncConflict) -> list[tuple[str, object, object]]:
    """What differs between the two versions of a conflict: (field, lost value, kept value)."""
    if conflict.kept is None or conflict.lost is None:
        return []
    kept, lost = json.loads(conflict.kept), json.loads(conflict.lost)
    return [(name, lost.get(name), kept.get(name)) for name in sorted(set(kept) | set(lost))
            if name not in _BOOKKEEPING and kept.get(name) != lost.get(name)]
