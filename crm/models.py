"""The data model: SQLAlchemy 2.x typed models, dialect-neutral (SQLite and PostgreSQL).

Every entity has a UUID key (rows from several laptops and a team server merge without
collisions), ``created_at``/``updated_at`` in UTC and a ``version`` bumped on every ORM update
(optimistic concurrency now, change tracking for sync later). Entities a user deletes have
``deleted_at``: set means "in the trash", restorable; erasure (GDPR) removes rows for good.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from crm.clock import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC on every dialect and always returned aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone first")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), date: Date(), str: String(255)}


class Entity:
    """Columns every table of ours has."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        # The ORM bumps ``version`` on every UPDATE and refuses to overwrite a row another
        # process changed meanwhile (StaleDataError) instead of silently losing that edit.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Trashable:
    """A row a user can delete to the trash and restore."""

    deleted_at: Mapped[datetime | None] = mapped_column(default=None, index=True)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


contact_tag = Table(
    "contact_tag",
    Base.metadata,
    Column("contact_id", Uuid, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Uuid, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_tag_tag_id", "tag_id"),
)

company_tag = Table(
    "company_tag",
    Base.metadata,
    Column("company_id", Uuid, ForeignKey("company.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Uuid, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_company_tag_tag_id", "tag_id"),
)


class Tag(Entity, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(80))
    # Case-folded name: "CAR-T" and "car-t" are one tag.
    key: Mapped[str] = mapped_column(String(80), unique=True)


class Mission(Entity, Trashable, Base):
    __tablename__ = "mission"

    name: Mapped[str]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    location: Mapped[str | None]
    # Where the mission takes place (ISO 3166-1 alpha-2): phone numbers typed without a
    # country code during the mission are read there (the June 2022 mission: US).
    country: Mapped[str | None] = mapped_column(String(2))
    # IANA name (America/New_York): the clock of the mission's place, which its sessions show.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)

    sessions: Mapped[list[MissionSession]] = relationship(
        back_populates="mission", order_by="MissionSession.starts_at"
    )


class SessionOrganiser(Entity, Base):
    """A company that organises (or partners in) a mission session."""

    __tablename__ = "session_organiser"
    __table_args__ = (UniqueConstraint("session_id", "company_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mission_session.id", ondelete="CASCADE")
    )
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20), default="organiser")  # organiser | partner

    company: Mapped[Company] = relationship()


class MissionSession(Entity, Trashable, Base):
    """One agenda item of a mission (not SQLAlchemy's Session)."""

    __tablename__ = "mission_session"

    mission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str]
    kind: Mapped[str | None] = mapped_column(String(40))
    starts_at: Mapped[datetime | None] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    venue: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    # Only a date is known: starts_at..ends_at span whole days of the mission's zone.
    all_day: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    mission: Mapped[Mission] = relationship(back_populates="sessions")
    organisers: Mapped[list[SessionOrganiser]] = relationship(cascade="all, delete-orphan")
    encounters: Mapped[list[Encounter]] = relationship(back_populates="session")


class Company(Entity, Trashable, Base):
    __tablename__ = "company"
    # The companies list's default order, read from the index a page at a time.
    __table_args__ = (Index("ix_company_sort_name", func.lower(text("name")), "id"),)

    name: Mapped[str] = mapped_column(index=True)
    website: Mapped[str | None]
    kind: Mapped[str | None] = mapped_column(String(60))  # sector / kind: pharma, CDMO, agency ...
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    city: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None]

    contacts: Mapped[list[Contact]] = relationship(back_populates="company")
    tags: Mapped[list[Tag]] = relationship(secondary=company_tag, order_by="Tag.key")


