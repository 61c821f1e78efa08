"""Adopting a local-mode store into the connected school's store (the `AdoptionStorage` port).

The local-mode file is opened read-only (SQLite `mode=ro`): it is never changed. Its rows are copied into the
connected store in ONE `LocalStore.write()`, so the capture triggers record each as an outbox insert under one
`tx_id` (the sync engine pushes it in ordered chunks of at most 1,000 operations) and a crash leaves nothing
half-done. On the way every value is re-pointed: the local school id → the signed-in school (also inside the
documents' object keys), every local user id → the signed-in user (also inside JSON: history `by`, files'
`attached_by`), local school years and periods the school already has (same name / same number) → the
school's. Row ids are kept: the outbox rows are plain inserts, and the school's own copy of a person (same
document) is met by the server's merge / held path. Who and where the data came from goes into
`extra_data.adopted` (students, matrículas) and `metadata.adopted` (checklist items).

Once the transaction has committed, a marker file beside the local-mode file (`<file>.subido.json`) records
the adoption; if the process died between the commit and the marker, the adopted rows themselves (their
`adopted.client_id`) still say so, and the marker is written again.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection

from desktop_app.services.adoption_ports import (
    ADOPTED_TABLES,
    AdoptionMark,
    AdoptionResult,
    AdoptionSurvey,
    Progress,
)
from desktop_app.storage.local.blobs import documents_dir
from desktop_app.storage.local.schema import local_metadata
from desktop_app.storage.local.store import LocalStore

MARK_SUFFIX = ".subido.json"
TAGGED = {"students": "extra_data", "enrollments": "extra_data", "enrollment_documents": "metadata"}
"""Where each adopted row keeps where it came from (guardians, links, years have no JSON column)."""

PEOPLE = ("students", "guardians")
SLICE = 500


def mark_path(source: Path) -> Path:
    return source.with_name(source.name + MARK_SUFFIX)


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection | None]:
    """The local-mode file opened read-only (None when there is none)."""
    if not path.is_file() or path.stat().st_size == 0:
        yield None
        return
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        yield connection
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@dataclass
class _Plan:
    """The rows to write (already re-pointed), and what the preview reports."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)
    mapped: dict[str, int] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # sha256 -> size, present in the source folder
    files_missing: set[str] = field(default_factory=set)
    transitions: set[tuple[str, str]] = field(default_factory=set)
    document_states: set[str] = field(default_factory=set)
    inactive_students: int = 0


@dataclass(frozen=True)
class _Source:
    school_id: str
    client_id: str
    school_name: str
    users: dict[str, str]  # id -> full name


