"""How a guardian (acudiente) is related to a student."""

from __future__ import annotations

RELATIONSHIPS: dict[str, str] = {
    "madre": "Madre",
    "padre": "Padre",
    "abuela": "Abuela",
    "abuelo": "Abuelo",
    "tia": "Tía",
    "tio": "Tío",
    "hermana": "Hermana",
    "hermano": "Hermano",
    "madrastra": "Madrastra",
    "padrastro": "Padrastro",
    "tutor_legal": "Tutor(a) legal",
    "acudiente": "Acudiente",
    "otro": "Otro",
}

# Who is a legal representative by default (for the habeas data consent, Ley 1581 / Decreto 1377 art. 12):
# parents and a court-appointed guardian. Anybody else signs as acudiente unless the school records otherwise.
LEGAL_REPRESENTATIVE_BY_DEFAULT: frozenset[str] = frozenset({"madre", "padre", "tutor_legal"})


def relationship_label(code: str | None) -> str:
    if not code:
        return ""
    return RELATIONSHIPS.get(code, code)


def is_relationship(code: str | None) -> bool:
    return code in RELATIONSHIPS
