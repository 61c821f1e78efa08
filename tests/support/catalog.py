"""Read a database's schema from the Postgres catalogs, in a form two databases can be compared by."""

from __future__ import annotations

import psycopg

COLUMNS = """
SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default
FROM information_schema.columns WHERE table_schema = 'public'
"""
CONSTRAINTS = """
SELECT rel.relname, con.conname, con.contype::text, pg_get_constraintdef(con.oid)
FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
JOIN pg_namespace ns ON ns.oid = rel.relnamespace WHERE ns.nspname = 'public'
"""
INDEXES = "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"


def schema_elements(url: str) -> dict[str, set[tuple]]:
    """Every table, column, constraint and index of the public schema, as comparable tuples."""
    with psycopg.connect(url) as conn:
        return {
            "tables": {tuple(r) for r in conn.execute(TABLES)},
            "columns": {tuple(r) for r in conn.execute(COLUMNS) if r[0] != "alembic_version"},
            "constraints": {tuple(r) for r in conn.execute(CONSTRAINTS) if r[0] != "alembic_version"},
            "indexes": {tuple(r) for r in conn.execute(INDEXES) if r[0] != "alembic_version"},
        }
