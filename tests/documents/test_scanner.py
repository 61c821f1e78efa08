"""The scanner folder: a file is offered once complete (size unchanged for 2 s), and moves after the save."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.documents import DocumentService
from desktop_app.services.scanner import ScannerInbox
from tests.documents.files import make_pdf


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_file_is_offered_only_after_its_size_stays_the_same_for_2_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "escaner"
    folder.mkdir()
    clock = Clock()
    inbox = ScannerInbox(folder, clock=clock)
    scan = folder / "scan001.pdf"
    whole = make_pdf(tmp_path / "whole.pdf", padding=30_000).read_bytes()
    with scan.open("wb") as out:
        for part in range(3):  # the scanner writes for a while
            out.write(whole[part * len(whole) // 3:(part + 1) * len(whole) // 3])
            out.flush()
            assert inbox.poll() == []
            clock.now += 1.0
    assert inbox.poll() == []  # unchanged for 1 s only since the poll that saw the last write
    clock.now += 0.9
    assert inbox.poll() == []
    clock.now += 0.1
    assert inbox.poll() == [scan]
    (folder / "notas.txt").write_text("x")
    (folder / ".scan002.pdf").write_bytes(b"%PDF-")
    (folder / "vacio.jpg").write_bytes(b"")
    clock.now += 5
    inbox.poll()
    assert inbox.poll() == [scan]  # text files, hidden temp files and empty files are not offered


def test_an_attached_scan_moves_to_procesados_and_is_not_offered_again(
    tmp_path: Path, documents: DocumentService, enrollment: str,
) -> None:
    folder = tmp_path / "escaner"
    folder.mkdir()
    clock = Clock()
    inbox = ScannerInbox(folder, clock=clock)
    make_pdf(folder / "scan.pdf")
    (folder / "procesados").mkdir()
    make_pdf(folder / "procesados" / "scan.pdf", pages=2)  # an older scan with the same name
    inbox.poll()
    clock.now += 2
    (ready,) = inbox.poll()
    documents.attach(enrollment, "registro_civil", ready, source_kind="scanner")
    moved = inbox.mark_processed(ready)
    assert moved == folder / "procesados" / "scan (1).pdf" and not ready.exists()
    clock.now += 5
    assert inbox.poll() == []
    (entry,) = documents.files(enrollment, "registro_civil")
    assert (entry.source, entry.original_name) == ("scanner", "scan.pdf")


def test_a_missing_share_offers_nothing(tmp_path: Path) -> None:
    assert ScannerInbox(tmp_path / "no-existe").poll() == []
