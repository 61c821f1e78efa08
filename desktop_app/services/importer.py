"""Import students from a spreadsheet: preview (nothing written) and commit (one transaction), with the
batch kept locally for the list of imports and its undo.

The caller reads the file (`storage/spreadsheet.py`, wired in `app.py`) and hands over a `SheetData`; the
commit plans again inside its write transaction, so what is written is what the data says at that moment.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from desktop_app.domain.enrollment_status import INITIAL_STATUS
from desktop_app.domain.errors import DomainError, FieldError
from desktop_app.domain.ids import enrollment_id, student_guardian_id
from desktop_app.domain.import_rows import ReadRow, read_row
from desktop_app.domain.import_values import FIELD_BY_KEY, SheetData, auto_mapping, header_key, mapping_errors
from desktop_app.domain.messages import message_for
from desktop_app.domain.permissions import Action
from desktop_app.domain.text import fold
from desktop_app.services._base import Service
from desktop_app.services.ports import ProgressSink, Record, StoreSession

# The same person's number under another type: a child's RC/NUIP/NIP becomes a TI with the same number.
_MINOR_TYPES = frozenset({"RC", "NUIP", "NIP", "TI"})
_COMPARED = ("full_name", "birth_date", "gender")
_WRITTEN = (*_COMPARED, "is_active")
ACUDIENTE = "acudiente"  # shown among an Actualiza's changes; written as a link, not a student column
PRINCIPAL = "acudiente_principal"  # «Principal» on an acudiente already linked but not the primary one
# What "changed afterwards" compares, per table: the row's own values, not `updated_at` or `server_seq`, which a
# pull of the batch's own rows moves without anyone changing them.
_FINGERPRINTED: dict[str, tuple[str, ...]] = {
    "students": ("document_type", "document_number", "full_name", "birth_date", "gender", "is_active",
                 "extra_data"),
    "guardians": ("document_type", "document_number", "full_name", "phone", "is_active"),
    "enrollments": ("grade_level", "group_code", "shift", "status", "extra_data"),
    "student_guardians": ("relationship", "is_primary", "priority", "can_pickup", "is_emergency_contact"),
}


class Status(StrEnum):
    new = "Nuevo"
    update = "Actualiza"
    unchanged = "Sin cambios"
    possible_duplicate = "Posible duplicado"
    error = "Error"


class Policy(StrEnum):
    """What an existing student's row does: fill only the empty fields (default), replace them, or skip."""

    fill_empty = "llenar_vacios"
    overwrite = "reemplazar"
    skip = "omitir"


class ImportRefused(DomainError):
    """The import cannot start, was cancelled or cannot be undone; `errors` are the reasons (catalogue codes),
    `messages` their Spanish texts."""

    default_code = "import_refused"

    def __init__(self, errors: Iterable[FieldError]) -> None:
        reasons = list(errors)
        super().__init__("import_refused", errors=reasons)

    @property
    def messages(self) -> list[str]:
        return [error.message for error in self.errors]

    def __str__(self) -> str:
        return " ".join(self.messages)


def _refused(code: str, **params: Any) -> ImportRefused:
    return ImportRefused([FieldError("", code, params)])


@dataclass
class PreviewRow:
    """One row's outcome: `changes` maps a field to (old, new) for Actualiza; `matches` names the student(s)
    a Posible duplicado may be."""

    row_number: int
    status: Status
    student: Record
    enrollment: Record | None = None
    guardian: Record | None = None
    student_id: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)
    problems: list[FieldError] = field(default_factory=list)  # the row's messages made by this service, as codes

    def add(self, code: str, **params: Any) -> None:
        problem = FieldError("", code, params)
        self.problems.append(problem)
        self.messages.append(problem.message)


@dataclass
class ImportPreview:
    rows: list[PreviewRow]

    def count(self, status: Status) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {status.value: self.count(status) for status in Status}

    @property
    def errors(self) -> list[str]:
        return [message for row in self.rows if row.status == Status.error for message in row.messages]


@dataclass(frozen=True)
class ImportBatch:
    id: str
    file_name: str
    file_sha256: str
    created_at: Any
    created_by: str | None
    counts: dict[str, int]
    undone: bool


