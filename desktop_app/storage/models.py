"""The shared Postgres schema: the eleven tables of the seed, element by element.

Every column, default, CHECK, index and foreign key carries the seed's own name and rule
(`tests/fixtures/seed-schema.sql`); `tests/server/test_schema_matches_seed.py` compares the migrated
database with the seed, catalog entry by catalog entry. Constraints added after the seed (tenant-safe
composite keys) are marked as such and live in later migrations.

Types are portable where the local SQLite store needs them: `Uuid` (native UUID on Postgres) and
`JSON` with a JSONB variant.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Postgres' own default names, so that unnamed seed constraints keep the names the seed gives them.
NAMING_CONVENTION = {
    "pk": "%(table_name)s_pkey",
    "fk": "%(table_name)s_%(column_0_name)s_fkey",
    "uq": "%(table_name)s_%(column_0_name)s_key",
}

JsonDoc = JSON().with_variant(JSONB(), "postgresql")
UUID_DEFAULT = text("gen_random_uuid()")
NOW = func.now()
EMPTY_OBJECT = text("'{}'::jsonb")
EMPTY_ARRAY = text("'[]'::jsonb")
TRUE = text("true")
FALSE = text("false")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JsonDoc, list[Any]: JsonDoc}


def _tenant_fk(columns: list[str], target: str, name: str, ondelete: str | None = None) -> ForeignKeyConstraint:
    """A foreign key that also matches `school_id`, so a row can never point into another school.

    Added after the seed (migration 0002); the seed's single-column keys stay as they are.
    """
    table = target.split("(")[0]
    refcols = [f"{table}.{c}" for c in target.split("(")[1].rstrip(")").split(",")]
    return ForeignKeyConstraint(columns, refcols, name=name, ondelete=ondelete)


class School(Base):
    __tablename__ = "schools"
    __table_args__ = (
        Index("uq_schools_nit", "nit", unique=True, postgresql_where=text("nit IS NOT NULL"),
              sqlite_where=text("nit IS NOT NULL")),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    name: Mapped[str] = mapped_column(String(255))
    nit: Mapped[str | None] = mapped_column(String(20))
    resolution: Mapped[str | None] = mapped_column(String(100))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=TRUE)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


class SchoolSettings(Base):
    __tablename__ = "school_settings"
    __table_args__ = (Index("ix_school_settings_school_seq", "school_id", "server_seq"),)  # pull cursor (0005)

    school_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("schools.id", ondelete="CASCADE"), primary_key=True
    )
    pei_summary: Mapped[str | None] = mapped_column(Text)
    simat_settings: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    branding_settings: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    security_settings: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    habeas_data_text: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # tombstone (0005)


class SchoolYear(Base):
    __tablename__ = "school_years"
    __table_args__ = (
        Index("ix_school_years_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        CheckConstraint("status IN ('planning', 'active', 'closed', 'archived')", name="chk_school_years_status"),
        CheckConstraint("ends_on >= starts_on", name="chk_school_years_dates"),
        Index("uq_school_years_school_name", "school_id", "name", unique=True),
        # Added after the seed: the target of tenant-safe composite keys.
        UniqueConstraint("school_id", "id", name="uq_school_years_school_id_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    name: Mapped[str] = mapped_column(String(30))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), server_default=text("'planning'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # tombstone (0005)


class AcademicPeriod(Base):
    __tablename__ = "academic_periods"
    __table_args__ = (
        Index("ix_academic_periods_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        CheckConstraint("number >= 1", name="academic_periods_number_check"),
        CheckConstraint("status IN ('draft', 'open', 'closed', 'published')", name="chk_academic_periods_status"),
        Index("uq_academic_periods_school_year_number", "school_id", "school_year_id", "number", unique=True),
        _tenant_fk(["school_id", "school_year_id"], "school_years(school_id,id)",
                   "fk_academic_periods_tenant_school_year", ondelete="CASCADE"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    school_year_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("school_years.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(50))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), server_default=text("'draft'"))
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # tombstone (0005)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (Index("uq_users_email", func.lower(text("email")), unique=True),)

    # The Supabase Auth user id: no server default, the id comes from auth.
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    email: Mapped[str] = mapped_column(String(255))
    full_name: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=TRUE)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)


class SchoolMembership(Base):
    __tablename__ = "school_memberships"
    __table_args__ = (
        Index("uq_school_memberships_school_user", "school_id", "user_id", unique=True),
        # Added after the seed (migration 0003): the per-statement identity look-up searches by user.
        Index("idx_school_memberships_user", "user_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"))
    roles: Mapped[list[Any]] = mapped_column(server_default=EMPTY_ARRAY)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=TRUE)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)


class Student(Base):
    __tablename__ = "students"
    __table_args__ = (
        Index("ix_students_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        Index("uq_students_school_document", "school_id", "document_type", "document_number", unique=True),
        Index("idx_students_school_name", "school_id", "full_name"),
        UniqueConstraint("school_id", "id", name="uq_students_school_id_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id", ondelete="SET NULL"))
    document_type: Mapped[str] = mapped_column(String(10))
    document_number: Mapped[str] = mapped_column(String(30))
    full_name: Mapped[str] = mapped_column(String(255))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(20))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=TRUE)
    extra_data: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    piar_data: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


class Guardian(Base):
    __tablename__ = "guardians"
    __table_args__ = (
        Index("ix_guardians_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        Index("uq_guardians_school_document", "school_id", "document_type", "document_number", unique=True),
        UniqueConstraint("school_id", "id", name="uq_guardians_school_id_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    document_type: Mapped[str] = mapped_column(String(10))
    document_number: Mapped[str] = mapped_column(String(30))
    full_name: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(255))
    address: Mapped[str | None] = mapped_column(Text)
    occupation: Mapped[str | None] = mapped_column(String(150))
    workplace: Mapped[str | None] = mapped_column(String(150))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=TRUE)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


class StudentGuardian(Base):
    __tablename__ = "student_guardians"
    __table_args__ = (
        Index("ix_student_guardians_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        Index("uq_student_guardians_school_pair", "school_id", "student_id", "guardian_id", unique=True),
        Index("idx_student_guardians_student_priority", "school_id", "student_id", "priority"),
        _tenant_fk(["school_id", "student_id"], "students(school_id,id)",
                   "fk_student_guardians_tenant_student", ondelete="CASCADE"),
        _tenant_fk(["school_id", "guardian_id"], "guardians(school_id,id)",
                   "fk_student_guardians_tenant_guardian", ondelete="CASCADE"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    student_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("students.id", ondelete="CASCADE"))
    guardian_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("guardians.id", ondelete="CASCADE"))
    relationship: Mapped[str] = mapped_column(String(50))
    is_primary: Mapped[bool] = mapped_column(Boolean, server_default=FALSE)
    priority: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    can_pickup: Mapped[bool] = mapped_column(Boolean, server_default=FALSE)
    is_emergency_contact: Mapped[bool] = mapped_column(Boolean, server_default=FALSE)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # tombstone (0005)


class Enrollment(Base):
    __tablename__ = "enrollments"
    __table_args__ = (
        Index("ix_enrollments_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        Index("uq_enrollments_school_student_year", "school_id", "student_id", "school_year_id", unique=True),
        Index("idx_enrollments_school_status", "school_id", "status"),
        UniqueConstraint("school_id", "id", name="uq_enrollments_school_id_id"),
        _tenant_fk(["school_id", "student_id"], "students(school_id,id)",
                   "fk_enrollments_tenant_student", ondelete="CASCADE"),
        _tenant_fk(["school_id", "school_year_id"], "school_years(school_id,id)",
                   "fk_enrollments_tenant_school_year", ondelete="CASCADE"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    student_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("students.id", ondelete="CASCADE"))
    school_year_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("school_years.id", ondelete="CASCADE"))
    grade_level: Mapped[str] = mapped_column(String(20))
    group_code: Mapped[str | None] = mapped_column(String(10))
    shift: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(30), server_default=text("'pending_documents'"))
    status_history: Mapped[list[Any]] = mapped_column(server_default=EMPTY_ARRAY)
    simat_status: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    extra_data: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # tombstone (0005)


class EnrollmentDocument(Base):
    __tablename__ = "enrollment_documents"
    __table_args__ = (
        Index("ix_enrollment_documents_school_seq", "school_id", "server_seq"),  # pull cursor (0005)
        Index("uq_enrollment_documents_type", "school_id", "enrollment_id", "document_type", unique=True),
        _tenant_fk(["school_id", "enrollment_id"], "enrollments(school_id,id)",
                   "fk_enrollment_documents_tenant_enrollment", ondelete="CASCADE"),
        # SET NULL on the guardian column only: school_id must stay (Postgres 15+ column list).
        ForeignKeyConstraint(["school_id", "accepted_by_guardian_id"], ["guardians.school_id", "guardians.id"],
                             name="fk_enrollment_documents_tenant_guardian",
                             ondelete="SET NULL (accepted_by_guardian_id)"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=UUID_DEFAULT)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    enrollment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("enrollments.id", ondelete="CASCADE"))
    document_type: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(20), server_default=text("'pending'"))
    r2_object_key: Mapped[str] = mapped_column(String(500))
    file_name: Mapped[str] = mapped_column(String(255))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    validated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    validated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id", ondelete="SET NULL"))
    accepted_by_guardian_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("guardians.id", ondelete="SET NULL")
    )
    document_version: Mapped[str | None] = mapped_column(String(50))
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", server_default=EMPTY_OBJECT)
    # Added by migration 0005 (sync): the commit-ordered cursor stamped by sync.stamp().
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # tombstone (0005)



# ---- Added by migration 0005 (sync): synced to every PC of the school, written only by the sync.* functions.

class EnrollmentStatusEvent(Base):
    """One status move of a matrícula (append-only); the server recomputes enrollments.status from these."""

    __tablename__ = "enrollment_status_events"
    __table_args__ = (
        Index("ix_enrollment_status_events_school_seq", "school_id", "server_seq"),
        Index("ix_enrollment_status_events_enrollment", "enrollment_id"),
        _tenant_fk(["school_id", "enrollment_id"], "enrollments(school_id,id)",
                   "fk_enrollment_status_events_tenant_enrollment", ondelete="CASCADE"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    enrollment_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(30))  # the status moved to
    reason: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # the PC's clock, as given
    # occurred_at corrected by the PC's clock offset measured at the push (and clamped): the sort key.
    ordered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    valid: Mapped[bool] = mapped_column(Boolean, server_default=TRUE)  # false: not a legal move from there
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


class ReviewItem(Base):
    """Something a person must look at: a suspected duplicate, a field conflict, a rejected change."""

    __tablename__ = "review_items"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'resolved', 'dismissed')", name="chk_review_items_status"),
        Index("ix_review_items_school_seq", "school_id", "server_seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    kind: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str | None] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    other_row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    payload: Mapped[dict[str, Any]] = mapped_column(server_default=EMPTY_OBJECT)
    status: Mapped[str] = mapped_column(String(20), server_default=text("'open'"))
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc)
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


class IdAlias(Base):
    """A merged row: `id` (the loser) now lives as `winner_id`; clients re-point their rows and outbox."""

    __tablename__ = "id_aliases"
    __table_args__ = (Index("ix_id_aliases_school_seq", "school_id", "server_seq"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    school_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("schools.id"))
    table_name: Mapped[str] = mapped_column(String(60))
    winner_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=NOW)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


TENANT_TABLES: tuple[str, ...] = (
    "school_settings",
    "school_years",
    "academic_periods",
    "students",
    "guardians",
    "student_guardians",
    "enrollments",
    "enrollment_documents",
)
"""Tables whose rows belong to one school through `school_id` (schools, users and memberships are
guarded by their own policies)."""

SYNC_ADDED_TABLES: tuple[str, ...] = ("enrollment_status_events", "review_items", "id_aliases")
"""Tables added by migration 0005; written on the server only by the sync.* functions."""

SYNCED_TABLES: tuple[str, ...] = ("schools", *TENANT_TABLES, *SYNC_ADDED_TABLES)
"""Every table a pull returns: each carries `server_seq`, stamped by `sync.stamp()` (migration 0005)."""
