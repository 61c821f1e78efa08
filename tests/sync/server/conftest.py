"""One migrated database per test module (cloned from the session template), emptied and seeded again for
every test: two schools and their users, the JWT secret set, the desktop role able to log in. Emptying with
TRUNCATE costs a few tens of milliseconds where cloning a database costs over a second on a busy machine."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from desktop_app.storage.models import SYNCED_TABLES
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, enable_desktop_login
from tests.sync.server.support import SyncApi, seed

EMPTIED = (*SYNCED_TABLES, "users", "school_memberships", "sync.clients", "sync.mutation_results",
           "sync.held_mutations", "sync.horizon", "sync.test_switches")


@pytest.fixture(scope="module")
def module_db(pg_cluster, pg_template) -> Iterator[str]:
    name = f"sync_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def owner_url(module_db) -> str:
    with psycopg.connect(module_db, autocommit=True) as conn:
        conn.execute(f"TRUNCATE {', '.join(EMPTIED)} CASCADE")
    seed(module_db)
    return module_db


@pytest.fixture
def api(owner_url) -> Iterator[SyncApi]:
    api = SyncApi(owner_url)
    yield api
    api.close()
