"""Screenshot of the Revisión window with sample cases: `xvfb-run -a .venv/bin/python -m tests.screenshot_sync_review`
(writes docs/screenshots/10-revision.png)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.services.sync_review import SyncReviewService
from desktop_app.sync.review import StoreReviewSource
from desktop_app.ui.sync_review.window import SyncReviewWindow
from tests.services.test_sync_review import make_store

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "10-revision.png"


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        window = SyncReviewWindow(SyncReviewService(StoreReviewSource(make_store(Path(folder)))))
        window.resize(1100, 600)
        window.table.selectRow(1)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT))
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
