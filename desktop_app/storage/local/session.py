"""Reads and writes inside one local transaction, by table name and plain dicts (no ORM objects leak out).

This is the concrete `StoreSession` of `desktop_app.services.ports`. Every method that touches tenant rows
takes the `school_id` and filters by it. The outbox is not written here: the capture triggers do it, in the
same statement as the row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Table,
    Text,
    and_,
    cast,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql import ColumnElement

from desktop_app.domain.text import fold
from desktop_app.storage.local import rejected
from desktop_app.storage.local.schema import LOCAL_ONLY_COLUMNS, local_metadata

Record = dict[str, Any]

KEY_COLUMNS = {"school_settings": "school_id"}
SEARCHABLE = ("students", "guardians")
STUDENT_SORTS = {
    "full_name": "sort_name",
    "document_number": "document_number",
    "birth_date": "birth_date",
    "created_at": "created_at",
    "updated_at": "updated_at",
}
ENROLLMENT_SORTS = {
    "student_name": ("students", "sort_name"),
    "grade_level": ("enrollments", "grade_level"),
    "group_code": ("enrollments", "group_code"),
    "status": ("enrollments", "status"),
    "created_at": ("enrollments", "created_at"),
}
IN_CHUNK = 500


ROW_ENROLLMENT_COLUMNS = ("id", "student_id", "school_year_id", "grade_level", "group_code", "shift", "status")
"""The enrollment columns `student_rows` hands back with each student (what a list row or a form header shows)."""


class ReadOnlySession(RuntimeError):
    """A write was attempted through a session opened with `read()`."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def _to_db(value: Any) -> Any:
    # SQLite DATETIME holds no zone: everything is stored as naive UTC and handed back as aware UTC.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _from_db(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _storage_converter(column: Any) -> Any:
    """How SQLAlchemy's SQLite dialect stores a Python value of this column's type."""
    if isinstance(column.type, JSON):
        return lambda value: None if value is None else json.dumps(value)
    if isinstance(column.type, Boolean):
        return lambda value: None if value is None else int(bool(value))
    if isinstance(column.type, DateTime):
        return lambda value: None if value is None else _to_db(value).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(column.type, Date):
        return lambda value: None if value is None else value.isoformat()
    return lambda value: value


def _search_keys(values: Record) -> Record:
    name = fold(values.get("full_name"))
    document = fold(values.get("document_number"))
    return {"sort_name": name, "search_text": f"{name} {document}".strip()}


