"""Real sample files for the document tests: PDFs written by pypdf, images written by Pillow."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject

MB = 1024 * 1024


def make_pdf(path: Path, *, pages: int = 1, password: str | None = None, padding: int = 0) -> Path:
    """A valid PDF; `padding` bytes of incompressible metadata make it as big as a test needs."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    if padding:  # an unused stream of random bytes, referenced from the catalog so that it is written
        stream = StreamObject()
        stream.set_data(os.urandom(padding))
        writer._root_object[NameObject("/Padding")] = writer._add_object(stream)
    if password:
        writer.encrypt(user_password=password, owner_password=password)
    with path.open("wb") as out:
        writer.write(out)
    return path


def make_image(path: Path, *, fmt: str = "JPEG", size: tuple[int, int] = (120, 80), noise: bool = False) -> Path:
    """A JPEG or PNG; `noise` makes it incompressible (its file size ~ 3 bytes a pixel for PNG)."""
    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (200, 30, 30))
    image.save(path, fmt)
    return path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
