"""Text folding for accent- and case-insensitive search ("Pérez" and "PEREZ" both fold to "perez")."""

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case, drop accents and diacritics (ñ → n, ü → u), collapse runs of white space, trim."""
    if not text:
        return ""
    if text.isascii():  # most names and every document number: no accents to remove
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(without_marks.casefold().split())
