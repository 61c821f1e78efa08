"""A big push goes up as several chunks in ONE round trip (`PsycopgTransport.push_chunks`): each chunk its own
atomic call, in order, and a chunk that fails stops the ones after it."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from desktop_app.sync.engine import _chunks
from desktop_app.sync.transport import ServerError
from tests.support.tenant_security import mint_token


def _queue(pc, count: int, first: int) -> None:
    with pc.store.write() as session:
        session.insert_many("students", [
            {"school_id": pc.school, "document_type": "TI", "document_number": str(first + i),
             "full_name": f"Estudiante {i}"} for i in range(count)])


def _poison(pc, document_number: str) -> None:
    """A date that does not exist: the server's own error (22008), as a damaged file could hold."""
    connection = sqlite3.connect(pc.path)
    with connection:
        connection.execute("UPDATE sync_outbox SET data = json_set(data, '$.birth_date', '2015-02-31') "
                           "WHERE json_extract(data, '$.document_number') = ?", (document_number,))
    connection.close()


def test_chunks_of_a_big_push_share_one_round_trip_in_order(make_pc, sync_db) -> None:
    pc = make_pc("import", chunk=5)
    pc.sync()
    _queue(pc, 23, 1_060_000_000)  # one local transaction: 5 chunks
    for i in range(3):  # and three small ones after it
        _queue(pc, 1, 1_060_100_000 + i)
    calls: list[int] = []
    inner = pc.engine.transport.push_chunks
    pc.engine.transport.push_chunks = lambda *args: calls.append(len(args[-1])) or inner(*args)
    report = pc.sync()
    assert report.pushed == 26 and report.pending == 0 and report.rejected == 0
    assert calls == [6]  # 26 operations, chunks of 5 (the three small transactions share the last): one call
    with psycopg.connect(sync_db) as conn:
        numbers = [r[0] for r in conn.execute(
            "SELECT document_number FROM students WHERE document_number LIKE '10601%%' "
            "OR document_number LIKE '10600%%' ORDER BY server_seq")]
    assert numbers == sorted(numbers) and len(numbers) == 26  # applied in the outbox's order


def test_chunks_are_cut_like_successive_pending_batches() -> None:
    def m(n: int, tx: int) -> dict:
        return {"mutation_id": n, "tx_id": tx}

    batch = [m(1, 1), m(2, 1), m(3, 2), m(4, 3), m(5, 3), m(6, 3), m(7, 3), m(8, 4)]
    assert [[x["mutation_id"] for x in c] for c in _chunks(batch, 3)] == [[1, 2, 3], [4, 5, 6], [7, 8]]
    assert [[x["mutation_id"] for x in c] for c in _chunks(batch, 10)] == [[1, 2, 3, 4, 5, 6, 7, 8]]


def test_a_failed_chunk_stops_the_chunks_after_it_and_the_engine_recovers(make_pc, sync_db) -> None:
    pc = make_pc("import", chunk=4)
    pc.sync()
    _queue(pc, 12, 1_070_000_000)
    _poison(pc, "1070000005")  # in the second chunk
    chunks = _chunks(pc.engine.state.pending_batch(pc.school, pc.user_id, 12), 4)
    assert [len(c) for c in chunks] == [4, 4, 4]
    with pytest.raises(ServerError, match="22008"):
        pc.engine.transport.push_chunks(mint_token(pc.user_id), pc.engine.identity.client_id, pc.school, 1, chunks)
    with psycopg.connect(sync_db) as conn:
        on_server = {r[0] for r in conn.execute("SELECT document_number FROM students WHERE document_number "
                                                "LIKE '107000000%%' OR document_number LIKE '107000001%%'")}
        last = conn.execute("SELECT last_mutation_id FROM sync.clients WHERE client_id = %s",
                            (pc.engine.identity.client_id,)).fetchone()
    assert on_server == {str(1_070_000_000 + i) for i in range(4)}  # chunk 1 committed; 2 rolled back; 3 never ran
    assert last[0] == chunks[0][-1]["mutation_id"]
    report = pc.sync()  # one chunk a call, the poisoned one in isolation mode
    assert report.rejected == 1 and report.pending == 0
    assert pc.rows("SELECT count(*) FROM students WHERE server_seq IS NOT NULL AND (document_number LIKE "
                   "'10700000%' OR document_number LIKE '10700001%')")[0][0] == 11
