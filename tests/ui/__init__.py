"""UI tests (pytest-qt, offscreen) driving the real services on a real SQLite file."""
