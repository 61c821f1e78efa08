"""Shared fixtures: a real PostgreSQL (started by the tests unless TEST_DATABASE_URL is set), migrated
once into a template database that every test clones in a few milliseconds.

A part that cannot start makes the tests that need it fail with its reason: nothing is skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from desktop_app.devstack.postgres import PostgresCluster, throwaway_cluster
from tests.support.migrations import migrate

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEMPLATE_DB = "secretaria_template"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """A superuser connection to a real PostgreSQL server."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield PostgresCluster(url)
        return
    with throwaway_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PostgresCluster) -> str:
    """Name of a database migrated to head, used as the template of every test database."""
    pg_cluster.drop_database(TEMPLATE_DB)
    url = pg_cluster.create_database(TEMPLATE_DB)
    migrate(url, "head")
    return TEMPLATE_DB


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster, pg_template: str) -> Iterator[str]:
    """A fresh database at head for this test alone (superuser URL)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_cluster.create_database(name, template=pg_template)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def empty_pg_url(pg_cluster: PostgresCluster) -> Iterator[str]:
    """A fresh, empty database (no migrations) for this test alone."""
    name = f"e_{uuid.uuid4().hex[:12]}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)
