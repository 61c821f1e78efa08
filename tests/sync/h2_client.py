"""One H2 client process: a desktop PC (its own store file, the real services, the production engine) that
types and syncs through the fault proxy until a stop file appears. Killed with SIGKILL at any moment and
started again on the same file by tests/sync/test_h2_soak.py.

    python -m tests.sync.h2_client OWNER_URL CONNINFO STORE USER SEED STOP_FILE
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from desktop_app.sync.transport import PsycopgTransport
from tests.sync.harness import Trial
from tests.sync.pc import Pc


def main(argv: list[str]) -> int:
    owner_url, conninfo, store, user, seed, stop_file = argv
    rng = random.Random(int(seed))
    ops = Trial(seed=int(seed), owner_url=owner_url, tmp=Path(store).parent)  # its typing, not its faults
    planted = frozenset(filter(None, os.environ.get("SYNC_H2_PLANTED", "").split(",")))  # shows H2 can fail
    pc = Pc(owner_url, Path(store), user, transport=PsycopgTransport(conninfo), page=50, planted=planted)
    print(f"START {pc.engine.identity.client_id}", flush=True)
    while not Path(stop_file).exists():
        if rng.random() < 0.6:
            ops._local_op(pc, rng)
            for line in ops.log:
                print(f"OP {line}", flush=True)
            ops.log.clear()
        else:
            try:
                report = pc.sync()
                print(f"SYNC pushed={report.pushed} pulled={report.pulled} digest_mismatch={report.digest_mismatch}",
                      flush=True)
            except Exception as error:  # the link is bad on purpose: the next cycle tries again
                print(f"SYNC FAILED {type(error).__name__}: {str(error)[:120]!r}", flush=True)
        time.sleep(rng.uniform(0, 0.05))
    pc.close()
    print("STOPPED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
