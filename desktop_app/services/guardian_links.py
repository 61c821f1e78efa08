"""A student's ordered guardian links, written inside the caller's transaction (one session, one `tx_id`).

Both `GuardianService` (one link at a time) and `StudentService.save` (the whole list from the student form)
go through these functions, so the rules live once: priorities 1..n, exactly one primary, only real changes
written.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.documents import (
    DOCUMENT_TYPES,
    GUARDIAN_DOCUMENT_TYPES,
    normalize_document_number,
    validate_document,
)
from desktop_app.domain.errors import Conflict, DomainError, FieldError, NotFound, ValidationFailed
from desktop_app.domain.ids import student_guardian_id
from desktop_app.domain.relationships import is_relationship
from desktop_app.domain.text import require_clean_draft
from desktop_app.services._base import clean_text
from desktop_app.services.dto import GuardianDraft, GuardianLinkDraft, StudentGuardianDraft
from desktop_app.services.ports import Record, StoreSession

TEXT_LIMITS = {"full_name": 255, "phone": 30, "email": 255, "occupation": 150, "workplace": 150}


def check_relationship(relationship: str) -> None:
    if not is_relationship(relationship):
        raise ValidationFailed("relationship_unknown", field="relationship", params={"relationship": relationship})


def links_of(session: StoreSession, school_id: str, student_id: str) -> list[Record]:
    """The student's links in priority order."""
    return session.find("student_guardians", school_id=school_id, student_id=student_id,
                        order_by=("priority", "created_at", "id"))


def require_guardian(session: StoreSession, school_id: str, guardian_id: str) -> Record:
    record = session.get("guardians", guardian_id, school_id=school_id)
    if record is None:
        raise NotFound("not_found", field="guardian_id")
    return record


def arrange(session: StoreSession, school_id: str, student_id: str, link_ids: Sequence[str], primary_id: str) -> None:
    """Priorities 1..n in `link_ids` order and exactly one primary; only real changes are written."""
    current = {link["id"]: link for link in links_of(session, school_id, student_id)}
    for position, link_id in enumerate(link_ids, start=1):
        link = current[link_id]
        changes: Record = {}
        if link["priority"] != position:
            changes["priority"] = position
        if bool(link["is_primary"]) != (link_id == primary_id):
            changes["is_primary"] = link_id == primary_id
        if changes:
            session.patch("student_guardians", link_id, changes, school_id=school_id)


def insert_link(session: StoreSession, school_id: str, student_id: str, guardian_id: str,
                link: GuardianLinkDraft, priority: int, *, primary: bool = False) -> Record:
    """A new link row; `arrange` then settles the one primary and the final priorities."""
    return session.insert("student_guardians", {
        "id": student_guardian_id(student_id, guardian_id), "school_id": school_id, "student_id": student_id, "guardian_id": guardian_id,
        "relationship": link.relationship, "is_primary": primary, "priority": priority,
        "can_pickup": link.can_pickup, "is_emergency_contact": link.is_emergency_contact,
    })


def patch_link_flags(session: StoreSession, school_id: str, link_id: str, link: GuardianLinkDraft) -> None:
    session.patch("student_guardians", link_id, {
        "relationship": link.relationship, "can_pickup": link.can_pickup,
        "is_emergency_contact": link.is_emergency_contact,
    }, school_id=school_id)


def links_match(current: Sequence[Record], wanted: Sequence[StudentGuardianDraft]) -> bool:
    """Whether the stored links (in priority order) already are `wanted`: nothing to write."""
    return [(link["guardian_id"], _flags(link), bool(link["is_primary"])) for link in current] == [
        (item.guardian_id, _flags_of(item.link), item.link.is_primary) for item in wanted
    ]


