from tests.services.conftest import context, store  # noqa: F401  -- the same real SQLite store and school
