"""A separate upload worker process that SIGKILLs itself right after the server accepted part `N`.

`python -m tests.documents.upload_child STORE ENDPOINT BUCKET KILL_AFTER_PART`: the same worker the app
runs, killed the hard way (no cleanup, no `finally`) at the worst moment: the part is on the server but
not yet recorded locally, so the restart must learn it from `list_parts`.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from desktop_app.config import S3Settings
from desktop_app.integrations.r2_uploads import Uploader, make_client
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore, documents_dir
from desktop_app.storage.local.uploads import UploadQueue


def main(argv: list[str]) -> int:
    store_path, endpoint, bucket, kill_after = Path(argv[0]), argv[1], argv[2], int(argv[3])
    store = LocalStore.open(store_path)
    client = make_client(S3Settings(endpoint, bucket, "test", "test"))

    accepted = 0

    def after_part(**_: Any) -> None:
        nonlocal accepted
        accepted += 1
        if accepted == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    client.meta.events.register("after-call.s3.UploadPart", after_part)
    Uploader(UploadQueue(store), ContentStore(documents_dir(store_path)).path_for, client, bucket).run_once()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
