"""The loopback fault proxy (tests/sync/proxy.py) against the real PostgreSQL: one test per fault."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from tests.sync.proxy import FaultProxy, measure_rtt


@pytest.fixture
def proxy(pg_url: str) -> Iterator[FaultProxy]:
    with FaultProxy.in_front_of(pg_url) as running:
        yield running


def _connect(proxy: FaultProxy, url: str, timeout: int = 5) -> psycopg.Connection:
    return psycopg.connect(proxy.url(url), autocommit=True, connect_timeout=timeout)


def test_latency_adds_two_one_way_delays_to_each_round_trip(proxy, pg_url):
    direct = measure_rtt(pg_url)
    proxy.latency_s = 0.05
    delayed = measure_rtt(proxy.url(pg_url))
    assert 0.1 <= delayed < 0.1 + direct + 0.15, (direct, delayed)


def test_bandwidth_cap_makes_a_big_reply_take_its_serialisation_time(proxy, pg_url):
    with _connect(proxy, pg_url) as conn:
        start = time.perf_counter()
        conn.execute("SELECT repeat('x', 100000)").fetchone()
        free = time.perf_counter() - start
        proxy.bandwidth_bps = 2_000_000  # 100 kB = 0.4 s at 2 Mbit/s
        start = time.perf_counter()
        assert len(conn.execute("SELECT repeat('x', 100000)").fetchone()[0]) == 100000
        capped = time.perf_counter() - start
    assert capped >= 0.39 and capped > free + 0.3, (free, capped)


def test_blackhole_forwards_nothing_then_heal_resets_the_connections_that_lost_bytes(proxy, pg_url):
    conn = _connect(proxy, pg_url)
    idle = _connect(proxy, pg_url)
    proxy.blackhole(True)
    outcome: list[object] = []
    query = threading.Thread(target=lambda: _record(outcome, lambda: conn.execute("SELECT 1").fetchone()))
    query.start()
    query.join(0.5)
    assert query.is_alive() and not outcome  # no answer while the link is a black hole
    with pytest.raises(psycopg.OperationalError):
        _connect(proxy, pg_url, timeout=1)  # accepted, never answered
    proxy.blackhole(False)
    query.join(5)
    assert outcome and isinstance(outcome[0], psycopg.OperationalError)
    assert idle.execute("SELECT 2").fetchone() == (2,)  # lost nothing: still up
    with _connect(proxy, pg_url) as fresh:
        assert fresh.execute("SELECT 3").fetchone() == (3,)
    conn.close()
    idle.close()


def test_reset_sends_an_rst_to_every_open_connection_and_refuse_to_new_ones(proxy, pg_url):
    conn = _connect(proxy, pg_url)
    assert conn.execute("SELECT 1").fetchone() == (1,)
    assert proxy.reset() == 1
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    proxy.refuse(True)
    started = time.perf_counter()
    with pytest.raises(psycopg.OperationalError):
        _connect(proxy, pg_url)
    assert time.perf_counter() - started < 1.0
    proxy.refuse(False)
    with _connect(proxy, pg_url) as fresh:
        assert fresh.execute("SELECT 1").fetchone() == (1,)


def test_cut_after_forwarding_loses_the_reply_of_a_committed_statement(proxy, pg_url):
    with psycopg.connect(pg_url, autocommit=True) as owner:
        owner.execute("CREATE TABLE proxy_probe (n int)")
        with _connect(proxy, pg_url) as conn:
            proxy.cut_next_request()
            with pytest.raises(psycopg.OperationalError):
                conn.execute("INSERT INTO proxy_probe VALUES (7)")
        assert proxy.cuts == 1
        assert owner.execute("SELECT n FROM proxy_probe").fetchall() == [(7,)]  # committed, reply lost


def _record(outcome: list[object], call) -> None:
    try:
        outcome.append(call())
    except psycopg.Error as error:
        outcome.append(error)
