"""0005 goes down to exactly what 0004 left (the desktop role's privileges included) and up again."""

from __future__ import annotations

import uuid

import psycopg

from tests.support.migrations import downgrade, migrate

PRIVILEGES = """
SELECT 'table', table_name, privilege_type FROM information_schema.role_table_grants
WHERE grantee = 'secretaria_desktop' AND table_schema = 'public'
UNION ALL
SELECT 'column', table_name || '.' || column_name, privilege_type FROM information_schema.column_privileges
WHERE grantee = 'secretaria_desktop' AND table_schema = 'public'
UNION ALL
SELECT 'column_list', table_name, string_agg(column_name, ',' ORDER BY ordinal_position)
FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name
"""


def _privileges(url: str) -> set[tuple[str, str, str]]:
    with psycopg.connect(url) as conn:
        return set(conn.execute(PRIVILEGES).fetchall())


def test_downgrade_restores_0004_and_upgrade_comes_back(pg_cluster, empty_pg_url):
    reference_name = f"ref_{uuid.uuid4().hex[:8]}"
    reference = pg_cluster.create_database(reference_name)
    try:
        migrate(reference, "0004")
        migrate(empty_pg_url, "head")
        with psycopg.connect(empty_pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_proc WHERE pronamespace = 'sync'::regnamespace").fetchone()[0]
        downgrade(empty_pg_url, "0004")
        assert _privileges(empty_pg_url) == _privileges(reference)
        with psycopg.connect(empty_pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'sync'").fetchone() == (0,)
        migrate(empty_pg_url, "head")
    finally:
        pg_cluster.drop_database(reference_name)
