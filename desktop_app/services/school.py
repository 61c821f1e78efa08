"""The school's own data and settings: name, NIT, resolution, branding with the logo, habeas data text,
and the rules that change the enrollment document checklist."""

from __future__ import annotations

import base64
from typing import Any

from desktop_app.domain.checklist import validate_school_rules
from desktop_app.domain.errors import FieldError, NotFound, ValidationFailed
from desktop_app.domain.nit import normalize_nit
from desktop_app.domain.permissions import Action
from desktop_app.services._base import Service, clean_text
from desktop_app.services.dto import SchoolInfo
from desktop_app.services.enrollments import CHECKLIST_RULES_KEY
from desktop_app.services.ports import StoreSession

UNSET: Any = object()
MAX_SCHOOL_NAME = 255
MAX_RESOLUTION = 100
MAX_LOGO_BYTES = 1_000_000
LOGO_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


class SchoolService(Service):
    """Reads and edits the context school's identity and settings."""

    def info(self) -> SchoolInfo:
        self._require(Action.student_view)
        with self._store.read() as session:
            return self._info(session)

    def update_settings(
        self,
        *,
        name: str = UNSET,
        nit: str | None = UNSET,
        resolution: str | None = UNSET,
        branding: dict[str, Any] = UNSET,
        logo: bytes | None = UNSET,
        habeas_data_text: str | None = UNSET,
    ) -> SchoolInfo:
        """Change only the settings passed; NIT is stored in its normal form ("900123456-7").

        `logo` accepts PNG or JPEG bytes (None removes it); it is kept inside the branding JSON.
        """
        self._require(Action.school_settings_edit)
        errors: list[FieldError] = []
        school_changes: dict[str, Any] = {}
        settings_changes: dict[str, Any] = {}
        if name is not UNSET:
            cleaned = clean_text(name)
            if not cleaned:
                errors.append(FieldError("name", "required"))
            elif len(cleaned) > MAX_SCHOOL_NAME:
                errors.append(FieldError("name", "too_long", {"max": MAX_SCHOOL_NAME}))
            school_changes["name"] = cleaned
        if nit is not UNSET:
            if clean_text(nit):
                try:
                    school_changes["nit"] = normalize_nit(nit)
                except ValidationFailed as error:
                    errors.extend(error.errors)
            else:
                school_changes["nit"] = None
        if resolution is not UNSET:
            cleaned = clean_text(resolution)
            if cleaned and len(cleaned) > MAX_RESOLUTION:
                errors.append(FieldError("resolution", "too_long", {"max": MAX_RESOLUTION}))
            school_changes["resolution"] = cleaned
        if habeas_data_text is not UNSET:
            settings_changes["habeas_data_text"] = (habeas_data_text or "").strip() or None
        logo_value: Any = UNSET
        if logo is not UNSET:
            logo_value = None if logo is None else self._logo_json(logo, errors)
        if errors:
            raise ValidationFailed(errors)
        with self._store.write() as session:
            self._ensure_settings(session)
            current = self._info(session)
            if branding is not UNSET or logo_value is not UNSET:
                new_branding = dict(branding) if branding is not UNSET else dict(current.branding)
                if logo_value is not UNSET:
                    new_branding.pop("logo", None)
                    if logo_value is not None:
                        new_branding["logo"] = logo_value
                elif "logo" in current.branding and "logo" not in new_branding:
                    new_branding["logo"] = current.branding["logo"]
                settings_changes["branding_settings"] = new_branding
            if school_changes:
                session.patch("schools", self._school_id, school_changes, school_id=self._school_id)
            if settings_changes:
                session.patch("school_settings", self._school_id, settings_changes, school_id=self._school_id)
            return self._info(session)

    def checklist_rules(self) -> dict[str, Any] | None:
        return self.info().checklist_rules

    def set_checklist_rules(self, rules: dict[str, Any] | None) -> SchoolInfo:
        """Replace the school's changes to the default checklist (None goes back to the default list)."""
        self._require(Action.school_settings_edit)
        if rules is not None:
            errors = validate_school_rules(rules)
            if errors:
                raise ValidationFailed(errors)
        with self._store.write() as session:
            settings = self._ensure_settings(session)
            simat = dict(settings.get("simat_settings") or {})
            if rules is None:
                simat.pop(CHECKLIST_RULES_KEY, None)
            else:
                simat[CHECKLIST_RULES_KEY] = rules
            session.patch("school_settings", self._school_id, {"simat_settings": simat}, school_id=self._school_id)
            return self._info(session)

    def _info(self, session: StoreSession) -> SchoolInfo:
        school = session.get("schools", self._school_id, school_id=self._school_id)
        if school is None:
            raise NotFound("not_found", field="school_id")
        settings = session.get("school_settings", self._school_id, school_id=self._school_id)
        settings = settings or {}
        rules = (settings.get("simat_settings") or {}).get(CHECKLIST_RULES_KEY)
        return SchoolInfo(
            school_id=school["id"], name=school["name"], nit=school.get("nit"),
            resolution=school.get("resolution"), branding=dict(settings.get("branding_settings") or {}),
            habeas_data_text=settings.get("habeas_data_text"),
            checklist_rules=rules if isinstance(rules, dict) else None,
        )

    def _ensure_settings(self, session: StoreSession) -> dict[str, Any]:
        # A school pulled from the server may arrive before its settings row.
        settings = session.get("school_settings", self._school_id, school_id=self._school_id)
        return settings or session.insert("school_settings", {"school_id": self._school_id})

    @staticmethod
    def _logo_json(logo: bytes, errors: list[FieldError]) -> dict[str, str] | None:
        media_type = next((kind for magic, kind in LOGO_SIGNATURES.items() if logo.startswith(magic)), None)
        if media_type is None:
            errors.append(FieldError("logo", "invalid_value", {"value": "logo"}))
            return None
        if len(logo) > MAX_LOGO_BYTES:
            errors.append(FieldError("logo", "too_long", {"max": MAX_LOGO_BYTES}))
            return None
        return {"media_type": media_type, "data_base64": base64.b64encode(logo).decode("ascii")}