class Contact(Entity, Trashable, Base):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_names", "last_name", "first_name"),
        # The contacts list's default order, read from the index a page at a time.
        Index("ix_contact_sort_name", func.lower(text("last_name")),
              func.lower(text("first_name")), "id"),
        # "Is this contact live?" from the index alone, for joins from follow-ups and others.
        Index("ix_contact_live", "id", "deleted_at"),
    )

    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    # The rest of a name as address books write it (vCard N and NICKNAME), kept so that an
    # import from a phone or Outlook loses nothing and an export gives it back.
    middle_name: Mapped[str | None] = mapped_column(String(120))
    name_prefix: Mapped[str | None] = mapped_column(String(40))  # Dr., Prof. ...
    name_suffix: Mapped[str | None] = mapped_column(String(40))  # Jr., PhD ...
    nickname: Mapped[str | None] = mapped_column(String(120))
    # ISO 8601 "YYYY-MM-DD", or "--MM-DD" when the year is unknown (vCard 4 allows it).
    birthday: Mapped[str | None] = mapped_column(String(10))
    job_title: Mapped[str | None]
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("company.id", ondelete="SET NULL"), index=True
    )
    linkedin: Mapped[str | None]
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(8))  # BCP 47: en, fr, nl ...
    notes: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, default=0)  # 0 normal, 1 high, 2 top
    owner: Mapped[str | None]  # the delegate who logged the person
    source: Mapped[str | None]  # quick capture, import of a file, demo ...
    # GDPR: why we may hold this person's data, since when and how it was obtained.
    lawful_basis: Mapped[str | None] = mapped_column(String(40))
    lawful_basis_on: Mapped[date | None]
    lawful_basis_note: Mapped[str | None] = mapped_column(Text)

    company: Mapped[Company | None] = relationship(back_populates="contacts")
    emails: Mapped[list[ContactEmail]] = relationship(
        cascade="all, delete-orphan", order_by="ContactEmail.position", back_populates="contact"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        cascade="all, delete-orphan", order_by="ContactPhone.position", back_populates="contact"
    )
    addresses: Mapped[list[ContactAddress]] = relationship(
        cascade="all, delete-orphan", order_by="ContactAddress.position",
        back_populates="contact",
    )
    urls: Mapped[list[ContactUrl]] = relationship(
        cascade="all, delete-orphan", order_by="ContactUrl.position", back_populates="contact"
    )
    pictures: Mapped[list[ContactPicture]] = relationship(
        cascade="all, delete-orphan", order_by="ContactPicture.position",
        back_populates="contact",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tag, order_by="Tag.key")
    encounters: Mapped[list[Encounter]] = relationship(
        cascade="all, delete-orphan", back_populates="contact"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        cascade="all, delete-orphan", back_populates="contact",
        order_by="Interaction.occurred_at.desc()",
    )
    followups: Mapped[list[FollowUp]] = relationship(
        cascade="all, delete-orphan", back_populates="contact", order_by="FollowUp.due_on"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def email(self) -> str | None:
        """The first (preferred) email address."""
        return self.emails[0].address if self.emails else None

    @property
    def phone(self) -> str | None:
        """The first (preferred) phone number, E.164."""
        return self.phones[0].number if self.phones else None


# "Looks like an existing contact" looks names up case-insensitively while the user types
# (crm.services.duplicates.similar_contacts): expression indexes, on SQLite and PostgreSQL.
# A last name is looked up through ix_contact_sort_name, which begins with lower(last_name).
Index("ix_contact_first_name_lower", func.lower(Contact.first_name))


class ContactEmail(Entity, Base):
    __tablename__ = "contact_email"
    __table_args__ = (Index("ix_contact_email_contact_position", "contact_id", "position"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(320))
    # Lower-cased address: the key for "same email" matching.
    address_key: Mapped[str] = mapped_column(String(320), index=True)
    label: Mapped[str | None] = mapped_column(String(40))  # work, home ...
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")


class ContactPhone(Entity, Base):
    __tablename__ = "contact_phone"
    __table_args__ = (Index("ix_contact_phone_contact_position", "contact_id", "position"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    # E.164 when ``checked``; otherwise the number exactly as the source wrote it (a number
    # phonenumbers cannot place is kept, never dropped, and shown as unchecked).
    number: Mapped[str] = mapped_column(String(64), index=True)
    checked: Mapped[bool] = mapped_column(Boolean, default=True)
    extension: Mapped[str | None] = mapped_column(String(20))
    label: Mapped[str | None] = mapped_column(String(40))  # work, mobile, home, fax ...
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class ContactAddress(Entity, Base):
    """A postal address (vCard ADR, the Google/Outlook address columns)."""

    __tablename__ = "contact_address"
    __table_args__ = (Index("ix_contact_address_contact_position", "contact_id", "position"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    label: Mapped[str | None] = mapped_column(String(40))  # work, home ...
    po_box: Mapped[str | None] = mapped_column(String(120))
    extended: Mapped[str | None] = mapped_column(String(255))  # suite, building ...
    street: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))  # state, province
    postal_code: Mapped[str | None] = mapped_column(String(40))
    # As written ("USA", "Belgique"); the ISO code, when known, goes to Contact.country.
    country: Mapped[str | None] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class ContactUrl(Entity, Base):
    """A web address of a person other than the LinkedIn profile (Contact.linkedin):
    a website, a blog, a profile on another network."""

    __tablename__ = "contact_url"
    __table_args__ = (Index("ix_contact_url_contact_position", "contact_id", "position"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="website")  # website | social
    label: Mapped[str | None] = mapped_column(String(40))  # work, home, twitter ...
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="urls")


class ContactPicture(Entity, Base):
    """A picture kept with a contact: the business card or badge scanned at capture.
    Personal data like the rest of the contact: erased with the person."""

    __tablename__ = "contact_picture"
    __table_args__ = (Index("ix_contact_picture_contact_position", "contact_id", "position"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="card")  # card | badge | photo
    media_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="pictures")


class Encounter(Entity, Trashable, Base):
    """A contact met at a mission session, with a short note."""

    __tablename__ = "encounter"
    # The sessions list counts the live encounters of each session from this index alone.
    __table_args__ = (Index("ix_encounter_session_live", "session_id", "deleted_at"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mission_session.id", ondelete="CASCADE"), index=True
    )
    met_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None]

    contact: Mapped[Contact] = relationship(back_populates="encounters")
    session: Mapped[MissionSession] = relationship(back_populates="encounters")


class Interaction(Entity, Trashable, Base):
    """What happened after the trip: an email, a call, a meeting, a note."""

    __tablename__ = "interaction"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(20), default="note")
    summary: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str | None]
    followup_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("followup.id", ondelete="SET NULL"), index=True
    )

    contact: Mapped[Contact] = relationship(back_populates="interactions")


class FollowUp(Entity, Trashable, Base):
    """A task about a contact, due on a calendar date."""

    __tablename__ = "followup"
    __table_args__ = (
        Index("ix_followup_status_due", "status", "due_on"),
        # Covers the due counts (navigation, reminders): no follow-up row is read.
        Index("ix_followup_open_due", "status", "due_on", "snoozed_until", "deleted_at",
              "contact_id"),
    )

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str]
    notes: Mapped[str | None] = mapped_column(Text)
    # A calendar date in the user's local time: "due on 12 June" stays 12 June in any time zone.
    due_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | done | cancelled
    priority: Mapped[int] = mapped_column(Integer, default=0)
    snoozed_until: Mapped[date | None]
    done_at: Mapped[datetime | None]
    owner: Mapped[str | None]
    # The last local date a reminder was shown for it: one notification per item per day.
    reminded_on: Mapped[date | None]

    contact: Mapped[Contact] = relationship(back_populates="followups")


