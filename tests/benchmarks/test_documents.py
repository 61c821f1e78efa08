"""Attaching a 5 MB scan (copy + SHA-256 + fsync + PDF/image check + one write) must return in < 1 s.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_documents.py -s
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore, documents_dir
from tests.documents.conftest import enroll
from tests.documents.files import MB, make_image, make_pdf

pytestmark = pytest.mark.benchmark


@pytest.mark.parametrize("kind", ["pdf", "png"])
def test_attaching_5_mb_returns_in_under_a_second(tmp_path: Path, kind: str) -> None:
    store = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    context = LocalSetup(store).bootstrap()
    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active")).id
    enrollment = enroll(store, context, year, "1012345678", "Sofía Pérez Núñez")
    documents = DocumentService(store, context, ContentStore(documents_dir(store.path)))
    samples = []
    for i in range(5):
        if kind == "pdf":
            source = make_pdf(tmp_path / f"registro-{i}.pdf", padding=5 * MB)
        else:  # ~5 MB of incompressible pixels: Pillow decodes all of them
            source = make_image(tmp_path / f"foto-{i}.png", fmt="PNG", size=(1300, 1300), noise=True)
        started = time.perf_counter()
        documents.attach(enrollment, "registro_civil", source)
        samples.append(time.perf_counter() - started)
    size = source.stat().st_size / MB
    print(f"\nattach {kind} {size:.1f} MiB: median {statistics.median(samples) * 1000:.0f} ms, "
          f"max {max(samples) * 1000:.0f} ms")
    store.close()
    assert max(samples) < 1.0
