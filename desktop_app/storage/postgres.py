"""Connections to the shared Postgres database."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine


def normalize_url(url: str) -> str:
    """Accept the URLs people paste (`postgres://`, `postgresql://`) and use psycopg 3 for them."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str, **kwargs: object) -> Engine:
    return create_engine(normalize_url(url), **kwargs)  # type: ignore[arg-type]