class ImportBatch(Entity, Base):
    """One import of a file: what it did, so that "revert last import" can undo it."""

    __tablename__ = "import_batch"

    file_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(10))
    session_title: Mapped[str | None]
    owner: Mapped[str | None]
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    reverted_at: Mapped[datetime | None] = mapped_column(default=None)


class ImportChange(Base):
    """A row an import created, or changed (with its state before, as JSON, to restore it).
    Erasing a contact (GDPR) must delete the changes that name it (``entity_id``)."""

    __tablename__ = "import_change"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    batch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column(String(20))  # contact | company | encounter | tag
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[str] = mapped_column(String(10))  # created | updated
    before: Mapped[str | None] = mapped_column(Text)


class MergeRecord(Entity, Base):
    """One merge of two contacts (or companies), with what undoing it needs.

    ``snapshot`` (JSON) holds both records and every linked row the merge changed, as they
    were before; the merged-away record is gone from its table, so GDPR erasure of a person
    must erase the snapshots that mention them too.
    """

    __tablename__ = "merge_record"

    kind: Mapped[str] = mapped_column(String(20))  # contact | company
    keep_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    other_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text)
    # The kept record's version right after the merge: undo refuses if it was edited since.
    keep_version: Mapped[int] = mapped_column(Integer)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)


# Team sync (crm/sync.py). Triggers append one row per changed record to ``sync_log``, keyed
# by table and primary key (a later change of the record moves it to a newer ``seq``), so a
# database can say what changed since any point: the peers keep their watermarks in
# ``sync_peer``. ``sync_context`` exists only inside a sync's own transaction: it tells the
# triggers who the change comes from, or to keep quiet while pulled rows are applied.
sync_log = Table(
    "sync_log",
    Base.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("tbl", String(64), nullable=False),
    Column("pk", String(80), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("origin", String(36)),
    UniqueConstraint("tbl", "pk"),
    sqlite_autoincrement=True,  # a seq is never reused, even after the newest row moves
)

sync_context = Table(
    "sync_context",
    Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("origin", String(36)),
    Column("suppress", Boolean, nullable=False, default=False),
)

sync_peer = Table(
    "sync_peer",
    Base.metadata,
    Column("peer_id", String(36), primary_key=True),
    # The peer's sync_log seq up to which its changes are applied here, and ours there.
    Column("pulled_through", Integer, nullable=False, default=0),
    Column("pushed_through", Integer, nullable=False, default=0),
    Column("synced_at", UTCDateTime()),
)

sync_meta = Table(
    "sync_meta",
    Base.metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(255), nullable=False),
)


class SyncConflict(Entity, Base):
    """A record two copies changed between syncs: the version kept and the one that lost.

    Synced like any record, so every delegate sees every conflict. ``lost`` is None when the
    record was deleted (deletion wins, and an erased person's data must not survive here);
    tied to the contact, it goes when the contact is erased.
    """

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    # edited | deleted | "refused: " and why the server would refuse the record, whole
    reason: Mapped[str] = mapped_column(Text)
    kept: Mapped[str | None] = mapped_column(Text)  # JSON of the version that won
    lost: Mapped[str | None] = mapped_column(Text)  # JSON of the version that lost
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
