"""How long connected mode's start-up sign-in steps take (real auth server, PostgreSQL, file keyring).

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_connected_start.py -s
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pytest

from desktop_app.integrations.keyring_store import KeyringSessionStorage
from desktop_app.services.auth import SessionState
from tests.auth.conftest import Stack, auth_server, file_keyring, stack  # noqa: F401 - fixtures

pytestmark = pytest.mark.benchmark
RUNS = 30


def measure(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def report(name: str, figures: tuple[float, float]) -> None:
    print(f"{name:<58} median {figures[0]:7.1f} ms   p95 {figures[1]:7.1f} ms")


def test_connected_start_up_steps(stack: Stack) -> None:  # noqa: F811 - fixture
    user = stack.users["secretaria"]
    first = stack.app()
    first.service.sign_in(user.email, user.password)
    first.service.choose_school(first.service.status.schools[0].school_id)

    def start_online() -> None:
        parts = stack.app()
        assert parts.service.start().state is SessionState.ONLINE
        parts.close()

    def sign_in() -> None:
        parts = stack.app()
        assert parts.service.sign_in(user.email, user.password).state is SessionState.ONLINE
        parts.close()

    def check() -> None:
        assert first.service.check().state is SessionState.ONLINE

    uncached = lambda: KeyringSessionStorage(backend=stack.keyring).get_item("supabase.auth.token")  # noqa: E731
    cached_store = KeyringSessionStorage(backend=stack.keyring)
    cached = lambda: cached_store.get_item("supabase.auth.token")  # noqa: E731

    print()
    report("start-up, stored session, online (refresh check + /user + RLS)", measure(start_online))
    report("sign-in with password (+ memberships under RLS)", measure(sign_in))
    report("periodic check while running", measure(check))
    report("keyring read, 3 chunks, new store (file keyring)", measure(uncached))
    report("keyring read, same store (manifest-keyed cache)", measure(cached))
    stack.auth.stop()

    def start_offline() -> None:
        parts = stack.app()
        assert parts.service.start().state is SessionState.OFFLINE
        parts.close()

    report("start-up, stored session, auth server down (offline)", measure(start_offline))