def replace_links(session: StoreSession, school_id: str, student_id: str,
                  wanted: Sequence[StudentGuardianDraft]) -> None:
    """Make the student's links exactly `wanted`, in that order.

    Links no longer wanted are removed, new ones added, changed flags patched. The primary is the one
    marked primary (the last one marked, if several), else the current primary if it stays, else the first.
    """
    for item in wanted:
        check_relationship(item.link.relationship)
    guardian_ids = [_guardian_id_of(session, school_id, item) for item in wanted]
    if len(set(guardian_ids)) != len(guardian_ids):
        raise Conflict("guardian_already_linked", field="guardian_id")
    current = {link["guardian_id"]: link for link in links_of(session, school_id, student_id)}
    for guardian_id, link in current.items():
        if guardian_id not in guardian_ids:
            session.delete("student_guardians", link["id"], school_id=school_id)
    if not wanted:
        return
    marked = [g for g, item in zip(guardian_ids, wanted, strict=True) if item.link.is_primary]
    kept = [g for g in guardian_ids if g in current and current[g]["is_primary"]]
    primary_guardian = (marked or kept or guardian_ids)[-1 if marked else 0]
    order: list[str] = []
    for position, (guardian_id, item) in enumerate(zip(guardian_ids, wanted, strict=True), start=1):
        existing = current.get(guardian_id)
        if existing is None:
            # written with its final priority and primary flag: no insert-then-patch in the outbox
            existing = insert_link(session, school_id, student_id, guardian_id, item.link, position,
                                   primary=guardian_id == primary_guardian)
        elif _flags(existing) != _flags_of(item.link):
            patch_link_flags(session, school_id, existing["id"], item.link)
        order.append(existing["id"])
    arrange(session, school_id, student_id, order, order[guardian_ids.index(primary_guardian)])


def guardian_values(draft: GuardianDraft) -> Record:
    """The guardian's columns from a form's draft, cleaned and checked (ValidationFailed lists every field)."""
    require_clean_draft(draft)  # types, control and invisible characters (domain.text)
    errors: list[FieldError] = []
    doc_type = (draft.document_type or "").strip().upper()
    if doc_type in DOCUMENT_TYPES and doc_type not in GUARDIAN_DOCUMENT_TYPES:
        errors.append(FieldError("document_type", "document_type_not_for_guardian", {"doc_type": doc_type}))
    else:
        errors.extend(validate_document(doc_type, draft.document_number))
    values: Record = {
        "document_type": doc_type,
        "document_number": normalize_document_number(doc_type, draft.document_number),
    }
    for name in ("full_name", "phone", "email", "address", "occupation", "workplace"):
        value = clean_text(getattr(draft, name))
        limit = TEXT_LIMITS.get(name)
        if limit and value and len(value) > limit:
            errors.append(FieldError(name, "too_long", {"max": limit}))
        values[name] = value
    if not values["full_name"]:
        errors.append(FieldError("full_name", "full_name_required"))
    if values["email"] and ("@" not in values["email"] or "." not in values["email"].split("@")[-1]):
        errors.append(FieldError("email", "invalid_email"))
    if values["phone"]:
        digits = "".join(ch for ch in values["phone"] if ch.isdigit())
        if not 7 <= len(digits) <= 10 or not set(values["phone"]) <= set("0123456789 +-()"):
            errors.append(FieldError("phone", "invalid_phone"))
    if errors:
        raise ValidationFailed(errors)
    return values


def refuse_duplicate_guardian(session: StoreSession, school_id: str, values: Record, *,
                              exclude_id: str | None) -> None:
    """One guardian record per document per school (siblings share it)."""
    for other in session.find("guardians", school_id=school_id, document_type=values["document_type"],
                              document_number=values["document_number"]):
        if other["id"] != exclude_id:
            raise Conflict("document_duplicate", field="document_number",
                           params={"name": other["full_name"], "guardian_id": other["id"]})


def _guardian_id_of(session: StoreSession, school_id: str, item: StudentGuardianDraft) -> str:
    """The id of a registered guardian (checked), or of the new guardian registered now."""
    if item.new_guardian is None:
        if not item.guardian_id:
            raise ValidationFailed("required", field="guardian_id")
        require_guardian(session, school_id, item.guardian_id)
        return item.guardian_id
    try:
        values = guardian_values(item.new_guardian)
        refuse_duplicate_guardian(session, school_id, values, exclude_id=None)
    except DomainError as error:
        # the guardian's fields are not on the student's tab: report them under "guardians", not "full_name"
        raise type(error)([FieldError("guardians", e.code, e.params) for e in error.errors]) from error
    return str(session.insert("guardians", {**values, "school_id": school_id})["id"])


def _flags(link: Record) -> tuple[str, bool, bool]:
    return link["relationship"], bool(link["can_pickup"]), bool(link["is_emergency_contact"])


def _flags_of(link: GuardianLinkDraft) -> tuple[str, bool, bool]:
    return link.relationship, link.can_pickup, link.is_emergency_contact
