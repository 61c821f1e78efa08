"""A student's ordered guardian links, written inside the caller's transaction (one session, one `tx_id`).

Both `GuardianService` (one link at a time) and `StudentService.save` (the whole list from the student form)
go through these functions, so the rules live once: priorities 1..n, exactly one primary, only real changes
written.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.errors import Conflict, NotFound, ValidationFailed
from desktop_app.domain.relationships import is_relationship
from desktop_app.services.dto import GuardianLinkDraft, StudentGuardianDraft
from desktop_app.services.ports import Record, StoreSession


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
        "school_id": school_id, "student_id": student_id, "guardian_id": guardian_id,
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
    guardian_ids = [item.guardian_id for item in wanted]
    if len(set(guardian_ids)) != len(guardian_ids):
        raise Conflict("guardian_already_linked", field="guardian_id")
    for item in wanted:
        check_relationship(item.link.relationship)
    current = {link["guardian_id"]: link for link in links_of(session, school_id, student_id)}
    for guardian_id, link in current.items():
        if guardian_id not in guardian_ids:
            session.delete("student_guardians", link["id"], school_id=school_id)
    if not wanted:
        return
    marked = [item.guardian_id for item in wanted if item.link.is_primary]
    kept = [g for g in guardian_ids if g in current and current[g]["is_primary"]]
    primary_guardian = (marked or kept or guardian_ids)[-1 if marked else 0]
    order: list[str] = []
    for position, item in enumerate(wanted, start=1):
        existing = current.get(item.guardian_id)
        if existing is None:
            require_guardian(session, school_id, item.guardian_id)
            # written with its final priority and primary flag: no insert-then-patch in the outbox
            existing = insert_link(session, school_id, student_id, item.guardian_id, item.link, position,
                                   primary=item.guardian_id == primary_guardian)
        elif _flags(existing) != _flags_of(item.link):
            patch_link_flags(session, school_id, existing["id"], item.link)
        order.append(existing["id"])
    arrange(session, school_id, student_id, order, order[guardian_ids.index(primary_guardian)])


def _flags(link: Record) -> tuple[str, bool, bool]:
    return link["relationship"], bool(link["can_pickup"]), bool(link["is_emergency_contact"])


def _flags_of(link: GuardianLinkDraft) -> tuple[str, bool, bool]:
    return link.relationship, link.can_pickup, link.is_emergency_contact
