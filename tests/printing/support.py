"""Helpers for the printing tests: read a PDF's text the way a person searching it would see it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of whitespace (Qt writes tabs between words, line breaks) made one space."""
    reader = PdfReader(str(path))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def page_sizes_pt(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(str(path))
    return [(round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in reader.pages]


def image_count(path: Path, page: int = 0) -> int:
    return len(PdfReader(str(path)).pages[page].images)
