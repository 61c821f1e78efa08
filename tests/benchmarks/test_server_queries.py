"""The queries the app lives on, at the size of 60 schools, as the desktop role under RLS and as the owner.

60 schools × 2,000 students, 1.5 guardians per student, one enrollment per student and 6 documents per
enrollment, generated in SQL as the owner, then ANALYZE. Each query runs many times with random schools and
parameters; owner and desktop runs alternate; the desktop side hands a Postgres-verified token in each transaction
(as `tenant_connection` does) and only the query itself is timed, the token check happening inside it. Each school's
token is reused, as the app reuses a token for its hour, so after the warm-up Postgres finds it among the tokens it
has verified before; one extra row times the look-up with a never-seen token in every run (the full HMAC, base64
and JSON work). Prints medians, p95, the RLS/owner ratios and the plans. It measures, it asserts nothing.

    .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_server_queries.py -s
"""

from __future__ import annotations

import platform
import random
import re
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, desktop_conninfo, enable_desktop_login, mint_token

SCHOOLS = 60
STUDENTS_PER_SCHOOL = 2000
RUNS = 1000
ROUNDS = 20
WARM_UP = 15
STATUSES = ("pending_documents", "in_review", "active", "graduated", "withdrawn")
DOCUMENT_TYPES = ("registro_civil", "foto", "certificado_notas", "paz_y_salvo", "eps", "vacunas")

GENERATE = f"""
SELECT setseed(0.42);
INSERT INTO schools (id, name)
SELECT md5('school' || s)::uuid, 'Institución Educativa ' || s FROM generate_series(1, {SCHOOLS}) s;
INSERT INTO school_settings (school_id) SELECT id FROM schools;
INSERT INTO school_years (id, school_id, name, starts_on, ends_on, status)
SELECT md5('year' || s)::uuid, md5('school' || s)::uuid, '2026', '2026-01-20', '2026-11-30', 'active'
FROM generate_series(1, {SCHOOLS}) s;
INSERT INTO users (id, email, full_name)
SELECT md5('user' || s || '-' || k)::uuid, 'u' || s || '-' || k || '@colegio.edu.co', 'Funcionario ' || k
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, 10) k;
INSERT INTO school_memberships (school_id, user_id, roles)
SELECT md5('school' || s)::uuid, md5('user' || s || '-' || k)::uuid,
       CASE k WHEN 1 THEN '["secretary"]' WHEN 2 THEN '["rector"]' ELSE '["teacher"]' END::jsonb
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, 10) k;
INSERT INTO students (id, school_id, document_type, document_number, full_name, birth_date, gender)
SELECT md5('st' || s || '-' || i)::uuid, md5('school' || s)::uuid, 'TI', (1000000000 + s * 100000 + i)::text,
       (ARRAY['Ana','Juan','María','Luis','Sofía','Carlos','Valentina','Andrés','Camila','Santiago',
              'Isabella','Mateo','Daniela','Sebastián','Laura','Nicolás','Mariana','Samuel','Gabriela','Tomás'])
           [1 + floor(random() * 20)::int] || ' ' ||
       (ARRAY['Pérez','Gómez','Rodríguez','López','Martínez','García','Hernández','Díaz','Moreno','Álvarez',
              'Muñoz','Rojas','Vargas','Torres','Ramírez','Castro','Suárez','Ortiz','Jiménez','Gutiérrez'])
           [1 + floor(random() * 20)::int] || ' ' ||
       (ARRAY['Pérez','Gómez','Rodríguez','López','Martínez','García','Hernández','Díaz','Moreno','Álvarez',
              'Muñoz','Rojas','Vargas','Torres','Ramírez','Castro','Suárez','Ortiz','Jiménez','Gutiérrez'])
           [1 + floor(random() * 20)::int],
       date '2010-01-01' + floor(random() * 3650)::int, CASE WHEN random() < 0.5 THEN 'F' ELSE 'M' END
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, {STUDENTS_PER_SCHOOL}) i;
INSERT INTO guardians (id, school_id, document_type, document_number, full_name, phone)
SELECT md5('gu' || s || '-' || j)::uuid, md5('school' || s)::uuid, 'CC', (50000000 + s * 10000 + j)::text,
       'Acudiente ' || s || '-' || j, '300' || lpad(j::text, 7, '0')
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, {STUDENTS_PER_SCHOOL * 3 // 2}) j;
INSERT INTO student_guardians (school_id, student_id, guardian_id, relationship, is_primary, priority)
SELECT md5('school' || s)::uuid, md5('st' || s || '-' || i)::uuid, md5('gu' || s || '-' || i)::uuid,
       'madre', true, 1
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, {STUDENTS_PER_SCHOOL}) i;
INSERT INTO student_guardians (school_id, student_id, guardian_id, relationship, priority)
SELECT md5('school' || s)::uuid, md5('st' || s || '-' || i)::uuid,
       md5('gu' || s || '-' || ({STUDENTS_PER_SCHOOL} + i))::uuid, 'padre', 2
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, {STUDENTS_PER_SCHOOL // 2}) i;
INSERT INTO enrollments (id, school_id, student_id, school_year_id, grade_level, group_code, shift, status)
SELECT md5('en' || s || '-' || i)::uuid, md5('school' || s)::uuid, md5('st' || s || '-' || i)::uuid,
       md5('year' || s)::uuid, (1 + i % 11)::text, chr(65 + i % 3), 'morning',
       (ARRAY{list(STATUSES)!r})[1 + i % {len(STATUSES)}]
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, {STUDENTS_PER_SCHOOL}) i;
INSERT INTO enrollment_documents (school_id, enrollment_id, document_type, status, r2_object_key, file_name)
SELECT md5('school' || s)::uuid, md5('en' || s || '-' || i)::uuid, (ARRAY{list(DOCUMENT_TYPES)!r})[d],
       CASE WHEN d % 2 = 0 THEN 'validated' ELSE 'pending' END, 'schools/' || s || '/' || i || '/' || d, 'doc.pdf'
FROM generate_series(1, {SCHOOLS}) s, generate_series(1, {STUDENTS_PER_SCHOOL}) i,
     generate_series(1, {len(DOCUMENT_TYPES)}) d;
"""


