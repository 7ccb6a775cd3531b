"""Open a Mission CRM database from a path or URL: engine, sessions, pragmas, migrations.

SQLite is the laptop's database; PostgreSQL (a URL) is the team server. The SQLite specifics
(pragmas, ``BEGIN IMMEDIATE`` for writers) are installed here and nowhere else.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crm import config, encryption, secrets
from crm.encryption import Key, PassphrasePrompt
from crm.errors import NotADatabaseError, ReadOnlyAccessError, UserError
from crm.i18n import N_, _
from crm.models import Base
from crm.services import backup, limits, search

if TYPE_CHECKING:
    from alembic.config import Config

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# How long a writer waits for another process's write lock before giving up (ms).
BUSY_TIMEOUT_MS = 10_000
NOT_OURS = N_("not a Mission CRM database")


def resolve_target(target: str | None) -> str:
    """The database to open: ``--db``, else ``MISSION_CRM_DB``, else the default file."""
    return target or config.default_database_target()


def to_url(target: str) -> URL:
    """A SQLAlchemy URL for a database URL or a file path (``~`` expanded, made absolute).

    A PostgreSQL URL always goes through psycopg 3, with ``sslmode=prefer`` unless it names
    another mode (TLS whenever the server offers it).
    """
    if "://" not in target:
        path = Path(target).expanduser().resolve()
        return URL.create("sqlite", database=str(path))
    try:
        url = make_url(target)
    except ArgumentError:
        raise UserError(_("{target}: not a database file name or URL")
                        .format(target=target)) from None
    if url.get_backend_name() == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
        if "sslmode" not in url.query:
            url = url.update_query_dict({"sslmode": "prefer"})
    return url


def is_postgresql(url: URL) -> bool:
    """Whether ``url`` names a PostgreSQL database (the team server)."""
    return url.get_backend_name() == "postgresql"


def password_name(url: URL) -> str:
    """The keyring entry that holds the password of a server login (user, host, database)."""
    return f"server-password:{url.username}@{url.host or 'localhost'}:{url.port or 5432}/" \
           f"{url.database}"


def without_password(url: URL) -> URL:
    """``url`` safe to save or show: the password is in the keyring, never in a saved URL."""
    # URL.set() leaves a field unchanged when given None: build the URL again instead.
    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)


def remember_password(url: URL, password: str) -> None:
    """Keep the password of the server login ``url`` in the OS keyring."""
    from crm.secrets import set_secret

    set_secret(password_name(url), password)


def _with_keyring_password(url: URL) -> URL:
    """A server URL with its password from the keyring when the URL has none.

    Without one there either, libpq's own sources still apply (``PGPASSWORD``, ~/.pgpass).
    """
    if url.password is not None or not is_postgresql(url):
        return url
    from crm.secrets import get_secret

    password = get_secret(password_name(url))
    return url if password is None else url.set(password=password)


def alembic_config(connection: Any = None) -> Config:
    """Alembic's configuration for our migrations, sharing ``connection`` when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


# Alembic is imported only to migrate: importing it takes a good part of the app's start-up.
# Opening a database at head reads the revisions from the migration files instead.
_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=(.*)$", re.MULTILINE)


@functools.cache
def _revisions(directory: Path) -> dict[str, tuple[str, ...]]:
    """Each migration's revision and the revisions it follows, read from its file."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in (directory / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is not None:
            graph[revision.group(1)] = tuple(re.findall(r"""["']([^"']+)["']""",
                                                        down.group(1) if down else ""))
    return graph


def head_revision() -> str:
    """The newest migration revision this version of the app knows."""
    graph = _revisions(MIGRATIONS_DIR)
    heads = set(graph) - {down for downs in graph.values() for down in downs}
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _current_revision(conn: Any) -> str | None:
    """The revision a database is at (None for an empty one), without importing Alembic."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _install_sqlite_behaviour(engine: Engine) -> None:
    """Pragmas on every connection, and ``BEGIN IMMEDIATE`` for write transactions.

    pysqlite's own transaction handling is switched off (SQLAlchemy's documented workaround)
    so that we emit BEGIN ourselves: a writer takes the write lock when its transaction starts
    and waits ``busy_timeout`` for it, instead of failing half-way with "database is locked".
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a commit survives a crash of the app; only a power cut or
            # OS crash can lose the last commits, never corrupt the file (SQLite docs, "WAL").
            cursor.execute("PRAGMA synchronous=NORMAL")
            # Deleted content is overwritten with zeros, so an erased person's bytes do not
            # linger in free pages (GDPR erasure; see crm/services/privacy.py).
            cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class _FileGate:
    """Sessions run side by side; a job that replaces or re-keys the file runs alone.

    Without it, a read started by a timer or a background page load while a restore swaps
    the file would meet "database is locked" or a file under a key it does not have yet.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._sessions = 0
        self._owner: int | None = None  # the thread running an exclusive job
        self._depth = threading.local()  # sessions this thread has open

    @contextmanager
    def shared(self) -> Iterator[None]:
        me = threading.get_ident()
        depth = getattr(self._depth, "value", 0)
        with self._changed:
            # The exclusive job's own sessions go through, and so does a session nested in
            # one this thread holds already (waiting there would wait for itself).
            if self._owner != me and depth == 0:
                self._changed.wait_for(lambda: self._owner is None)
            self._sessions += 1
        self._depth.value = depth + 1
        try:
            yield
        finally:
            self._depth.value = depth
            with self._changed:
                self._sessions -= 1
                self._changed.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            self._changed.wait_for(lambda: self._owner is None)
            self._owner = me  # from now on, new sessions wait
            self._changed.wait_for(lambda: self._sessions == 0)
        try:
            yield
        finally:
            with self._changed:
                self._owner = None
                self._changed.notify_all()


