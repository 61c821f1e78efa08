"""The *SIMAT* tab of *Datos del colegio*: the keys SIMAT rows need in `school_settings.simat_settings`.

Saving changes only these keys; every other key (`checklist_rules`, whatever a newer version wrote) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.permissions import Action
from desktop_app.domain.simat_catalogs import SimatCatalogs, load_catalogs
from desktop_app.services._base import Service

_DIGITS = re.compile(r"[0-9]+")
CODE_KEYS = ("caracter", "especialidad", "metodologia", "zona")


@dataclass(frozen=True)
class Sede:
    cons_sede: str
    nombre: str


@dataclass(frozen=True)
class SimatSettings:
    codigo_dane: str | None = ""  # None on save: leave it as it is (the Identificación tab edits it too)
    mun_codigo: str = ""
    sedes: tuple[Sede, ...] = ()
    caracter: str = ""
    especialidad: str = ""
    metodologia: str = ""
    zona: str = ""


def _clean(value: str | None) -> str:
    return "".join((value or "").split())


class SimatSettingsService(Service):
    """Reads and saves the school's SIMAT identification (DANE code, municipality, sedes, codes)."""

    def get(self) -> SimatSettings:
        self._require(Action.student_view)
        with self._store.read() as session:
            row = session.get("school_settings", self._school_id, school_id=self._school_id) or {}
        data: dict[str, Any] = dict(row.get("simat_settings") or {})
        sedes = tuple(Sede(str(s.get("cons_sede") or ""), str(s.get("nombre") or ""))
                      for s in data.get("sedes") or [])
        return SimatSettings(str(data.get("codigo_dane") or ""), str(data.get("mun_codigo") or ""), sedes,
                             *(str(data.get(key) or "") for key in CODE_KEYS))

    def save(self, settings: SimatSettings, *, catalogs: SimatCatalogs | None = None) -> SimatSettings:
        """Validate every field (all errors at once, each under its field) and save in one transaction."""
        self._require(Action.school_settings_edit)
        errors: list[FieldError] = []
        dane = _clean(settings.codigo_dane) if settings.codigo_dane is not None else None
        if dane and not (_DIGITS.fullmatch(dane) and len(dane) == 12):
            errors.append(FieldError("codigo_dane", "dane_code_invalid"))
        municipality = _clean(settings.mun_codigo)
        if municipality:
            if not _DIGITS.fullmatch(municipality):
                errors.append(FieldError("mun_codigo", "simat_digits_only"))
            elif len(municipality) != 5:
                errors.append(FieldError("mun_codigo", "simat_digits_length", {"length": 5}))
            elif municipality not in (catalogs or load_catalogs()).divipola.municipalities:
                errors.append(FieldError("mun_codigo", "simat_mun_unknown", {"code": municipality}))
        codes = {key: _clean(getattr(settings, key)) for key in CODE_KEYS}
        errors.extend(FieldError(key, "simat_digits_only") for key, value in codes.items()
                      if value and not _DIGITS.fullmatch(value))
        sedes = self._sedes(settings.sedes, errors)
        if errors:
            raise ValidationFailed(errors)
        changes: dict[str, Any] = {"mun_codigo": municipality or None, "sedes": sedes,
                                   **{key: value or None for key, value in codes.items()}}
        if dane is not None:
            changes["codigo_dane"] = dane or None
        with self._store.write() as session:
            row = session.get("school_settings", self._school_id, school_id=self._school_id)
            if row is None:
                session.insert("school_settings", {"school_id": self._school_id, "simat_settings": changes})
            else:
                merged = {**dict(row.get("simat_settings") or {}), **changes}
                session.patch("school_settings", self._school_id, {"simat_settings": merged},
                              school_id=self._school_id)
        return self.get()

    @staticmethod
    def _sedes(sedes: Sequence[Sede], errors: list[FieldError]) -> list[dict[str, str]]:
        cleaned: list[dict[str, str]] = []
        seen: set[str] = set()
        for index, sede in enumerate(sedes):
            number, name = _clean(sede.cons_sede), " ".join(sede.nombre.split())
            if not number and not name:
                continue  # an empty line of the table
            field = f"sedes.{index}"
            if not _DIGITS.fullmatch(number):
                errors.append(FieldError(f"{field}.cons_sede", "simat_digits_only"))
            elif number in seen:
                errors.append(FieldError(f"{field}.cons_sede", "simat_sede_duplicate", {"cons_sede": number}))
            if not name:
                errors.append(FieldError(f"{field}.nombre", "simat_sede_name_required", {"cons_sede": number}))
            seen.add(number)
            cleaned.append({"cons_sede": number, "nombre": name})
        return cleaned
