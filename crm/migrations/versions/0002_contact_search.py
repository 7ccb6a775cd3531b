"""contact search: an FTS5 index of contacts, kept in step by triggers (SQLite only)

One FTS5 row per contact holds what a user searches by: names and job title, company name,
email addresses, phone digits (every suffix of three or more digits, so "555 0100" finds
"+16175550100"), the contact's notes and encounter notes, and tag names. The tokenizer folds
case and removes diacritics ("frederic" finds "Frédéric"); prefix indexes make the
as-you-type prefix queries cheap.

``contact_fts_key`` gives each contact a stable integer FTS rowid (a contact's own SQLite
rowid is not stable: VACUUM may renumber it). Triggers on every table that feeds the index
rebuild the contact's row after any insert, update or delete, whoever writes: the ORM, a Core
bulk insert, a cascade of a foreign key, or the sqlite3 shell.

A later migration that recreates one of these tables (batch mode copies and drops it) drops its
triggers too: it must create them again (``TRIGGERS`` below).

Revision ID: 0002_search
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# E.164 numbers have at most 15 digits; a suffix shorter than three digits finds too much.
_MAX_DIGITS = 15
_MIN_SUFFIX = 3


def _phone_suffixes(number: str) -> str:
    digits = f"ltrim({number}, '+')"
    parts = [digits] + [
        f"iif(length({digits}) >= {start + _MIN_SUFFIX - 1}, ' ' || substr({digits}, {start}), '')"
        for start in range(2, _MAX_DIGITS - _MIN_SUFFIX + 2)
    ]
    return " || ".join(parts)


# The FTS rows of the contacts matching {where}, from the current tables.
_INSERT_DOCS = f"""
INSERT INTO contact_fts (rowid, name, company, email, phone, note, tag)
SELECT k.docid,
       c.first_name || ' ' || c.last_name || ' ' || coalesce(c.job_title, ''),
       (SELECT m.name FROM company m WHERE m.id = c.company_id),
       (SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id),
       (SELECT group_concat({_phone_suffixes("p.number")}, ' ')
          FROM contact_phone p WHERE p.contact_id = c.id),
       coalesce(c.notes, '') || ' ' || coalesce((SELECT group_concat(n.note, ' ')
          FROM encounter n WHERE n.contact_id = c.id AND n.note IS NOT NULL), ''),
       (SELECT group_concat(t.name, ' ')
          FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)
  FROM contact c JOIN contact_fts_key k ON k.contact_id = c.id
 WHERE {{where}};"""

_DELETE_DOC = """
DELETE FROM contact_fts
 WHERE rowid = (SELECT docid FROM contact_fts_key WHERE contact_id = {cid});"""


def _insert_doc(cid: str) -> str:
    return _INSERT_DOCS.format(where=f"c.id = {cid}")


def _refresh(cid: str) -> str:
    return _DELETE_DOC.format(cid=cid) + _insert_doc(cid)


def _trigger(name: str, when: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN{body}\nEND"


TRIGGERS = [
    _trigger("contact_fts_ai", "AFTER INSERT ON contact",
             "\nINSERT INTO contact_fts_key (contact_id) VALUES (new.id);"
             + _insert_doc("new.id")),
    _trigger("contact_fts_au",
             "AFTER UPDATE OF first_name, last_name, job_title, company_id, notes ON contact",
             _refresh("new.id")),
    _trigger("contact_fts_ad", "AFTER DELETE ON contact",
             _DELETE_DOC.format(cid="old.id")
             + "\nDELETE FROM contact_fts_key WHERE contact_id = old.id;"),
    _trigger("contact_fts_company_au", "AFTER UPDATE OF name ON company",
             "\nDELETE FROM contact_fts WHERE rowid IN (SELECT k.docid FROM contact_fts_key k"
             " JOIN contact c ON c.id = k.contact_id WHERE c.company_id = new.id);"
             + _INSERT_DOCS.format(where="c.company_id = new.id")),
    _trigger("contact_fts_tag_au", "AFTER UPDATE OF name ON tag",
             "\nDELETE FROM contact_fts WHERE rowid IN (SELECT k.docid FROM contact_fts_key k"
             " JOIN contact_tag ct ON ct.contact_id = k.contact_id WHERE ct.tag_id = new.id);"
             + _INSERT_DOCS.format(
                 where="c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = new.id)")),
]
for _table, _columns in (("contact_email", "contact_id, address"),
                         ("contact_phone", "contact_id, number"),
                         ("contact_tag", None),
                         ("encounter", "contact_id, note")):
    _update = f"UPDATE OF {_columns} ON {_table}" if _columns else f"UPDATE ON {_table}"
    TRIGGERS += [
        _trigger(f"contact_fts_{_table}_ai", f"AFTER INSERT ON {_table}",
                 _refresh("new.contact_id")),
        _trigger(f"contact_fts_{_table}_ad", f"AFTER DELETE ON {_table}",
                 _refresh("old.contact_id")),
        _trigger(f"contact_fts_{_table}_au", f"AFTER {_update}",
                 _refresh("old.contact_id") + _refresh("new.contact_id")),
    ]

# Every contact already there, indexed in one statement (an upgrade of a filled database).
_INDEX_ALL = _INSERT_DOCS.format(where="1")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE contact_fts_key (docid INTEGER PRIMARY KEY,"
               " contact_id CHAR(32) NOT NULL UNIQUE)")
    op.execute("CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, email, phone, note,"
               " tag, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')")
    op.execute("INSERT INTO contact_fts_key (contact_id) SELECT id FROM contact")
    op.execute(_INDEX_ALL)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    op.execute("DROP TABLE IF EXISTS contact_fts")
    op.execute("DROP TABLE IF EXISTS contact_fts_key")
