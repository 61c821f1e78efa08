"""The migrated schema is the seed's, element by element, and Alembic can build, check and undo it."""

from __future__ import annotations

import psycopg
import pytest

from tests.support.catalog import schema_elements
from tests.support.migrations import ROOT, check, downgrade, migrate

SEED_SQL = (ROOT / "tests" / "fixtures" / "seed-schema.sql").read_text()
SEED_TABLES = {
    "schools", "school_settings", "school_years", "academic_periods", "users", "school_memberships",
    "students", "guardians", "student_guardians", "enrollments", "enrollment_documents",
}


@pytest.fixture
def seed_url(pg_cluster, empty_pg_url):
    with psycopg.connect(empty_pg_url, autocommit=True) as conn:
        conn.execute(SEED_SQL)
    return empty_pg_url


@pytest.fixture
def second_empty_url(pg_cluster):
    name = "seedcmp_second"
    pg_cluster.drop_database(name)
    yield pg_cluster.create_database(name)
    pg_cluster.drop_database(name)


def test_revision_0001_is_exactly_the_seed(seed_url, second_empty_url):
    migrate(second_empty_url, "0001")
    seed, migrated = schema_elements(seed_url), schema_elements(second_empty_url)
    assert {t for (t,) in seed["tables"]} == SEED_TABLES
    for kind in ("tables", "columns", "constraints", "indexes"):
        assert migrated[kind] == seed[kind], (
            kind, sorted(seed[kind] - migrated[kind]), sorted(migrated[kind] - seed[kind]))


def test_head_keeps_every_seed_element_unchanged(seed_url, second_empty_url):
    migrate(second_empty_url, "head")
    seed, head = schema_elements(seed_url), schema_elements(second_empty_url)
    for kind in ("tables", "columns", "constraints", "indexes"):
        missing = seed[kind] - head[kind]
        assert not missing, (kind, sorted(missing))


def test_partial_and_functional_indexes_are_the_seeds(second_empty_url):
    migrate(second_empty_url, "head")
    indexes = {name: ddl for _, name, ddl in schema_elements(second_empty_url)["indexes"]}
    assert indexes["uq_schools_nit"].endswith("USING btree (nit) WHERE (nit IS NOT NULL)")
    assert indexes["uq_users_email"].endswith("USING btree (lower((email)::text))")


def test_upgrade_check_downgrade_upgrade_on_an_empty_database(empty_pg_url):
    migrate(empty_pg_url, "head")
    check(empty_pg_url)  # raises if models and migrations drift apart
    downgrade(empty_pg_url, "base")
    left = schema_elements(empty_pg_url)
    assert left["tables"] == set() and left["indexes"] == set()
    migrate(empty_pg_url, "head")
    check(empty_pg_url)
