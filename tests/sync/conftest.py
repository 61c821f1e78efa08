"""Client-side sync tests: real PostgreSQL at head (0005) seeded with two schools, real SQLite files, the
production engine talking to the server as the desktop role over psycopg."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.auth.conftest import auth_server, file_keyring, stack  # noqa: F401  (the dev-stack fixtures)
from tests.support.tenant_security import TEST_JWT_SECRET, enable_desktop_login
from tests.sync.pc import Pc
from tests.sync.server.support import seed


@pytest.fixture
def sync_db(pg_cluster, pg_template) -> Iterator[str]:
    """Owner URL of a fresh seeded database (schools A and B, users, year 2027)."""
    name = f"syncc_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
    seed(url)
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def make_pc(sync_db: str, tmp_path: Path) -> Iterator:
    pcs: list[Pc] = []

    def make(name: str, user: str = "secretary", **kwargs) -> Pc:
        pc = Pc(sync_db, tmp_path / f"{name}.sqlite3", user, **kwargs)
        pcs.append(pc)
        return pc

    yield make
    for pc in pcs:
        pc.close()