class ImportService(Service):
    """Previews and commits a spreadsheet of students into the context's school."""

    def preview(self, sheet: SheetData, mapping: dict[str, int], *, school_year_id: str | None = None,
                policy: Policy = Policy.fill_empty) -> ImportPreview:
        """Every row's status and messages; nothing is written."""
        self._require(Action.student_create)
        self._check_mapping(mapping, school_year_id)
        with self._store.read() as session:
            return self._plan(session, sheet, mapping, school_year_id, policy)

    def commit(self, sheet: SheetData, mapping: dict[str, int], *, file_name: str,
               school_year_id: str | None = None, policy: Policy = Policy.fill_empty,
               other_person_rows: Collection[int] = (), progress: ProgressSink | None = None) -> ImportBatch:
        """Write the Nuevo and Actualiza rows (and the Posible duplicado rows ticked "Es otra persona") with
        their matrículas in ONE transaction: all or nothing; cancelling through `progress` rolls back."""
        self._require(Action.student_create)
        self._check_mapping(mapping, school_year_id)
        batch_id = str(uuid.uuid4())
        now = self._now()
        stamp = {"batch": batch_id, "file_sha256": sheet.sha256, "at": now.isoformat(),
                 "by": self._context.user_id}
        with self._store.write() as session:
            plan = self._plan(session, sheet, mapping, school_year_id, policy)
            wanted = [row for row in plan.rows if row.status in (Status.new, Status.update)
                      or (row.status == Status.possible_duplicate and row.row_number in other_person_rows)]
            if any(row.status == Status.update for row in wanted):
                self._require(Action.student_update)
            if any(row.enrollment for row in wanted):
                self._require(Action.enrollment_create)
            created: dict[str, list[str]] = {"students": [], "enrollments": []}
            before: dict[str, Record] = {}
            new_students: list[Record] = []
            for done, row in enumerate(wanted, start=1):
                if progress is not None and done % 250 == 0:
                    if progress.is_cancelled():
                        raise _refused("import_cancelled")
                    progress.report(done, len(wanted), message_for("import_saving"))
                if row.status == Status.update and row.student_id:
                    self._apply_update(session, row, stamp, before)
                else:
                    row.student_id = str(uuid.uuid4())
                    extra = {**row.student["extra_data"], "import": stamp}
                    new_students.append({**row.student, "id": row.student_id, "school_id": self._school_id,
                                         "is_active": True, "extra_data": extra})
                    created["students"].append(row.student_id)
            touched = _Touched()
            touched.wrote("students", session.insert_many("students", new_students), new_students)
            touched.patched("students", list(before))
            enrollments = [self._enrollment_values(row, school_year_id, stamp)
                           for row in wanted if row.enrollment and row.student_id and school_year_id]
            created["enrollments"] = session.insert_many("enrollments", enrollments)
            touched.wrote("enrollments", created["enrollments"], enrollments)
            link_before: dict[str, Record] = {}
            created["guardians"], created["links"] = [], []
            if any(row.guardian for row in wanted):
                self._require(Action.guardian_edit)
                created["guardians"], created["links"] = self._link_guardians(session, wanted, link_before, touched)
            counts = {"created": len(created["students"]), "updated": len(before),
                      "enrollments": len(created["enrollments"]), "guardians": len(created["guardians"]),
                      "links": len(created["links"])}
            fingerprints, owners = self._snapshot(session, touched.reread, touched.written)
            session.insert("import_batches", {
                "id": batch_id, "school_id": self._school_id, "file_name": file_name,
                "file_sha256": sheet.sha256, "created_at": now, "created_by": self._context.user_id,
                "school_year_id": school_year_id, "header_key": header_key(sheet.headers), "mapping": mapping,
                "counts": counts,
                "created_rows": {**created, "link_before": link_before,
                                 "fingerprints": fingerprints, "owners": owners},
                "before_images": before,
            })
            if progress is not None:
                progress.report(len(wanted), len(wanted), message_for("import_saved"))
        return ImportBatch(batch_id, file_name, sheet.sha256, now, self._context.user_id, counts, False)

    def batches(self) -> list[ImportBatch]:
        """The school's imports, newest first (the list *Importaciones*)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            records = session.find("import_batches", school_id=self._school_id, order_by=("created_at",))
        return [_batch(record) for record in reversed(records)]

    def suggested_mapping(self, headers: tuple[str, ...]) -> dict[str, int]:
        """The mapping of the last import with the same header set, else the automatic one."""
        self._require(Action.student_create)
        with self._store.read() as session:
            earlier = session.find("import_batches", school_id=self._school_id, header_key=header_key(headers),
                                   order_by=("created_at",))
        if earlier:
            return {str(k): int(v) for k, v in earlier[-1]["mapping"].items()}
        return auto_mapping(headers)

    def undo(self, batch_id: str) -> ImportBatch:
        """Undo a batch in one transaction: its links and matrículas are soft-deleted (tombstones), the students
        and acudientes it created deactivated, and the fields it updated get back their old values — only when
        none of its rows changed afterwards (else ImportRefused lists them)."""
        self._require(Action.student_deactivate)
        self._require(Action.student_update)
        with self._store.write() as session:
            batch = session.get("import_batches", batch_id, school_id=self._school_id)
            if batch is None:
                raise _refused("import_batch_not_found")
            if batch["undone_at"] is not None:
                raise _refused("import_batch_undone")
            rows = batch["created_rows"]
            if rows["enrollments"] or rows.get("links") or rows.get("link_before"):
                self._require(Action.enrollment_delete)
            if rows.get("guardians"):
                self._require(Action.guardian_edit)
            self._refuse_if_changed(session, rows)
            for table, key in (("student_guardians", "links"), ("enrollments", "enrollments")):
                for row_id in rows.get(key, []):
                    session.delete(table, row_id, school_id=self._school_id)
            for link_id, old in rows.get("link_before", {}).items():
                session.patch("student_guardians", link_id, old, school_id=self._school_id)
            for student_id in rows["students"]:
                session.patch("students", student_id, {"is_active": False}, school_id=self._school_id)
            for student_id, old in batch["before_images"].items():
                session.patch("students", student_id, _from_json(old), school_id=self._school_id)
            in_use = {link["guardian_id"] for link in session.find_in(
                "student_guardians", "guardian_id", rows.get("guardians", []), school_id=self._school_id)}
            for guardian_id in rows.get("guardians", []):
                if guardian_id not in in_use:  # linked since to another student: still needed
                    session.patch("guardians", guardian_id, {"is_active": False}, school_id=self._school_id)
            record = session.patch("import_batches", batch_id, {"undone_at": self._now()},
                                   school_id=self._school_id)
        return _batch(record)

    def _refuse_if_changed(self, session: StoreSession, rows: Record) -> None:
        """ImportRefused naming every student whose row, matrícula or acudiente link changed since the batch
        (a later local edit, a pulled server change, a deletion)."""
        changed: dict[str, set[str]] = {}
        if "fingerprints" in rows:
            for table, kept in rows["fingerprints"].items():
                now = self._snapshot(session, {table: list(kept)})[0][table]
                changed[table] = {row_id for row_id, fingerprint in kept.items() if now.get(row_id) != fingerprint}
        else:  # a batch saved before fingerprints: its students' updated_at
            stamps: dict[str, str] = rows["stamps"]
            now_stamps = {s["id"]: str(s["updated_at"]) for s in session.find_in(
                "students", "id", list(stamps), school_id=self._school_id)}
            changed["students"] = {i for i, stamp in stamps.items() if now_stamps.get(i) != stamp}
        reasons = []
        for table, code in (("students", "import_undo_changed_students"),
                            ("enrollments", "import_undo_changed_enrollments"),
                            ("student_guardians", "import_undo_changed_links"),
                            ("guardians", "import_undo_changed_guardians")):
            if changed.get(table):
                reasons.append(FieldError("", code, {"rows": "; ".join(self._described(session, rows, table,
                                                                                        changed[table]))}))
        if reasons:
            raise ImportRefused(reasons)

    def _described(self, session: StoreSession, rows: Record, table: str, ids: set[str]) -> list[str]:
        """"Name (TI 123)" of the students (or acudientes) those rows belong to (a deleted link or matrícula
        through the batch's record of whose it was)."""
        if table == "guardians":
            people = session.find_in("guardians", "id", ids, school_id=self._school_id)
            return sorted(f"{g['full_name']} ({g['document_type']} {g['document_number']})" for g in people)
        owners: dict[str, str] = rows.get("owners", {})
        student_ids = set(ids) if table == "students" else {owners[i] for i in ids if i in owners}
        students = session.find_in("students", "id", student_ids, school_id=self._school_id)
        return sorted({f"{s['full_name']} ({s['document_type']} {s['document_number']})" for s in students})

    # ------------------------------------------------------------------------------------------ planning

    def _check_mapping(self, mapping: dict[str, int], school_year_id: str | None) -> None:
        problems = mapping_errors(mapping, has_year=school_year_id is not None)
        if problems:
            raise ImportRefused(problems)

    def _plan(self, session: StoreSession, sheet: SheetData, mapping: dict[str, int],
              school_year_id: str | None, policy: Policy) -> ImportPreview:
        today = self._today()
        existing = session.find("students", school_id=self._school_id)
        by_key = {(s["document_type"], s["document_number"]): s for s in existing}
        by_number: dict[str, list[Record]] = {}
        # The rule of `similar_students` (same folded name and birth date), answered from memory: one query
        # per row made a 5,000-row preview take 30 s.
        by_name: dict[tuple[str, Any], list[Record]] = {}
        for student in existing:
            if student["birth_date"] is not None:
                by_name.setdefault((fold(student["full_name"]), student["birth_date"]), []).append(student)
            if student["document_type"] in _MINOR_TYPES:
                by_number.setdefault(student["document_number"], []).append(student)
        enrolled: set[str] = set()
        # (student, acudiente document) pairs already linked: an existing student's row that brings a new
        # acudiente, or makes a linked one the principal, is an Actualiza even when none of the student's own
        # fields change.
        guardians = {g["id"]: g for g in session.find("guardians", school_id=self._school_id)}
        linked: dict[tuple[str, tuple[str, str]], bool] = {}
        primary_name: dict[str, str] = {}
        for link in session.find("student_guardians", school_id=self._school_id):
            known = guardians.get(link["guardian_id"])
            if known is not None:
                linked[(link["student_id"], (known["document_type"], known["document_number"]))] = link["is_primary"]
                if link["is_primary"]:
                    primary_name[link["student_id"]] = known["full_name"]
        if school_year_id is not None:
            year = session.get("school_years", school_year_id, school_id=self._school_id)
            if year is None:
                raise _refused("import_year_not_found")
            if year["status"] in ("closed", "archived"):
                raise _refused("import_year_closed", year=year["name"])
            enrolled = {e["student_id"] for e in session.find(
                "enrollments", school_id=self._school_id, school_year_id=school_year_id)}
        seen: dict[tuple[str, str], int] = {}
        rows = []
        for row_number, cells in sheet.rows:
            read = read_row(row_number, cells, mapping, today)
            row = self._classify(read, by_key, by_number, by_name, seen, enrolled, policy)
            guardian = row.guardian
            if row.status in (Status.update, Status.unchanged) and guardian is not None and row.student_id:
                pair = (row.student_id, (guardian["document_type"], guardian["document_number"]))
                if pair not in linked:
                    row.changes[ACUDIENTE] = (None, guardian["full_name"])
                elif guardian["primary"] and not linked[pair]:
                    row.changes[PRINCIPAL] = (primary_name.get(row.student_id), guardian["full_name"])
                row.status = Status.update if row.changes or row.enrollment else Status.unchanged
            rows.append(row)
        return ImportPreview(rows)

    def _classify(self, read: ReadRow, by_key: dict[tuple[str, str], Record], by_number: dict[str, list[Record]],
                  by_name: dict[tuple[str, Any], list[Record]], seen: dict[tuple[str, str], int],
                  enrolled: set[str], policy: Policy) -> PreviewRow:
        student = read.student
        row = PreviewRow(read.row_number, Status.error, student, read.enrollment, read.guardian,
                         messages=[error.message for error in read.errors], problems=list(read.errors))
        key = (student["document_type"], student["document_number"])
        if key[1] and key in seen:
            row.add("import_repeated_document", row=read.row_number, doc_type=key[0], number=key[1],
                    first=seen[key])
        elif key[1]:
            seen[key] = read.row_number
        if row.messages:
            return row
        current = by_key.get(key)
        if current is not None:
            row.student_id = current["id"]
            if current["id"] in enrolled:
                row.enrollment = None  # already enrolled that year: the matrícula is left as it is
            row.changes = _changes(current, student, policy)
            row.status = Status.update if row.changes or row.enrollment else Status.unchanged
            return row
        twins = [s for s in by_number.get(key[1], []) if key[0] in _MINOR_TYPES]
        twins += by_name.get((fold(student["full_name"]), student["birth_date"]), [])
        if twins:
            row.status = Status.possible_duplicate
            row.matches = sorted({f"{s['full_name']} ({s['document_type']} {s['document_number']})"
                                  for s in twins})
            row.add("import_possible_duplicate", row=read.row_number, matches=", ".join(row.matches))
            return row
        row.status = Status.new
        return row

    # ------------------------------------------------------------------------------------------ writing

    def _apply_update(self, session: StoreSession, row: PreviewRow, stamp: Record, before: dict[str, Record]) -> None:
        assert row.student_id is not None
        current = session.get("students", row.student_id, school_id=self._school_id)
        assert current is not None
        fields = {name: values for name, values in row.changes.items() if name in _WRITTEN}
        changes = {name: new for name, (_old, new) in fields.items()}
        old_extra = dict(current.get("extra_data") or {})
        changes["extra_data"] = {**old_extra, **row.student["extra_data"], "import": stamp}
        before[row.student_id] = {**{name: old.isoformat() if isinstance(old, date) else old
                                     for name, (old, _new) in fields.items()}, "extra_data": old_extra}
        session.patch("students", row.student_id, changes, school_id=self._school_id)

    def _link_guardians(self, session: StoreSession, rows: list[PreviewRow], link_before: dict[str, Record],
                        touched: _Touched) -> tuple[list[str], list[str]]:
        """Each row's acudiente: the registered one with that document (reactivated if an undo deactivated
        it), else one new record per document (siblings in the file share it); linked unless already linked.
        The link is the primary when the row says «Principal» (the student's other primary link stops being
        it; its old flag goes to `link_before` for the undo) or when the student has no primary yet: one
        primary per student."""
        guardians = session.find("guardians", school_id=self._school_id)
        registered = {(g["document_type"], g["document_number"]): str(g["id"]) for g in guardians}
        # An acudiente an earlier undo deactivated comes back; this batch's undo deactivates it again.
        inactive = {str(g["id"]) for g in guardians if not g["is_active"]}
        reactivated: list[str] = []
        student_ids = [row.student_id for row in rows if row.guardian and row.student_id]
        links: dict[str, list[Record]] = {}
        for link in session.find_in("student_guardians", "student_id", student_ids, school_id=self._school_id):
            links.setdefault(link["student_id"], []).append(link)
        new_guardians: list[Record] = []  # guardians have no extra_data: the batch lists them instead
        new_links: list[Record] = []
        for row in rows:
            guardian, student_id = row.guardian, row.student_id
            if guardian is None or student_id is None:
                continue
            key = (guardian["document_type"], guardian["document_number"])
            if key not in registered:
                registered[key] = str(uuid.uuid4())
                new_guardians.append({
                    "id": registered[key], "school_id": self._school_id, "document_type": key[0],
                    "document_number": key[1], "full_name": guardian["full_name"], "phone": guardian["phone"],
                    "is_active": True})
            if registered[key] in inactive:
                inactive.discard(registered[key])
                reactivated.append(registered[key])
                session.patch("guardians", registered[key], {"is_active": True}, school_id=self._school_id)
            current = links.setdefault(student_id, [])
            existing = next((link for link in current if link["guardian_id"] == registered[key]), None)
            if existing is not None:  # already linked: «Principal» may still make it the primary one
                if guardian.get("primary") and not existing["is_primary"]:
                    self._make_primary(session, current, existing, link_before, new_links)
                continue
            primary = bool(guardian.get("primary")) or not any(link["is_primary"] for link in current)
            if primary:
                self._make_primary(session, current, None, link_before, new_links)
            link = {"id": student_guardian_id(student_id, registered[key]), "school_id": self._school_id,
                    "student_id": student_id, "guardian_id": registered[key],
                    "relationship": guardian["relationship"], "is_primary": primary, "priority": len(current) + 1,
                    "can_pickup": True, "is_emergency_contact": True}
            current.append(link)
            new_links.append(link)
        # guardians first: the links refer to them
        created = session.insert_many("guardians", new_guardians)
        linked = session.insert_many("student_guardians", new_links)
        touched.wrote("guardians", created, new_guardians)
        touched.wrote("student_guardians", linked, new_links)
        touched.patched("guardians", reactivated)
        touched.patched("student_guardians", list(link_before))
        return [*created, *reactivated], linked

    def _make_primary(self, session: StoreSession, links: list[Record], chosen: Record | None,
                      link_before: dict[str, Record], pending: list[Record]) -> None:
        """`chosen` (an existing link; None: the one about to be inserted) becomes the student's only primary;
        the stored links it changes keep their first old flag in `link_before` for the undo (`pending` links
        are not stored yet: only their flag changes)."""
        for link in links:
            wanted = link is chosen
            if bool(link["is_primary"]) != wanted:
                link["is_primary"] = wanted
                if not any(link is new for new in pending):
                    link_before.setdefault(link["id"], {"is_primary": not wanted})
                    session.patch("student_guardians", link["id"], {"is_primary": wanted},
                                  school_id=self._school_id)

    def _snapshot(self, session: StoreSession, read: dict[str, list[str]],
                  written: dict[str, list[tuple[str, Record]]] | None = None,
                  ) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
        """Per table, the fingerprint of each row (see _FINGERPRINTED): of the rows in `read` as stored, of the
        rows in `written` from the values just written (reading 10,000 rows back cost 40 % of a commit); and
        whose matrícula or link each row is, so a refused undo names the student even if the row is deleted."""
        fingerprints: dict[str, dict[str, str]] = {table: {} for table in _FINGERPRINTED}
        owners: dict[str, str] = {}
        records = [(table, str(row_id), values) for table, pairs in (written or {}).items()
                   for row_id, values in pairs]
        records += [(table, str(record["id"]), record) for table, row_ids in read.items() if row_ids
                    for record in session.find_in(table, "id", row_ids, school_id=self._school_id)]
        for table, row_id, values in records:
            fingerprints[table][row_id] = _fingerprint(table, values)
            if table in ("enrollments", "student_guardians"):
                owners[row_id] = str(values["student_id"])
        return fingerprints, owners

    def _enrollment_values(self, row: PreviewRow, school_year_id: str | None, stamp: Record) -> Record:
        assert row.enrollment is not None
        assert row.student_id is not None and school_year_id is not None
        return {**row.enrollment, "id": enrollment_id(row.student_id, school_year_id), "school_id": self._school_id,
                "student_id": row.student_id,
                "school_year_id": school_year_id, "status": str(INITIAL_STATUS), "status_history": [],
                "extra_data": {"is_new_student": row.status != Status.update, "import": stamp}}


@dataclass
class _Touched:
    """The rows a commit wrote (fingerprinted from the values written) and patched (read back)."""

    written: dict[str, list[tuple[str, Record]]] = field(default_factory=dict)
    reread: dict[str, list[str]] = field(default_factory=dict)

    def wrote(self, table: str, ids: list[str], rows: list[Record]) -> None:
        self.written.setdefault(table, []).extend(zip(ids, rows, strict=True))

    def patched(self, table: str, ids: list[str]) -> None:
        self.reread.setdefault(table, []).extend(ids)


def _fingerprint(table: str, values: Record) -> str:
    """The compared values as one text: dates as ISO text, JSON with sorted keys (stored and read back alike)."""
    return json.dumps([values.get(column) for column in _FINGERPRINTED[table]], sort_keys=True, default=str)


def _changes(current: Record, wanted: Record, policy: Policy) -> dict[str, tuple[Any, Any]]:
    """field → (old, new) for an existing student under the policy; empty cells never erase anything."""
    if policy == Policy.skip:
        return {}
    changes: dict[str, tuple[Any, Any]] = {}
    if not current.get("is_active", True):
        changes["is_active"] = (False, True)  # a re-import offers to reactivate (e.g. after an undo)
    for name in _COMPARED:
        old, new = current.get(name), wanted.get(name)
        if new is None or new == "" or new == old:
            continue
        if policy == Policy.fill_empty and old not in (None, ""):
            continue
        changes[name] = (old, new)
    return changes


def _batch(record: Record) -> ImportBatch:
    return ImportBatch(record["id"], record["file_name"], record["file_sha256"], record["created_at"],
                       record["created_by"], dict(record["counts"]), record["undone_at"] is not None)


def _from_json(old: Record) -> Record:
    """Before-images come back from JSON: the birth date as text again becomes a date."""
    values = dict(old)
    if isinstance(values.get("birth_date"), str):
        values["birth_date"] = date.fromisoformat(values["birth_date"])
    return values


def field_label(key: str) -> str:
    """The Spanish name of a changed field (an Actualiza's old → new list)."""
    if key == ACUDIENTE:
        return "Acudiente"
    if key == PRINCIPAL:
        return "Acudiente principal"
    if key == "is_active":
        return "Activo"
    return FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else key