@dataclass
class Database:
    """An open database: the engine and the way to get read or write sessions."""

    url: URL
    engine: Engine
    # The SQLCipher key of an encrypted file (None: not encrypted). Never shown in a repr.
    key: Key | None = field(default=None, repr=False)
    # Things the user should know about the opening (e.g. "this database is NOT encrypted").
    notices: list[str] = field(default_factory=list)
    # The key new connections use (shared with the engine's creator; see ``use_key``).
    key_ref: list[Key | None] = field(default_factory=lambda: [None], repr=False)

    def __post_init__(self) -> None:
        self._gate = _FileGate()
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_write=True)
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite."""
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        maker = self._write if write else self._read
        try:
            with self._gate.shared(), maker() as session, session.begin():
                yield session
        except DBAPIError as exc:
            if _is_permission_denied(exc):
                shown = self.url.render_as_string(hide_password=True)
                raise ReadOnlyAccessError(
                    _("{shown}: your login may read this database but not change it")
                    .format(shown=shown)) from None
            raise

    def read(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Call ``fn(session, *args, **kwargs)`` in a read transaction and return its result."""
        with self.session() as session:
            return fn(session, *args, **kwargs)

    def write(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Call ``fn(session, *args, **kwargs)`` in one write transaction: all of it or none."""
        with self.session(write=True) as session:
            return fn(session, *args, **kwargs)

    @property
    def is_encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Run a job that replaces or re-encrypts the file (restore, change of key): it waits
        for the running sessions to end, and new ones wait until it is done."""
        with self._gate.exclusive():
            yield

    def use_key(self, key: Key | None) -> None:
        """Open new connections with ``key`` after the file was re-encrypted or replaced
        (``change_key``, ``restore_from``); the open ones are closed first."""
        self.engine.dispose()
        self.key = key
        self.key_ref[0] = key

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _is_permission_denied(exc: DBAPIError) -> bool:
    # SQLSTATE 42501 insufficient_privilege: a read-only (agency) login tried to write.
    return getattr(exc.orig, "sqlstate", None) == "42501"


def _check_sqlite_file(path: Path, key: Key | None) -> None:
    """Refuse a SQLite file that is not ours, without touching it (a read-only connection)."""
    try:
        probe = encryption.connect(path, key, readonly=True)
        try:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            probe.close()
    except sqlcipher.DatabaseError as exc:
        raise NotADatabaseError(_("{path}: {not_ours} ({reason})")
                                .format(path=path, not_ours=_(NOT_OURS), reason=exc)) from None
    if not tables:
        return
    if revision is None or not known_revision(revision):
        raise NotADatabaseError(_("{path}: {not_ours}").format(path=path, not_ours=_(NOT_OURS)))


def _check_server_database(db: Database) -> None:
    """Refuse a server database that holds tables of something else (touching nothing)."""
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = _current_revision(conn) if tables else None
    if tables and (revision is None or not known_revision(revision)):
        shown = db.url.render_as_string(hide_password=True)
        raise NotADatabaseError(_("{shown}: {not_ours}").format(shown=shown, not_ours=_(NOT_OURS)))


def known_revision(revision: str) -> bool:
    """True when this version of the app knows the migration ``revision``."""
    if revision in _revisions(MIGRATIONS_DIR):
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def migrate(db: Database) -> str | None:
    """Bring the schema to head; returns the revision migrated from (None if none was needed).

    An existing database is first copied aside (``crm.services.backup``)."""
    with db.engine.connect() as conn:
        current = _current_revision(conn)
    head = head_revision()
    if current == head:
        return None
    from alembic import command

    if current is not None and db.path is not None:
        backup.backup_before_migration(db.path, db.key, current)
    from crm import sync_tracking

    with db.engine.execution_options(sqlite_write=True).begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        # After any upgrade: a table it added or recreated gets its sync triggers.
        sync_tracking.install(conn)
    return current or "empty"


def _key_for_new_database(path: Path, encrypt: bool | None,
                          prompt: PassphrasePrompt | None) -> tuple[Key | None, str | None]:
    """The key a new database gets, and a notice when it gets none.

    The rule: a secure OS keyring -> a random 256-bit key stored there; else
    ``MISSION_CRM_PASSPHRASE``; else (in the app) a passphrase the user types; else the file is
    created unencrypted with a notice saying so and how to fix it (no notice when
    ``MISSION_CRM_ALLOW_UNENCRYPTED=1``) -- unless ``encrypt`` is True (``--encrypt``), which
    then refuses. ``encrypt=False`` creates a plain file.
    """
    if encrypt is False:
        return None, None
    problem = secrets.keyring_problem()
    if problem is None:
        key = encryption.new_random_key()
        try:
            secrets.set_secret(encryption.keyring_entry(path), key.value)
            return key, None
        except secrets.SecretStoreError as exc:
            problem = str(exc)
    key = encryption.environment_key()
    if key is None and prompt is not None:
        text = prompt(path, "new")
        key = encryption.key_from_text(text, "prompt") if text else None
    if key is not None:
        return key, None
    if encrypt:
        raise UserError(_("{path}: cannot create an encrypted database: {problem}, and "
                          "{passphrase_env} is not set")
                        .format(path=path, problem=problem,
                                passphrase_env=encryption.PASSPHRASE_ENV))
    if encryption.unencrypted_allowed():
        return None, None
    return None, (f"warning: {path} is NOT encrypted: {problem} and "
                  f"{encryption.PASSPHRASE_ENV} is not set. To encrypt it, set "
                  f"{encryption.PASSPHRASE_ENV} to a passphrase and run "
                  f"`mission-crm --db {path} encrypt`.")


def _sqlite_engine(url: URL, path: Path, key_ref: list[Key | None]) -> Engine:
    """An engine whose connections come from sqlcipher3, keyed (``key_ref[0]``) before their
    first read."""

    def connect() -> Any:
        # check_same_thread=False: the pool hands connections to the app's worker threads,
        # one thread at a time (pysqlite's own default for file databases).
        return encryption.connect(path, key_ref[0], check_same_thread=False)

    return create_engine(url, module=sqlcipher, creator=connect)


# The database files this user's Mission CRM created, one absolute path a line, in the data
# folder: a missing one of these is a file gone (moved, deleted, a disk not mounted), not a
# first start, and is refused instead of being silently replaced by an empty CRM.
KNOWN_DATABASES = "databases.txt"


def _known_databases_file() -> Path:
    return config.data_dir() / KNOWN_DATABASES


def _is_known_database(path: Path) -> bool:
    try:
        lines = _known_databases_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    return str(path) in lines


def _remember_database(path: Path) -> None:
    if _is_known_database(path):
        return
    try:
        record = _known_databases_file()
        record.parent.mkdir(parents=True, exist_ok=True)
        with record.open("a", encoding="utf-8") as handle:
            handle.write(f"{path}\n")
    except OSError:
        pass  # only a safety net: the database itself is fine


def missing_database_problem(path: Path, *, create: bool = False) -> str | None:
    """Why the database file ``path`` must not be created now (None: it may be).

    A zero-byte file, a file this app created before and that is gone, or a folder that does
    not exist is refused unless a new database was asked for (``create``: ``--new``, the demo,
    a restore): a typo in ``--db`` or a lost file must not quietly become an empty CRM."""
    if create:
        return None
    kind = encryption.file_kind(path)
    if kind == "empty":
        return _("{path}: the file is empty (0 bytes), not a Mission CRM database; restore a "
                 "backup into it (`mission-crm --db {path} restore BACKUP`), or start a new "
                 "database there with --new").format(path=path)
    if kind != "missing":
        return None
    if _is_known_database(path):
        return _("{path}: the database is missing (moved or deleted?); restore a backup "
                 "(`mission-crm --db {path} restore BACKUP`, see {backups}), or start a new "
                 "database there with --new").format(
            path=path, backups=backup.backups_dir(path))
    if not path.parent.is_dir():
        return _("{path}: no such folder {parent}; check the path, or create a new database "
                 "there (folders included) with --new").format(path=path, parent=path.parent)
    return None


def open_database(target: str | None = None, *, migrate_schema: bool = True,
                  encrypt: bool | None = None, prompt: PassphrasePrompt | None = None,
                  daily_backup: bool = True, create: bool = False) -> Database:
    """Open (creating if needed) and migrate the database named by ``target``.

    A missing file is created where that is a first start (its folder exists and this app
    never made a database there); otherwise, and for a zero-byte file, ``UserError`` unless
    ``create`` (a new database was asked for) -- see ``missing_database_problem``.

    An encrypted file is opened with the first key that works (keyring, environment,
    ``prompt``); a new file is encrypted as ``_key_for_new_database`` says. Raises
    ``NotADatabaseError`` for a file that is not a Mission CRM database or a wrong key, leaving
    it untouched, and ``UserError`` when the file cannot be opened at all. The first opening of
    a day copies the database to its backups folder.
    """
    url = to_url(resolve_target(target))
    key: Key | None = None
    key_ref: list[Key | None] = [None]
    notices: list[str] = []
    existed = False
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        problem = missing_database_problem(path, create=create)
        if problem is not None:
            raise UserError(problem)
        kind = encryption.file_kind(path)
        existed = kind not in ("missing", "empty")
        if kind == "foreign":
            raise NotADatabaseError(_("{path}: {not_ours}").format(path=path, not_ours=_(NOT_OURS)))
        if kind == "encrypted":
            key = encryption.find_key(path, prompt)
        elif kind == "plain" and encrypt:
            raise UserError(_("{path} already exists and is not encrypted; encrypt it with "
                              "`mission-crm --db {path} encrypt`").format(path=path))
        if existed:
            _check_sqlite_file(path, key)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(_("{parent}: cannot create the database folder ({reason})")
                                .format(parent=path.parent, reason=exc.strerror or exc)) from None
            key, notice = _key_for_new_database(path, encrypt, prompt)
            notices += [notice] if notice else []
        key_ref[0] = key
        engine = _sqlite_engine(url, path, key_ref)
    else:
        # A server connection can drop (a laptop's network): check it before each use.
        engine = create_engine(_with_keyring_password(url),
                               pool_pre_ping=url.get_backend_name() != "sqlite")
    if url.get_backend_name() == "sqlite":
        _install_sqlite_behaviour(engine)
        # The search index is rebuilt for what a writer changed when it commits.
        search.install(engine)
    # Every ORM write checks its values against the model's column lengths.
    limits.install()
    db = Database(url=url, engine=engine, key=key, notices=notices, key_ref=key_ref)
    try:
        if not db.is_sqlite:
            _check_server_database(db)
        migrated = migrate(db) if migrate_schema else None
    except (OperationalError, DatabaseError) as exc:
        db.close()
        shown = url.render_as_string(hide_password=True)
        raise UserError(_("{shown}: cannot open ({reason})")
                        .format(shown=shown, reason=describe_storage_error(exc))) from None
    except UserError:
        db.close()
        raise
    if db.path is not None:
        _remember_database(db.path)
    if existed and daily_backup and migrated is None and db.path is not None:
        try:
            backup.daily_backup_if_due(db.path, db.key)
        except (OSError, sqlcipher.Error) as exc:
            notices.append(f"warning: today's automatic backup of {db.path} failed ({exc})")
    return db


def describe_storage_error(exc: BaseException) -> str:
    """A sentence a user understands for a storage failure (disk full, read-only, busy ...)."""
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    if "disk is full" in lowered or "no space left" in lowered:
        return _("the disk is full; nothing was written. Free some space and try again")
    if any(word in lowered for word in ("readonly", "read-only", "permission denied")):
        return _("the database file or its folder is read-only; nothing was written. "
                 "Check the permissions of the file and its folder")
    if "disk i/o error" in lowered:
        return _("the disk reported an input/output error; nothing was written. Check the "
                 "disk, then run `mission-crm check`")
    if "locked" in lowered or "busy" in lowered:
        return _("another Mission CRM window or command is writing to this database; "
                 "try again when it has finished")
    if "unable to open" in lowered:
        return _("the file cannot be opened (its folder is missing or not writable)")
    # A driver error's first line (psycopg adds multi-line details; the CLI shows one line).
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def schema_revision(db: Database) -> str | None:
    """The revision the database is at."""
    with db.engine.connect() as conn:
        return _current_revision(conn)


def integrity_problems(db: Database) -> list[str]:
    """What is wrong with the database: integrity, foreign keys, schema version. Empty = sound."""
    problems: list[str] = []
    revision = schema_revision(db)
    if revision != head_revision():
        problems.append(f"schema at revision {revision}, expected {head_revision()}")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(f"integrity: {r}" for r in rows)
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} points to missing {parent}")
    missing = set(Base.metadata.tables) - set(inspect(db.engine).get_table_names())
    problems.extend(f"missing table {name}" for name in sorted(missing))
    return problems
