"""Alembic environment of the local SQLite file; run only programmatically by `LocalStore.open()`."""

from __future__ import annotations

from alembic import context
from desktop_app.storage.local.schema import local_metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=local_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
