"""The habeas data authorisation of each matrícula, recorded against a versioned text (Ley 1581).

Versions live append-only in `school_settings.security_settings.habeas_data_versions`; a school whose text
has no version yet gets v1 the first time a consent is recorded. The consent itself is the
`data_processing_consent` checklist row: `accepted_by_guardian_id` (NULL when an adult student signs),
`document_version = "vN"` and `metadata.consent` = {text_sha256, purposes {code: bool}, signed_on,
recorded_at, recorded_by, channel, minor_heard, titular, revocations[]}. Revocations are appended; nothing
is erased. The item becomes *Validado* only with the signed scan attached (EnrollmentService checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.domain.checklist import ChecklistItem, ItemState, mark_item
from desktop_app.domain.consent import (
    CHANNEL_SIGNED_PAPER,
    CONSENT_CODE,
    DEFAULT_PURPOSES,
    VERSIONS_KEY,
    ConsentVersion,
    Purpose,
    check_answers,
    check_signer,
    next_version,
    outdated_enrollment_ids,
    versions_from,
)
from desktop_app.domain.errors import Conflict, NotFound, ValidationFailed
from desktop_app.domain.grades import age_on
from desktop_app.domain.permissions import Action
from desktop_app.services._base import Service, utc_now
from desktop_app.services.context import TenantContext
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.ports import Record, Store, StoreSession

MAX_REVOCATION_REASON = 300


@dataclass(frozen=True)
class ConsentRecord:
    """What the screens show of one matrícula's consent."""

    version: str
    current_version: str
    purposes: Mapping[str, bool]
    revoked: frozenset[str]
    titular: str
    guardian_id: str | None

    @property
    def outdated(self) -> bool:
        """Recorded with an older text: "Autorización con texto anterior (v2)"."""
        return self.version != self.current_version


