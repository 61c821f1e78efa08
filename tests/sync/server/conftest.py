"""A migrated database per test (cloned from the session template in milliseconds), seeded with two
schools and their users, the JWT secret set and the desktop role able to log in."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, enable_desktop_login
from tests.sync.server.support import SyncApi, seed


@pytest.fixture
def owner_url(pg_cluster, pg_template) -> Iterator[str]:
    name = f"sync_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
    seed(url)
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def api(owner_url) -> Iterator[SyncApi]:
    api = SyncApi(owner_url)
    yield api
    api.close()