class LocalAdoption:
    """`source`: the local-mode file; `target`: the open connected store. `crash` is a test hook called
    inside the write transaction ("mid_write"), so a test can kill the process there."""

    def __init__(self, source: Path, target: LocalStore, *, crash: Callable[[str], None] | None = None) -> None:
        self.source = Path(source)
        self._target = target
        self._crash = crash or (lambda _name: None)

    # ---- the mark

    def mark(self) -> AdoptionMark | None:
        marker = mark_path(self.source)
        if marker.is_file():
            return _mark_from(json.loads(marker.read_text(encoding="utf-8")))
        with _read_only(self.source) as source:
            info = _source_info(source) if source is not None else None
            if source is None or info is None:
                return None
            found = self._adopted_tag(source, info)
        if found is None:
            return None
        self._write_mark(found)  # the process died between the commit and the marker: written now
        return _mark_from(found)

    def _adopted_tag(self, source: sqlite3.Connection, info: _Source) -> dict[str, Any] | None:
        """The `adopted` tag of this file's rows in the connected store, found by id (kept by the adoption;
        a look-up by key, cheap enough for every start): some of them, since merged ones live under another id."""
        present = _tables(source)
        with self._target.engine.connect() as connection:
            for table, column in TAGGED.items():
                if table not in present:
                    continue
                ids = [r[0] for r in source.execute(
                    f"SELECT id FROM {table} WHERE school_id = ? AND server_seq IS NULL LIMIT 50", (info.school_id,))]
                if not ids:
                    continue
                row = connection.exec_driver_sql(
                    f"SELECT json_extract({column}, '$.adopted') FROM {table} WHERE id IN ({', '.join('?' for _ in ids)}) "
                    f"AND json_extract({column}, '$.adopted.client_id') = ? LIMIT 1", (*ids, info.client_id)).fetchone()
                if row is not None and row[0]:
                    return dict(json.loads(row[0]))
        return None

    def _write_mark(self, tag: dict[str, Any]) -> None:
        marker = mark_path(self.source)
        temp = marker.with_name(marker.name + ".tmp")
        temp.write_text(json.dumps(tag, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temp, marker)

    # ---- preview and adoption

    def survey(self, school_id: str) -> AdoptionSurvey | None:
        with _read_only(self.source) as source:
            info = _source_info(source) if source is not None else None
            if source is None or info is None:
                return None
            with self._target.engine.connect() as target:
                plan = self._plan(source, info, target, school_id, user_id="", tag={})
                # A pull always brings the school's own row: a cursor above 0 means this school was pulled.
                pulled = target.exec_driver_sql("SELECT cursor FROM sync_state WHERE school_id = ?", (school_id,)).scalar()
        return AdoptionSurvey(
            source=self.source, school_name=info.school_name, user_names=tuple(sorted({n for n in info.users.values() if n})),
            counts={t: len(plan.rows.get(t, [])) for t in ADOPTED_TABLES}, existing=plan.existing,
            mapped=plan.mapped, files=len(plan.files), files_missing=len(plan.files_missing),
            transitions=frozenset(plan.transitions), document_states=frozenset(plan.document_states),
            inactive_students=plan.inactive_students, school_pulled=bool(pulled))

    def adopt(self, *, school_id: str, school_name: str, user_id: str, user_name: str,
              progress: Progress | None = None) -> AdoptionResult:
        at = datetime.now(UTC)
        with _read_only(self.source) as source:
            info = _source_info(source) if source is not None else None
            if source is None or info is None:
                raise FileNotFoundError(self.source)
            tag = {"from_store": str(self.source), "client_id": info.client_id, "school_name": info.school_name,
                   "user_names": sorted({n for n in info.users.values() if n}), "at": at.isoformat(),
                   "school_id": school_id, "into_school_name": school_name, "by": user_name}
            with self._target.write() as session:
                plan = self._plan(source, info, session.connection, school_id, user_id=user_id, tag=tag)
                self._copy_files(plan)  # content-addressed: an extra file harms nothing if this rolls back
                total = sum(len(rows) for rows in plan.rows.values())
                done = 0
                for number, table in enumerate(ADOPTED_TABLES):
                    for start in range(0, len(plan.rows.get(table, [])), SLICE):
                        part = plan.rows[table][start:start + SLICE]
                        _insert(session.connection, table, part)
                        done += len(part)
                        if progress is not None:
                            progress(done, total)
                    if number == len(ADOPTED_TABLES) // 2:
                        self._crash("mid_write")
                for sha256, size in plan.files.items():
                    session.queue_upload(f"schools/{school_id}/docs/{sha256}", sha256, size)
        self._write_mark(tag)
        mark = _mark_from(tag)
        return AdoptionResult({t: len(plan.rows.get(t, [])) for t in ADOPTED_TABLES}, len(plan.files), mark)

    def _copy_files(self, plan: _Plan) -> None:
        here, there = documents_dir(self.source), documents_dir(self._target.path)
        if here.resolve() == there.resolve():
            return  # both files in the same data folder: the scans are already where connected mode looks
        for sha256 in plan.files:
            relative = Path("sha256") / sha256[:2] / sha256
            target = there / relative
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(here / relative, target)
            except OSError:
                shutil.copyfile(here / relative, target)

    def _plan(self, source: sqlite3.Connection, info: _Source, target: Connection, school_id: str, *,
              user_id: str, tag: dict[str, Any]) -> _Plan:
        plan = _Plan()
        ids: dict[str, str] = {uid: user_id for uid in info.users} | {info.school_id: school_id}
        present = _tables(source)
        here = documents_dir(self.source)
        for table in ADOPTED_TABLES:
            if table not in present:
                continue
            columns = [c for c in local_metadata.tables[table].columns if c.name != "server_seq"]
            rows = [dict(r) for r in source.execute(
                f"SELECT * FROM {table} WHERE school_id = ? AND server_seq IS NULL", (info.school_id,))]
            out: list[dict[str, Any]] = []
            for row in rows:
                if table == "school_years":
                    found = target.exec_driver_sql(
                        "SELECT id FROM school_years WHERE school_id = ? AND name = ? ORDER BY deleted_at IS NOT NULL",
                        (school_id, row["name"])).fetchone()
                    if found is not None:
                        ids[row["id"]] = found[0]
                        plan.mapped[table] = plan.mapped.get(table, 0) + 1
                        continue
                if table == "academic_periods":
                    found = target.exec_driver_sql(
                        "SELECT id FROM academic_periods WHERE school_id = ? AND school_year_id = ? AND number = ?",
                        (school_id, ids.get(row["school_year_id"], row["school_year_id"]), row["number"])).fetchone()
                    if found is not None:
                        ids[row["id"]] = found[0]
                        plan.mapped[table] = plan.mapped.get(table, 0) + 1
                        continue
                values = {c.name: _repoint(row.get(c.name), ids, isinstance(c.type, JSON)) for c in columns
                          if c.name in row}
                values["school_id"] = school_id
                if values.get("r2_object_key"):
                    values["r2_object_key"] = str(values["r2_object_key"]).replace(
                        f"schools/{info.school_id}/", f"schools/{school_id}/")
                self._note(plan, table, values, target, school_id, here)
                if table in TAGGED and tag:
                    column = TAGGED[table]
                    current = json.loads(values[column]) if values.get(column) else {}
                    values[column] = json.dumps({**(current or {}), "adopted": tag})
                out.append(values)
            plan.rows[table] = out
        return plan

    @staticmethod
    def _note(plan: _Plan, table: str, values: dict[str, Any], target: Connection, school_id: str,
              here: Path) -> None:
        """What the preview reports and the permission check needs."""
        if table in PEOPLE and target.exec_driver_sql(
                f"SELECT 1 FROM {table} WHERE school_id = ? AND document_type = ? AND document_number = ? "
                "AND server_seq IS NOT NULL LIMIT 1",  # the school's rows (and the partial unique index's)
                (school_id, values.get("document_type"), values.get("document_number"))).fetchone():
            plan.existing[table] = plan.existing.get(table, 0) + 1
        if table == "students" and not values.get("is_active", 1):
            plan.inactive_students += 1
        if table == "enrollments":
            for entry in json.loads(values.get("status_history") or "[]"):
                if isinstance(entry, dict) and entry.get("from") and entry.get("to"):
                    plan.transitions.add((str(entry["from"]), str(entry["to"])))
        if table == "enrollment_documents":
            if values.get("status"):
                plan.document_states.add(str(values["status"]))
            for entry in (json.loads(values.get("metadata") or "{}") or {}).get("files", []):
                sha256 = str(entry.get("sha256") or "")
                if not sha256 or sha256 in plan.files:
                    continue
                stored = here / "sha256" / sha256[:2] / sha256
                if stored.is_file():
                    plan.files[sha256] = stored.stat().st_size
                else:
                    plan.files_missing.add(sha256)


def _insert(connection: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """As stored in the other file (same app, same storage forms); each row fires its capture trigger."""
    if not rows:
        return
    names = list(rows[0])
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [tuple(row.get(n) for n in names) for row in rows])


def _repoint(value: Any, ids: dict[str, str], is_json: bool) -> Any:
    if value is None:
        return None
    if is_json:
        return json.dumps(_repoint_json(json.loads(value), ids)) if isinstance(value, str) else value
    return ids.get(value, value) if isinstance(value, str) else value


def _repoint_json(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_repoint_json(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _repoint_json(v, ids) for k, v in value.items()}
    return value


def _source_info(source: sqlite3.Connection) -> _Source | None:
    present = _tables(source)
    if "sync_client" not in present:
        return None
    identity = source.execute("SELECT client_id, school_id, user_id FROM sync_client WHERE id = 1").fetchone()
    if identity is None:
        return None
    school = source.execute("SELECT name FROM schools WHERE id = ?", (identity["school_id"],)).fetchone()
    users = {str(r["id"]): str(r["full_name"] or "") for r in source.execute("SELECT id, full_name FROM users")}
    if identity["user_id"]:
        users.setdefault(str(identity["user_id"]), "")
    return _Source(str(identity["school_id"]), str(identity["client_id"]), str(school["name"]) if school else "",
                   users)


def _mark_from(tag: dict[str, Any]) -> AdoptionMark:
    return AdoptionMark(at=datetime.fromisoformat(str(tag.get("at"))), school_id=str(tag.get("school_id") or ""),
                        school_name=str(tag.get("into_school_name") or ""), user_name=str(tag.get("by") or ""),
                        source=str(tag.get("from_store") or ""))


__all__ = ["LocalAdoption", "mark_path"]
