"""The upload worker waits like the sync engine after a failure: doubling, with jitter, capped."""

from __future__ import annotations

import random
from pathlib import Path

from desktop_app.integrations.r2_uploads import Uploader


def _uploader(seed: int) -> Uploader:
    return Uploader(None, Path, None, "bucket", backoff_start=5.0, backoff_max=300.0,  # type: ignore[arg-type]
                    rng=random.Random(seed))


def test_offline_waits_double_with_jitter_up_to_five_minutes() -> None:
    waits = [_uploader(1).offline_wait(n) for n in range(1, 11)]
    for n, wait in enumerate(waits[:6], start=1):
        nominal = 5.0 * 2 ** (n - 1)
        assert 0.5 * nominal <= wait <= 1.5 * nominal
    assert max(waits) <= 300.0 and waits[-1] >= 150.0
    # Two PCs that lost the link together do not come back in the same second.
    assert [_uploader(seed).offline_wait(3) for seed in range(5)] != [_uploader(0).offline_wait(3)] * 5
