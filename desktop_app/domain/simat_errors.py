"""The SIMAT feature's refusals, with the exact Spanish texts of issue 12."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.messages import MESSAGES

# The texts live in the one catalogue (`domain/messages.py`, translatable); this is the SIMAT part of it.
SIMAT_MESSAGES: dict[str, str] = {code: text for code, text in MESSAGES.items() if code.startswith("simat_")}


def columns_missing_text(missing: list[str]) -> str:
    """"faltan las columnas NRO_DOCUMENTO y CODIGO_DANE" / "falta la columna NRO_DOCUMENTO"."""
    if len(missing) == 1:
        return f"falta la columna {missing[0]}"
    return f"faltan las columnas {', '.join(missing[:-1])} y {missing[-1]}"


class SimatError(DomainError):
    """A SIMAT export, listing or action that could not be done; nothing was changed."""

    default_code = "simat_failed"

    @property
    def message(self) -> str:
        template = SIMAT_MESSAGES.get(self.code, SIMAT_MESSAGES["simat_failed"])
        values: dict[str, Any] = dict(self.params)
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template
