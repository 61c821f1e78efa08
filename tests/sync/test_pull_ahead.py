"""On a real connection the engine fetches the next page while it applies the current one, and pages grow to
`BIG_PAGE` rows after a full one (few round trips for a bootstrap at 150 ms RTT)."""

from __future__ import annotations

import itertools
import threading

from desktop_app.sync.engine import BIG_PAGE


def test_pages_are_fetched_ahead_and_grow_and_every_row_arrives_once(make_pc) -> None:
    source = make_pc("source")
    with source.store.write() as session:
        session.insert_many("students", [
            {"school_id": source.school, "document_type": "TI", "document_number": str(1_090_000_000 + i),
             "full_name": f"Estudiante {i}"} for i in range(30)])
    source.sync()
    fresh = make_pc("fresh", page=7)
    calls: list[tuple[int, int, str]] = []
    inner = fresh.engine.transport.pull

    def pull(token, client_id, school_id, cursor, limit):
        calls.append((cursor, limit, threading.current_thread().name))
        return inner(token, client_id, school_id, cursor, limit)

    fresh.engine.transport.pull = pull
    report = fresh.sync()
    assert report.pulled >= 30 and report.digest_mismatch == []
    first_cycle = calls[1:]  # calls[0]: the one-row look at the server before the first push
    assert [limit for _cursor, limit, _thread in first_cycle[:2]] == [7, BIG_PAGE]
    assert all(thread.startswith("sync-pull") for _cursor, _limit, thread in first_cycle[:2])
    assert fresh.rows("SELECT count(*) FROM students WHERE document_number LIKE '10900000%' "
                      "OR document_number LIKE '10900001%' OR document_number LIKE '10900002%'") == [(30,)]
    [(cursor,)] = fresh.rows("SELECT cursor FROM sync_state")
    [(seq,)] = source.rows("SELECT max(server_seq) FROM students")
    assert cursor >= seq


def test_apply_slices_shrink_when_they_take_long_and_every_row_arrives(make_pc, monkeypatch) -> None:
    import time

    from desktop_app.sync import engine as engine_module

    monkeypatch.setattr(engine_module, "APPLY_SLICE", 100)
    source = make_pc("source")
    with source.store.write() as session:
        session.insert_many("students", [
            {"school_id": source.school, "document_type": "TI", "document_number": str(1_091_000_000 + i),
             "full_name": f"Estudiante {i}"} for i in range(260)])
    source.sync()
    fresh = make_pc("fresh", page=1000)
    sizes: list[int] = []
    inner = fresh.engine.state.apply_page

    def slow_apply(school_id, part, **options):
        sizes.append(len(part["rows"]))
        time.sleep(0.1)  # a slow PC: twice the 50 ms aimed at
        return inner(school_id, part, **options)

    fresh.engine.state.apply_page = slow_apply
    fresh.sync()
    big = [n for n in sizes if n > 1]
    # at most half after each slow full slice (how much less depends on this machine), down to MIN_SLICE
    assert big[0] == 100 and big[1] <= 50 and engine_module.MIN_SLICE in big, sizes
    assert all(later <= earlier for earlier, later in itertools.pairwise(big)), sizes
    assert fresh.rows("SELECT count(*) FROM students WHERE document_number LIKE '10910%'") == [(260,)]
