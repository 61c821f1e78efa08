"""An import of 5,000 students with their matrículas — one local transaction, 10,000 operations — reaches the shared Postgres through sync in ordered
chunks of at most 1,000 operations, each atomic: a failure inside chunk 3 (the server cancels the statement
after applying part of it) leaves chunks 1–2 on the server and nothing of chunk 3 or later; the next cycle
sends the rest and the server ends with what the PC has."""

from __future__ import annotations

import time
from typing import Any

import psycopg
import pytest

from desktop_app.domain.import_values import SheetData, auto_mapping
from desktop_app.services.importer import ImportService
from desktop_app.sync.protocol import MAX_CHUNK
from desktop_app.sync.transport import PsycopgTransport, TransportError
from tests.support.tenant_security import desktop_conninfo
from tests.sync.server.support import YEAR_A

ROWS = 5000
FIRST = 1_100_000_000
# The 2,500th student is in the middle of chunk 3: the server fails there, half-way through the chunk.
POISONED = str(FIRST + 2 * MAX_CHUNK + MAX_CHUNK // 2 - 1)


class RecordingTransport(PsycopgTransport):
    """The production transport, noting the mutation ids of every push call."""

    def __init__(self, conninfo: str) -> None:
        super().__init__(conninfo)
        self.pushes: list[list[int]] = []

    def push(self, token: str, client_id: str, school_id: str, protocol: int, batch: list[Any],
             isolate: bool = False) -> Any:
        self.pushes.append([m["mutation_id"] for m in batch])
        return super().push(token, client_id, school_id, protocol, batch, isolate)


def _server(owner_url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(owner_url, autocommit=True) as conn:
        return conn.execute(sql).fetchall()


def _fail_inside_chunk_3(owner_url: str) -> None:
    """A trigger that cancels the statement (SQLSTATE 57014, as a dropped or timed-out call) at the poisoned
    student, after the chunk's earlier rows were written in the same statement."""
    with psycopg.connect(owner_url, autocommit=True) as conn:
        conn.execute(f"""
            CREATE FUNCTION public.test_cancel_at_poisoned() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF NEW.document_number = '{POISONED}' THEN
                    RAISE EXCEPTION 'injected failure inside chunk 3' USING ERRCODE = '57014';
                END IF;
                RETURN NEW;
            END $fn$""")
        conn.execute("CREATE TRIGGER test_cancel_at_poisoned BEFORE INSERT ON public.students "
                     "FOR EACH ROW EXECUTE FUNCTION public.test_cancel_at_poisoned()")


def test_a_5000_row_import_goes_up_in_ordered_atomic_chunks_and_a_failed_chunk_leaves_nothing(
        make_pc, sync_db: str) -> None:
    transport = RecordingTransport(desktop_conninfo(sync_db))
    # One chunk per call, so each call's outcome is seen; several chunks in one round trip (the default on a
    # real connection) stop at a failed chunk the same way: tests/sync/test_pipelined_push.py.
    pc = make_pc("a", transport=transport, pipeline=1)
    pc.sync()  # the school year and the school's rows come down first
    headers = ("Tipo", "Número", "Nombre completo", "Grado", "Grupo")
    sheet = SheetData(("Hoja1",), "Hoja1", 1, headers,
                      tuple((i + 2, ("TI", str(FIRST + i), f"Estudiante Número {i:05d}", str(i % 11 + 1), "A"))
                            for i in range(ROWS)), "cd" * 32)
    ImportService(pc.store, pc.context).commit(sheet, auto_mapping(headers), file_name="grande.xlsx",
                                               school_year_id=YEAR_A)
    operations = 2 * ROWS
    assert pc.rows("SELECT count(*), count(DISTINCT tx_id) FROM sync_outbox") == [(operations, 1)]
    transport.pushes.clear()
    _fail_inside_chunk_3(sync_db)

    started = time.perf_counter()
    with pytest.raises(TransportError, match="injected failure"):
        pc.sync()

    assert [len(p) for p in transport.pushes] == [MAX_CHUNK] * 3
    on_server = _server(sync_db, "SELECT document_number FROM students ORDER BY document_number")
    assert [n for (n,) in on_server] == [str(FIRST + i) for i in range(2 * MAX_CHUNK)]  # chunks 1-2, none of 3
    assert pc.rows("SELECT count(*) FROM sync_outbox") == [(operations - 2 * MAX_CHUNK,)]

    with psycopg.connect(sync_db, autocommit=True) as conn:
        conn.execute("DROP TRIGGER test_cancel_at_poisoned ON public.students")
    report = pc.sync()
    elapsed = time.perf_counter() - started

    sent = transport.pushes
    assert len(sent) >= 3 + operations // MAX_CHUNK - 2 and all(0 < len(p) <= MAX_CHUNK for p in sent)
    retried = [m for p in sent[3:] for m in p]
    first_ids = [m for p in sent[:2] for m in p]
    assert first_ids + retried == sorted(first_ids + retried)  # in order, each operation once after the failure
    assert sent[3] == sent[2]  # the failed chunk is sent again whole
    assert report.pushed == operations - 2 * MAX_CHUNK and report.rejected == 0
    assert pc.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
    for table in ("students", "enrollments"):
        local = pc.rows(f"SELECT count(*) FROM {table} WHERE school_id = ?", (pc.school,))
        assert _server(sync_db, f"SELECT count(*) FROM {table} WHERE school_id = '{pc.school}'") == local == [(ROWS,)]
    print(f"{operations} operations of a {ROWS}-row import reached the server in {elapsed:.1f} s")
    # 27 s at load 7 and 44 s at load 11 on the shared 2-core machine; the bound only catches a pathology.
    assert elapsed < 180, f"{ROWS} rows took {elapsed:.1f} s to reach the server"