def _like_word(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class LocalSession:
    """Table-level access inside one transaction of a `LocalStore`."""

    def __init__(self, connection: Connection, *, writable: bool) -> None:
        self._connection = connection
        self._writable = writable

    @staticmethod
    def _table(name: str) -> Table:
        return local_metadata.tables[name]

    @staticmethod
    def _record(row: Any) -> Record:
        return {key: _from_db(value) for key, value in row._mapping.items()}

    def _scoped(self, table: Table, school_id: str) -> ColumnElement[bool]:
        column = table.c.id if table.name == "schools" else table.c.school_id
        if "deleted_at" in table.c:  # tombstones (local_0003) are kept for sync, never shown
            return and_(column == school_id, table.c.deleted_at.is_(None))
        return column == school_id

    def _revive(self, table: Table, prepared: Record) -> Record | None:
        """Insert over a tombstone with the same natural key: the old row comes back with the new values,
        keeping its id (so two PCs that re-link a pair converge on one row)."""
        for index in table.indexes:
            names = [c.name for c in index.columns]
            if not index.unique or not names or any(prepared.get(n) is None for n in names):
                continue
            match = [table.c[n] == prepared[n] for n in names]
            row = self._connection.execute(
                select(table.c.id).where(*match, table.c.deleted_at.is_not(None))
            ).first()
            if row is not None:
                values = {k: v for k, v in prepared.items() if k not in ("id", "created_at")}
                self._connection.execute(update(table).where(table.c.id == row.id).values(**values, deleted_at=None))
                return self._record(self._connection.execute(select(table).where(table.c.id == row.id)).one())
        return None

    def get(self, table_name: str, row_id: str, *, school_id: str) -> Record | None:
        table = self._table(table_name)
        key = table.c[KEY_COLUMNS.get(table_name, "id")]
        row = self._connection.execute(
            select(table).where(key == row_id, self._scoped(table, school_id))
        ).first()
        return self._record(row) if row is not None else None

    def find(
        self, table_name: str, *, school_id: str, order_by: Sequence[str] = (), **equals: Any
    ) -> list[Record]:
        table = self._table(table_name)
        stmt = select(table).where(self._scoped(table, school_id))
        for column, value in equals.items():
            stmt = stmt.where(table.c[column].is_(None) if value is None else table.c[column] == value)
        stmt = stmt.order_by(*[table.c[c] for c in order_by])
        return [self._record(row) for row in self._connection.execute(stmt)]

    def find_in(self, table_name: str, column: str, values: Iterable[Any], *, school_id: str) -> list[Record]:
        table = self._table(table_name)
        values = list(values)
        found: list[Record] = []
        for start in range(0, len(values), IN_CHUNK):
            stmt = select(table).where(
                self._scoped(table, school_id), table.c[column].in_(values[start:start + IN_CHUNK])
            )
            found.extend(self._record(row) for row in self._connection.execute(stmt))
        return found

    def deleted_ids(self, table_name: str, ids: Iterable[str], *, school_id: str) -> set[str]:
        """Which of `ids` are tombstones: re-inserting those must go through `insert` (which revives them),
        while the rest can take the fast `insert_many`."""
        table = self._table(table_name)
        ids = list(ids)
        found: set[str] = set()
        for start in range(0, len(ids), IN_CHUNK):
            stmt = select(table.c.id).where(table.c.school_id == school_id, table.c.deleted_at.is_not(None),
                                            table.c.id.in_(ids[start:start + IN_CHUNK]))
            found.update(str(row.id) for row in self._connection.execute(stmt))
        return found

    def _require_writable(self) -> None:
        if not self._writable:
            raise ReadOnlySession("this session was opened with read(); use write()")

    def _prepare(self, table: Table, values: Record, *, new: bool) -> Record:
        prepared = {key: _to_db(value) for key, value in values.items()}
        unknown = set(prepared) - set(table.c.keys())
        if unknown:
            raise KeyError(f"{table.name} has no column(s) {sorted(unknown)}")
        if new:
            now = _to_db(utc_now())
            if "id" in table.c and not prepared.get("id"):
                prepared["id"] = str(uuid.uuid4())
            for stamp in ("created_at", "updated_at", "uploaded_at"):
                if stamp in table.c and prepared.get(stamp) is None:
                    prepared[stamp] = now
        return prepared

    def insert(self, table_name: str, values: Record) -> Record:
        """Insert one row (id and timestamps filled when missing) and return it as stored."""
        self._require_writable()
        table = self._table(table_name)
        prepared = self._prepare(table, values, new=True)
        if table_name in SEARCHABLE:
            prepared.update(_search_keys(prepared))
        if "deleted_at" in table.c and (revived := self._revive(table, prepared)) is not None:
            return revived
        self._connection.execute(insert(table).values(prepared))
        key = KEY_COLUMNS.get(table_name, "id")
        row = self._connection.execute(select(table).where(table.c[key] == prepared[key])).one()
        return self._record(row)

    def insert_many(self, table_name: str, rows: Sequence[Record]) -> list[str]:
        """Bulk insert (one executemany); each row still fires its outbox trigger. Returns the ids."""
        self._require_writable()
        if not rows:
            return []
        table = self._table(table_name)
        prepared_rows = []
        for values in rows:
            prepared = self._prepare(table, values, new=True)
            if table_name in SEARCHABLE:
                prepared.update(_search_keys(prepared))
            prepared_rows.append(prepared)
        key = KEY_COLUMNS.get(table_name, "id")
        ids = [row[key] for row in prepared_rows]
        if "deleted_at" in table.c and self._connection.execute(
                select(table.c.id).where(table.c.deleted_at.is_not(None)).limit(1)).first() is not None:
            # Rows landing on a tombstone revive it, as `insert` does (a re-import after an undo).
            fresh = []
            for index, row in enumerate(prepared_rows):
                revived = self._revive(table, row)
                if revived is None:
                    fresh.append(row)
                else:
                    ids[index] = revived[key]
            prepared_rows = fresh
            if not prepared_rows:
                return ids
        # Straight to the driver: SQLAlchemy's per-row parameter processing would double the time of a
        # 50,000-student import. Values are stored exactly as SQLAlchemy's SQLite types store them.
        keys = [c.name for c in table.columns if c.name in prepared_rows[0]]
        if any(row.keys() != prepared_rows[0].keys() for row in prepared_rows):
            raise ValueError("insert_many needs the same columns in every row (a missing one would be NULL)")
        converters = [_storage_converter(table.c[k]) for k in keys]
        sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' for _ in keys)})"
        self._connection.exec_driver_sql(
            sql, [tuple(convert(row.get(k)) for k, convert in zip(keys, converters, strict=True))
                  for row in prepared_rows],
        )
        return ids

    def patch(self, table_name: str, row_id: str, changes: Record, *, school_id: str) -> Record:
        """Update only the columns whose value differs; bumps `updated_at` when something changed.

        The update trigger then records exactly those columns and their previous values.
        """
        self._require_writable()
        table = self._table(table_name)
        current = self.get(table_name, row_id, school_id=school_id)
        if current is None:
            raise LookupError(f"{table_name} {row_id} not found in this school")
        prepared = self._prepare(table, changes, new=False)
        differing = {k: v for k, v in prepared.items() if _to_db(current.get(k)) != v}
        if not differing:
            return current
        local_only = LOCAL_ONLY_COLUMNS.get(table_name, ())
        server_change = any(column not in local_only for column in differing)
        if server_change and "updated_at" in table.c and "updated_at" not in differing:
            differing["updated_at"] = _to_db(utc_now())
        if table_name in SEARCHABLE and {"full_name", "document_number"} & differing.keys():
            merged = {**current, **differing}
            differing.update(_search_keys(merged))
        key = table.c[KEY_COLUMNS.get(table_name, "id")]
        self._connection.execute(update(table).where(key == row_id, self._scoped(table, school_id)).values(differing))
        updated = self.get(table_name, row_id, school_id=school_id)
        assert updated is not None
        return updated

    def delete(self, table_name: str, row_id: str, *, school_id: str) -> None:
        """Delete on tables without `is_active` (links, checklist items): the trigger keeps a tombstone
        (`deleted_at`) and records op `delete`; tables with `is_active` refuse it."""
        self._require_writable()
        table = self._table(table_name)
        self._connection.execute(delete(table).where(table.c.id == row_id, self._scoped(table, school_id)))

    def apply_remote(self, table_name: str, rows: Sequence[Record]) -> None:
        """Upsert rows that come from the server: no outbox entries (capture is off for the statement).

        The primitive the sync engine's pull builds on; also how connected mode seeds this PC's store with the
        signed-in user's school and user rows before the first pull.
        """
        self._require_writable()
        if not rows:
            return
        table = self._table(table_name)
        key = KEY_COLUMNS.get(table_name, "id")
        self._connection.exec_driver_sql("UPDATE sync_flags SET applying_remote = 1 WHERE id = 1")
        try:
            for values in rows:
                prepared = self._prepare(table, values, new=True)
                if table_name in SEARCHABLE:
                    prepared.update(_search_keys(prepared))
                statement = sqlite_insert(table).values(prepared)
                updates = {k: statement.excluded[k] for k in prepared if k != key}
                self._connection.execute(
                    statement.on_conflict_do_update(index_elements=[table.c[key]], set_=updates)
                    if updates else statement.on_conflict_do_nothing()
                )
        finally:
            self._connection.exec_driver_sql("UPDATE sync_flags SET applying_remote = 0 WHERE id = 1")

    def resend_rejected(self, mutation_id: int, *, school_id: str, user_id: str) -> None:
        """Retire a rejected outbox entry whose corrected row this transaction saved (see `rejected`)."""
        self._require_writable()
        rejected.resend_rejected(self._connection, mutation_id, school_id=school_id, user_id=user_id)

    def discard_rejected(self, mutation_id: int, *, school_id: str, user_id: str) -> None:
        """Retire a rejected outbox entry and take the server's version of its row again (see `rejected`)."""
        self._require_writable()
        rejected.discard_rejected(self._connection, mutation_id, school_id=school_id, user_id=user_id)

    def client_identity(self) -> Record | None:
        """The single `sync_client` row: which school and user this PC's store belongs to."""
        table = self._table("sync_client")
        row = self._connection.execute(select(table).where(table.c.id == 1)).first()
        return self._record(row) if row is not None else None

    def user(self, user_id: str) -> Record | None:
        table = self._table("users")
        row = self._connection.execute(select(table).where(table.c.id == user_id)).first()
        return self._record(row) if row is not None else None

    def _ids(self, stmt: Any) -> list[str]:
        """The first column of every row, straight from the driver: a short search prefix matches tens of
        thousands of students, and SQLAlchemy's per-row result handling would cost more than the query."""
        compiled = stmt.compile(dialect=self._connection.dialect)
        parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
        cursor = self._connection.connection.cursor()
        try:
            cursor.execute(str(compiled), parameters)
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.close()

    def execute_pragma(self, name: str) -> Any:
        return self._connection.exec_driver_sql(f"PRAGMA {name}").scalar()

    @property
    def connection(self) -> Connection:
        """This transaction's connection, for storage code that copies rows between store files
        (`adoption.py`); services never see it (the `StoreSession` port has no such member)."""
        return self._connection

    def student_ids(
        self,
        *,
        school_id: str,
        words: Sequence[str] = (),
        active_only: bool = True,
        grade: str | None = None,
        enrollment_status: str | None = None,
        school_year_id: str | None = None,
        sort: str = "full_name",
        descending: bool = False,
    ) -> list[str]:
        students = self._table("students")
        sort_column = students.c[STUDENT_SORTS[sort]]
        stmt = select(students.c.id).where(students.c.school_id == school_id)
        if active_only:
            stmt = stmt.where(students.c.is_active == True)  # noqa: E712 (= lets SQLite use the index)
        for word in words:
            stmt = stmt.where(students.c.search_text.like(_like_word(word), escape="\\"))
        if grade or enrollment_status or school_year_id:
            enrollments = self._table("enrollments")
            conditions = [enrollments.c.student_id == students.c.id, enrollments.c.school_id == school_id,
                          enrollments.c.deleted_at.is_(None)]  # an annulled matrícula counts for nothing
            if school_year_id:
                conditions.append(enrollments.c.school_year_id == school_year_id)
            if grade:
                conditions.append(enrollments.c.grade_level == grade)
            if enrollment_status:
                conditions.append(enrollments.c.status == enrollment_status)
            stmt = stmt.where(exists().where(and_(*conditions)))
        order = sort_column.desc() if descending else sort_column.asc()
        stmt = stmt.order_by(order, students.c.id.desc() if descending else students.c.id)
        return self._ids(stmt)

    def student_rows(self, ids: Sequence[str], *, school_id: str, school_year_id: str | None = None) -> list[Record]:
        """Students in the order of `ids`, each with the enrollment of `school_year_id` (else its latest)."""
        by_id = {row["id"]: row for row in self.find_in("students", "id", ids, school_id=school_id)}
        enrollments = self._table("enrollments")
        years = self._table("school_years")
        # only what a student row shows: the JSON columns (history, SIMAT status) cost more than the rest
        shown = [enrollments.c[name] for name in ROW_ENROLLMENT_COLUMNS]
        chosen: dict[str, Record] = {}
        for start in range(0, len(ids), IN_CHUNK):
            stmt = (
                select(*shown, years.c.starts_on.label("year_starts_on"))
                .join(years, years.c.id == enrollments.c.school_year_id)
                .where(enrollments.c.school_id == school_id, enrollments.c.deleted_at.is_(None),
                       enrollments.c.student_id.in_(list(ids[start:start + IN_CHUNK])))
            )
            if school_year_id:
                stmt = stmt.where(enrollments.c.school_year_id == school_year_id)
            for row in self._connection.execute(stmt):
                record = self._record(row)
                previous = chosen.get(record["student_id"])
                if previous is None or record["year_starts_on"] > previous["year_starts_on"]:
                    chosen[record["student_id"]] = record
        result = []
        for student_id in ids:
            student = by_id.get(student_id)
            if student is None:
                continue
            enrollment = chosen.get(student_id)
            student["enrollment"] = enrollment
            result.append(student)
        return result

    def similar_students(self, *, school_id: str, full_name: str, birth_date: Any, exclude_id: str | None) -> list[Record]:
        students = self._table("students")
        stmt = select(students).where(
            students.c.school_id == school_id,
            students.c.sort_name == fold(full_name),
            students.c.birth_date == birth_date,
        )
        if exclude_id:
            stmt = stmt.where(students.c.id != exclude_id)
        return [self._record(row) for row in self._connection.execute(stmt.order_by(students.c.id))]

    def guardian_ids(self, *, school_id: str, words: Sequence[str] = (), active_only: bool = True) -> list[str]:
        guardians = self._table("guardians")
        stmt = select(guardians.c.id).where(guardians.c.school_id == school_id)
        if active_only:
            stmt = stmt.where(guardians.c.is_active == True)  # noqa: E712
        for word in words:
            stmt = stmt.where(guardians.c.search_text.like(_like_word(word), escape="\\"))
        return self._ids(stmt.order_by(guardians.c.sort_name, guardians.c.id))

    def enrollment_ids(
        self,
        *,
        school_id: str,
        school_year_id: str | None = None,
        grade: str | None = None,
        group_code: str | None = None,
        status: str | None = None,
        words: Sequence[str] = (),
        sort: str = "student_name",
        descending: bool = False,
    ) -> list[str]:
        enrollments = self._table("enrollments")
        students = self._table("students")
        stmt = (
            select(enrollments.c.id)
            .join(students, students.c.id == enrollments.c.student_id)
            .where(enrollments.c.school_id == school_id, enrollments.c.deleted_at.is_(None))
        )
        for column, value in (("school_year_id", school_year_id), ("grade_level", grade),
                              ("group_code", group_code), ("status", status)):
            if value is not None:
                stmt = stmt.where(enrollments.c[column] == value)
        for word in words:
            stmt = stmt.where(students.c.search_text.like(_like_word(word), escape="\\"))
        table_name, column_name = ENROLLMENT_SORTS[sort]
        sort_column = (students if table_name == "students" else enrollments).c[column_name]
        order = sort_column.desc() if descending else sort_column.asc()
        stmt = stmt.order_by(order, students.c.sort_name, enrollments.c.id)
        return self._ids(stmt)

    def enrollment_rows(self, ids: Sequence[str], *, school_id: str) -> list[Record]:
        enrollments = self._table("enrollments")
        students = self._table("students")
        years = self._table("school_years")
        by_id: dict[str, Record] = {}
        ids = list(ids)
        for start in range(0, len(ids), IN_CHUNK):
            stmt = (
                select(
                    enrollments,
                    students.c.full_name.label("student_name"),
                    students.c.document_type.label("student_document_type"),
                    students.c.document_number.label("student_document_number"),
                    years.c.name.label("school_year_name"),
                )
                .join(students, students.c.id == enrollments.c.student_id)
                .join(years, years.c.id == enrollments.c.school_year_id)
                .where(enrollments.c.school_id == school_id, enrollments.c.deleted_at.is_(None),
                       enrollments.c.id.in_(ids[start:start + IN_CHUNK]))
            )
            for row in self._connection.execute(stmt):
                record = self._record(row)
                by_id[record["id"]] = record
        return [by_id[i] for i in ids if i in by_id]

    def group_counts(self, *, school_id: str, school_year_id: str, active_statuses: Sequence[str]) -> list[Record]:
        enrollments = self._table("enrollments")
        stmt = (
            select(
                enrollments.c.grade_level,
                enrollments.c.group_code,
                enrollments.c.shift,
                func.count().label("enrollment_count"),
            )
            .where(
                enrollments.c.school_id == school_id,
                enrollments.c.school_year_id == school_year_id,
                enrollments.c.deleted_at.is_(None),
                enrollments.c.status.in_(list(active_statuses)),
            )
            .group_by(enrollments.c.grade_level, enrollments.c.group_code, enrollments.c.shift)
        )
        return [self._record(row) for row in self._connection.execute(stmt)]

    def queue_upload(self, key: str, sha256: str, size: int) -> str:
        """Queue a document file for upload (local-only `blob_uploads`, no outbox entry); returns its state.

        A key already queued keeps its state: the same content attached twice is uploaded once.
        """
        self._require_writable()
        now = utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self._connection.exec_driver_sql(
            "INSERT INTO blob_uploads (key, sha256, size, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO NOTHING", (key, sha256, size, now, now),
        )
        return str(self._connection.exec_driver_sql("SELECT state FROM blob_uploads WHERE key = ?", (key,)).scalar())

    def documents_with_file(self, sha256: str, *, school_id: str) -> list[Record]:
        """The checklist rows of the school whose `metadata.files[]` lists this content."""
        table = self._table("enrollment_documents")
        stmt = select(table).where(
            table.c.school_id == school_id, table.c.r2_object_key != "",
            func.instr(cast(table.c.metadata, Text), sha256) > 0,
        )
        return [self._record(row) for row in self._connection.execute(stmt)]
