"""Guardians (acudientes): one record per person per school, shared by siblings, linked to students."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.documents import (
    normalize_document_number,
)
from desktop_app.domain.errors import Conflict, NotFound
from desktop_app.domain.permissions import Action
from desktop_app.services._base import Service
from desktop_app.services.dto import (
    GuardianDraft,
    GuardianLinkDraft,
    GuardianRow,
    LinkedGuardianRow,
    StudentRow,
)
from desktop_app.services.guardian_links import (
    arrange,
    check_relationship,
    guardian_values,
    insert_link,
    links_of,
    patch_link_flags,
    refuse_duplicate_guardian,
    require_guardian,
)
from desktop_app.services.ports import Record, StoreSession
from desktop_app.services.students import search_words, student_row


def guardian_row(record: Record) -> GuardianRow:
    return GuardianRow(
        id=record["id"], document_type=record["document_type"], document_number=record["document_number"],
        full_name=record["full_name"], phone=record.get("phone"), email=record.get("email"),
        address=record.get("address"), occupation=record.get("occupation"), workplace=record.get("workplace"),
        is_active=bool(record["is_active"]),
    )


def linked_row(link: Record, guardian: Record) -> LinkedGuardianRow:
    return LinkedGuardianRow(
        link_id=link["id"], student_id=link["student_id"], guardian=guardian_row(guardian),
        relationship=link["relationship"], is_primary=bool(link["is_primary"]), priority=int(link["priority"]),
        can_pickup=bool(link["can_pickup"]), is_emergency_contact=bool(link["is_emergency_contact"]),
    )


class GuardianService(Service):
    """Registers guardians and keeps each student's ordered list of them (exactly one primary)."""

    def create(self, draft: GuardianDraft) -> GuardianRow:
        """Save a new guardian; a document already registered is refused (use `find_by_document` to reuse)."""
        self._require(Action.guardian_edit)
        values = self._validated(draft)
        with self._store.write() as session:
            self._refuse_duplicate(session, values, exclude_id=None)
            record = session.insert("guardians", {**values, "school_id": self._school_id})
        return guardian_row(record)

    def check(self, draft: GuardianDraft) -> None:
        """Refuse, without writing, what `create` would refuse: the student form checks a new guardian
        when it is added to the list and registers it with the student's save (one transaction)."""
        self._require(Action.guardian_edit)
        values = self._validated(draft)
        with self._store.read() as session:
            self._refuse_duplicate(session, values, exclude_id=None)

    def update(self, guardian_id: str, draft: GuardianDraft, *, resends: int | None = None) -> GuardianRow:
        """`resends`: the rejected change this save corrects (Revisión), retired in the same transaction."""
        self._require(Action.guardian_edit)
        values = self._validated(draft)
        with self._store.write() as session:
            self._guardian(session, guardian_id)
            self._refuse_duplicate(session, values, exclude_id=guardian_id)
            record = session.patch("guardians", guardian_id, values, school_id=self._school_id)
            if resends is not None:
                session.resend_rejected(resends, school_id=self._school_id, user_id=self._context.user_id)
        return guardian_row(record)

    def deactivate(self, guardian_id: str) -> GuardianRow:
        """Soft delete: the guardian leaves searches (links stay, so history is kept); `reactivate` undoes it."""
        return self._set_active(guardian_id, active=False)

    def reactivate(self, guardian_id: str) -> GuardianRow:
        return self._set_active(guardian_id, active=True)

    def _set_active(self, guardian_id: str, *, active: bool) -> GuardianRow:
        self._require(Action.guardian_edit)
        with self._store.write() as session:
            self._guardian(session, guardian_id)
            record = session.patch("guardians", guardian_id, {"is_active": active}, school_id=self._school_id)
        return guardian_row(record)

    def get(self, guardian_id: str) -> GuardianRow:
        self._require(Action.student_view)
        with self._store.read() as session:
            return guardian_row(self._guardian(session, guardian_id))

    def find_by_document(self, document_type: str, document_number: str) -> GuardianRow | None:
        """The guardian already registered with this document (as typed, normalized), if any."""
        self._require(Action.student_view)
        doc_type = (document_type or "").strip().upper()
        number = normalize_document_number(doc_type, document_number)
        with self._store.read() as session:
            found = session.find("guardians", school_id=self._school_id, document_type=doc_type,
                                 document_number=number)
        return guardian_row(found[0]) if found else None

    def list_ids(self, text: str = "", *, active_only: bool = True) -> list[str]:
        self._require(Action.student_view)
        with self._store.read() as session:
            return session.guardian_ids(school_id=self._school_id, words=search_words(text), active_only=active_only)

    def rows(self, ids: Sequence[str]) -> list[GuardianRow]:
        self._require(Action.student_view)
        with self._store.read() as session:
            by_id = {r["id"]: r for r in session.find_in("guardians", "id", ids, school_id=self._school_id)}
        return [guardian_row(by_id[i]) for i in ids if i in by_id]

    def link(self, student_id: str, guardian_id: str, link: GuardianLinkDraft) -> LinkedGuardianRow:
        """Link a guardian to a student. The first link becomes primary; a new primary replaces the old."""
        self._require(Action.guardian_edit)
        check_relationship(link.relationship)
        with self._store.write() as session:
            self._student(session, student_id)
            self._guardian(session, guardian_id)
            links = self._links(session, student_id)
            if any(existing["guardian_id"] == guardian_id for existing in links):
                raise Conflict("guardian_already_linked", field="guardian_id")
            record = insert_link(session, self._school_id, student_id, guardian_id, link, len(links) + 1)
            order = [existing["id"] for existing in links]
            position = len(order) if link.priority is None else max(0, min(len(order), link.priority - 1))
            order.insert(position, record["id"])
            current_primary = next((existing["id"] for existing in links if existing["is_primary"]), None)
            primary = record["id"] if link.is_primary or current_primary is None else current_primary
            self._arrange(session, student_id, order, primary)
            return self._linked(session, student_id, guardian_id)

    def update_link(self, student_id: str, guardian_id: str, link: GuardianLinkDraft) -> LinkedGuardianRow:
        """Change the relationship, flags, primary or position of an existing link."""
        self._require(Action.guardian_edit)
        check_relationship(link.relationship)
        with self._store.write() as session:
            links = self._links(session, student_id)
            target = next((existing for existing in links if existing["guardian_id"] == guardian_id), None)
            if target is None:
                raise NotFound("guardian_not_linked", field="guardian_id")
            if target["is_primary"] and not link.is_primary:
                # Exactly one primary: the way to change it is to make another guardian primary.
                raise Conflict("primary_guardian_required", field="is_primary")
            patch_link_flags(session, self._school_id, target["id"], link)
            order = [existing["id"] for existing in links]
            if link.priority is not None:
                order.remove(target["id"])
                order.insert(max(0, min(len(order), link.priority - 1)), target["id"])
            primary = target["id"] if link.is_primary else next(e["id"] for e in links if e["is_primary"])
            self._arrange(session, student_id, order, primary)
            return self._linked(session, student_id, guardian_id)

    def unlink(self, student_id: str, guardian_id: str) -> None:
        """Remove the link (the guardian record stays); the next guardian in order becomes primary."""
        self._require(Action.guardian_edit)
        with self._store.write() as session:
            links = self._links(session, student_id)
            target = next((existing for existing in links if existing["guardian_id"] == guardian_id), None)
            if target is None:
                raise NotFound("guardian_not_linked", field="guardian_id")
            session.delete("student_guardians", target["id"], school_id=self._school_id)
            remaining = [existing for existing in links if existing["id"] != target["id"]]
            if remaining:
                primary = next((e["id"] for e in remaining if e["is_primary"]), remaining[0]["id"])
                self._arrange(session, student_id, [e["id"] for e in remaining], primary)

    def reorder(self, student_id: str, guardian_ids: Sequence[str]) -> list[LinkedGuardianRow]:
        """Set the order of a student's guardians: priorities become 1..n in this order."""
        self._require(Action.guardian_edit)
        with self._store.write() as session:
            links = self._links(session, student_id)
            by_guardian = {existing["guardian_id"]: existing for existing in links}
            if sorted(guardian_ids) != sorted(by_guardian) or len(set(guardian_ids)) != len(guardian_ids):
                raise Conflict("guardian_order_mismatch", field="guardian_ids")
            if not links:
                return []
            primary = next((e["id"] for e in links if e["is_primary"]), by_guardian[guardian_ids[0]]["id"])
            self._arrange(session, student_id, [by_guardian[g]["id"] for g in guardian_ids], primary)
            return self._linked_all(session, student_id)

    def guardians_of(self, student_id: str) -> list[LinkedGuardianRow]:
        self._require(Action.student_view)
        with self._store.read() as session:
            return self._linked_all(session, student_id)

    def students_of(self, guardian_id: str) -> list[StudentRow]:
        """The students this guardian is linked to (siblings share the guardian record)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            links = session.find("student_guardians", school_id=self._school_id, guardian_id=guardian_id)
            ids = [link["student_id"] for link in links]
            records = session.student_rows(ids, school_id=self._school_id)
        return sorted((student_row(r) for r in records), key=lambda row: row.full_name)

    def _validated(self, draft: GuardianDraft) -> Record:
        return guardian_values(draft)

    def _refuse_duplicate(self, session: StoreSession, values: Record, *, exclude_id: str | None) -> None:
        refuse_duplicate_guardian(session, self._school_id, values, exclude_id=exclude_id)

    def _guardian(self, session: StoreSession, guardian_id: str) -> Record:
        return require_guardian(session, self._school_id, guardian_id)

    def _student(self, session: StoreSession, student_id: str) -> Record:
        record = session.get("students", student_id, school_id=self._school_id)
        if record is None:
            raise NotFound("not_found", field="student_id")
        return record

    def _links(self, session: StoreSession, student_id: str) -> list[Record]:
        return links_of(session, self._school_id, student_id)

    def _arrange(self, session: StoreSession, student_id: str, link_ids: Sequence[str], primary_id: str) -> None:
        arrange(session, self._school_id, student_id, link_ids, primary_id)

    def _linked_all(self, session: StoreSession, student_id: str) -> list[LinkedGuardianRow]:
        links = self._links(session, student_id)
        guardians = {g["id"]: g for g in session.find_in(
            "guardians", "id", [link["guardian_id"] for link in links], school_id=self._school_id)}
        return [linked_row(link, guardians[link["guardian_id"]]) for link in links]

    def _linked(self, session: StoreSession, student_id: str, guardian_id: str) -> LinkedGuardianRow:
        return next(row for row in self._linked_all(session, student_id) if row.guardian.id == guardian_id)
