"""The school's own data and settings: name, NIT, resolution, branding with the logo, habeas data text,
and the rules that change the enrollment document checklist."""

from __future__ import annotations

import base64
import re
import struct
import zlib
from typing import Any

from desktop_app.domain.checklist import validate_school_rules
from desktop_app.domain.errors import FieldError, NotFound, ValidationFailed
from desktop_app.domain.nit import normalize_nit
from desktop_app.domain.permissions import Action
from desktop_app.services._base import Service, clean_text
from desktop_app.services.dto import SchoolInfo
from desktop_app.services.enrollments import CHECKLIST_RULES_KEY
from desktop_app.services.ports import StoreSession

UNSET: Any = object()  # "not passed": None means "clear it"
MAX_SCHOOL_NAME = 255
MAX_RESOLUTION = 100
MAX_LOGO_BYTES = 1_000_000
MAX_ADDRESS = 200
MAX_PHONE = 30
MAX_HABEAS_DATA = 5000
LOGO_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
DANE_CODE_KEY = "codigo_dane"  # in simat_settings, the name SIMAT gives it
_DANE_CODE = re.compile(r"\d{12}")  # the DANE code of an educational establishment has 12 digits
_PHONE_CHARACTERS = frozenset("0123456789 +-()")


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
        dane_code: str | None = UNSET,
        address: str | None = UNSET,
        phone: str | None = UNSET,
        branding: dict[str, Any] = UNSET,
        logo: bytes | None = UNSET,
        habeas_data_text: str | None = UNSET,
        checklist_rules: dict[str, Any] | None = UNSET,
    ) -> SchoolInfo:
        """Change only the settings passed, in one transaction; NIT is stored in its normal form ("900123456-7").

        `branding` keys replace those keys only; every other key of the JSON columns (set by another version
        or by the server) is kept. `logo` accepts PNG or JPEG bytes (None removes it); it is kept inside the
        branding JSON. `checklist_rules` is the override `domain/checklist_rules.py` validates (None: defaults).
        """
        self._require(Action.school_settings_edit)
        errors: list[FieldError] = []
        school_changes: dict[str, Any] = {}
        branding_changes: dict[str, Any] = dict(branding) if branding is not UNSET else {}
        simat_changes: dict[str, Any] = {}
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
            school_changes["resolution"] = _limited(resolution, "resolution", MAX_RESOLUTION, errors)
        if dane_code is not UNSET:
            cleaned = "".join((dane_code or "").split())
            if cleaned and not _DANE_CODE.fullmatch(cleaned):
                errors.append(FieldError("dane_code", "dane_code_invalid"))
            simat_changes[DANE_CODE_KEY] = cleaned or None
        if address is not UNSET:
            branding_changes["address"] = _limited(address, "address", MAX_ADDRESS, errors)
        if phone is not UNSET:
            cleaned = _limited(phone, "phone", MAX_PHONE, errors)
            digits = sum(ch.isdigit() for ch in cleaned or "")
            if cleaned and (not 7 <= digits <= 10 or not set(cleaned) <= _PHONE_CHARACTERS):
                errors.append(FieldError("phone", "invalid_phone"))
            branding_changes["phone"] = cleaned
        if habeas_data_text is not UNSET:
            text = (habeas_data_text or "").strip() or None
            if text and len(text) > MAX_HABEAS_DATA:
                errors.append(FieldError("habeas_data_text", "too_long", {"max": MAX_HABEAS_DATA}))
            settings_changes["habeas_data_text"] = text
        if logo is not UNSET:
            branding_changes["logo"] = None if logo is None else self._logo_json(logo, errors)
        if checklist_rules is not UNSET:
            errors.extend(validate_school_rules(checklist_rules))
            simat_changes[CHECKLIST_RULES_KEY] = checklist_rules
        if errors:
            raise ValidationFailed(errors)
        with self._store.write() as session:
            settings = self._ensure_settings(session)
            if branding_changes:
                settings_changes["branding_settings"] = _merged(settings.get("branding_settings"), branding_changes)
            if simat_changes:
                settings_changes["simat_settings"] = _merged(settings.get("simat_settings"), simat_changes)
            if school_changes:
                session.patch("schools", self._school_id, school_changes, school_id=self._school_id)
            if settings_changes:
                session.patch("school_settings", self._school_id, settings_changes, school_id=self._school_id)
            return self._info(session)

    def checklist_rules(self) -> dict[str, Any] | None:
        return self.info().checklist_rules

    def set_checklist_rules(self, rules: dict[str, Any] | None) -> SchoolInfo:
        """Replace the school's changes to the default checklist (None goes back to the default list)."""
        return self.update_settings(checklist_rules=rules)

    def _info(self, session: StoreSession) -> SchoolInfo:
        school = session.get("schools", self._school_id, school_id=self._school_id)
        if school is None:
            raise NotFound("not_found", field="school_id")
        settings = session.get("school_settings", self._school_id, school_id=self._school_id)
        settings = settings or {}
        simat = settings.get("simat_settings") or {}
        rules = simat.get(CHECKLIST_RULES_KEY)
        return SchoolInfo(
            school_id=school["id"], name=school["name"], nit=school.get("nit"),
            resolution=school.get("resolution"), branding=dict(settings.get("branding_settings") or {}),
            habeas_data_text=settings.get("habeas_data_text"),
            checklist_rules=rules if isinstance(rules, dict) else None,
            dane_code=simat.get(DANE_CODE_KEY) or None,
        )

    def _ensure_settings(self, session: StoreSession) -> dict[str, Any]:
        # A school pulled from the server may arrive before its settings row.
        settings = session.get("school_settings", self._school_id, school_id=self._school_id)
        return settings or session.insert("school_settings", {"school_id": self._school_id})

    @staticmethod
    def _logo_json(logo: bytes, errors: list[FieldError]) -> dict[str, str] | None:
        media_type = next((kind for magic, kind in LOGO_SIGNATURES.items() if logo.startswith(magic)), None)
        if media_type is None or not _looks_whole(logo, media_type):
            errors.append(FieldError("logo", "logo_not_image"))
            return None
        if len(logo) > MAX_LOGO_BYTES:
            errors.append(FieldError("logo", "logo_too_large", {"max_kb": MAX_LOGO_BYTES // 1000}))
            return None
        return {"media_type": media_type, "data_base64": base64.b64encode(logo).decode("ascii")}


def _limited(value: str | None, field: str, limit: int, errors: list[FieldError]) -> str | None:
    cleaned = clean_text(value)
    if cleaned and len(cleaned) > limit:
        errors.append(FieldError(field, "too_long", {"max": limit}))
    return cleaned


def _merged(current: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """The stored JSON object with `changes` applied; a None value removes its key, other keys stay."""
    merged = dict(current) if isinstance(current, dict) else {}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def _looks_whole(data: bytes, media_type: str) -> bool:
    """A cheap structural check without an image library (the screen also decodes it with Qt): a PNG's
    chunks must all be there with their CRCs up to IEND; a JPEG must have its end-of-image marker."""
    if media_type == "image/jpeg":
        # some cameras and editors append data after the end-of-image marker: it only has to be there
        return data.rfind(b"\xff\xd9") > 2
    position, seen_header = 8, False
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body_end = position + 8 + length
        if body_end + 4 > len(data):
            return False
        (crc,) = struct.unpack(">I", data[body_end:body_end + 4])
        if zlib.crc32(data[position + 4:body_end]) != crc:
            return False
        seen_header = seen_header or kind == b"IHDR"
        if kind == b"IEND":
            return seen_header
        position = body_end + 4
    return False
