from tests.services.conftest import context, store  # noqa: F401  (real SQLite store, local school)