def _uuid(text: str) -> str:
    import hashlib

    return str(uuid.UUID(hashlib.md5(text.encode()).hexdigest()))


@dataclass(frozen=True)
class Query:
    """A query the app runs, how to pick its parameters, and the composite index it should use."""

    name: str
    sql: str
    params: Callable[[int, random.Random], dict]
    index: str


QUERIES = [
    Query("first page of 50 students by name",
          "SELECT id, full_name, document_type, document_number, birth_date FROM students "
          "WHERE school_id = %(school)s ORDER BY full_name, id LIMIT 50",
          lambda s, r: {"school": _uuid(f"school{s}")},
          "idx_students_school_name"),
    Query("page of 50 students by name (random page)",
          "SELECT id, full_name, document_type, document_number, birth_date FROM students "
          "WHERE school_id = %(school)s ORDER BY full_name, id LIMIT 50 OFFSET %(offset)s",
          lambda s, r: {"school": _uuid(f"school{s}"), "offset": 50 * r.randrange(STUDENTS_PER_SCHOOL // 50)},
          "idx_students_school_name"),
    Query("find student by document",
          "SELECT id, full_name FROM students WHERE school_id = %(school)s AND document_type = 'TI' "
          "AND document_number = %(number)s",
          lambda s, r: {"school": _uuid(f"school{s}"),
                        "number": str(1000000000 + s * 100000 + r.randint(1, STUDENTS_PER_SCHOOL))},
          "uq_students_school_document"),
    Query("enrollments of a school by status",
          "SELECT id, student_id, grade_level, group_code FROM enrollments "
          "WHERE school_id = %(school)s AND status = %(status)s",
          lambda s, r: {"school": _uuid(f"school{s}"), "status": r.choice(STATUSES)},
          "idx_enrollments_school_status"),
    Query("documents of an enrollment",
          "SELECT id, document_type, status, file_name FROM enrollment_documents "
          "WHERE school_id = %(school)s AND enrollment_id = %(enrollment)s",
          lambda s, r: {"school": _uuid(f"school{s}"),
                        "enrollment": _uuid(f"en{s}-{r.randint(1, STUDENTS_PER_SCHOOL)}")},
          "uq_enrollment_documents_type"),
]


@pytest.fixture(scope="module")
def big_database(pg_cluster, pg_template) -> Iterator[str]:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name, template=pg_template)
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(GENERATE)
        conn.execute("VACUUM ANALYZE")
    print(f"\ngenerated {SCHOOLS} schools in {time.perf_counter() - started:.1f} s")
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


def _time(url: str, query: Query, tokens: Callable[[int], str], seed: int) -> tuple[list[float], list[float]]:
    """Milliseconds of each run as the owner and, right after with the same parameters, under RLS.

    Interleaved so that both sides see the same machine load, in ROUNDS rounds on fresh connections so that
    neither side keeps a server process that happens to share a busy core. The token is set in each run's
    transaction (as `tenant_connection` does) but only the query is timed: its verification happens inside.
    """
    rng = random.Random(seed)
    as_owner, under_rls = [], []
    for _ in range(ROUNDS):
        with psycopg.connect(url) as owner, psycopg.connect(desktop_conninfo(url)) as desktop:
            for run in range(RUNS // ROUNDS + WARM_UP):
                school = rng.randint(1, SCHOOLS)
                params = query.params(school, rng)
                for conn, token, timings in ((owner, None, as_owner), (desktop, tokens(school), under_rls)):
                    with conn.transaction():
                        if token is not None:
                            conn.execute("SELECT set_config('app.access_token', %s, true)", (token,))
                        started = time.perf_counter()
                        conn.execute(query.sql, params).fetchall()
                        elapsed = (time.perf_counter() - started) * 1000
                    if run >= WARM_UP:  # the first runs warm caches and prepare the statement
                        timings.append(elapsed)
    return as_owner, under_rls


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _plan(conn: psycopg.Connection, query: Query, token: str | None, school: int) -> str:
    with conn.transaction():
        if token is not None:
            conn.execute("SELECT set_config('app.access_token', %s, true)", (token,))
        rows = conn.execute("EXPLAIN (ANALYZE, BUFFERS, SUMMARY) " + query.sql,
                            query.params(school, random.Random(1))).fetchall()
    return "\n".join(r[0] for r in rows)


@pytest.mark.benchmark
def test_server_queries_under_rls_beside_the_owner(big_database):
    tokens = {s: mint_token(_uuid(f"user{s}-1"), lifetime=86400) for s in range(1, SCHOOLS + 1)}
    with psycopg.connect(big_database) as owner, psycopg.connect(desktop_conninfo(big_database)) as desktop:
        server = owner.execute("SHOW server_version").fetchone()[0]
        lines = [
            f"machine: {platform.machine()} {platform.processor() or ''} {_cpu()} / {_cores()} cores, "
            f"Python {platform.python_version()}, PostgreSQL {server} (embedded, Unix socket)",
            f"{RUNS} runs per query in {ROUNDS} rounds on fresh connections, random school and parameters; "
            "times in ms, client side (round trip included)",
            "",
            "| query | owner median | owner p95 | RLS median | RLS p95 | RLS/owner median | RLS/owner p95 "
            "| RLS − owner median (µs) |",
            "|---|---|---|---|---|---|---|---|",
        ]
        plans = []
        school_indexes = {name for (name,) in owner.execute(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_attribute a "
            "ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE a.attname = 'school_id' AND i.indnatts > 1")}
        owner.rollback()
        baseline = Query("SELECT 1 (round trip alone)", "SELECT 1", lambda s, r: {}, "")
        look_up = Query("token verification + membership look-up alone", "SELECT app_auth.school_ids()",
                        lambda s, r: {}, "")
        first_look_up = Query("the same with a never-seen token in every run", look_up.sql, look_up.params, "")
        for n, query in enumerate([*QUERIES, baseline, look_up, first_look_up]):
            if query is first_look_up:
                def token_of(school: int) -> str:
                    return mint_token(_uuid(f"user{school}-1"), lifetime=86400)
            else:
                token_of = tokens.__getitem__
            as_owner, under_rls = _time(big_database, query, token_of, seed=n)
            om, op, rm, rp = (statistics.median(as_owner), _p95(as_owner), statistics.median(under_rls),
                              _p95(under_rls))
            lines.append(f"| {query.name} | {om:.3f} | {op:.3f} | {rm:.3f} | {rp:.3f} | {rm / om:.2f}× | "
                         f"{rp / op:.2f}× | {(rm - om) * 1000:.0f} |")
            if not query.index:
                continue
            for who, conn, token in (("owner", owner, None), ("desktop role + RLS", desktop, tokens[7])):
                plan = _plan(conn, query, token, 7)
                used = sorted(set(re.findall(r"(?:Index Scan|Index Only Scan|Bitmap Index Scan) (?:using|on) (\w+)",
                                             plan)))
                composite = bool(used) and all(name in school_indexes for name in used)
                plans.append(f"--- {query.name} as {who}: indexes {', '.join(used) or 'none'}; all composite "
                             f"(school_id, …): {composite}; the one expected ({query.index}): {query.index in used}"
                             f"\n{plan}")
    print("\n" + "\n".join(lines) + "\n\n" + "\n\n".join(plans))


def _cpu() -> str:
    try:
        lines = Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "")


def _cores() -> int:
    import os

    return os.cpu_count() or 0
