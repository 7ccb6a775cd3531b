"""Bulk inserts (crm.bulk, what imports write with): the rows, their sync log and their search
index end up exactly as if each row had been written on its own, and a failure leaves nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from crm.bulk import insert_rows, sequential_ids
from crm.clock import utcnow
from crm.models import Contact, Tag, contact_tag, sync_context, sync_log
from crm.services.contacts import ContactFilter, create_contact, list_contacts
from crm.services.imports import import_file, revert_last_import

TRACKED = ("company", "contact", "contact_email", "contact_phone", "contact_tag", "tag")


def _log(session) -> list[tuple[str, str, bool, str | None]]:  # type: ignore[no-untyped-def]
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(sync_log.c.tbl, sync_log.c.pk, sync_log.c.deleted, sync_log.c.origin)
        .order_by(sync_log.c.seq))]


def _people(n: int) -> list[dict[str, object]]:
    now = utcnow()
    return [{"id": uuid.uuid4(), "first_name": f"Bulk{i}", "last_name": "Loaded",
             "created_at": now, "updated_at": now, "version": 1, "priority": 0}
            for i in range(n)]


def _links(people: list[dict[str, object]], tag_id: uuid.UUID) -> list[dict[str, object]]:
    return [{"contact_id": p["id"], "tag_id": tag_id} for p in people]


@pytest.mark.parametrize("origin", [None, "a-peer"])
def test_the_sync_log_is_what_the_triggers_write(db, origin: str | None) -> None:
    """The same rows through Core (a trigger per row) and through insert_rows log alike:
    same tables, same keys (a composite one too), same origin, in the order of the rows."""
    def write(session, how):  # type: ignore[no-untyped-def]
        tag = Tag(name=f"via {how}", key=f"via {how}")
        session.add(tag)
        session.flush()
        if origin:
            session.execute(insert(sync_context).values(id=1, origin=origin, suppress=False))
        before = session.scalar(select(sync_log.c.seq).order_by(sync_log.c.seq.desc()).limit(1))
        people = _people(3)
        for table, rows in ((Contact.__table__, people), (contact_tag, _links(people, tag.id))):
            if how == "core":
                session.execute(insert(table), rows)
            else:
                insert_rows(session, table, rows)
        context = session.execute(select(sync_context)).all()
        session.execute(delete(sync_context))
        ids = {p["id"]: f"id{n}" for n, p in enumerate(people)} | {tag.id: "tag"}
        logged = session.execute(
            select(sync_log.c.tbl, sync_log.c.pk, sync_log.c.deleted, sync_log.c.origin)
            .where(sync_log.c.seq > (before or 0)).order_by(sync_log.c.seq)).all()
        # Ids differ between the two writes: compare the keys' shapes, naming ids by role.
        shapes = []
        for tbl, pk, deleted, who in logged:
            parts = [ids[uuid.UUID(part)] for part in pk.split(":")]
            shapes.append((tbl, ":".join(parts), deleted, who))
        return shapes, [tuple(r) for r in context]

    via_core, context_core = db.write(write, "core")
    via_bulk, context_bulk = db.write(write, "bulk")
    assert via_bulk == via_core
    assert [s[:2] for s in via_bulk] == [
        ("contact", "id0"), ("contact", "id1"), ("contact", "id2"),
        ("contact_tag", "id0:tag"), ("contact_tag", "id1:tag"), ("contact_tag", "id2:tag")]
    assert {s[3] for s in via_bulk} == {origin}
    assert context_bulk == context_core  # the triggers are as loud as before


def test_rows_written_while_a_sync_keeps_quiet_are_not_logged(db) -> None:
    def write(session):  # type: ignore[no-untyped-def]
        session.execute(insert(sync_context).values(id=1, origin="server", suppress=True))
        before = len(_log(session))
        insert_rows(session, Contact.__table__, _people(2))
        after = len(_log(session))
        still_quiet = session.scalar(select(sync_context.c.suppress))
        session.execute(delete(sync_context))
        return before, after, still_quiet

    before, after, still_quiet = db.write(write)
    assert after == before
    assert still_quiet


def test_a_failed_bulk_insert_writes_nothing_and_leaves_tracking_on(db) -> None:
    people = _people(3)
    people[2]["id"] = people[0]["id"]  # the same key twice: the third row fails

    def write(session):  # type: ignore[no-untyped-def]
        insert_rows(session, Contact.__table__, people)

    with pytest.raises(IntegrityError):
        db.write(write)
    assert db.read(lambda s: s.scalars(select(Contact.id)).all()) == []
    assert db.read(lambda s: s.execute(select(sync_context)).all()) == []
    made = db.write(create_contact, first_name="After", last_name="Failure").id
    assert ("contact", made.hex) in {(t, pk.replace("-", "")) for t, pk, _d, _o
                                     in db.read(_log)}


def test_left_out_columns_get_their_defaults(db) -> None:
    rows = [{k: v for k, v in p.items() if k not in ("created_at", "updated_at", "version")}
            for p in _people(2)]
    db.write(insert_rows, Contact.__table__, rows)
    stored = db.read(lambda s: s.execute(select(Contact.created_at, Contact.version)).all())
    assert len(stored) == 2
    assert all(created is not None and version == 1 for created, version in stored)


CSV = """first_name,last_name,email,phone,company,tags,notes
Frédéric,Lambert,f.lambert@helix.example,+3225550101,Helix Bio,CAR-T; Boston,met at BIO
Ana,Silva,ana@silva.example,+351215550102,Helix Bio,Boston,
Kenji,Watanabe,,+81355550103,Kaizen Labs,,prefers email
"""


def _import_or_create(db, tmp_path: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    if how == "import":
        path = tmp_path / "people.csv"
        path.write_text(CSV, encoding="utf-8")
        db.write(import_file, path)
        return
    db.write(create_contact, first_name="Frédéric", last_name="Lambert",
             emails=["f.lambert@helix.example"], phones=["+3225550101"], company="Helix Bio",
             tags=["CAR-T", "Boston"], notes="met at BIO")
    db.write(create_contact, first_name="Ana", last_name="Silva", emails=["ana@silva.example"],
             phones=["+351215550102"], company="Helix Bio", tags=["Boston"])
    db.write(create_contact, first_name="Kenji", last_name="Watanabe", phones=["+81355550103"],
             company="Kaizen Labs", notes="prefers email")


def _state(db) -> tuple[dict[str, int], dict[str, list[str]]]:  # type: ignore[no-untyped-def]
    def read(session):  # type: ignore[no-untyped-def]
        logged: dict[str, int] = {}
        for tbl, _pk, deleted, _origin in _log(session):
            assert not deleted
            logged[tbl] = logged.get(tbl, 0) + 1
        return logged
    hits = {q: sorted(r.last_name for r in db.read(list_contacts, ContactFilter(search=q)))
            for q in ("frederic", "helix", "boston", "car-t", "5550103", "ana@silva", "prefers",
                      "bio")}
    return db.read(read), hits


@pytest.mark.sqlite_only  # the file's own sync log and FTS5 index
def test_an_import_logs_and_indexes_as_writing_each_contact_would(db, tmp_path: Path) -> None:
    from crm.db import open_database

    _import_or_create(db, tmp_path, "import")
    other = open_database(str(tmp_path / "one-by-one.db"))
    try:
        _import_or_create(other, tmp_path, "create")
        imported, one_by_one = _state(db), _state(other)
    finally:
        other.close()
    assert imported == one_by_one
    assert set(imported[0]) == set(TRACKED)
    assert imported[1]["frederic"] == ["Lambert"]
    db.write(revert_last_import)
    assert not [t for t, _pk, deleted, _o in db.read(_log) if not deleted]
    assert db.read(lambda s: s.scalars(select(Contact.id)).all()) == []


def test_an_update_after_a_bulk_insert_is_logged_again(db) -> None:
    people = _people(1)
    db.write(insert_rows, Contact.__table__, people)
    first = db.read(_log)
    db.write(lambda s: s.execute(update(Contact).values(notes="edited")))
    again = db.read(_log)
    assert len(again) == len(first)  # one entry per row, moved to the end
    assert again[-1][:2] == ("contact", first[-1][1])


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=3000))
def test_sequential_ids_are_new_ascending_version_7_uuids(count: int) -> None:
    ids = sequential_ids(count)
    assert len(set(ids)) == count
    assert ids == sorted(ids)
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert not set(ids) & set(sequential_ids(count))


def test_many_rows_go_in_whole_and_in_order(db) -> None:
    """More rows than one statement takes (several rows a statement, and the rest)."""
    people = _people(130)
    db.write(insert_rows, Contact.__table__, people)

    def read(session):  # type: ignore[no-untyped-def]
        names = session.scalars(select(Contact.first_name).order_by(Contact.created_at,
                                                                    Contact.first_name))
        logged = [pk for tbl, pk, _d, _o in _log(session) if tbl == "contact"]
        return list(names), logged

    names, logged = db.read(read)
    assert sorted(names) == sorted(p["first_name"] for p in people)  # type: ignore[type-var]
    assert [uuid.UUID(pk) for pk in logged] == [p["id"] for p in people]
