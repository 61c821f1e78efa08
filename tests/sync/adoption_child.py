"""Child process of the kill test: adopts, and at the crash point inside the write says so and waits to be
killed (`python -m tests.sync.adoption_child SOURCE TARGET READY SCHOOL USER`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.adoption import LocalAdoption


def main(argv: list[str]) -> int:
    source, target, ready, school_id, user_id = argv

    def crash(name: str) -> None:
        if name == "mid_write":
            Path(ready).write_text(name)
            time.sleep(120)  # killed here, in the middle of the one transaction

    with LocalStore.open(Path(target)) as store:
        LocalAdoption(Path(source), store, crash=crash).adopt(
            school_id=school_id, school_name="Colegio A", user_id=user_id, user_name="Rectora")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