class ConsentService(Service):
    """Publishes consent texts and records, revokes and reads each matrícula's authorisation."""

    def __init__(self, store: Store, context: TenantContext, *, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(store, context, clock=clock)
        self._enrollments = EnrollmentService(store, context, clock=clock)

    def versions(self) -> list[ConsentVersion]:
        self._require(Action.student_view)
        with self._store.read() as session:
            return versions_from(self._security(session))

    def publish(self, text: str, purposes: Sequence[Purpose] = DEFAULT_PURPOSES) -> ConsentVersion:
        """Make `text` with `purposes` the current version (appended only if the text or purposes changed)."""
        self._require(Action.school_settings_edit)
        with self._store.write() as session:
            version = self._ensure_version(session, text, purposes)
            session.patch("school_settings", self._school_id, {"habeas_data_text": version.text},
                          school_id=self._school_id)
            return version

    def record(
        self, enrollment_id: str, *, guardian_id: str | None, answers: Mapping[str, bool | None],
        signed_on: date, minor_heard: bool,
    ) -> ChecklistItem:
        """Record the signed authorisation of the current text; Falta/Rechazado → Recibido (por validar)."""
        self._require(Action.document_receive)
        with self._store.write() as session:
            enrollment = self._enrollments._enrollment(session, enrollment_id)
            settings = session.get("school_settings", self._school_id, school_id=self._school_id) or {}
            version = self._ensure_version(session, str(settings.get("habeas_data_text") or ""), DEFAULT_PURPOSES,
                                           keep_purposes=True)
            purposes = check_answers(version.purposes, answers)
            titular = check_signer(self._age(session, enrollment, signed_on),
                                   self._relationship(session, enrollment["student_id"], guardian_id))
            item = self._item(session, enrollment)
            if item.state in (ItemState.missing, ItemState.rejected):
                item = mark_item(item, ItemState.received, roles=self._context.roles,
                                 by_user_id=self._context.user_id, at=self._now())
            consent = {
                "text_sha256": version.sha256, "purposes": purposes, "signed_on": signed_on.isoformat(),
                "recorded_at": self._now().isoformat(), "recorded_by": self._context.user_id,
                "channel": CHANNEL_SIGNED_PAPER, "minor_heard": bool(minor_heard), "titular": titular,
                "revocations": [],
            }
            self._enrollments._save_item(
                session, enrollment, item,
                columns={"accepted_by_guardian_id": guardian_id, "document_version": version.version},
                metadata={"consent": consent})
            return self._item(session, enrollment)

    def revoke(self, enrollment_id: str, purpose: str, reason: str, on_date: date) -> ConsentRecord:
        """Append a revocation of one purpose (who, when, why); the consent itself stays as it was."""
        self._require(Action.document_receive)
        cleaned = " ".join((reason or "").split())
        if not cleaned:
            raise ValidationFailed("reason_required", field="reason", params={"action": "revocar la autorización"})
        if len(cleaned) > MAX_REVOCATION_REASON:
            raise ValidationFailed("reason_too_long", field="reason", params={"max": MAX_REVOCATION_REASON})
        with self._store.write() as session:
            row, consent = self._consent(session, enrollment_id)
            if purpose not in consent.get("purposes", {}):
                raise ValidationFailed("invalid_value", field="purpose", params={"value": purpose})
            revocation = {"purpose": purpose, "date": on_date.isoformat(), "by": self._context.user_id,
                          "reason": cleaned}
            metadata = {**(row.get("metadata") or {}),
                        "consent": {**consent, "revocations": [*consent.get("revocations", []), revocation]}}
            session.patch("enrollment_documents", row["id"], {"metadata": metadata}, school_id=self._school_id)
            return self._summary(session, enrollment_id)

    def outdated_enrollment_ids(self) -> list[str]:
        """Matrículas whose consent names an older text than the current one (to ask the family again)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            rows = session.find("enrollment_documents", school_id=self._school_id, document_type=CONSENT_CODE)
            return sorted(outdated_enrollment_ids(rows, versions_from(self._security(session))))

    def summary(self, enrollment_id: str) -> ConsentRecord | None:
        self._require(Action.student_view)
        with self._store.read() as session:
            try:
                return self._summary(session, enrollment_id)
            except NotFound:
                return None

    def _summary(self, session: StoreSession, enrollment_id: str) -> ConsentRecord:
        row, consent = self._consent(session, enrollment_id)
        versions = versions_from(self._security(session))
        revoked = frozenset(r["purpose"] for r in consent.get("revocations", []))
        return ConsentRecord(
            version=str(row.get("document_version") or ""), current_version=versions[-1].version if versions else "",
            purposes={k: bool(v) and k not in revoked for k, v in consent.get("purposes", {}).items()},
            revoked=revoked, titular=str(consent.get("titular", "")), guardian_id=row.get("accepted_by_guardian_id"),
        )

    def _consent(self, session: StoreSession, enrollment_id: str) -> tuple[Record, dict[str, Any]]:
        found = session.find("enrollment_documents", school_id=self._school_id, enrollment_id=enrollment_id,
                             document_type=CONSENT_CODE)
        consent = ((found[0].get("metadata") or {}).get("consent") if found else None) or {}
        if not found or not consent:
            raise NotFound("consent_not_recorded", field="enrollment_id")
        return found[0], dict(consent)

    def _security(self, session: StoreSession) -> dict[str, Any]:
        settings = session.get("school_settings", self._school_id, school_id=self._school_id) or {}
        return dict(settings.get("security_settings") or {})

    def preview(self) -> ConsentVersion | None:
        """The version a consent recorded now would name (the printed form shows it); None without a text."""
        self._require(Action.student_view)
        with self._store.read() as session:
            settings = session.get("school_settings", self._school_id, school_id=self._school_id) or {}
            text = str(settings.get("habeas_data_text") or "")
            if not text.strip():
                return None
            versions, added = self._pending(session, text, DEFAULT_PURPOSES, keep_purposes=True)
            return added or versions[-1]

    def _pending(
        self, session: StoreSession, text: str, purposes: Sequence[Purpose], *, keep_purposes: bool,
    ) -> tuple[list[ConsentVersion], ConsentVersion | None]:
        versions = versions_from(self._security(session))
        if keep_purposes and versions:
            purposes = versions[-1].purposes  # recording a consent never changes the purposes
        return versions, next_version(versions, text, purposes, self._today().isoformat())

    def _ensure_version(
        self, session: StoreSession, text: str, purposes: Sequence[Purpose], *, keep_purposes: bool = False,
    ) -> ConsentVersion:
        """The current version for `text`, appending one (append-only list) when the text or purposes changed."""
        versions, added = self._pending(session, text, purposes, keep_purposes=keep_purposes)
        if added is None:
            return versions[-1]
        security = self._security(session)
        history = [*(security.get(VERSIONS_KEY) or []), added.as_json()]
        session.patch("school_settings", self._school_id, {"security_settings": {**security, VERSIONS_KEY: history}},
                      school_id=self._school_id)
        return added

    def _age(self, session: StoreSession, enrollment: Record, on_date: date) -> int | None:
        student = session.get("students", enrollment["student_id"], school_id=self._school_id) or {}
        birth = student.get("birth_date")
        return age_on(birth, on_date) if isinstance(birth, date) else None

    def _relationship(self, session: StoreSession, student_id: str, guardian_id: str | None) -> str | None:
        if guardian_id is None:
            return None
        links = session.find("student_guardians", school_id=self._school_id, student_id=student_id,
                             guardian_id=guardian_id)
        if not links:
            raise Conflict("guardian_not_linked", field="guardian_id")
        return str(links[0]["relationship"])

    def _item(self, session: StoreSession, enrollment: Record) -> ChecklistItem:
        items = self._enrollments._items(session, enrollment)
        item = next((i for i in items if i.requirement.code == CONSENT_CODE), None)
        if item is None:
            raise NotFound("requirement_unknown", field="requirement_code", params={"code": CONSENT_CODE})
        return item
