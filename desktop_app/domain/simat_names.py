"""*Proponer división*: split a full name "Nombre(s) Apellido1 Apellido2" into SIMAT's four name fields.

Only a proposal: "Ana María Pérez" may be two given names and one surname or the reverse, so the secretary
confirms it (`extra_data.simat.name_split_confirmed`). Particles ("de", "del", "de la", "de los", "de las")
stay with the word after them: "María de los Ángeles del Valle Pérez" → María / de los Ángeles / del Valle /
Pérez.
"""

from __future__ import annotations

from dataclasses import dataclass

# A particle joins the next word; "la", "las", "los" only count after "de" ("de la Cruz") or when they open a
# surname by themselves after another particle, never alone ("Luz La Rotta" keeps "La" as its own word).
_LEADS = frozenset({"de", "del"})
_ARTICLES = frozenset({"la", "las", "los"})


@dataclass(frozen=True)
class NameSplit:
    """SIMAT's NOMBRE1, NOMBRE2, APELLIDO1, APELLIDO2 (empty strings for absent parts)."""

    nombre1: str = ""
    nombre2: str = ""
    apellido1: str = ""
    apellido2: str = ""

    def joined(self) -> str:
        return " ".join(part for part in (self.nombre1, self.nombre2, self.apellido1, self.apellido2) if part)


def name_units(full_name: str) -> list[str]:
    """The words of a name with each particle glued to the word that follows it."""
    words = full_name.split()
    units: list[str] = []
    pending: list[str] = []
    for word in words:
        lower = word.casefold()
        if lower in _LEADS or (pending and lower in _ARTICLES):
            pending.append(word)
            continue
        units.append(" ".join([*pending, word]))
        pending = []
    if pending:  # a trailing particle ("Ana de") has nothing after it: keep it with what came before
        if units:
            units[-1] = " ".join([units[-1], *pending])
        else:
            units.append(" ".join(pending))
    return units


def propose_split(full_name: str) -> NameSplit:
    """The usual Colombian reading: the last two units are the surnames, the first is NOMBRE1, the rest NOMBRE2."""
    units = name_units(full_name)
    if not units:
        return NameSplit()
    if len(units) == 1:
        return NameSplit(nombre1=units[0])
    if len(units) == 2:
        return NameSplit(nombre1=units[0], apellido1=units[1])
    return NameSplit(nombre1=units[0], nombre2=" ".join(units[1:-2]), apellido1=units[-2], apellido2=units[-1])
