"""Opening the store stays cheap: the generated server tables match the models, the head constant the scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine

from desktop_app.storage.local import schema_source, server_tables
from desktop_app.storage.local.store import HEAD_REVISION, LocalStore, head_revision, stored_revision


def test_the_generated_server_tables_are_up_to_date() -> None:
    generated = Path(server_tables.__file__).read_text(encoding="utf-8")
    assert generated == schema_source.render(), (
        "regenerate: python -m desktop_app.storage.local.schema_source > /tmp/t.py && "
        "mv /tmp/t.py desktop_app/storage/local/server_tables.py"
    )


def test_the_generated_tables_build_what_the_models_copy_builds(tmp_path: Path) -> None:
    derived = MetaData(naming_convention=server_tables.NAMING_CONVENTION)
    schema_source.copy_server_tables(derived)
    generated = MetaData(naming_convention=server_tables.NAMING_CONVENTION)
    server_tables.define(generated)
    assert sorted(derived.tables) == sorted(generated.tables)
    engine = create_engine(f"sqlite:///{tmp_path / 'derived.sqlite3'}")
    try:
        derived.create_all(engine)
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), generated) == []
    finally:
        engine.dispose()


def test_the_head_constant_is_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_a_current_store_opens_without_alembic_the_orm_or_the_postgres_dialect(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    assert stored_revision(path) is None
    LocalStore.open(path).close()
    assert stored_revision(path) == HEAD_REVISION
    script = (
        "import sys; from pathlib import Path; from desktop_app.storage.local.store import LocalStore; "
        f"LocalStore.open(Path({str(path)!r})).close(); "
        "print(sorted(m for m in ('alembic', 'sqlalchemy.orm', 'sqlalchemy.dialects.postgresql', "
        "'desktop_app.storage.models') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_stored_revision_of_an_empty_or_foreign_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    if content:
        with pytest.raises(Exception, match="not a database"):
            stored_revision(path)
    else:
        assert stored_revision(path) is None
