"""The habeas data authorisation (Ley 1581 de 2012 art. 7 y 9; Decreto 1377 de 2013 art. 12, compiled in
Decreto 1074 de 2015): versioned texts with purposes, and who may sign for a student.

The SIC asks that the authorisation be prior, express and informed, given by the legal representative after
hearing the minor, and obtained in a way that can be checked later: so each version keeps its exact text and
SHA-256, each recorded consent names its version and a yes/no per purpose, and nothing is ever erased.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from desktop_app.domain.errors import FieldError, ValidationFailed, raise_if_errors
from desktop_app.domain.relationships import LEGAL_REPRESENTATIVE_BY_DEFAULT

CONSENT_CODE = "data_processing_consent"
VERSIONS_KEY = "habeas_data_versions"  # in school_settings.security_settings (append-only)
ADULT_AGE = 18
CHANNEL_SIGNED_PAPER = "papel_firmado"
# The Matrículas list's filter value (in place of a status) for consents recorded with an older text.
OUTDATED_CONSENT_FILTER = "consent_outdated"


@dataclass(frozen=True)
class Purpose:
    """One thing the school does with the data, authorised or not on its own."""

    code: str
    label: str
    required: bool
    sensitive: bool = False  # Ley 1581 art. 5-6: health data; may be refused without consequence


DEFAULT_PURPOSES: tuple[Purpose, ...] = (
    Purpose("matricula", "Matrícula y gestión académica", required=True),
    Purpose("simat", "Reporte al SIMAT", required=True),
    Purpose("contacto", "Contacto con la familia", required=True),
    Purpose("salud_piar", "Salud y PIAR", required=False, sensitive=True),
    Purpose("imagen", "Uso de imagen", required=False),
)


@dataclass(frozen=True)
class ConsentVersion:
    version: str  # "v1", "v2", …
    sha256: str
    text: str
    purposes: tuple[Purpose, ...]
    valid_from: str  # ISO date

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "purposes": [asdict(p) for p in self.purposes]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConsentVersion:
        return cls(str(data["version"]), str(data["sha256"]), str(data["text"]),
                   tuple(Purpose(**p) for p in data.get("purposes", ())), str(data["valid_from"]))

    @property
    def short_hash(self) -> str:
        return self.sha256[:8]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def versions_from(settings_json: Mapping[str, Any] | None) -> list[ConsentVersion]:
    return [ConsentVersion.from_json(v) for v in ((settings_json or {}).get(VERSIONS_KEY) or [])]


def next_version(
    versions: Sequence[ConsentVersion], text: str, purposes: Sequence[Purpose], valid_from: str
) -> ConsentVersion | None:
    """The version to append for this text and purposes, or None when the latest one already says the same."""
    text = text.strip()
    if not text:
        raise ValidationFailed("consent_text_missing", field="habeas_data_text")
    codes = [p.code for p in purposes]
    if not purposes or len(set(codes)) != len(codes):
        raise ValidationFailed("invalid_value", field="purposes", params={"value": ", ".join(codes)})
    if any(not p.code.strip() or not p.label.strip() for p in purposes):
        raise ValidationFailed("consent_purpose_incomplete", field="purposes")
    digest = text_sha256(text)
    if versions and versions[-1].sha256 == digest and versions[-1].purposes == tuple(purposes):
        return None
    return ConsentVersion(f"v{len(versions) + 1}", digest, text, tuple(purposes), valid_from)


def check_answers(purposes: Sequence[Purpose], answers: Mapping[str, bool | None]) -> dict[str, bool]:
    """Every purpose answered Autoriza (True) or No autoriza (False): there is no default."""
    errors = [FieldError(f"purpose:{p.code}", "consent_purpose_unanswered", {"purpose": p.label})
              for p in purposes if not isinstance(answers.get(p.code), bool)]
    raise_if_errors(errors)
    return {p.code: bool(answers[p.code]) for p in purposes}


def check_signer(age: int | None, relationship: str | None) -> str:
    """Who the signer is ("estudiante" for an adult student, else "representante_legal"); raises otherwise.

    An adult student signs for themself (no guardian); a minor's consent comes from a linked madre, padre or
    tutor(a) legal only (Ley 1581 art. 7).
    """
    if age is not None and age >= ADULT_AGE:
        if relationship is not None:
            raise ValidationFailed("consent_adult_signs", field="guardian_id")
        return "estudiante"
    if relationship not in LEGAL_REPRESENTATIVE_BY_DEFAULT:
        raise ValidationFailed("consent_signer_not_legal_representative", field="guardian_id")
    return "representante_legal"


def outdated_enrollment_ids(consent_rows: Iterable[Mapping[str, Any]], versions: Sequence[ConsentVersion]) -> set[str]:
    """Enrollments whose consent row names a version older than the latest one."""
    if not versions:
        return set()
    latest = versions[-1].version
    return {str(r["enrollment_id"]) for r in consent_rows
            if r.get("document_version") and r["document_version"] != latest}
